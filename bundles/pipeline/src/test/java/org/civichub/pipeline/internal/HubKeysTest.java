package org.civichub.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.civichub.model.Pseudonyms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HubKeysTest {

    @TempDir
    Path etc;

    @Test
    void aFirstStartWritesAFreshOwnerOnlyKey() throws Exception {
        HubKeys.provision(etc.toString());
        Path file = etc.resolve(HubKeys.PID + ".cfg");
        String key = HubKeys.keyOf(Files.readString(file));
        assertThat(Base64.getDecoder().decode(key)).hasSize(Pseudonyms.MIN_KEY_BYTES);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Pseudonyms.ofBase64(key)).isNotNull();
    }

    @Test
    void anExistingKeyFileIsNeverOverwritten() throws Exception {
        HubKeys.provision(etc.toString());
        Path file = etc.resolve(HubKeys.PID + ".cfg");
        String first = Files.readString(file);
        HubKeys.provision(etc.toString());
        assertThat(Files.readString(file)).isEqualTo(first);
    }

    @Test
    void everyFileHoldsAnotherKey() {
        assertThat(HubKeys.keyOf(HubKeys.content())).isNotEqualTo(HubKeys.keyOf(HubKeys.content()));
    }
}
