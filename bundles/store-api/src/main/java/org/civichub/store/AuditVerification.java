package org.civichub.store;

/**
 * The outcome of checking the audit's hash chain end to end.
 *
 * @param intact      whether every entry is there, in sequence, unaltered
 * @param entries     how many entries were read
 * @param firstBroken the sequence number of the first entry missing, out of place or altered;
 *                    {@code null} when intact
 * @param reason      what is wrong with it, for people; {@code null} when intact
 */
public record AuditVerification(boolean intact, long entries, Long firstBroken, String reason) {

    public static AuditVerification intact(long entries) {
        return new AuditVerification(true, entries, null, null);
    }

    public static AuditVerification broken(long entries, long firstBroken, String reason) {
        return new AuditVerification(false, entries, firstBroken, reason);
    }
}
