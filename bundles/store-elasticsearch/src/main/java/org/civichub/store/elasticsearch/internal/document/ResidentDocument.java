package org.civichub.store.elasticsearch.internal.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.civichub.model.Address;
import org.civichub.model.Conflict;
import org.civichub.model.Provenance;
import org.civichub.model.Resident;
import org.civichub.model.Sourced;
import org.civichub.model.Tag;
import org.civichub.textzh.NamePinyin;

/**
 * A resident as indexed: the search fields, computed here from the canonical resident (Chinese
 * normalization and pinyin in Java, since the cluster may have no Chinese analysis), and the
 * complete canonical resident in {@code resident}, which is stored but not indexed. {@code tags}
 * holds the terms of the active tags only, {@code conflicts} those of the conflicts, {@code place}
 * where the resident lives in the grid.
 */
public record ResidentDocument(
        String id,
        String name,
        String namePinyin,
        String namePinyinText,
        String nameInitials,
        String idNumber,
        List<String> idPrefixes,
        List<String> idSuffixes,
        String sex,
        LocalDate birthDate,
        String householdNo,
        String status,
        List<String> divisions,
        List<String> addressText,
        List<String> departments,
        List<String> tags,
        List<String> conflicts,
        PlaceDoc place,
        StoredResident resident) {

    public static ResidentDocument of(Resident r) {
        if (r.isMerged()) {
            return merged(r);
        }
        String name = r.name() == null ? null : SearchTerms.name(r.name().value());
        NamePinyin pinyin = name == null || name.isBlank() ? null : NamePinyin.of(name);
        String id = r.idNumber() == null ? null : r.idNumber().value();
        List<Address> addresses = Stream.of(r.registeredAddress(), r.currentAddress())
                .filter(Objects::nonNull).map(Sourced::value).toList();
        return new ResidentDocument(r.id(), name,
                pinyin == null ? null : pinyin.full(),
                pinyin == null ? null : pinyin.spaced(),
                pinyin == null ? null : pinyin.initials(),
                id, id == null ? List.of() : SearchTerms.idPrefixes(id), id == null ? List.of() : SearchTerms.idSuffixes(id),
                r.sex() == null ? null : r.sex().value().code(),
                r.birthDate() != null ? r.birthDate().value() : r.idNumber() == null ? null : r.idNumber().birthDate(),
                r.householdNo() == null ? null : r.householdNo().value(),
                r.status() == null ? null : r.status().value().code(),
                SearchTerms.divisionPrefixes(addresses.stream().map(Address::division).toList()),
                addressTexts(addresses),
                r.sources().stream().map(Provenance::department).distinct().sorted().toList(),
                tagTerms(r),
                conflictTerms(r),
                PlaceDoc.of(r),
                StoredResident.of(r));
    }

    /**
     * A resident merged into another: kept whole in {@code resident}, so an unmerge can restore it,
     * but with no search field, so no search, scope or count finds it.
     */
    private static ResidentDocument merged(Resident r) {
        return new ResidentDocument(r.id(), null, null, null, null, null, List.of(), List.of(), null, null, null, null,
                List.of(), List.of(), List.of(), List.of(), List.of(), null, StoredResident.of(r));
    }

    public Resident toResident() {
        return resident.toResident();
    }

    /** The search terms of the active tags: each kind's code, and kind and detail (e.g. {@code disability:肢体}). */
    static List<String> tagTerms(Resident r) {
        return r.tags().stream().map(Sourced::value).filter(Tag::isActive)
                .flatMap(t -> Stream.of(t.kind().code(), t.term())).distinct().sorted().toList();
    }

    /** The search terms of the open conflicts: each field, and field and pair (e.g. {@code status:civil/police}). */
    static List<String> conflictTerms(Resident r) {
        return r.conflicts().stream().filter(Conflict::isOpen)
                .flatMap(c -> Stream.concat(Stream.of(c.field()), c.terms().stream()))
                .distinct().sorted().toList();
    }

    static List<String> addressTexts(List<Address> addresses) {
        List<String> out = new ArrayList<>();
        for (Address a : addresses) {
            if (a.text() != null && !a.text().isBlank()) {
                out.add(SearchTerms.address(a.text()));
            }
        }
        return out;
    }
}
