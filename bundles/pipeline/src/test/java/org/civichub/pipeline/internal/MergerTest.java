package org.civichub.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civichub.model.PersonFragment;
import org.civichub.model.PersonStatus;
import org.civichub.model.Resident;
import org.civichub.model.Sex;
import org.civichub.model.SourceKey;
import org.civichub.model.SourceRecord;
import org.civichub.model.Violation;
import org.civichub.store.Batch;
import org.civichub.store.Link;
import org.junit.jupiter.api.Test;

class MergerTest {

    private final MemoryStore store = new MemoryStore();
    private final Merger merger = new Merger(store, new Resolver(store, store, store, Fragments.PSEUDONYMS,
            org.civichub.resolver.MatchModel.defaults()), Fragments.PSEUDONYMS, org.civichub.model.Survivorship.DEFAULT,
            Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC));
    private final Map<String, Resident> residents = new HashMap<>();

    /** Merges a batch and stores what it derived, links and keys included. */
    private MergedBatch merge(Normalized... records) {
        MergedBatch mb = merger.merge(new NormalizedBatch("police-default", List.of(records), "w"));
        store.write(mb.batch());
        store.write(new Batch(List.of(), List.of(), List.of(), List.of(), List.of(), List.copyOf(mb.linksByRecord().values())));
        mb.batch().residents().forEach(r -> residents.put(r.id(), r));
        return mb;
    }

    @Test
    void newPersonsBecomeResidentsWithAHouseholdAndACreatedEvent() {
        MergedBatch mb = merge(
                Fragments.valid(Fragments.WANG, "王芳", "H1", "02", "2024-01-01T00:00:00Z", PersonStatus.ACTIVE),
                Fragments.valid(Fragments.LI, "李强", "H1", "20", "2024-01-01T00:00:01Z", PersonStatus.ACTIVE));

        assertThat(mb.batch().residents()).hasSize(2);
        assertThat(mb.batch().households()).singleElement().satisfies(h -> {
            assertThat(h.householdNo()).isEqualTo("H1");
            assertThat(h.members()).extracting(m -> m.name()).containsExactly("王芳", "李强");
        });
        assertThat(mb.batch().changes()).extracting(c -> c.kind()).containsOnly("created");
        assertThat(mb.records()).isEqualTo(2);
    }

    @Test
    void aDeathOnlyCivilAffairsRecordedSurvivesAsTheStatusAndIsAConflictWithPoliceThatAnEventAnnounces() {
        merge(Fragments.valid(Fragments.WANG, "王芳", "H1", "02", "2024-01-01T00:00:00Z", PersonStatus.ACTIVE));
        SourceRecord death = new SourceRecord(new SourceKey("civil", "death", "HZ001"), "v1",
                Instant.parse("2023-12-01T00:00:00Z"), Instant.EPOCH, Map.of());
        PersonFragment died = PersonFragment.from(death.provenance()).idNumber(Fragments.WANG).name("王芳")
                .status(PersonStatus.DECEASED).build();

        MergedBatch mb = merge(new Normalized(death, List.of(died), List.of()));

        assertThat(mb.batch().residents()).singleElement().satisfies(r -> {
            assertThat(r.status().value()).isEqualTo(PersonStatus.DECEASED);
            assertThat(r.conflicts()).flatExtracting(c -> c.terms()).containsExactly("status:civil/police");
        });
        assertThat(mb.batch().changes()).singleElement().satisfies(c ->
                assertThat(c.changedFields()).containsExactly("status", "conflicts", "conflicts.civil", "conflicts.police"));
        assertThat(merge(new Normalized(death, List.of(died), List.of())).batch().size())
                .as("read again").isZero();
    }

    @Test
    void readingTheSameRecordsAgainWritesNothing() {
        Normalized wang = Fragments.valid(Fragments.WANG, "王芳", "H1", "02", "2024-01-01T00:00:00Z", PersonStatus.ACTIVE);
        merge(wang);

        MergedBatch again = merge(wang);

        assertThat(again.batch().residents()).isEmpty();
        assertThat(again.batch().households()).isEmpty();
        assertThat(again.batch().changes()).isEmpty();
        assertThat(again.batch().size()).isZero();
    }

    @Test
    void anOlderVersionReadAfterANewerOneChangesNothing() {
        merge(Fragments.valid(Fragments.WANG, "王芳芳", "H1", "02", "2024-02-01T00:00:00Z", PersonStatus.ACTIVE));

        MergedBatch older = merge(Fragments.valid(Fragments.WANG, "王芳", "H1", "02", "2024-01-01T00:00:00Z",
                PersonStatus.ACTIVE));

        assertThat(older.batch().changes()).isEmpty();
        assertThat(older.batch().residents()).singleElement().satisfies(r -> assertThat(r.sources()).hasSize(2));
        assertThat(residents.values()).singleElement().satisfies(r -> assertThat(r.name().value()).isEqualTo("王芳芳"));
    }

    @Test
    void movingOutRemovesTheResidentFromTheHousehold() {
        merge(Fragments.valid(Fragments.WANG, "王芳", "H1", "02", "2024-01-01T00:00:00Z", PersonStatus.ACTIVE),
                Fragments.valid(Fragments.LI, "李强", "H1", "20", "2024-01-01T00:00:01Z", PersonStatus.ACTIVE));

        MergedBatch moved = merge(Fragments.valid(Fragments.LI, "李强", "H1", "20", "2024-03-01T00:00:00Z",
                PersonStatus.MOVED_OUT));

        assertThat(moved.batch().changes()).singleElement().satisfies(c -> assertThat(c.changedFields())
                .containsExactly("status"));
        assertThat(moved.batch().households()).singleElement().satisfies(h ->
                assertThat(h.members()).extracting(m -> m.name()).containsExactly("王芳"));
    }

    @Test
    void invalidRecordsAreQuarantinedAndTheRestFlows() {
        var bad = Normalized.held(Fragments.record(Fragments.LI, "2024-01-01T00:00:00Z", Map.of()),
                List.of(new Violation("GMSFHM", "id.checkCharacter", "x", "bad")));

        MergedBatch mb = merge(bad, Fragments.valid(Fragments.WANG, "王芳", "H1", "02", "2024-01-01T00:00:00Z",
                PersonStatus.ACTIVE));

        assertThat(mb.batch().quarantine()).singleElement().satisfies(q ->
                assertThat(q.violations()).extracting(Violation::rule).containsExactly("id.checkCharacter"));
        assertThat(mb.batch().residents()).hasSize(1);
    }

    @Test
    void aResidentIdIsOpaqueAndStableAndALaterRecordWithTheSameIdJoinsIt() {
        MergedBatch first = merge(Fragments.valid(Fragments.WANG, "王芳", "H1", "02", "2024-01-01T00:00:00Z",
                PersonStatus.ACTIVE));
        String id = first.batch().residents().get(0).id();

        MergedBatch later = merge(Fragments.valid(Fragments.WANG, "王芳", "H1", "02", "2024-02-01T00:00:00Z",
                PersonStatus.MOVED_OUT));

        assertThat(id).startsWith("r").hasSize(33).isNotEqualTo(Fragments.PSEUDONYMS.residentId(Fragments.WANG));
        assertThat(later.batch().residents()).singleElement().satisfies(r -> assertThat(r.id()).isEqualTo(id));
        assertThat(later.linksByRecord().values()).singleElement().satisfies(l -> {
            assertThat(l.state()).isEqualTo(Link.State.LINKED);
            assertThat(l.residentId()).isEqualTo(id);
        });
        assertThat(residents).hasSize(1);
    }

    @Test
    void twoRecordsOfOnePersonInOneBatchFoundOneResident() {
        MergedBatch mb = merge(
                Fragments.valid(Fragments.WANG, "王芳", "H1", "02", "2024-01-01T00:00:00Z", PersonStatus.ACTIVE),
                Fragments.valid(Fragments.WANG, "王芳", "H1", "02", "2024-01-02T00:00:00Z", PersonStatus.ACTIVE));

        assertThat(mb.batch().residents()).hasSize(1);
        assertThat(mb.linksByRecord().values()).extracting(Link::residentId).containsOnly(mb.batch().residents().get(0).id());
        assertThat(mb.batch().keys()).filteredOn(k -> k.key().startsWith("id-")).hasSize(1);
        assertThat(mb.batch().keys()).hasSizeGreaterThan(1)
                .allSatisfy(k -> assertThat(k.residentIds()).containsExactly(mb.batch().residents().get(0).id()));
    }

    @Test
    void resolvingAPageAgainAfterItsResidentsWereLostFindsTheSameIds() {
        Normalized wang = Fragments.valid(Fragments.WANG, "王芳", "H1", "02", "2024-01-01T00:00:00Z", PersonStatus.ACTIVE);
        MergedBatch attempt = merger.merge(new NormalizedBatch("police-default", List.of(wang), "w"));
        store.write(new Batch(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), attempt.batch().keys()));

        MergedBatch again = merge(wang);

        assertThat(again.batch().residents()).extracting(Resident::id)
                .containsExactlyElementsOf(attempt.batch().residents().stream().map(Resident::id).toList());
        assertThat(again.batch().keys()).isEmpty();
    }

    @Test
    void aNewbornWithoutAnIdJoinsTheMothersHouseholdUntilTheRegisterSaysOtherwise() {
        merge(Fragments.valid(Fragments.WANG, "王芳", "H1", "02", "2024-01-01T00:00:00Z", PersonStatus.ACTIVE));
        org.civichub.model.SourceRecord birth = new org.civichub.model.SourceRecord(
                new org.civichub.model.SourceKey("health", "births", "Y1"), "2024-05-01", Instant.parse("2024-05-01T00:00:00Z"),
                Instant.EPOCH, Map.of());
        org.civichub.model.PersonFragment baby = org.civichub.model.PersonFragment.from(birth.provenance()).name("王小宝")
                .sex(org.civichub.model.Sex.FEMALE).birthDate(java.time.LocalDate.of(2024, 4, 18))
                .tag(new org.civichub.model.Tag(org.civichub.model.TagKind.NEWBORN, org.civichub.model.TagStatus.ACTIVE,
                        null, null, java.time.LocalDate.of(2024, 4, 18), null)).build();
        org.civichub.model.PersonFragment mother = org.civichub.model.PersonFragment.from(birth.provenance())
                .idNumber(Fragments.WANG).name("王芳").build();

        MergedBatch mb = merge(new Normalized(birth, List.of(baby, mother), List.of()));

        Resident newborn = mb.batch().residents().stream().filter(r -> r.idNumber() == null).findFirst().orElseThrow();
        assertThat(newborn.householdNo().value()).isEqualTo("H1");
        assertThat(newborn.relationToHead().value()).as("a daughter").isEqualTo(Merger.DAUGHTER);
        assertThat(newborn.tags()).extracting(t -> t.value().kind()).containsExactly(org.civichub.model.TagKind.NEWBORN);
        assertThat(mb.batch().households()).singleElement().satisfies(h -> assertThat(h.members())
                .extracting(m -> m.name()).containsExactly("王芳", "王小宝"));
    }

    @Test
    void aRecordInReviewKeepsItsCandidatesAndTheirEvidenceOnItsLink() {
        org.civichub.model.SourceRecord first = new org.civichub.model.SourceRecord(
                new org.civichub.model.SourceKey("health", "births", "Y1"), "2024-05-01", Instant.parse("2024-05-01T00:00:00Z"),
                Instant.EPOCH, Map.of());
        org.civichub.model.SourceRecord second = new org.civichub.model.SourceRecord(
                new org.civichub.model.SourceKey("health", "births", "Y2"), "2024-05-02", Instant.parse("2024-05-02T00:00:00Z"),
                Instant.EPOCH, Map.of());
        MergedBatch founded = merge(new Normalized(first, List.of(baby(first, "思明区莲薇路292号17-3-702")), List.of()));
        String resident = founded.batch().residents().get(0).id();

        MergedBatch mb = merge(new Normalized(second, List.of(baby(second, "思明区天湖路297号4-3-1102")), List.of()));

        assertThat(mb.linksByRecord().get(second.id())).satisfies(l -> {
            assertThat(l.state()).isEqualTo(Link.State.REVIEW);
            assertThat(l.candidates()).singleElement().satisfies(c -> {
                assertThat(c.residentId()).isEqualTo(resident);
                assertThat(c.evidence()).extracting(e -> e.comparator() + "=" + e.level())
                        .contains("name=exact", "birthDate=exact", "address=different");
            });
        });
    }

    private static org.civichub.model.PersonFragment baby(org.civichub.model.SourceRecord r, String address) {
        return org.civichub.model.PersonFragment.from(r.provenance()).name("王小宝").sex(org.civichub.model.Sex.FEMALE)
                .birthDate(java.time.LocalDate.of(2024, 4, 18))
                .currentAddress(org.civichub.model.Address.parse(null, address)).build();
    }

    @Test
    void aSexOrBirthDateThatTheRecordsOwnIdNumberContradictsIsAFindingOfTheRecord() {
        SourceRecord r = new SourceRecord(new SourceKey("labour", "employment", "E1"), "v1",
                Instant.parse("2024-01-01T00:00:00Z"), Instant.EPOCH, Map.of());
        PersonFragment contradicts = PersonFragment.from(r.provenance()).idNumber(Fragments.LI).name("李强")
                .sex(Sex.FEMALE).birthDate(LocalDate.of(1990, 3, 8)).build();
        PersonFragment agrees = PersonFragment.from(r.provenance()).idNumber(Fragments.LI).name("李强")
                .sex(Sex.MALE).birthDate(LocalDate.of(1990, 3, 7)).build();

        assertThat(Merger.findings(new Normalized(r, List.of(contradicts), List.of())))
                .containsExactly("sex:sex.matchesId", "birthDate:birthDate.matchesId");
        assertThat(Merger.findings(new Normalized(r, List.of(agrees, contradicts), List.of())))
                .containsExactly("1.sex:sex.matchesId", "1.birthDate:birthDate.matchesId");
    }
}
