package org.civichub.connector.generic.internal.mapping;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a mapping line can set: a property of the record's person ({@code person.*}) or of the one
 * tag the record carries ({@code tag.*}). Each target takes values of one {@link Type}, which
 * decides the transforms it accepts and how its value is read.
 */
public enum Target {
    PERSON_ID_NUMBER("person.idNumber", Type.ID_NUMBER, "idNumber"),
    PERSON_NAME("person.name", Type.TEXT, "name"),
    PERSON_SEX("person.sex", Type.SEX, "sex"),
    PERSON_BIRTH_DATE("person.birthDate", Type.DATE, "birthDate"),
    PERSON_REGISTERED_ADDRESS("person.registeredAddress", Type.TEXT, "registeredAddress"),
    PERSON_CURRENT_ADDRESS("person.currentAddress", Type.TEXT, "currentAddress"),
    TAG_KIND("tag.kind", Type.TAG_KIND, null),
    TAG_STATUS("tag.status", Type.TAG_STATUS, null),
    TAG_DETAIL("tag.detail", Type.TEXT, null),
    TAG_GRADE("tag.grade", Type.TEXT, null),
    TAG_FROM("tag.from", Type.DATE, null),
    TAG_TO("tag.to", Type.DATE, null);

    /** The kinds of value a target takes. */
    public enum Type { ID_NUMBER, TEXT, SEX, DATE, TAG_KIND, TAG_STATUS }

    private final String code;
    private final Type type;
    private final String property;

    Target(String code, Type type, String property) {
        this.code = code;
        this.type = type;
        this.property = property;
    }

    /** The name written in a mapping file, e.g. {@code person.name}. */
    public String code() {
        return code;
    }

    public Type type() {
        return type;
    }

    /** The {@code PersonFragment} property it sets, or {@code null} for a tag's. */
    public String property() {
        return property;
    }

    public boolean isTag() {
        return property == null;
    }

    public static Optional<Target> of(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }

    /** Every target's name, for messages. */
    public static String names() {
        return Arrays.stream(values()).map(Target::code).collect(Collectors.joining(", "));
    }
}
