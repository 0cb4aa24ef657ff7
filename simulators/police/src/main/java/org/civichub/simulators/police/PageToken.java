package org.civichub.simulators.police;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The state a page token carries: the run's upper bound and the last record served (its type and
 * its index in that type's table order). Encoded as base64url of {@code v1:<bound>:<type>:<index>}.
 *
 * @param boundEpochSecond the run's inclusive upper bound, epoch seconds
 * @param type the last served record's type
 * @param index the last served record's index in its table
 */
record PageToken(long boundEpochSecond, String type, int index) {

    private static final String VERSION = "v1";

    String encode() {
        String plain = VERSION + ":" + boundEpochSecond + ":" + type + ":" + index;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws ClientFault {@code INVALID_TOKEN} when the text is not an encoded token */
    static PageToken decode(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split(":", -1);
            if (parts.length != 4 || !parts[0].equals(VERSION)) {
                throw invalid();
            }
            int index = Integer.parseInt(parts[3]);
            if (index < 0) {
                throw invalid();
            }
            return new PageToken(Long.parseLong(parts[1]), parts[2], index);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    static ClientFault invalid() {
        return new ClientFault(PoliceContract.INVALID_TOKEN, "pageToken is not one this service issued");
    }
}
