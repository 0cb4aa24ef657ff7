package org.civichub.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civichub.connector.api.IntakeBatch;
import org.civichub.connector.api.Mapping;
import org.civichub.connector.api.RecordMapper;
import org.civichub.model.PersonFragment;
import org.civichub.model.Sex;
import org.civichub.model.SourceRecord;
import org.civichub.model.Violation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NormalizerTest {

    private final FragmentValidator validator = new FragmentValidator();

    @AfterEach
    void close() {
        validator.close();
    }

    private List<Normalized> normalize(RecordMapper mapper, SourceRecord... records) {
        Normalizer n = new Normalizer(id -> Optional.of(mapper), validator);
        return n.normalize(new IntakeBatch("c", List.of(records), null)).records();
    }

    private static SourceRecord record() {
        return Fragments.record(Fragments.WANG, "2024-01-01T00:00:00Z", Map.of());
    }

    @Test
    void aBrokenConstraintNamesTheSourceFieldAndTheRule() {
        RecordMapper wrongSex = r -> Mapping.of(new PersonFragment(r.provenance(), Fragments.WANG, null, "王芳", Sex.MALE,
                "01", null, null, null, null, null, null, null, java.util.List.of()), Map.of("sexMatchingIdNumber", "XB", "name", "XM"));

        List<Normalized> out = normalize(wrongSex, record());

        assertThat(out).singleElement().satisfies(n -> assertThat(n.violations()).containsExactly(new Violation("XB",
                "sexMatchingIdNumber.assertTrue", "false", "the sex must match the one in the ID number")));
    }

    @Test
    void aRuleBrokenWithoutStoppingTheRecordIsAFindingNamedByTheFragmentsProperty() {
        RecordMapper lenient = r -> Mapping.of(Fragments.valid(Fragments.WANG, "王芳", "H1", "02",
                "2024-01-01T00:00:00Z", null).persons().get(0), Map.of("birthDate", "CSRQ", "name", "XM"))
                .withFindings(List.of(new Violation("CSRQ", "date.valid", "19491231x", "must be a real date")));

        List<Normalized> out = normalize(lenient, record());

        assertThat(out).singleElement().satisfies(n -> {
            assertThat(n.isValid()).isTrue();
            assertThat(n.findings()).containsExactly("birthDate:date.valid");
            assertThat(Merger.findings(n)).containsExactly("birthDate:date.valid");
        });
    }

    @Test
    void aMapperThatThrowsHoldsBackOnlyItsRecord() {
        SourceRecord li = Fragments.record(Fragments.LI, "2024-01-01T00:00:01Z", Map.of());
        RecordMapper flaky = r -> {
            if (r.equals(li)) {
                return Mapping.of(Fragments.valid(Fragments.LI, "李强", "H1", "02", "2024-01-01T00:00:01Z", null)
                        .persons().get(0), Map.of());
            }
            throw new IllegalStateException("boom");
        };

        List<Normalized> out = normalize(flaky, record(), li);

        assertThat(out.get(0).violations()).extracting(Violation::rule).containsExactly("mapping.failed");
        assertThat(out.get(1).isValid()).isTrue();
    }

    @Test
    void aBatchOfAnUnknownConnectorFails() {
        Normalizer n = new Normalizer(id -> Optional.empty(), validator);
        assertThatThrownBy(() -> n.normalize(new IntakeBatch("gone", List.of(record()), null)))
                .hasMessageContaining("gone");
    }
}
