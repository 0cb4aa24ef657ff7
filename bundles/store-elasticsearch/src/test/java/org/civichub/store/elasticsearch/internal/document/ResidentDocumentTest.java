package org.civichub.store.elasticsearch.internal.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.civichub.model.Address;
import org.civichub.model.DivisionCode;
import org.civichub.model.Household;
import org.civichub.model.HouseholdMember;
import org.civichub.model.IdNumber;
import org.civichub.model.Provenance;
import org.civichub.model.Resident;
import org.civichub.store.elasticsearch.Residents;
import org.civichub.store.elasticsearch.internal.Json;
import org.junit.jupiter.api.Test;

class ResidentDocumentTest {

    private final ObjectMapper json = Json.objectMapper();

    private <T> T throughJson(Object document, Class<T> type) throws Exception {
        return json.readValue(json.writeValueAsString(document), type);
    }

    @Test
    void aResidentReadsBackEqualWithEveryFieldAndItsProvenance() throws Exception {
        Resident r = Residents.full();

        Resident back = throughJson(ResidentDocument.of(r), ResidentDocument.class).toResident();

        assertThat(back).isEqualTo(r);
        assertThat(back.currentAddress().source().department()).isEqualTo("health");
        assertThat(back.registeredAddress().source().updatedAt()).isEqualTo(Instant.parse("2024-01-02T03:04:05.123456789Z"));
    }

    @Test
    void aResidentWithOnlyAnIdNumberReadsBackEqual() throws Exception {
        IdNumber id = Residents.idNumber("11010519491231002");
        Resident r = new Resident("r1", id, null, null, null, null, null, null, null, null, null, null, null, List.of(), List.of(), List.of(), List.of(), null);

        ResidentDocument doc = ResidentDocument.of(r);

        assertThat(throughJson(doc, ResidentDocument.class).toResident()).isEqualTo(r);
        assertThat(doc.name()).isNull();
        assertThat(doc.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(doc.divisions()).isEmpty();
    }

    @Test
    void theGridPlacesAResidentWhereTheyLiveNowElseWhereTheyAreRegistered() {
        assertThat(ResidentDocument.of(Residents.full()).place())
                .isEqualTo(new PlaceDoc("350206002003", "台湾街88号", null, null, null));
        assertThat(ResidentDocument.of(Residents.resident("林一", "35020319800101123", "350203001001",
                "福建省厦门市思明区鹭江街道大同社区大同路123号5栋2单元1203室")).place())
                .isEqualTo(new PlaceDoc("350203001001", "大同路123号5栋", "2", "12", "1203"));
        assertThat(ResidentDocument.of(Residents.resident("林二", "35020319800101123", "350203001001", "鹭江街道")).place())
                .as("no road and house number: placed in the community only")
                .isEqualTo(new PlaceDoc("350203001001", null, null, null, null));
    }

    @Test
    void searchFieldsAreNormalizedAndComputedInJava() {
        ResidentDocument doc = ResidentDocument.of(Residents.full());

        assertThat(doc.name()).isEqualTo("欧阳娜娜");
        assertThat(doc.namePinyin()).isEqualTo("ouyangnana");
        assertThat(doc.namePinyinText()).isEqualTo("ou yang na na");
        assertThat(doc.nameInitials()).isEqualTo("oynn");
        assertThat(doc.idSuffixes()).contains(doc.idNumber().substring(14)).hasSize(14).allMatch(doc.idNumber()::endsWith);
        assertThat(doc.idPrefixes()).startsWith("350203").hasSize(12).allMatch(doc.idNumber()::startsWith);
        assertThat(doc.divisions()).contains("35", "3502", "350203", "350203001", "350203001001", "350206002003")
                .doesNotHaveDuplicates();
        assertThat(doc.addressText()).containsExactly("厦门市思明区鼓浪屿龙头路12号", "厦门市湖里区江头街道台湾街88号");
        assertThat(doc.sex()).isEqualTo("2");
        assertThat(doc.status()).isEqualTo("0");
        assertThat(doc.departments()).containsExactly("health", "police");
        assertThat(doc.tags()).containsExactly("marital", "marital:已婚");
    }

    @Test
    void theStoredFormKeepsNationalCodesNotJavaNames() throws Exception {
        String stored = json.writeValueAsString(ResidentDocument.of(Residents.full()).resident());

        assertThat(stored).contains("\"sex\":{\"value\":\"2\"", "\"status\":{\"value\":\"0\"")
                .doesNotContain("FEMALE", "ACTIVE");
    }

    @Test
    void aHouseholdReadsBackEqualWithItsMembersInOrder() throws Exception {
        Provenance p = new Provenance("police", "police/person/x", "1", Instant.parse("2024-01-01T00:00:00Z"));
        Household h = Household.empty("hH0001", "H0001")
                .withMember(new HouseholdMember("r2", "欧阳小明", "20", p), null)
                .withMember(new HouseholdMember("r1", "欧阳娜娜", "02", p),
                        new Address(new DivisionCode("350203001001"), "龙头路12号", null, null, null, null));

        HouseholdDocument doc = HouseholdDocument.of(h);

        assertThat(throughJson(doc, HouseholdDocument.class).toHousehold()).isEqualTo(h);
        assertThat(doc.memberIds()).containsExactly("r1", "r2");
        assertThat(doc.divisions()).contains("350203001001", "350203");
    }
}
