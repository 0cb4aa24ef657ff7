package org.civichub.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.civichub.model.Address;
import org.civichub.model.IdNumber;
import org.civichub.model.PersonFragment;
import org.civichub.model.Sex;
import org.civichub.model.SourceKey;
import org.civichub.model.SourceRecord;
import org.civichub.resolver.MatchModel;
import org.civichub.store.Batch;
import org.civichub.store.Link;
import org.junit.jupiter.api.Test;

/** Resolution beyond identical ID numbers, with the default model, on the stores in memory. */
class ResolverTest {

    private static final IdNumber CHEN = IdNumber.parse("350203198704067446");
    /** The same number with a wrong check character. */
    private static final String CHEN_TYPO = "350203198704067447";
    /** Another woman born the same day in the same district: the sequence number is one digit apart. */
    private static final IdNumber NEIGHBOUR = IdNumber.parse("35020319870406748" + IdNumber.checkCharacter("35020319870406748"));
    private static final String HOME = "福建省厦门市思明区莲前街道莲薇社区莲薇路292号17栋3单元702室";
    private static final String HOME_SHORT = "思明区莲薇路292号17-3-702";

    private final MemoryStore store = new MemoryStore();
    private final Resolver resolver = new Resolver(store, store, store, Fragments.PSEUDONYMS, MatchModel.defaults());

    private int next;

    @Test
    void aRecordWhoseOnlyIdentifierIsWrongIsLinkedWhenNameBirthDateAndAddressAgree() {
        String resident = resolveAndStore(person("police", CHEN, null, "陈倩琼", HOME)).get(0);

        List<String> typo = resolveAndStore(person("civil", null, CHEN_TYPO, "陈倩琼", HOME_SHORT));

        assertThat(typo).containsExactly(resident);
    }

    @Test
    void aPersonFoundedByAWrongIdIsJoinedByTheRightOneLater() {
        String founded = resolveAndStore(person("police", null, CHEN_TYPO, "陈倩琼", HOME)).get(0);

        assertThat(resolveAndStore(person("labour", CHEN, null, "陈倩琼", null))).containsExactly(founded);
    }

    @Test
    void aNewbornWithoutAnIdFoundsAResidentThatThePoliceRecordJoins() {
        IdNumber baby = IdNumber.parse("350203202409031730");
        String newborn = resolveAndStore(newborn("林锦轩", Sex.MALE, LocalDate.of(2024, 9, 3), HOME_SHORT)).get(0);

        assertThat(newborn).isNotNull();
        assertThat(resolveAndStore(person("police", baby, null, "林锦轩", HOME))).containsExactly(newborn);
    }

    @Test
    void someoneBornTheSameDayWithANumberOneDigitApartIsAnotherPerson() {
        String chen = resolveAndStore(person("police", CHEN, null, "陈倩琼", HOME)).get(0);

        List<String> other = resolveAndStore(person("police", NEIGHBOUR, null, "李丽", null));

        assertThat(other).doesNotContain(chen).hasSize(1);
    }

    @Test
    void aNameAndBirthDateAtAnotherAddressWaitInReviewWithTheirEvidence() {
        resolveAndStore(newborn("林锦轩", Sex.MALE, LocalDate.of(2024, 9, 3), HOME_SHORT));
        Normalized other = newborn("林锦轩", Sex.MALE, LocalDate.of(2024, 9, 3), "思明区天湖路297号4-3-1102");

        Resolution r = resolver.resolve(new NormalizedBatch("health-default", List.of(other), "w"));

        assertThat(r.residentOf(other.record(), 0)).isNull();
        assertThat(r.inReview(other.record())).isTrue();
        assertThat(r.reviews().get(other.record().id()).candidates()).singleElement().satisfies(c ->
                assertThat(c.score().evidence()).extracting(e -> e.comparator() + "=" + e.level())
                        .contains("name=exact", "birthDate=exact", "address=different"));
    }

    @Test
    void aRecordThatLinksToOneResidentWhileAnotherNearlyMatchesBridgesThemAndProposesTheirMerge() {
        String chen = resolveAndStore(person("police", CHEN, null, "陈倩琼", HOME)).get(0);
        IdNumber other = IdNumber.parse("35020319870406123" + IdNumber.checkCharacter("35020319870406123"));
        String namesake = resolveAndStore(person("police", other, null, "陈倩琼", "思明区天湖路297号4-3-1102")).get(0);
        Normalized bridge = newborn("陈倩琼", Sex.FEMALE, CHEN.birthDate(), HOME_SHORT);

        Resolution r = resolver.resolve(new NormalizedBatch("health-default", List.of(bridge), "w"));

        assertThat(namesake).isNotEqualTo(chen);
        assertThat(r.residentOf(bridge.record(), 0)).isEqualTo(chen);
        assertThat(r.proposesMerge(bridge.record())).isTrue();
        assertThat(r.candidates(bridge.record())).extracting(Link.Candidate::residentId).containsExactly(namesake);
    }

