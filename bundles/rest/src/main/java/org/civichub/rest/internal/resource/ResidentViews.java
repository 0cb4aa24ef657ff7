package org.civichub.rest.internal.resource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.civichub.model.Address;
import org.civichub.model.Claim;
import org.civichub.model.CodeTable;
import org.civichub.model.Household;
import org.civichub.model.PersonFragment;
import org.civichub.model.PersonStatus;
import org.civichub.model.Provenance;
import org.civichub.model.Pseudonyms;
import org.civichub.model.Resident;
import org.civichub.model.Sex;
import org.civichub.model.Sourced;
import org.civichub.model.Tag;
import org.civichub.pipeline.Decisions;
import org.civichub.rest.internal.view.AddressView;
import org.civichub.rest.internal.view.ClaimView;
import org.civichub.rest.internal.view.ConflictView;
import org.civichub.rest.internal.view.CodeView;
import org.civichub.rest.internal.view.FieldView;
import org.civichub.rest.internal.view.HouseholdDetail;
import org.civichub.rest.internal.view.HouseholdView;
import org.civichub.rest.internal.view.MemberView;
import org.civichub.rest.internal.view.PermitView;
import org.civichub.rest.internal.view.ResidentSummary;
import org.civichub.rest.internal.view.ResidentView;
import org.civichub.rest.internal.view.ResolutionView;
import org.civichub.rest.internal.view.ReviewRecordView;
import org.civichub.rest.internal.view.SourceView;
import org.civichub.rest.internal.view.TagView;

/** Maps residents to their views; record keys, which may hold ID numbers, follow the disclosure. */
final class ResidentViews {

    private final Disclosure disclosure;
    private final Pseudonyms pseudonyms;

    private final Function<Provenance, Optional<Decisions.Note>> notes;

    ResidentViews(Disclosure disclosure, Pseudonyms pseudonyms) {
        this(disclosure, pseudonyms, p -> Optional.empty());
    }

    /** Views whose resolved conflicts say who decided and why ({@code notes}). */
    ResidentViews(Disclosure disclosure, Pseudonyms pseudonyms, Function<Provenance, Optional<Decisions.Note>> notes) {
        this.disclosure = disclosure;
        this.pseudonyms = pseudonyms;
        this.notes = notes;
    }

    ResidentSummary summary(Resident r) {
        return new ResidentSummary(r.id(), disclosure.id(r.idNumber()), value(r.name()),
                sex(value(r.sex())), Disclosure.birthYear(value(r.birthDate())),
                disclosure.birthDate(value(r.birthDate())), value(r.householdNo()),
                address(value(r.registeredAddress())), address(value(r.currentAddress())), status(value(r.status())),
                r.tags().stream().map(Sourced::value).filter(Tag::isActive).map(t -> t.kind().code()).distinct().toList());
    }

    /** What a record in review says, masked as the disclosure says. */
    ReviewRecordView record(PersonFragment f) {
        LocalDate birth = f.birthDate() != null ? f.birthDate() : f.idNumber() == null ? null : f.idNumber().birthDate();
        return new ReviewRecordView(disclosure.id(f.idNumber()), f.writtenId() == null ? null : disclosure.text(f.writtenId()),
                f.name(), f.sex() == null ? null : sex(f.sex()), Disclosure.birthYear(birth), disclosure.birthDate(birth),
                f.householdNo(), maskedAddress(f.registeredAddress()), maskedAddress(f.currentAddress()));
    }

    private AddressView maskedAddress(Address a) {
        AddressView v = address(a);
        return v == null ? null : new AddressView(v.division(), disclosure.text(v.text()), v.grid(), v.building(), v.unit(),
                v.room());
    }

