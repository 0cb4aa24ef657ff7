package org.civichub.camel.internal;

import java.util.Hashtable;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.civichub.connector.api.SourceConnector;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Owns the hub's single {@link CamelContext}, publishes it as a service, and adds the routes of
 * every {@link SourceConnector} and every {@link RoutesBuilder} service while they are registered.
 */
@Component(immediate = true, service = {})
public final class CamelRuntime {

    private final RouteClassLoader classLoader = new RouteClassLoader(CamelRuntime.class.getClassLoader());
    private final DefaultCamelContext context;
    private final RoutesWhiteboard routes;
    private final ServiceRegistration<CamelContext> registration;

    @Activate
    public CamelRuntime(BundleContext bundleContext) {
        this.context = withPlatformClassLoader(() -> newContext(classLoader));
        this.routes = new RoutesWhiteboard(context);
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("camel.context.name", context.getName());
        this.registration = bundleContext.registerService(CamelContext.class, context, props);
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
        context.stop();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addConnector(SourceConnector connector) {
        add(connector.routes(), "connector " + connector.id());
    }

    void removeConnector(SourceConnector connector) {
        remove(connector.routes(), "connector " + connector.id());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addRoutesBuilder(RoutesBuilder builder) {
        add(builder, builder.getClass().getName());
    }

    void removeRoutesBuilder(RoutesBuilder builder) {
        remove(builder, builder.getClass().getName());
    }

    private void add(RoutesBuilder builder, String owner) {
        classLoader.add(builder.getClass().getClassLoader());
        try {
            withPlatformClassLoader(() -> routes.add(builder, owner));
        } catch (RuntimeException e) {
            classLoader.remove(builder.getClass().getClassLoader());
            throw e;
        }
    }

    private void remove(RoutesBuilder builder, String owner) {
        routes.remove(builder, owner);
        classLoader.remove(builder.getClass().getClassLoader());
    }

    static DefaultCamelContext newContext(ClassLoader applicationClassLoader) {
        DefaultCamelContext c = new DefaultCamelContext();
        c.getCamelContextExtension().setName("civichub");
        c.setApplicationContextClassLoader(applicationClassLoader);
        c.start();
        return c;
    }

    private static <T> T withPlatformClassLoader(java.util.function.Supplier<T> action) {
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(CamelRuntime.class.getClassLoader());
        try {
            return action.get();
        } finally {
            t.setContextClassLoader(previous);
        }
    }
}
