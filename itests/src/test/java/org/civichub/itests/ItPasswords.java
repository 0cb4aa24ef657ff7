package org.civichub.itests;

import org.civichub.rest.PasswordHash;

/** Makes user entries for {@code etc/org.civichub.rest.users.cfg}. */
final class ItPasswords {

    private ItPasswords() {
    }

    static String entry(String password, String roles, String scope) {
        return PasswordHash.create(password.toCharArray(), PasswordHash.MIN_ITERATIONS) + ";roles=" + roles
                + ";scope=" + scope;
    }
}
