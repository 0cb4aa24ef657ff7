package org.civichub.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civichub.model.IdNumber;
import org.civichub.model.PersonFragment;
import org.civichub.model.Provenance;
import org.civichub.model.Resident;
import org.civichub.model.SourceKey;
import org.civichub.model.SourceRecord;
import org.civichub.model.Tag;
import org.civichub.model.TagKind;
import org.civichub.model.TagStatus;
import org.civichub.rest.internal.TestApi.Reply;
import org.civichub.rest.internal.fakes.Fixtures;
import org.civichub.store.Link;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TagAndLinkResourceTest {

    private TestApi api;

    @BeforeEach
    void start() {
        api = new TestApi();
        api.residents.add(tagged(Fixtures.ZHANG, new Tag(TagKind.SUBSISTENCE, TagStatus.ACTIVE, null, "1540.00",
                LocalDate.of(2016, 1, 10), null), new Tag(TagKind.DISABILITY, TagStatus.ACTIVE, "肢体", "2级", null, null)));
        api.residents.add(tagged(Fixtures.LI, new Tag(TagKind.SUBSISTENCE, TagStatus.ENDED, null, null, null,
                LocalDate.of(2024, 3, 4))));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private static Resident tagged(Resident r, Tag... tags) {
        Provenance p = new Provenance("civil", "civil/assistance/DB" + r.id(), "2024-03-04T16:34:50+08:00",
                Instant.parse("2024-03-04T08:34:50Z"));
        PersonFragment.Builder b = PersonFragment.from(p).idNumber(r.idNumber());
        for (Tag t : tags) {
            b.tag(t);
        }
        return r.merge(b.build());
    }

    @Test
    void tagsFilterTheSearchAndCombine() {
        assertThat(ids(api.get("/residents?tag=subsistence", "li"))).containsExactly(Fixtures.ZHANG.id());
        assertThat(ids(api.get("/residents?tag=subsistence&tag=disability:%E8%82%A2%E4%BD%93", "li")))
                .containsExactly(Fixtures.ZHANG.id());
        assertThat(ids(api.get("/residents?tag=subsistence&tag=deceased", "li"))).isEmpty();
        assertThat(api.get("/residents?tag=subsistence", "li").json().get("items").get(0).get("tags"))
                .extracting(JsonNode::asText).containsExactly("subsistence", "disability");
    }

    @Test
    void anUnknownTagIsABadRequestNamingIt() {
        Reply r = api.get("/residents?tag=rich", "li");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("tag").contains("rich");
    }

    @Test
    void aResidentShowsEachTagWithStatusAndSource() {
        JsonNode tags = api.get("/residents/" + Fixtures.ZHANG.id(), "wang").json().get("tags");
        assertThat(tags).hasSize(2);
        JsonNode allowance = tags.get(0);
        assertThat(allowance.get("kind").asText()).isEqualTo("subsistence");
        assertThat(allowance.get("label").asText()).isEqualTo("低保");
        assertThat(allowance.get("status").asText()).isEqualTo("active");
        assertThat(allowance.get("grade").asText()).isEqualTo("1540.00");
        assertThat(allowance.get("source").get("department").asText()).isEqualTo("civil");
    }

    @Test
    void tagCountsCoverOnlyTheCallersScopeAndOnlyActiveTags() {
        Reply wide = api.get("/tags", "li");
        Reply narrow = api.get("/tags", "wang");
        assertThat(count(wide, "subsistence")).isEqualTo(1);
        assertThat(count(wide, "disability:肢体")).isEqualTo(1);
        assertThat(count(wide, "deceased")).isZero();
        assertThat(count(narrow, "subsistence")).isEqualTo(1);
        api.residents.add(tagged(Fixtures.LI, new Tag(TagKind.SUBSISTENCE, TagStatus.ACTIVE, null, null, null, null)));
        assertThat(count(api.get("/tags", "li"), "subsistence")).isEqualTo(2);
        assertThat(count(api.get("/tags", "wang"), "subsistence")).as("LI is outside wang's community").isEqualTo(1);
        assertThat(api.audit.last().action()).isEqualTo("tag.count");
    }

    @Test
    void linksAreForOperatorsMaskedPagedAndAudited() {
        for (int i = 0; i < 5; i++) {
            IdNumber id = Fixtures.idNumber("3502031990030700" + i);
            SourceRecord r = new SourceRecord(new SourceKey("police", "person", id.value()), "v", Instant.EPOCH,
                    Instant.EPOCH, java.util.Map.of());
            api.links.add(Link.of(String.format("%064x", i), "police-default", r,
                    i == 4 ? Link.State.UNLINKED : Link.State.LINKED, i == 4 ? null : "r" + i));
        }
        assertThat(api.get("/links", "wang").status()).isEqualTo(403);

        List<String> keys = new ArrayList<>();
        String after = null;
        do {
            JsonNode page = api.get("/links?limit=2" + (after == null ? "" : "&after=" + after), "ops").json();
            page.get("items").forEach(l -> keys.add(l.get("recordKey").asText() + "," + l.get("state").asText()));
            after = page.get("next").isNull() ? null : page.get("next").asText();
        } while (after != null);
        assertThat(keys).hasSize(5).allSatisfy(k -> assertThat(k).doesNotMatch(".*\\d{17}[\\dX].*"));
        assertThat(keys.get(4)).endsWith(",unlinked");
        assertThat(api.audit.last().action()).isEqualTo("link.list");

        Reply csv = api.send(api.request("/links").header("Accept", "text/csv")
                .header("Authorization", TestApi.basic("ops", "pw-ops")).GET());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body().lines().toList()).hasSize(6).first().isEqualTo("record_key,resident_id,state");
        assertThat(csv.body()).contains(",r0,linked").contains(",,unlinked").doesNotMatch("(?s).*\\d{17}[\\dX].*");
        assertThat(api.audit.last().action()).isEqualTo("link.export");
    }

    @Test
    void findingsArePerDepartmentCountedMaskedAndAudited() {
        String[] departments = {"police", "police", "civil", "labour"};
        for (int i = 0; i < departments.length; i++) {
            String written = "35020319900307001" + i;
            SourceRecord r = new SourceRecord(new SourceKey(departments[i], "t", written), "v", Instant.EPOCH,
                    Instant.EPOCH, java.util.Map.of());
            api.links.add(Link.of(String.format("%064x", 10 + i), departments[i] + "-default", r, Link.State.LINKED,
                    "r" + i).withFindings(i == 3 ? List.of() : List.of("idNumber:id.checkCharacter")));
        }
        assertThat(api.get("/findings", "wang").status()).isEqualTo(403);
        assertThat(api.get("/findings?department=Police!", "ops").status()).isEqualTo(400);

        JsonNode police = api.get("/findings?department=police", "ops").json();

        assertThat(police.get("counts").get("idNumber:id.checkCharacter").asLong()).isEqualTo(2);
        assertThat(police.get("items")).hasSize(2).allSatisfy(f -> {
            assertThat(f.get("department").asText()).isEqualTo("police");
            assertThat(f.get("recordKey").asText()).doesNotMatch(".*\\d{17}[\\dX].*");
            assertThat(f.get("findings").get(0).asText()).isEqualTo("idNumber:id.checkCharacter");
        });
        assertThat(api.audit.last().action()).isEqualTo("finding.list");
        assertThat(api.get("/findings", "ops").json().get("items")).as("every department, labour has none").hasSize(3);
    }

    @Test
    void aProposedMergeIsAFindingWithTheCandidatesAndTheirEvidenceAuditedAsRead() {
        SourceRecord r = new SourceRecord(new SourceKey("labour", "jy_dj", "JY00000170"), "v", Instant.EPOCH,
                Instant.EPOCH, java.util.Map.of());
        api.links.add(Link.of(String.format("%064x", 50), "labour-default", r, Link.State.LINKED, "r9")
                .withFindings(List.of("resident:mergeProposed"))
                .withCandidates(List.of(new Link.Candidate("r7", 16.71, List.of(new Link.Evidence("id", "date", 14.29))))));

        JsonNode item = api.get("/findings?department=labour", "ops").json().get("items").get(0);

        assertThat(item.get("residentId").asText()).isEqualTo("r9");
        assertThat(item.get("candidates").get(0).get("residentId").asText()).isEqualTo("r7");
        assertThat(item.get("candidates").get(0).get("evidence").get(0).get("level").asText()).isEqualTo("date");
        assertThat(api.audit.last().residentIds()).containsExactly("r7");
    }

    @Test
    void theReviewQueueListsRecordsWithTheirCandidatesAndEvidence() {
        SourceRecord r = new SourceRecord(new SourceKey("health", "births", "Y350000001"), "v", Instant.EPOCH,
                Instant.EPOCH, java.util.Map.of());
        Link.Candidate c = new Link.Candidate("r7", 23.46, List.of(new Link.Evidence("name", "exact", 10.93),
                new Link.Evidence("address", "different", -2.73)));
        api.links.add(Link.of(String.format("%064x", 30), "health-default", r, Link.State.REVIEW, null)
                .withCandidates(List.of(c)));
        api.links.add(Link.of(String.format("%064x", 31), "health-default", r, Link.State.UNLINKED, null));
        api.decisions.inReview.put(String.format("%064x", 30), org.civichub.model.PersonFragment.from(r.provenance())
                .name("王梓涵").sex(org.civichub.model.Sex.FEMALE).birthDate(java.time.LocalDate.of(2024, 3, 9))
                .writtenId("350203202403090021")
                .currentAddress(org.civichub.model.Address.parse(null, "莲薇路292号17号楼3单元702室")).build());
        assertThat(api.get("/review", "wang").status()).isEqualTo(403);

        JsonNode page = api.get("/review?department=health", "ops").json();

        assertThat(page.get("items")).singleElement().satisfies(i -> {
            assertThat(i.get("recordKey").asText()).isEqualTo("health/births/Y350000001");
            assertThat(i.get("record").get("name").asText()).isEqualTo("王梓涵");
            assertThat(i.get("record").get("birthYear").asInt()).isEqualTo(2024);
            assertThat(i.get("record").has("birthDate")).as("the birth date only when revealed").isFalse();
            assertThat(i.get("record").get("writtenId").asText()).isEqualTo("350203********0021");
            assertThat(i.get("record").get("currentAddress").get("text").asText()).contains("莲薇路292号");
            JsonNode candidate = i.get("candidates").get(0);
            assertThat(candidate.get("residentId").asText()).isEqualTo("r7");
            assertThat(candidate.get("score").asDouble()).isEqualTo(23.46);
            assertThat(candidate.get("evidence").get(1).get("level").asText()).isEqualTo("different");
        });
        assertThat(api.audit.last().action()).isEqualTo("review.list");
        assertThat(api.audit.last().residentIds()).containsExactly("r7");
        assertThat(api.get("/review?department=police", "ops").json().get("items")).isEmpty();
    }

    @Test
    void anOperatorAcceptsOrRejectsARecordInReviewWithAReasonAndTheDecisionIsAudited() {
        SourceRecord r = new SourceRecord(new SourceKey("health", "births", "Y350000002"), "v", Instant.EPOCH,
                Instant.EPOCH, java.util.Map.of());
        String id = String.format("%064x", 40);
        api.links.add(Link.of(id, "health-default", r, Link.State.REVIEW, null)
                .withCandidates(List.of(new Link.Candidate("r7", 20.1, List.of()))));
        assertThat(api.get("/review", "ops").json().get("items").get(0).get("id").asText()).isEqualTo(id);

        Reply accepted = api.post("/review/" + id + "/accept", "ops", "{\"residentId\":\"r7\",\"reason\":\"同一人\"}");
        Reply rejected = api.post("/review/" + id + "/reject", "ops", "{\"reason\":\"不是同一人\"}");

        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().get("state").asText()).isEqualTo("linked");
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(api.decisions.reviewed).containsExactly(
                new org.civichub.rest.internal.fakes.FakeDecisions.Reviewed(id, "r7", "同一人", "ops"),
                new org.civichub.rest.internal.fakes.FakeDecisions.Reviewed(id, null, "不是同一人", "ops"));
        assertThat(api.audit.entries).extracting(e -> e.action()).contains("review.accept", "review.reject");
    }

    @Test
    void aDecisionOnNoRecordInReviewWithoutAResidentOrByAWorkerIsRefused() {
        SourceRecord r = new SourceRecord(new SourceKey("health", "births", "Y350000003"), "v", Instant.EPOCH,
                Instant.EPOCH, java.util.Map.of());
        String linked = String.format("%064x", 41);
        String waiting = String.format("%064x", 42);
        api.links.add(Link.of(linked, "health-default", r, Link.State.LINKED, "r7"));
        api.links.add(Link.of(waiting, "health-default", r, Link.State.REVIEW, null));
        String body = "{\"residentId\":\"r7\",\"reason\":\"同一人\"}";

        assertThat(api.post("/review/" + linked + "/accept", "ops", body).status()).isEqualTo(404);
        assertThat(api.post("/review/" + waiting + "/accept", "ops", "{\"reason\":\"同一人\"}").status()).isEqualTo(400);
        assertThat(api.post("/review/" + waiting + "/accept", "wang", body).status()).isEqualTo(403);
        api.decisions.refusing = "residentId: not one of the record's candidates";
        Reply refused = api.post("/review/" + waiting + "/accept", "ops", body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("not one of the record's candidates");
        assertThat(api.decisions.reviewed).isEmpty();
    }

    private static List<String> ids(Reply r) {
        List<String> out = new ArrayList<>();
        r.json().get("items").forEach(i -> out.add(i.get("id").asText()));
        return out;
    }

    private static long count(Reply r, String tag) {
        for (JsonNode n : r.json()) {
            if (n.get("tag").asText().equals(tag)) {
                return n.get("residents").asLong();
            }
        }
        return 0;
    }
}
