package org.civichub.simulators.generator;

/**
 * A kind of deliberate flaw the generator puts into a dataset, with its default rate and the unit the
 * rate is a share of. Each flaw is decided by an independent seeded draw for every eligible unit;
 * the summary reports how many units were eligible and how many got the flaw.
 *
 * <p>"Outside police" means the health, civil affairs and labour files. A flaw of an ID or a name is
 * decided once per record, so every version of a record carries the same value.
 */
public enum MessKind {
    /** police/person.csv GMSFHM with a check character that does not match the first 17 digits. */
    WRONG_CHECK_CHARACTER(0.005, "police person records with an 18-character ID"),
    /** police/person.csv GMSFHM in the legacy 15-digit form. */
    LEGACY_ID_IN_POLICE(0.10, "police person records of persons born before 1980"),
    /** An ID outside police in the legacy 15-digit form. */
    LEGACY_ID_ELSEWHERE(0.02, "ID values outside police of persons born before 1980"),
    /** An ID outside police ending in a lower-case x. */
    LOWER_CASE_X(0.25, "18-character ID values outside police that end in X"),
    /** An ID outside police written with full-width digits. */
    FULL_WIDTH_ID(0.01, "ID values outside police"),
    /** An ID outside police with a leading, trailing or inner space (ASCII or ideographic). */
    WHITESPACE_IN_ID(0.01, "ID values outside police"),
    /** A name outside police with a traditional character, e.g. 陳 for 陈. */
    NAME_TRADITIONAL(0.01, "name values outside police that have a traditional variant"),
    /** A name outside police with a homophone character, e.g. 莉 for 丽. */
    NAME_HOMOPHONE(0.005, "name values outside police that have a homophone variant"),
    /** A minority name outside police written without its middle dot. */
    NAME_MISSING_DOT(0.30, "name values outside police that contain a middle dot"),
    /** A name outside police with a space between surname and given name. */
    NAME_SPACE(0.005, "name values outside police"),
    /** An address outside police written with full-width digits. */
    FULL_WIDTH_ADDRESS(0.05, "address values outside police"),
    /** A household that moves within the district: a new police version for every member. */
    ADDRESS_CHANGE(0.03, "registered households"),
    /** police/person.csv CSRQ that is not a calendar date, e.g. 19900231. */
    IMPOSSIBLE_BIRTH_DATE(0.001, "police person records"),
    /** A labour record whose ID has one birth-date digit changed (and a matching check character). */
    LABOUR_BIRTH_DATE_CONFLICT(0.01, "labour records"),
    /** A health family record whose marital status contradicts the police household. */
    MARITAL_STATUS_CONFLICT(0.02, "health family records"),
    /** A death recorded by civil affairs that police never record (RYZT stays 0). */
    DEATH_NOT_IN_POLICE(0.20, "deaths of registered residents");

    private final double defaultRate;
    private final String unit;

    MessKind(double defaultRate, String unit) {
        this.defaultRate = defaultRate;
        this.unit = unit;
    }

    public double defaultRate() {
        return defaultRate;
    }

    /** What the rate is a share of. */
    public String unit() {
        return unit;
    }
}
