package org.civichub.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void aHashRoundTripsThroughItsTextForm() {
        PasswordHash hash = PasswordHash.create("s3cret-密码".toCharArray(), PasswordHash.MIN_ITERATIONS);

        PasswordHash read = PasswordHash.parse(hash.toString());

        assertThat(hash.toString()).matches("pbkdf2\\$10000\\$[A-Za-z0-9+/=]{24}\\$[A-Za-z0-9+/=]{44}");
        assertThat(read.matches("s3cret-密码".toCharArray())).isTrue();
        assertThat(read.matches("s3cret".toCharArray())).isFalse();
        assertThat(read.iterations()).isEqualTo(PasswordHash.MIN_ITERATIONS);
    }

    @Test
    void twoHashesOfOnePasswordDifferByTheirSalt() {
        assertThat(PasswordHash.create("demo".toCharArray(), 10_000).toString())
                .isNotEqualTo(PasswordHash.create("demo".toCharArray(), 10_000).toString());
    }

    @Test
    void plainTextPasswordsAreRefusedWithoutBeingQuoted() {
        assertThatThrownBy(() -> PasswordHash.parse("hunter2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plain text passwords are refused")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void malformedOrCheapHashesAreRefused() {
        String salt = "AAAAAAAAAAAAAAAAAAAAAA==";
        String hash = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
        assertThatThrownBy(() -> PasswordHash.parse("pbkdf2$1000$" + salt + "$" + hash))
                .hasMessageContaining("iterations");
        assertThatThrownBy(() -> PasswordHash.parse("pbkdf2$many$" + salt + "$" + hash))
                .hasMessageContaining("number");
        assertThatThrownBy(() -> PasswordHash.parse("pbkdf2$10000$" + salt))
                .hasMessageContaining("four");
        assertThatThrownBy(() -> PasswordHash.parse("pbkdf2$10000$" + salt + "$AAAA"))
                .hasMessageContaining("32-byte");
        assertThatThrownBy(() -> PasswordHash.parse("pbkdf2$10000$!!$" + hash))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDemoHashIsADemoHash() {
        String demo = "pbkdf2$600000$aOxKdUq0Bqswpna7v974BQ==$SDTCst0ikN4kuBBwyfuVQbCJgy/ADNINxo6EI7QT8xc=";

        assertThat(PasswordHash.parse(demo).matches("demo".toCharArray())).isTrue();
    }
}
