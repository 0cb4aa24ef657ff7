package org.civichub.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civichub.model.PersonStatus;
import org.civichub.model.Violation;
import org.civichub.store.Batch;
import org.civichub.store.RawEntry;
import org.civichub.store.WriteFailure;
import org.junit.jupiter.api.Test;

class RawStageTest {

    private final List<Batch> written = new ArrayList<>();
    private final List<WriteFailure> answer = new ArrayList<>();
    private final RawStage stage = new RawStage(batch -> {
        written.add(batch);
        return List.copyOf(answer);
    });

    private final Normalized wang = Fragments.valid(Fragments.WANG, "王芳", "H1", "02", "2024-01-01T00:00:00Z",
            PersonStatus.ACTIVE);
    private final Normalized li = Fragments.valid(Fragments.LI, "李强", "H1", "20", "2024-01-01T00:00:01Z",
            PersonStatus.ACTIVE);
    private final Normalized bad = Normalized.held(Fragments.record(Fragments.LI, "2024-01-01T00:00:02Z", Map.of()),
            List.of(new Violation("GMSFHM", "id.checkCharacter", "x", "bad")));

    @Test
    void keepsEveryRecordWithItsOutcomeBeforeAnythingIsDerived() {
        NormalizedBatch out = stage.store(new NormalizedBatch("c", List.of(wang, bad), "w"));

        assertThat(out.records()).containsExactly(wang, bad);
        assertThat(written).singleElement().satisfies(b -> {
            assertThat(b.raw()).extracting(RawEntry::outcome)
                    .containsExactly(RawEntry.Outcome.INDEXED, RawEntry.Outcome.QUARANTINED);
            assertThat(b.residents()).isEmpty();
        });
    }

    @Test
    void aRecordTheStoreRejectsIsHeldBackAndTheOthersFlow() {
        answer.add(new WriteFailure("raw", li.record().id(), 400, "document_parsing_exception", false));

        NormalizedBatch out = stage.store(new NormalizedBatch("c", List.of(wang, li), "w"));

        assertThat(out.records().get(0)).isEqualTo(wang);
        assertThat(out.records().get(1).isValid()).isFalse();
        assertThat(out.records().get(1).violations()).extracting(Violation::rule).containsExactly("store.rejected");
    }

    @Test
    void anOverloadedStoreFailsTheBatch() {
        answer.add(new WriteFailure("raw", li.record().id(), 429, "es_rejected_execution_exception", true));

        assertThatThrownBy(() -> stage.store(new NormalizedBatch("c", List.of(wang, li), "w")))
                .isInstanceOf(BatchNotStoredException.class);
    }
}
