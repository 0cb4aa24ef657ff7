package org.civichub.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.Map;
import org.civichub.metrics.MetricRegistry;
import org.civichub.rest.internal.fakes.FakeAuditLog;
import org.civichub.rest.internal.fakes.FakeConnectors;
import org.civichub.rest.internal.fakes.FakeQuarantine;
import org.civichub.rest.internal.fakes.FakeResidents;
import org.civichub.rest.internal.fakes.FakeStoreHealth;
import org.civichub.rest.internal.security.UserDirectory;
import org.junit.jupiter.api.Test;

class RestServerTest {

    @Test
    void closingTheServerFreesItsPortForTheNextOne() throws IOException {
        FakeResidents residents = new FakeResidents();
        var reports = new org.civichub.rest.internal.fakes.FakeReports(java.time.Instant.now());
        Backends backends = new Backends(residents, residents, new FakeQuarantine(), new FakeAuditLog(),
                new FakeConnectors(), new UserDirectory(Map.of()), new FakeStoreHealth(), new MetricRegistry(),
                TestApi.PSEUDONYMS, new org.civichub.rest.internal.fakes.FakeLinks(),
                new org.civichub.rest.internal.fakes.FakeDecisions(), reports, reports, new org.civichub.rest.internal.fakes.FakeMatchEstimates(), null, null,
                new org.civichub.rest.internal.fakes.FakeDeliveries(), java.util.List.of());
        ServerSettings settings = new ServerSettings("127.0.0.1", TestApi.freePort(), "/api/v1");

        RestServer.start(settings, backends, Clock.systemUTC()).close();
        RestServer.start(settings, backends, Clock.systemUTC()).close();

        try (ServerSocket s = new ServerSocket(settings.port())) {
            assertThat(s.isBound()).isTrue();
        }
    }
}
