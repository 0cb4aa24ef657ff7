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
                + "{\"file\":\"civichub_000000000007_e2.json\",\"sequence\":7,\"size\":12},{\"headers\":[\"a\"],\"id\":\"e1\"}],"
                + "\"received\":3}";

        assertThat(arrivals(inbox)).containsExactly(delivery("e1", -1), delivery("file:civichub_000000000007_e2.json", 7),
                delivery("e1", -1));
    }

    @Test
    void everyDeliveryListedWithItsRepeatsIsTakenOverTheFirstArrivals() throws IOException {
        String inbox = "{\"items\":[{\"id\":\"e2\"},{\"id\":\"e1\"}],\"arrivals\":[{\"id\":\"e2\",\"sequence\":9,"
                + "\"at\":\"2026-12-03T08:00:00+08:00\"},{\"id\":\"e1\",\"sequence\":\"4\"},{\"id\":\"e2\"}],\"received\":3}";

        assertThat(arrivals(inbox)).containsExactly(delivery("e2", 9), delivery("e1", 4), delivery("e2", -1));
    }

    @Test
    void theLabourTableGivesTheEventIdOfEachRow() throws IOException {
        String inbox = "{\"inbox\":[{\"id\":1,\"eventId\":\"e2\",\"payload\":\"{\\\"id\\\":\\\"e2\\\",\\\"sequence\\\":\\\"12\\\"}\"},"
                + "{\"id\":2,\"eventId\":\"e1\",\"payload\":\"not json\",\"receivedAt\":\"2026-12-03T08:00:00+08:00\"}]}";

        assertThat(arrivals(inbox)).containsExactly(delivery("e2", 12), delivery("e1", -1));
    }

    @Test
    void anAnswerThatIsNoJsonObjectIsAnError() {
        assertThatThrownBy(() -> arrivals("[1,2]")).isInstanceOf(IOException.class).hasMessage("not a JSON object");
    }

    private static List<FeedAccount.Delivery> arrivals(String json) throws IOException {
        return SoakHttp.arrivals(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static FeedAccount.Delivery delivery(String id, long sequence) {
        return new FeedAccount.Delivery(id, sequence);
    }
}
