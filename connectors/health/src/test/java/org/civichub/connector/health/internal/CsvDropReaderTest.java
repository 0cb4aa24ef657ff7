package org.civichub.connector.health.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.util.List;
import org.civichub.connector.kit.FileRow;
import org.junit.jupiter.api.Test;

class CsvDropReaderTest {

    private static final Charset GBK = Charset.forName("GBK");

    private static DropTable read(String text) throws UnreadableDropException {
        return CsvDropReader.read(text.getBytes(GBK));
    }

    @Test
    void readsTheHeaderAndTheRowsNumberedFromTwo() throws Exception {
        DropTable t = read(" 身份证号 ,姓名\r\n350203199003070014,曾国强\r\n350203199003070022,林丽\r\n");

        assertThat(t.header()).containsExactly("身份证号", "姓名");
        assertThat(t.rows()).containsExactly(new FileRow(2, List.of("350203199003070014", "曾国强")),
                new FileRow(3, List.of("350203199003070022", "林丽")));
    }

    @Test
    void aQuotedValueMayHoldCommasQuotesAndLineBreaksAndValuesAreNotTrimmed() throws Exception {
        DropTable t = read("a,b\r\n\"福建省厦门市,\"\"思明区\"\"\r\n2栋\", x \r\nlast,row\r\n");

        assertThat(t.rows()).containsExactly(new FileRow(2, List.of("福建省厦门市,\"思明区\"\r\n2栋", " x ")),
                new FileRow(3, List.of("last", "row")));
    }

    @Test
    void blankLinesHoldNoValuesAndAreSkipped() throws Exception {
        DropTable t = read("a,b\r\n\r\n1,2\r\n\r\n\r\n3,4\r\n");

        assertThat(t.rows()).extracting(FileRow::number).containsExactly(2, 3);
    }

    @Test
    void rowsKeepTheirOwnWidth() throws Exception {
        DropTable t = read("a,b,c\r\n1,2\r\n1,2,3,4\r\n");

        assertThat(t.rows()).extracting(r -> r.values().size()).containsExactly(2, 4);
    }

    @Test
    void aQuoteThatIsNeverClosedMakesTheFileUnreadableNamingTheRow() {
        assertThatThrownBy(() -> read("a,b\r\n1,2\r\n\"open,3\r\n"))
                .isInstanceOfSatisfying(UnreadableDropException.class, e -> {
                    assertThat(e.rule()).isEqualTo("csv.syntax");
                    assertThat(e.location()).isEqualTo("row 3");
                });
    }

    @Test
    void anEmptyFileHasNoHeader() {
        assertThatThrownBy(() -> read("")).isInstanceOfSatisfying(UnreadableDropException.class,
                e -> assertThat(e.rule()).isEqualTo("header.present"));
    }

    @Test
    void bytesThatAreNotGbkNameTheirLine() {
        byte[] bytes = "a,b\n1,2\n3,".getBytes(GBK);
        byte[] broken = java.util.Arrays.copyOf(bytes, bytes.length + 2);
        broken[bytes.length] = (byte) 0xFF;
        broken[bytes.length + 1] = '4';

        assertThatThrownBy(() -> CsvDropReader.read(broken)).isInstanceOfSatisfying(UnreadableDropException.class, e -> {
            assertThat(e.rule()).isEqualTo("csv.gbk");
            assertThat(e.location()).isEqualTo("line 3");
            assertThat(e.getMessage()).contains("FF");
        });
    }

    @Test
    void gbkDecodesEveryCommonChineseCharacterAndTheEuroSign() throws Exception {
        assertThat(GbkText.decode("曾国强 丽华 嘉禾路 €".getBytes(GBK))).isEqualTo("曾国强 丽华 嘉禾路 €");
    }
}
