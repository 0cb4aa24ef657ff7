package org.civichub.camel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

class RouteClassLoaderTest {

    private static final String ONLY_IN_ROUTE_BUNDLE = "org.civichub.camel.internal.RoutesWhiteboard";

    /** A loader standing in for the runtime bundle: it sees only the JDK. */
    private final ClassLoader platform = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader());

    @Test
    void findsClassesOfRouteBundlesOnlyWhileTheirRoutesAreInstalled() throws Exception {
        RouteClassLoader loader = new RouteClassLoader(platform);
        assertThatThrownBy(() -> loader.loadClass(ONLY_IN_ROUTE_BUNDLE)).isInstanceOf(ClassNotFoundException.class);

        loader.add(getClass().getClassLoader());
        assertThat(loader.loadClass(ONLY_IN_ROUTE_BUNDLE).getName()).isEqualTo(ONLY_IN_ROUTE_BUNDLE);

        loader.remove(getClass().getClassLoader());
        assertThatThrownBy(() -> loader.loadClass("org.civichub.camel.internal.CamelRuntime"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void aBundleWithTwoRouteBuildersStaysVisibleUntilBothAreRemoved() throws Exception {
        RouteClassLoader loader = new RouteClassLoader(platform);
        loader.add(getClass().getClassLoader());
        loader.add(getClass().getClassLoader());
        loader.remove(getClass().getClassLoader());
        assertThat(loader.loadClass(ONLY_IN_ROUTE_BUNDLE)).isNotNull();
    }
}
