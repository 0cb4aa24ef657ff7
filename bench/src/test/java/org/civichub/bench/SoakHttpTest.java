package org.civichub.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoakHttpTest {

    @Test
    void anInboxOfItemsGivesTheirIdsOrFileNamesInOrderSkippingPayloadsAndOtherFields() throws IOException {
        String inbox = "{\"accepting\":true,\"items\":[{\"id\":\"e1\",\"data\":{\"resident\":{\"id\":\"x\"},\"kinds\":[\"death\"]}},"
                + "{\"file\":\"civichub_000000000007_e2.json\",\"size\":12},{\"headers\":[\"a\"],\"id\":\"e1\"}],"
                + "\"received\":3}";

        assertThat(ids(inbox)).containsExactly("e1", "file:civichub_000000000007_e2.json", "e1");
    }

    @Test
    void everyDeliveryListedWithItsRepeatsIsTakenOverTheFirstArrivals() throws IOException {
        String inbox = "{\"items\":[{\"id\":\"e2\"},{\"id\":\"e1\"}],\"arrivals\":[\"e2\",\"e1\",\"e2\"],\"received\":3}";

        assertThat(ids(inbox)).containsExactly("e2", "e1", "e2");
    }

    @Test
    void theLabourTableGivesTheEventIdOfEachRow() throws IOException {
        String inbox = "{\"inbox\":[{\"id\":1,\"eventId\":\"e2\",\"payload\":\"{\\\"id\\\":\\\"e2\\\"}\"},"
                + "{\"id\":2,\"eventId\":\"e1\",\"receivedAt\":\"2026-12-03T08:00:00+08:00\"}]}";

        assertThat(ids(inbox)).containsExactly("e2", "e1");
    }

    @Test
    void anAnswerThatIsNoJsonObjectIsAnError() {
        assertThatThrownBy(() -> ids("[1,2]")).isInstanceOf(IOException.class).hasMessage("not a JSON object");
    }

    private static List<String> ids(String json) throws IOException {
        return SoakHttp.arrivalIds(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
