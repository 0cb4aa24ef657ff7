package org.civichub.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.civichub.model.SourceKey;
import org.civichub.model.SourceRecord;
import org.civichub.model.Violation;
import org.civichub.store.Page;
import org.civichub.store.QuarantineEntry;
import org.junit.jupiter.api.Test;

class QuarantineTableTest {

    private static final Instant AT = Instant.parse("2024-03-01T08:01:00Z");
    private static final String ID = "35020319900307123X";

    private static QuarantineEntry entry() {
        SourceRecord r = new SourceRecord(new SourceKey("police", "person", ID), "v1", AT, AT,
                Map.of("GMSFHM", ID, "XM", ""));
        return new QuarantineEntry(r, List.of(
                new Violation("GMSFHM", "id.checkCharacter", ID, "bad check character"),
                new Violation("XM", "name.required", "", "a name is required")), AT);
    }

    @Test
    void eachViolationIsOneRowWithIdNumbersMasked() {
        Page<QuarantineEntry> page = new Page<>(1, 0, 20, List.of(entry()));

        List<String> lines = ConnectorTableTest.render(QuarantineTable.of(page));

        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).split("\\s*\\|\\s*"))
                .containsExactly("Record key", "Field", "Rule", "Value", "Received");
        assertThat(lines.get(2).split("\\s*\\|\\s*")).containsExactly(
                "police/person/350203********123X", "GMSFHM", "id.checkCharacter", "350203********123X",
                "2024-03-01T08:01:00Z");
        assertThat(lines.get(3)).contains("name.required");
        assertThat(String.join("\n", lines)).doesNotContain(ID);
    }

    @Test
    void theFooterTellsWhereThePageIs() {
        assertThat(QuarantineTable.footer(new Page<>(45, 2, 20, List.of(entry()))))
                .isEqualTo("entries 41-41 of 45 (page 2, size 20)");
        assertThat(QuarantineTable.footer(new Page<>(3, 5, 20, List.of())))
                .isEqualTo("page 5: no entries (3 in total)");
    }
}
