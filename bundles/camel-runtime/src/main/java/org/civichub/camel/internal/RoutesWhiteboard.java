package org.civichub.camel.internal;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.RoutesBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the routes of a {@link RoutesBuilder} to one Camel context and removes exactly those routes
 * again. A builder whose routes fail to add leaves no route behind.
 */
final class RoutesWhiteboard {

    private static final Logger LOG = LoggerFactory.getLogger(RoutesWhiteboard.class);

    private final CamelContext context;
    private final Map<RoutesBuilder, Set<String>> owned = new IdentityHashMap<>();

    RoutesWhiteboard(CamelContext context) {
        this.context = context;
    }

    /** Adds and starts the builder's routes; returns their ids. */
    synchronized Set<String> add(RoutesBuilder builder, String owner) {
        Set<String> before = routeIds();
        try {
            context.addRoutes(builder);
        } catch (Exception e) {
            Set<String> partial = new HashSet<>(routeIds());
            partial.removeAll(before);
            partial.forEach(this::removeRoute);
            throw new IllegalStateException("routes of " + owner + " could not be added: " + e.getMessage(), e);
        }
        Set<String> added = new HashSet<>(routeIds());
        added.removeAll(before);
        owned.put(builder, added);
        LOG.info("Added routes {} of {}", added, owner);
        return Set.copyOf(added);
    }

    /** Stops and removes the routes the builder added; unknown builders are ignored. */
    synchronized void remove(RoutesBuilder builder, String owner) {
        Set<String> ids = owned.remove(builder);
        if (ids != null) {
            ids.forEach(this::removeRoute);
            LOG.info("Removed routes {} of {}", ids, owner);
        }
    }

    private void removeRoute(String id) {
        try {
            context.getRouteController().stopRoute(id);
            context.removeRoute(id);
        } catch (Exception e) {
            LOG.warn("Route {} could not be removed cleanly", id, e);
        }
    }

    private Set<String> routeIds() {
        return context.getRoutes().stream().map(Route::getRouteId).collect(Collectors.toSet());
    }
}
