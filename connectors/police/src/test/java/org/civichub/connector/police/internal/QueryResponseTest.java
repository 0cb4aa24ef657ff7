package org.civichub.connector.police.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.transform.stream.StreamSource;
import org.civichub.model.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryResponseTest {

    private static String record(String key, String updatedAt) {
        return "<record type=\"person\" key=\"" + key + "\" updatedAt=\"" + updatedAt + "\">"
                + "<field name=\"GXSJ\">" + updatedAt + "</field></record>";
    }

    private static QueryPage parse(String body) {
        return QueryResponse.parse(new StreamSource(new StringReader(
                "<queryChangesResponse xmlns=\"urn:civichub:police:v1\">" + body
                        + "<clock>2024-01-01 10:05:00</clock></queryChangesResponse>")));
    }

    @Test
    void aRecordWithAnUnreadableTimeOrNoKeyIsStillReadSoThePageIsNotLost() {
        QueryPage page = parse(record("a", "2024-01-01 10:00:00") + record("b", "2023-13-45 99:00:00")
                + record("c", "") + record("", "2024-01-01 10:00:01") + record("d", "2024-01-01 10:00:02"));

        assertThat(page.records()).extracting(r -> r.key().sourceId()).containsExactly("a", "b", "c", "", "d");
        SourceRecord bad = page.records().get(1);
        assertThat(bad.sourceVersion()).isEqualTo("2023-13-45 99:00:00");
        assertThat(bad.updatedAt()).isEqualTo(PoliceTime.UNKNOWN);
        assertThat(page.records().get(2).updatedAt()).isEqualTo(PoliceTime.UNKNOWN);
        assertThat(PoliceTime.format(page.records().get(4).updatedAt())).isEqualTo("2024-01-01 10:00:02");
    }

    @Test
    void aStreamedAnswerWithADoctypeIsRefusedAndNoFileIsRead(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("hostname"), "secret-host-4711");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>"
                + "<queryChangesResponse xmlns=\"urn:civichub:police:v1\"><record type=\"person\" key=\"a\""
                + " updatedAt=\"2024-01-01 10:00:00\"><field name=\"XM\">&e;</field></record></queryChangesResponse>";

        assertThatThrownBy(() -> QueryResponse.parse(new StreamSource(new StringReader(xxe))))
                .hasMessageContaining("DOCTYPE")
                .satisfies(e -> assertThat(String.valueOf(e.getMessage())).doesNotContain("secret-host-4711"));
    }
}
