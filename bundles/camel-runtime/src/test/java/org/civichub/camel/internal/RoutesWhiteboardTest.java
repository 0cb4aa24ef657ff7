package org.civichub.camel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RoutesWhiteboardTest {

    private final DefaultCamelContext context = CamelRuntime.newContext(RoutesWhiteboardTest.class.getClassLoader());
    private final RoutesWhiteboard whiteboard = new RoutesWhiteboard(context);

    @AfterEach
    void stop() {
        context.stop();
    }

    private static RouteBuilder routes(String... ids) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                for (String id : ids) {
                    from("direct:" + id).routeId(id).setBody(constant(id));
                }
            }
        };
    }

    @Test
    void addsAndStartsTheRoutesOfABuilderAndRemovesOnlyThose() {
        RouteBuilder a = routes("a1", "a2");
        RouteBuilder b = routes("b1");
        assertThat(whiteboard.add(a, "a")).containsExactlyInAnyOrder("a1", "a2");
        whiteboard.add(b, "b");
        assertThat(context.createProducerTemplate().requestBody("direct:a1", "x")).isEqualTo("a1");

        whiteboard.remove(a, "a");

        assertThat(context.getRoutes()).extracting(r -> r.getRouteId()).containsExactly("b1");
    }

    @Test
    void aBuilderThatFailsHalfwayLeavesNoRouteBehind() {
        RouteBuilder broken = new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:ok").routeId("ok").log("fine");
                from("direct:ok").routeId("duplicate-consumer").log("two consumers on one direct endpoint");
            }
        };
        assertThatThrownBy(() -> whiteboard.add(broken, "broken")).isInstanceOf(IllegalStateException.class);
        assertThat(context.getRoutes()).isEmpty();
    }

    @Test
    void aRemovedBuilderCanBeAddedAgain() {
        RouteBuilder a = routes("again");
        whiteboard.add(a, "a");
        whiteboard.remove(a, "a");
        RouteBuilder reinstalled = routes("again");
        whiteboard.add(reinstalled, "a");
        assertThat(context.createProducerTemplate().requestBody("direct:again", "x")).isEqualTo("again");
    }
}