    ResidentView view(Resident r) {
        return new ResidentView(r.id(), disclosure.id(r.idNumber()),
                field(r.name(), Function.identity()),
                field(r.sex(), ResidentViews::sex),
                field(r.ethnicity(), c -> code(c, CodeTable.ETHNICITY)),
                field(r.birthDate(), Disclosure::birthYear),
                disclosure.full() ? field(r.birthDate(), Function.identity()) : null,
                household(r),
                field(r.registeredAddress(), ResidentViews::address),
                field(r.currentAddress(), ResidentViews::address),
                field(r.status(), ResidentViews::status),
                field(r.residencePermit(), p -> new PermitView(p.number(), p.registeredOn(), p.validUntil())),
                r.tags().stream().map(t -> tag(t, birth(r))).toList(),
                conflicts(r),
                r.sources().stream().map(this::source).toList(),
                r.merged() == null ? null : new ResidentView.MergedView(r.merged().into(), r.merged().user(),
                        r.merged().at(), r.merged().reason()));
    }

    /** The conflicts of a resident, each claimed value shown as the disclosure allows. */
    List<ConflictView> conflicts(Resident r) {
        return r.conflicts().stream().map(c -> new ConflictView(c.field(), c.pairs(),
                c.claims().stream().map(this::claim).toList(), c.resolution() == null ? null : resolution(c.resolution())))
                .toList();
    }

    private ResolutionView resolution(Claim c) {
        ClaimView kept = claim(c);
        Optional<Decisions.Note> note = notes.apply(c.source());
        return new ResolutionView(kept.value(), kept.label(), kept.source(), note.map(Decisions.Note::user).orElse(null),
                note.map(n -> disclosure.text(n.reason())).orElse(null));
    }

    private ClaimView claim(Claim c) {
        String label = switch (c.field()) {
            case Claim.SEX -> Sex.of(c.value()).map(Sex::label).orElse(null);
            case Claim.STATUS -> PersonStatus.ofCode(c.value()).map(PersonStatus::label).orElse(null);
            default -> null;
        };
        return new ClaimView(disclosure.text(c.value()), label, source(c.source()));
    }

    private TagView tag(Sourced<Tag> s, LocalDate birth) {
        Tag t = s.value();
        return new TagView(t.kind().code(), t.kind().label(), t.status().code(), t.detail(), t.grade(),
                disclosure.tagDate(t.from(), birth), disclosure.tagDate(t.to(), birth), source(s.source()));
    }

    /** The resident's birth date as stated, else as the ID number gives it; {@code null} when neither does. */
    static LocalDate birth(Resident r) {
        LocalDate stated = value(r.birthDate());
        return stated != null ? stated : r.idNumber() == null ? null : r.idNumber().birthDate();
    }

    /** A household with its members; the record keys of their sources are masked as the disclosure says. */
    HouseholdDetail household(Household h) {
        return new HouseholdDetail(h.id(), h.householdNo(), address(h.address()), h.members().stream()
                .map(m -> new MemberView(m.residentId(), m.name(), m.relationToHead() == null ? null
                        : code(m.relationToHead(), CodeTable.FAMILY_RELATION), source(m.source()))).toList());
    }

    private HouseholdView household(Resident r) {
        if (r.householdNo() == null) {
            return null;
        }
        return new HouseholdView(pseudonyms.householdId(r.householdNo().value()),
                field(r.householdNo(), Function.identity()),
                field(r.relationToHead(), c -> code(c, CodeTable.FAMILY_RELATION)));
    }

    private <T, V> FieldView<V> field(Sourced<T> s, Function<T, V> map) {
        return s == null ? null : new FieldView<>(map.apply(s.value()), source(s.source()));
    }

    private SourceView source(Provenance p) {
        return new SourceView(p.department(), disclosure.text(p.recordKey()), p.sourceVersion(), p.updatedAt());
    }

    private static <T> T value(Sourced<T> s) {
        return s == null ? null : s.value();
    }

    private static CodeView sex(Sex s) {
        return s == null ? null : new CodeView(s.code(), s.label());
    }

    private static CodeView status(PersonStatus s) {
        return s == null ? null : new CodeView(s.code(), s.label());
    }

    private static CodeView code(String code, CodeTable table) {
        return new CodeView(code, table.label(code).orElse(null));
    }

    private static AddressView address(Address a) {
        return a == null ? null : new AddressView(a.division() == null ? null : a.division().value(),
                a.text(), a.grid(), a.building(), a.unit(), a.room());
    }
}
