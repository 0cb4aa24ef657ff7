package org.civichub.simulators.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class SimulatorMainTest {

    private static final List<String> OPTIONS = SimulatorOptions.NAMES;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsTheUrlsOfAStartedSimulator() {
        AtomicBoolean closed = new AtomicBoolean();
        SimulatorMain.Launch launch = launch(new String[] {"--dataset", "d"}, args -> running(closed));

        assertThat(launch.exitStatus()).isZero();
        assertThat(text(out)).contains("test simulator running").contains("admin  http://127.0.0.1:1/admin");
        launch.running().close();
        assertThat(closed).isTrue();
    }

    @Test
    void explainsABadCommandLineWithStatus2() {
        SimulatorMain.Launch launch = launch(new String[] {"--bogus", "1"}, args -> running(new AtomicBoolean()));

        assertThat(launch.running()).isNull();
        assertThat(launch.exitStatus()).isEqualTo(2);
        assertThat(text(err)).contains("test: unknown option --bogus").contains("USAGE");
    }

    @Test
    void reportsAFailedStartWithStatus1() {
        SimulatorMain.Launch launch = launch(new String[] {"--dataset", "d"}, args -> {
            throw new DatasetException("dataset directory not found: d");
        });

        assertThat(launch.exitStatus()).isEqualTo(1);
        assertThat(text(err)).contains("cannot start: dataset directory not found: d");
    }

    @Test
    void printsUsageOnHelpWithoutStarting() {
        SimulatorMain.Launch launch = launch(new String[] {"--help"}, args -> {
            throw new AssertionError("must not start");
        });

        assertThat(launch.exitStatus()).isZero();
        assertThat(launch.running()).isNull();
        assertThat(text(out)).isEqualTo("USAGE\n");
    }

    private SimulatorMain.Launch launch(String[] args, SimulatorMain.Starter starter) {
        return SimulatorMain.launch("test", "USAGE\n", OPTIONS, args, starter, print(out), print(err));
    }

    private static SimulatorMain.Running running(AtomicBoolean closed) {
        return new SimulatorMain.Running() {
            @Override
            public Map<String, String> urls() {
                Map<String, String> urls = new LinkedHashMap<>();
                urls.put("admin", "http://127.0.0.1:1/admin");
                return urls;
            }

            @Override
            public void close() {
                closed.set(true);
            }
        };
    }

    private static PrintStream print(ByteArrayOutputStream sink) {
        return new PrintStream(sink, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream sink) {
        return sink.toString(StandardCharsets.UTF_8);
    }
}
