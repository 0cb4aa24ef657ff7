package org.civichub.connector.police;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny in-JVM HTTP server that answers every POST with one fixed SOAP response, so a test can
 * hand the client an answer the simulator would never give.
 */
final class CannedSoapService implements AutoCloseable {

    static final String ENVELOPE = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>";
    static final String END = "</soap:Body></soap:Envelope>";

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    private CannedSoapService(HttpServer server) {
        this.server = server;
    }

    /** Serves {@code response}, the whole HTTP body, on a free port. */
    static CannedSoapService answering(String response) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            CannedSoapService service = new CannedSoapService(server);
            byte[] body = response.getBytes(StandardCharsets.UTF_8);
            server.createContext("/police", exchange -> {
                service.requests.incrementAndGet();
                exchange.getRequestBody().readAllBytes();
                exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=UTF-8");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves the last page of a run: {@code records} and the run's {@code clock}. */
    static CannedSoapService answeringPage(String clock, String... records) {
        return answering(ENVELOPE + "<queryChangesResponse xmlns=\"urn:civichub:police:v1\">" + String.join("", records)
                + "<clock>" + clock + "</clock></queryChangesResponse>" + END);
    }

    /** Person {@code i} of {@link PoliceDatasets#rows}, sent with {@code updatedAt} as its time. */
    static String person(int i, String updatedAt) {
        String[] columns = PoliceDatasets.HEADER.split(",");
        String[] values = PoliceDatasets.rows(i + 1).get(i).split(",", -1);
        StringBuilder sb = new StringBuilder("<record type=\"person\" key=\"").append(values[0])
                .append("\" updatedAt=\"").append(updatedAt).append("\">");
        for (int c = 0; c < columns.length; c++) {
            String value = "GXSJ".equals(columns[c]) ? updatedAt : values[c];
            sb.append("<field name=\"").append(columns[c]).append("\">").append(value).append("</field>");
        }
        return sb.append("</record>").toString();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/police";
    }

    int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
