package org.civichub.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PseudonymsTest {

    private static final IdNumber ID = IdNumber.parse("11010519491231002X");
    private static final Pseudonyms KEY_A = new Pseudonyms(filled(1));
    private static final Pseudonyms KEY_B = new Pseudonyms(filled(2));

    @Test
    void theSameKeyGivesTheSameIdsAndAnotherKeyOtherOnes() {
        assertThat(KEY_A.residentId(ID)).isEqualTo(new Pseudonyms(filled(1)).residentId(IdNumber.parse("11010519491231002x")));
        assertThat(KEY_A.residentId(ID)).isNotEqualTo(KEY_B.residentId(ID)).startsWith("r").hasSize(33);
        assertThat(KEY_A.householdId(" 0012 ")).isEqualTo(KEY_A.householdId("0012")).startsWith("h").hasSize(33);
    }

    @Test
    void idsAreNotTheUnkeyedHashesAnyoneCouldEnumerate() {
        String unkeyed = "r" + Hashes.shortId("civichub/resident/" + ID.value());
        assertThat(KEY_A.residentId(ID)).isNotEqualTo(unkeyed).doesNotContain("19491231");
    }

    @Test
    void everyHashIsTheHmacOfPurposeAndDataOnEveryThreadWhateverCameBefore() throws Exception {
        javax.crypto.Mac oracle = javax.crypto.Mac.getInstance("HmacSHA256");
        oracle.init(new javax.crypto.spec.SecretKeySpec(filled(1), "HmacSHA256"));
        java.util.Map<String, String> expected = new java.util.HashMap<>();
        for (int i = 0; i < 200; i++) {
            String purpose = i % 2 == 0 ? "link" : "key/block";
            byte[] data = ("record-" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            oracle.update(("civichub/" + purpose + "\0").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            expected.put(purpose + " " + i, java.util.HexFormat.of().formatHex(oracle.doFinal(data)));
        }
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<java.util.Map<String, String>>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t * 37;
                runs.add(threads.submit(() -> {
                    java.util.Map<String, String> got = new java.util.HashMap<>();
                    for (int n = 0; n < 200; n++) {
                        int i = (n + offset) % 200;
                        String purpose = i % 2 == 0 ? "link" : "key/block";
                        KEY_B.hash(purpose, new byte[] {1, 2, 3});
                        got.put(purpose + " " + i, KEY_A.hash(purpose,
                                ("record-" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                    }
                    return got;
                }));
            }
            for (java.util.concurrent.Future<java.util.Map<String, String>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void purposesAreSeparated() {
        assertThat(KEY_A.residentId(ID).substring(1)).isNotEqualTo(KEY_A.idNumberHash(ID.value()));
    }

    @Test
    void searchedNumbersHashAlikeWhateverTheirWriting() {
        assertThat(KEY_A.idNumberHash("11010519491231002x")).isEqualTo(KEY_A.idNumberHash(" 11010519491231002X"))
                .isEqualTo(KEY_A.idNumberHash("１１０１０５１９４９１２３１００２Ｘ"));
        assertThat(KEY_A.idNumberHash("110105491231002")).isEqualTo(KEY_A.idNumberHash("11010519491231002X"));
        assertThat(KEY_A.idNumberHash("110105194912310021")).hasSize(32);
    }

    @Test
    void shortOrMissingKeysAreRefusedWithoutQuotingThem() {
        assertThatThrownBy(() -> new Pseudonyms(new byte[16])).hasMessageContaining("at least 32 bytes, it has 16");
        assertThatThrownBy(() -> Pseudonyms.ofBase64(" ")).hasMessageContaining("no pseudonym key");
        assertThatThrownBy(() -> Pseudonyms.ofBase64("c2VjcmV0")).hasMessageNotContaining("c2VjcmV0");
        assertThat(Pseudonyms.ofBase64("AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=").residentId(ID))
                .isEqualTo(KEY_A.residentId(ID));
        assertThat(KEY_A.toString()).doesNotContain("AQEB");
    }

    private static byte[] filled(int b) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) b);
        return key;
    }
}
