package org.civichub.cluster.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.civichub.cluster.NodeLeases;
import org.civichub.store.Lease;
import org.civichub.store.Leases;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this node's leases ({@link KeptLeases}) renewed on a thread of its own, and gives them all
 * back when it stops, so other nodes take over at once after a clean stop.
 */
@Component(service = NodeLeases.class, configurationPid = NodeConfig.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = NodeConfig.class)
public final class LeaseKeeper implements NodeLeases {

    private static final Logger LOG = LoggerFactory.getLogger(LeaseKeeper.class);

    private final KeptLeases kept;
    private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "civichub-lease-renewal");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public LeaseKeeper(NodeConfig config, @Reference Leases leases) {
        String node = config.id().isBlank() ? defaultId() : config.id().strip();
        this.kept = new KeptLeases(leases, node, Duration.ofSeconds(config.leaseSeconds()), Clock.systemUTC());
        long every = kept.renewalInterval().toMillis();
        renewals.scheduleWithFixedDelay(this::renew, 0, every, TimeUnit.MILLISECONDS);
        LOG.info("Hub node {} keeps its leases for {} s, renewing every {} ms", node, config.leaseSeconds(), every);
    }

    @Override
    public String node() {
        return kept.node();
    }

    @Override
    public boolean holds(String lease) {
        if (kept.want(lease)) {
            kept.renew(lease);
        }
        return kept.holds(lease);
    }

    @Override
    public Optional<String> holder(String lease) {
        return kept.holder(lease);
    }

    @Override
    public void drop(String lease) {
        kept.drop(lease);
    }

    @Override
    public Lease lock(String name) throws InterruptedException {
        return kept.lock(name, Thread::sleep);
    }

    @Override
    public void unlock(Lease lock) {
        kept.unlock(lock);
    }

    @Override
    public void confirmLock(Lease lock) {
        kept.confirmLock(lock);
    }

    @Override
    public void confirmHeld(String lease) {
        kept.confirmHeld(lease);
    }

    @Deactivate
    void stop() {
        renewals.shutdownNow();
        kept.releaseAll();
    }

    private void renew() {
        try {
            kept.renew();
        } catch (RuntimeException e) {
            LOG.warn("Renewing the leases of node {} failed: {}", kept.node(), e.toString());
        }
    }

    /** The host name and Karaf's instance name, e.g. {@code hub-1/root}. */
    static String defaultId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + "/" + System.getProperty("karaf.name", "hub");
    }
}
