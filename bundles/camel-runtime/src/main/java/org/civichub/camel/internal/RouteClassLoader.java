package org.civichub.camel.internal;

import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Camel context's application class loader: the runtime bundle's own loader first, then the
 * loaders of the bundles whose routes are installed. Camel resolves some classes by name (the
 * exception types of {@code onException}, for one), which only the route's own bundle can see.
 * Loaders are removed with their routes, so an uninstalled connector is not kept alive.
 */
final class RouteClassLoader extends ClassLoader {

    private final Map<ClassLoader, Integer> routeLoaders = new ConcurrentHashMap<>();

    RouteClassLoader(ClassLoader platform) {
        super(platform);
    }

    void add(ClassLoader loader) {
        routeLoaders.merge(loader, 1, Integer::sum);
    }

    void remove(ClassLoader loader) {
        routeLoaders.computeIfPresent(loader, (k, n) -> n == 1 ? null : n - 1);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        for (ClassLoader loader : routeLoaders.keySet()) {
            try {
                return loader.loadClass(name);
            } catch (ClassNotFoundException e) {
                // not in this bundle: try the next one
            }
        }
        throw new ClassNotFoundException(name);
    }

    @Override
    protected URL findResource(String name) {
        for (ClassLoader loader : routeLoaders.keySet()) {
            URL url = loader.getResource(name);
            if (url != null) {
                return url;
            }
        }
        return null;
    }
}
