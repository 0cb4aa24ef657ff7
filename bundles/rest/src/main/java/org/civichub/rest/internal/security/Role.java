package org.civichub.rest.internal.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a user may do, by the name it has in the user configuration. */
public enum Role {
    /** Search and read residents in the user's scope. */
    WORKER("worker"),
    /** See full ID numbers, when a request also asks for them with {@code reveal=idNumber}. */
    ID_FULL("id-full"),
    /** Read connectors and the quarantine, and start syncs. */
    OPERATOR("operator"),
    /**
     * A department's system (a machine client with an API key, never a user): read its own feed. The
     * client's name is the department's.
     */
    DEPARTMENT("department");

    private final String configName;

    Role(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    public static Optional<Role> ofConfigName(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.configName.equals(n)).findFirst();
    }
}
