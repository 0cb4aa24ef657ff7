package org.civichub.simulators.common;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;

/**
 * The CXF bus all simulators of a JVM publish on. It is never shut down: a bus shutdown stops every
 * Jetty engine of the JVM (CXF keeps them in one static map), including other simulators' ones, so a
 * simulator releases only its own port. It is not left as the JVM's default bus, so code under test
 * that shuts the default bus down does not stop the simulators.
 */
final class SimulatorBus {

    private static Bus bus;

    private SimulatorBus() {
    }

    static synchronized Bus get() {
        if (bus == null) {
            bus = create();
        }
        return bus;
    }

    private static Bus create() {
        Bus threadBus = BusFactory.getThreadDefaultBus(false);
        boolean hadDefault = BusFactory.getDefaultBus(false) != null;
        ClassLoader caller = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(SimulatorBus.class.getClassLoader());
        try {
            Bus created = BusFactory.newInstance().createBus();
            if (!hadDefault) {
                BusFactory.setDefaultBus(null);
            }
            BusFactory.setThreadDefaultBus(threadBus);
            return created;
        } finally {
            Thread.currentThread().setContextClassLoader(caller);
        }
    }
}
