package org.civichub.rest.internal.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * One resident with every field and its source, every tagged fact with its status and source, the
 * conflicts between departments with each value and its source, and every source record version that
 * contributed.
 * {@code idNumber} is masked unless revealed, and then only the birth year is shown:
 * {@code birthDate} is left out. Other absent fields are {@code null}. A resident merged into another
 * shows what it was when merged, and {@code merged} says into which one; no search finds it.
 */
public record ResidentView(
        String id,
        String idNumber,
        FieldView<String> name,
        FieldView<CodeView> sex,
        FieldView<CodeView> ethnicity,
        FieldView<Integer> birthYear,
        @JsonInclude(JsonInclude.Include.NON_NULL) FieldView<LocalDate> birthDate,
        HouseholdView household,
        FieldView<AddressView> registeredAddress,
        FieldView<AddressView> currentAddress,
        FieldView<CodeView> status,
        FieldView<PermitView> residencePermit,
        List<TagView> tags,
        List<ConflictView> conflicts,
        List<SourceView> sources,
        @JsonInclude(JsonInclude.Include.NON_NULL) MergedView merged) {

    /** A resident merged into another ({@code into}): who merged it, when and why. */
    public record MergedView(String into, String user, java.time.Instant at, String reason) {
    }

    public ResidentView {
        tags = List.copyOf(tags);
        conflicts = List.copyOf(conflicts);
        sources = List.copyOf(sources);
    }
}
