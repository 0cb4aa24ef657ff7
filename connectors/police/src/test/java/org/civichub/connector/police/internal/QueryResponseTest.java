package org.civichub.connector.police.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import javax.xml.transform.stream.StreamSource;
import org.civichub.model.SourceRecord;
import org.junit.jupiter.api.Test;

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
}