    @Test
    void everyCandidatePairScoredIsOfferedToTheSampleAsItsComparisonVector() {
        org.civichub.resolver.PairSample sample = new org.civichub.resolver.PairSample(10);
        Resolver sampling = new Resolver(store, store, store, Fragments.PSEUDONYMS, MatchModel.defaults(), sample);
        resolveAndStore(person("police", CHEN, null, "陈倩琼", HOME));
        Normalized typo = person("civil", null, CHEN_TYPO, "陈倩琼", HOME_SHORT);

        sampling.resolve(new NormalizedBatch("civil-default", List.of(typo), "w"));

        assertThat(sample.seen()).isEqualTo(1);
        assertThat(sample.vectors()).singleElement().satisfies(v -> assertThat(v)
                .hasSize(MatchModel.defaults().comparators().size()));
    }

    @Test
    void aFewRecordsPlacedByTheirIdNumberAreScoredForTheSampleAllTheSameSoItHoldsEasyPairsToo() {
        org.civichub.resolver.PairSample sample = new org.civichub.resolver.PairSample(1_000);
        Resolver sampling = new Resolver(store, store, store, Fragments.PSEUDONYMS, MatchModel.defaults(), sample);
        String chen = resolveAndStore(person("police", CHEN, null, "陈倩琼", HOME)).get(0);
        List<Normalized> records = new java.util.ArrayList<>();
        for (int i = 0; i < 320; i++) {
            records.add(person("labour", CHEN, null, "陈倩琼", null));
        }

        Resolution r = sampling.resolve(new NormalizedBatch("labour-default", records, "w"));

        assertThat(records).allSatisfy(n -> assertThat(r.residentOf(n.record(), 0)).isEqualTo(chen));
        assertThat(sample.seen()).as("about one in " + Resolver.KEYED_SAMPLE_EVERY).isBetween(2L, 30L);
        int id = MatchModel.defaults().comparators().indexOf(org.civichub.resolver.FieldComparator.ID);
        assertThat(sample.vectors()).allSatisfy(v -> assertThat(v[id]).as("an identical ID").isZero());
    }

    @Test
    void aRecordWithNeitherIdNorBirthDateFoundsNothing() {
        Normalized bare = newborn("林锦轩", null, null, null);

        Resolution r = resolver.resolve(new NormalizedBatch("health-default", List.of(bare), "w"));

        assertThat(r.residentOf(bare.record(), 0)).isNull();
        assertThat(r.inReview(bare.record())).isFalse();
        assertThat(r.keys()).isEmpty();
    }

    @Test
    void twoRecordsOfANewPersonInOneBatchFindEachOther() {
        Normalized a = person("police", null, CHEN_TYPO, "陈倩琼", HOME);
        Normalized b = person("labour", CHEN, null, "陈倩琼", null);

        Resolution r = resolver.resolve(new NormalizedBatch("any", List.of(a, b), "w"));

        assertThat(r.residentOf(b.record(), 0)).isNotNull().isEqualTo(r.residentOf(a.record(), 0));
    }

    @Test
    void aParentWhoseIdHasAWrongCheckCharacterIsStillPlacedButOneNamedOnlyByNameIsNot() {
        String mother = resolveAndStore(person("police", CHEN, null, "陈倩琼", HOME)).get(0);
        SourceRecord birth = record("health");
        PersonFragment baby = PersonFragment.from(birth.provenance()).name("林锦轩").sex(Sex.MALE)
                .birthDate(LocalDate.of(2024, 9, 3)).build();
        PersonFragment mum = PersonFragment.from(birth.provenance()).writtenId(CHEN_TYPO).name("陈倩琼").build();
        PersonFragment dad = PersonFragment.from(birth.provenance()).name("林锋健").build();
        Normalized n = new Normalized(birth, List.of(baby, mum, dad), List.of());

        Resolution r = resolver.resolve(new NormalizedBatch("health-default", List.of(n), "w"));

        assertThat(r.residentOf(birth, 1)).isEqualTo(mother);
        assertThat(r.residentOf(birth, 2)).isNull();
    }

    @Test
    void aPageReadAgainAfterAnAttemptThatStoppedBeforeItsLinksIsResolvedTheSameWay() {
        List<Normalized> page = List.of(
                newborn("林锦轩", Sex.MALE, LocalDate.of(2024, 9, 3), null),
                newborn("林锦轩", Sex.MALE, LocalDate.of(2024, 9, 3), HOME_SHORT),
                person("police", null, CHEN_TYPO, "陈倩琼", null),
                person("civil", null, CHEN_TYPO, "陈倩琼", HOME_SHORT),
                person("labour", CHEN, null, "陈倩琼", HOME));
        NormalizedBatch batch = new NormalizedBatch("any", page, "w");
        Resolution first = resolver.resolve(batch);
        storeKeysAndResidents(first, page);

        Resolution again = resolver.resolve(batch);

        for (Normalized n : page) {
            assertThat(again.residentOf(n.record(), 0)).as(n.record().key().recordKey())
                    .isEqualTo(first.residentOf(n.record(), 0));
            assertThat(again.inReview(n.record())).isEqualTo(first.inReview(n.record()));
        }
    }

