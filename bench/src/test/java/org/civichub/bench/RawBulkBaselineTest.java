package org.civichub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RawBulkBaselineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void anUnreachableElasticsearchExitsWithOneAndSaysWhere() throws IOException {
        String url = "http://127.0.0.1:" + closedPort();
        int status = run(List.of("bulk", "--es", url, "--docs", "10"));
        assertThat(status).isEqualTo(1);
        assertThat(text(err)).startsWith("error: Elasticsearch is not reachable at " + url);
        assertThat(text(out)).isEmpty();
    }

    @Test
    void badArgumentsExitWithTwoAndPrintTheUsage() {
        assertThat(run(List.of("bulk", "--docs", "many"))).isEqualTo(2);
        assertThat(text(err)).contains("error: --docs must be a number, not many").contains("usage: ");
    }

    private int run(List<String> args) {
        return RawBulkBaseline.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }

    /** A port nothing listens on: one the system just handed out and that was closed again. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
