package org.civichub.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkQualityTest {

    private static final String TRUTH = """
            record_key,person_key
            police/person/1,P1
            labour/jy_dj/A,P1
            health/births/B,P1
            police/person/2,P2
            labour/jy_dj/C,P2
            police/person/3,P3
            """;

    private static LinkQuality.Figures compare(String links) throws IOException {
        return LinkQuality.compare(new StringReader(TRUTH), new StringReader(links));
    }

    @Test
    void perfectLinksScoreOne() throws IOException {
        LinkQuality.Figures f = compare("""
                record_key,resident_id,state
                police/person/1,r1,linked
                labour/jy_dj/A,r1,linked
                health/births/B,r1,linked
                police/person/2,r2,linked
                labour/jy_dj/C,r2,linked
                police/person/3,r3,linked
                """);
        assertEquals(1.0, f.precision());
        assertEquals(1.0, f.recall());
        assertEquals(3, f.persons());
        assertEquals(6, f.records());
    }

    @Test
    void anUnlinkedRecordCostsRecallOnly() throws IOException {
        LinkQuality.Figures f = compare("""
                record_key,resident_id,state
                police/person/1,r1,linked
                labour/jy_dj/A,r1,linked
                health/births/B,,unlinked
                police/person/2,r2,linked
                labour/jy_dj/C,r2,linked
                police/person/3,r3,linked
                """);
        assertEquals(1.0, f.precision());
        // true pairs: 3 (P1) + 1 (P2) = 4; found: 1 + 1
        assertEquals(0.5, f.recall(), 1e-9);
        assertEquals(1, f.unlinked());
    }

    @Test
    void aWrongMergeCostsPrecisionAndReviewCounts() throws IOException {
        LinkQuality.Figures f = compare("""
                record_key,resident_id,state
                police/person/1,r1,linked
                labour/jy_dj/A,r1,linked
                health/births/B,r1,linked
                police/person/2,r1,linked
                labour/jy_dj/C,,review
                police/person/3,r3,linked
                """);
        // predicted pairs within r1: 4 records → 6; correct: 3
        assertEquals(0.5, f.precision(), 1e-9);
        assertEquals(0.75, f.recall(), 1e-9);
        assertEquals(1, f.review());
        assertEquals(1.0 / 3, f.reviewShare(), 1e-9);
    }

    @Test
    void missingAndExtraRecordsAreCounted() throws IOException {
        LinkQuality.Figures f = compare("""
                record_key,resident_id,state
                police/person/1,r1,linked
                "police/person/9 ",r9,linked
                """);
        assertEquals(5, f.missing());
        assertEquals(1, f.extra());
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndSpaces() {
        assertEquals(List.of("a, b", "c\"d", " e ", ""), LinkQuality.fields("\"a, b\",\"c\"\"d\",\" e \","));
    }

    @Test
    void aMissingColumnIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> compare("record_key,state\nx,linked\n"));
        assertEquals("no column 'resident_id' in header [record_key, state]", e.getMessage());
    }

    @Test
    void theCommandPrintsOneLine(@TempDir Path dir) throws IOException {
        Path truth = Files.writeString(dir.resolve("truth.csv"), TRUTH);
        Path links = Files.writeString(dir.resolve("links.csv"), "record_key,resident_id,state\npolice/person/1,r1,linked\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = LinkQuality.run(new String[] {truth.toString(), links.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, status);
        assertEquals("persons=3 records=6 precision=1.00000 recall=0.00000 f1=0.00000 review=0 review_share=0.00000 "
                + "unlinked=0 quarantined=0 missing=5 extra=0\n", out.toString(StandardCharsets.UTF_8));
    }
}