    @Test
    void aDecisionIsPlacedWithTheResidentItNamesIfThatResidentExists() {
        String chen = resolveAndStore(person("police", CHEN, null, "陈倩琼", HOME)).get(0);
        Normalized known = decision(chen);
        Normalized unknown = decision("rnobody");

        Resolution r = resolver.resolve(new NormalizedBatch("hub-decisions", List.of(known, unknown), "w"));

        assertThat(r.residentOf(known.record(), 0)).isEqualTo(chen);
        assertThat(r.residentOf(unknown.record(), 0)).isNull();
        assertThat(r.keys()).as("a decision writes no resolution key").isEmpty();
    }

    private Normalized decision(String residentId) {
        SourceRecord r = record("hub");
        PersonFragment f = PersonFragment.from(r.provenance()).resident(residentId).birthDate(LocalDate.of(1987, 4, 6))
                .build();
        return new Normalized(r, List.of(f), List.of());
    }

    @Test
    void aValidIdThatScoresBetweenTheThresholdsFoundsAResidentAndProposesAMerge() {
        String chen = resolveAndStore(person("police", CHEN, null, "陈倩琼", HOME)).get(0);
        // Labour's number has another birth day, and the name a character of the same sound.
        IdNumber typo = IdNumber.parse("35020319870408744" + IdNumber.checkCharacter("35020319870408744"));
        Normalized labour = person("labour", typo, null, "陈倩穷", null);

        Resolution r = resolver.resolve(new NormalizedBatch("labour-default", List.of(labour), "w"));

        assertThat(r.residentOf(labour.record(), 0)).isNotNull().isNotEqualTo(chen);
        assertThat(r.proposesMerge(labour.record())).isTrue();
        assertThat(r.candidates(labour.record())).extracting(Link.Candidate::residentId).containsExactly(chen);
        assertThat(r.inReview(labour.record())).isFalse();
    }

    /** What an attempt that stopped before its links leaves behind: its keys, and its residents. */
    private void storeKeysAndResidents(Resolution r, List<Normalized> page) {
        store.write(new Batch(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), r.keys()));
        Map<String, org.civichub.model.Resident> residents = new java.util.LinkedHashMap<>();
        for (Normalized n : page) {
            String id = r.residentOf(n.record(), 0);
            if (id != null) {
                residents.merge(id, org.civichub.model.Resident.of(id, n.persons().get(0)),
                        (a, b) -> a.merge(n.persons().get(0)));
            }
        }
        store.write(new Batch(List.of(), List.of(), List.copyOf(residents.values()), List.of(), List.of()));
    }

    /** Resolves one record as its own batch, stores the keys, and returns the residents of its persons. */
    private List<String> resolveAndStore(Normalized n) {
        Resolution r = resolver.resolve(new NormalizedBatch(n.record().key().department() + "-default", List.of(n), "w"));
        store.write(new Batch(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), r.keys()));
        List<String> residents = new java.util.ArrayList<>();
        for (int i = 0; i < n.persons().size(); i++) {
            String id = r.residentOf(n.record(), i);
            if (id != null) {
                residents.add(id);
                store.write(new Batch(List.of(), List.of(), List.of(store.residents(List.of(id)).getOrDefault(id,
                        org.civichub.model.Resident.of(id, n.persons().get(i)))
                        .merge(n.persons().get(i))), List.of(), List.of()));
            }
        }
        return residents;
    }

    private Normalized person(String department, IdNumber id, String writtenId, String name, String address) {
        SourceRecord r = record(department);
        IdNumber sexOf = id != null ? id : null;
        PersonFragment f = PersonFragment.from(r.provenance()).idNumber(id).writtenId(writtenId).name(name)
                .sex(sexOf == null ? null : sexOf.sex()).birthDate(sexOf == null ? null : sexOf.birthDate())
                .registeredAddress(address == null ? null : Address.parse(null, address)).build();
        return new Normalized(r, List.of(f), List.of());
    }

    private Normalized newborn(String name, Sex sex, LocalDate born, String address) {
        SourceRecord r = record("health");
        PersonFragment f = PersonFragment.from(r.provenance()).name(name).sex(sex).birthDate(born)
                .currentAddress(address == null ? null : Address.parse(null, address)).build();
        return new Normalized(r, List.of(f), List.of());
    }

    private SourceRecord record(String department) {
        next++;
        Instant at = Instant.parse("2024-10-01T00:00:00Z").plusSeconds(next);
        return new SourceRecord(new SourceKey(department, "t", "K" + next), at.toString(), at, Instant.EPOCH, Map.of());
    }
}
