package org.civichub.simulators.civil;

import java.util.List;
import java.util.Optional;

import org.civichub.simulators.common.TableSpec;

/**
 * The names and limits of the civil-affairs REST contract: the record types served under
 * {@value #PATH}, the API key header and the page limits.
 */
public final class CivilContract {

    /** The base path of the record endpoints, {@code /api/v1/<type>}. */
    public static final String PATH = "/api/v1";
    public static final String API_KEY_HEADER = "X-Api-Key";
    public static final String DEFAULT_API_KEY = "demo-civil-source";
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;
    /** The media type of every error answer (RFC 9457). */
    public static final String PROBLEM_JSON = "application/problem+json";

    /** 低保/特困/临时救助: civil/assistance.csv, keyed by caseNo. */
    public static final TableSpec ASSISTANCE = new TableSpec("civil", "assistance", "caseNo", "updatedAt");
    /** 残疾: civil/disability.csv, keyed by certificateNo. */
    public static final TableSpec DISABILITY = new TableSpec("civil", "disability", "certificateNo", "updatedAt");
    /** 死亡/殡葬: civil/death.csv, keyed by cremationNo. */
    public static final TableSpec DEATH = new TableSpec("civil", "death", "cremationNo", "updatedAt");
    /** 养老服务: civil/elderly.csv, keyed by idCard. */
    public static final TableSpec ELDERLY = new TableSpec("civil", "elderly", "idCard", "updatedAt");

    /** The four tables, in the order of the contract; each one's name is its record type. */
    public static final List<TableSpec> TABLES = List.of(ASSISTANCE, DISABILITY, DEATH, ELDERLY);

    private CivilContract() {
    }

    /** The table served as a record type, e.g. {@code death}; empty for an unknown type. */
    public static Optional<TableSpec> table(String type) {
        return TABLES.stream().filter(spec -> spec.name().equals(type)).findFirst();
    }
}
