package org.civichub.model;

/** Thrown by {@link IdNumber#parse(String)}; {@link #rule()} names the broken rule. */
public final class IdNumberException extends IllegalArgumentException {

    /** The rules an ID number must satisfy, with the stable names used in violations. */
    public enum Rule {
        REQUIRED("id.required", "an ID number is required"),
        LENGTH("id.length", "must have 18 characters, or 15 digits for a legacy number"),
        CHARACTERS("id.characters", "must be digits, with X allowed only as the last character"),
        BIRTH_DATE("id.birthDate", "characters 7-14 must be a real birth date"),
        CHECK_CHARACTER("id.checkCharacter", "the check character does not match GB 11643");

        private final String code;
        private final String description;

        Rule(String code, String description) {
            this.code = code;
            this.description = description;
        }

        public String code() {
            return code;
        }

        public String description() {
            return description;
        }
    }

    private final Rule rule;
    private final String input;

    public IdNumberException(Rule rule, String input) {
        super(rule.code() + ": " + rule.description());
        this.rule = rule;
        this.input = input;
    }

    public Rule rule() {
        return rule;
    }

    /** The raw input that was rejected. */
    public String input() {
        return input;
    }
}
