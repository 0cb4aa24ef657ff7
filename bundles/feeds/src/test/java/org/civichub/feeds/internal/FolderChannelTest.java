package org.civichub.feeds.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.civichub.feeds.FeedEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events as files in an exchange folder on disk. */
class FolderChannelTest {

    private static final String NAME = "civichub_000000000007_e-1.json";

    @TempDir
    Path dir;

    @Test
    void anEventIsAJsonFileNamedBySequenceAndIdThenMarkedByItsOkFile() throws IOException {
        Path folder = dir.resolve("health/inbox");
        FeedEvent event = event("e-1", "death");

        new FolderChannel(folder).deliver(event);

        assertThat(names(folder)).containsExactly(NAME, NAME + ".ok");
        assertThat(new ObjectMapper().readTree(folder.resolve(NAME).toFile()))
                .isEqualTo(new ObjectMapper().readTree(EventJson.bytes(event)));
        assertThat(folder.resolve(NAME + ".ok")).isEmptyFile();
    }

    @Test
    void theOkFileIsMadeOnlyOnceTheJsonFileIsInPlace() throws IOException {
        Path blocked = Files.createDirectories(dir.resolve(NAME));
        Files.writeString(blocked.resolve("x"), "in the way");
        FolderChannel channel = new FolderChannel(dir);

        assertThatThrownBy(() -> channel.deliver(event("e-1", "death"))).isInstanceOf(IOException.class);
        assertThat(dir.resolve(NAME + ".ok")).doesNotExist();

        Files.delete(blocked.resolve("x"));
        Files.delete(blocked);
        channel.deliver(event("e-1", "death"));
        assertThat(names(dir)).as("the part file of the failed delivery is gone").containsExactly(NAME, NAME + ".ok");
    }

    @Test
    void aRepeatedDeliveryWritesTheSameNamesAgainWithTheContentReplaced() throws IOException {
        FolderChannel channel = new FolderChannel(dir);
        channel.deliver(event("e-1", "death"));
        Files.writeString(dir.resolve(NAME), "{\"half\":");

        channel.deliver(event("e-1", "residence"));

        assertThat(names(dir)).containsExactly(NAME, NAME + ".ok");
        assertThat(new ObjectMapper().readTree(dir.resolve(NAME).toFile()).at("/data/kinds/0").asText())
                .isEqualTo("residence");
    }

    @Test
    void anEventIdThatIsNoSafeFileNamePartIsAFailedDeliveryThatWritesNothing() {
        FolderChannel channel = new FolderChannel(dir);
        for (String id : List.of("../escape", "a/b", "a b", "a\\b")) {
            assertThatThrownBy(() -> channel.deliver(event(id, "death"))).isInstanceOf(IOException.class)
                    .hasMessageContaining("no file name part");
        }
        assertThat(dir).isEmptyDirectory();
        assertThat(dir.getParent().resolve("escape")).doesNotExist();
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static FeedEvent event(String id, String kind) {
        return new FeedEvent(FeedEvent.SPEC_VERSION, id, FeedEvent.SOURCE, "org.civichub.resident.updated", "r1",
                Instant.parse("2024-05-01T00:00:00Z"), "application/json", "7", Map.of("kinds", List.of(kind)));
    }
}
