package org.civichub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.civichub.model.IdNumber;
import org.junit.jupiter.api.Test;

class ResidentDocumentsTest {

    private static final List<ResidentDocument> DOCS = ResidentDocuments.generate(5000, 1);

    @Test
    void documentsAreAboutOneKilobyteOfJson() {
        BulkPayload payload = BulkPayload.of(DOCS);
        assertThat(payload.averageSourceBytes()).isBetween(1000.0, 1160.0);
        assertThat(DOCS).allSatisfy(d -> assertThat(BulkPayload.json(d).length).isBetween(800, 1500));
    }

    @Test
    void idNumbersAreValidUniqueAndMatchSexAndBirthDate() {
        Set<String> seen = new HashSet<>();
        for (ResidentDocument d : DOCS) {
            IdNumber id = IdNumber.parse(d.idNumber());
            assertThat(id.value()).isEqualTo(d.idNumber());
            assertThat(id.birthDate()).hasToString(d.birthDate());
            int sequence = Integer.parseInt(d.idNumber().substring(14, 17));
            assertThat(sequence % 2 == 1).isEqualTo("1".equals(d.sex()));
            assertThat(seen.add(d.idNumber())).as(d.idNumber()).isTrue();
        }
    }

    @Test
    void residentsHaveChineseNamesWithPinyinAndTheHubsSearchTerms() {
        assertThat(DOCS).allSatisfy(d -> {
            assertThat(d.name()).matches("\\p{IsHan}{2,4}");
            assertThat(d.namePinyinText().split(" ")).hasSize(d.name().length());
            assertThat(d.namePinyin()).isEqualTo(d.namePinyinText().replace(" ", ""));
            assertThat(d.nameInitials()).hasSize(d.name().length());
            assertThat(d.id()).matches("r[0-9a-f]{32}");
            assertThat(d.idPrefixes()).hasSize(12).allSatisfy(p -> assertThat(d.idNumber()).startsWith(p));
            assertThat(d.idSuffixes()).hasSize(14).allSatisfy(s -> assertThat(d.idNumber()).endsWith(s));
            assertThat(d.divisions()).hasSize(11).startsWith("35").allSatisfy(p -> assertThat(d.divisions().get(10)).startsWith(p));
            assertThat(d.addressText().get(0)).endsWith(d.resident().dwelling().room() + "室");
            assertThat(d.addressText()).singleElement().asString().startsWith("福建省厦门市思明区");
            assertThat(d.departments()).contains("police").isSorted()
                    .containsExactlyElementsOf(d.resident().updated().keySet());
        });
    }

    @Test
    void registeredResidentsLiveInHouseholdsAndFloatingOnesComeFromElsewhere() {
        assertThat(DOCS).filteredOn(d -> d.householdNo() == null)
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.idNumber()).doesNotStartWith(Dwellings.DISTRICT_CODE))
                .allSatisfy(d -> assertThat(d.tags()).contains("floating"));
        List<ResidentDocument> registered = DOCS.stream().filter(d -> d.householdNo() != null).toList();
        assertThat(registered).allSatisfy(d -> assertThat(d.idNumber()).startsWith(Dwellings.DISTRICT_CODE));
        assertThat(registered.stream().map(ResidentDocument::householdNo).distinct().count())
                .isBetween(registered.size() / 4L, registered.size() / 2L);
    }

    @Test
    void theSameSeedGivesTheSameDocumentsAndAnotherSeedOthers() {
        byte[] first = BulkPayload.of(ResidentDocuments.generate(500, 7)).bodies(500).get(0);
        byte[] again = BulkPayload.of(ResidentDocuments.generate(500, 7)).bodies(500).get(0);
        byte[] other = BulkPayload.of(ResidentDocuments.generate(500, 8)).bodies(500).get(0);
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void jsonIsUtf8WithoutEscapedCharactersOrNulls() {
        String json = new String(BulkPayload.json(DOCS.get(0)), StandardCharsets.UTF_8);
        assertThat(json).contains(DOCS.get(0).name()).doesNotContain("\\u").doesNotContain("null");
    }
}
