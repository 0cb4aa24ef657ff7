package org.civichub.resolver;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.civichub.model.Address;
import org.civichub.model.IdNumber;
import org.civichub.model.Sex;

/** Test helpers: ID numbers with their right check character and identities in one line. */
final class Ids {

    private Ids() {
    }

    /** A valid 18-character ID from the first 17 digits. */
    static String valid(String first17) {
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** The same first 17 digits with a check character that does not fit. */
    static String wrongCheck(String first17) {
        char right = IdNumber.checkCharacter(first17);
        return first17 + (right == '0' ? '1' : '0');
    }

    static Prepared prepared(String rawId, String name, Sex sex, LocalDate birth, String... addresses) {
        return Prepared.of(identity(rawId, name, sex, birth, addresses));
    }

    static Identity identity(String rawId, String name, Sex sex, LocalDate birth, String... addresses) {
        List<Address> list = Arrays.stream(addresses).map(a -> Address.ofText(null, a)).toList();
        return Identity.of(rawId, name, sex, birth, list);
    }
}
