package org.civichub.simulators.labour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.civichub.simulators.common.Dataset;
import org.civichub.simulators.common.DatasetException;
import org.civichub.simulators.common.TableSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabourDatasetTest {

    private static final String JY_DJ_HEADER = "DJBH,SFZHM,XM,DWMC,JYZT,DJRQ,ZXRQ,CZLX,CZSJ\n";
    private static final String GOOD_ROW = "JY1,350203198001010011,陈一,某公司,1,2020-03-01,,I,2024-05-01 08:00:00\n";

    @TempDir
    Path dir;

    @Test
    void aCzsjNotWrittenAsTheContractSaysIsRefusedWithFileLineAndColumn() throws IOException {
        write("labour/jy_dj.csv", JY_DJ_HEADER + GOOD_ROW
                + "JY2,350203198001010022,\"陈\n二\",某公司,1,2020-03-01,,I,2024-05-01 09:00:00\n"
                + "JY3,350203198001010033,陈三,某公司,1,2020-03-01,,I,20240501100000\n");

        assertThatThrownBy(() -> LabourDataset.load(dir)).isInstanceOf(DatasetException.class)
                .hasMessage("labour/jy_dj.csv line 5, column CZSJ: '20240501100000' is not written "
                        + "yyyy-MM-dd HH:mm:ss");
    }

    @Test
    void aCzsjWithAnOffsetOrATIsRefusedToo() throws IOException {
        write("labour/sb_cb.csv", "CBBH,SFZHM,XM,XZLX,CBZT,CBRQ,CZLX,CZSJ\n"
                + "CB1,350203198001010011,林一,养老,1,2019-01-01,I,2024-05-01T08:00:00+08:00\n");

        assertThatThrownBy(() -> LabourDataset.load(dir))
                .hasMessage("labour/sb_cb.csv line 2, column CZSJ: '2024-05-01T08:00:00+08:00' is not written "
                        + "yyyy-MM-dd HH:mm:ss");
    }

    @Test
    void aCzsjThatIsNoTimeAtAllIsRefusedWithFileLineAndColumn() throws IOException {
        write("labour/jy_dj.csv", JY_DJ_HEADER + GOOD_ROW + GOOD_ROW.replace("2024-05-01 08:00:00", "昨天"));

        assertThatThrownBy(() -> LabourDataset.load(dir))
                .hasMessage("labour/jy_dj.csv line 3, column CZSJ: '昨天' is not a time");
    }

    @Test
    void aRowWithTheWrongNumberOfValuesIsRefusedWithFileAndLine() throws IOException {
        write("labour/jy_dj.csv", JY_DJ_HEADER + GOOD_ROW + "JY2,350203198001010022,陈二,2024-05-01 08:00:00\n");

        assertThatThrownBy(() -> LabourDataset.load(dir))
                .hasMessage("labour/jy_dj.csv line 3: 4 values for 9 columns");
    }

    @Test
    void aFileWithoutItsKeyColumnIsRefused() throws IOException {
        write("labour/sb_cb.csv", "SFZHM,CZSJ\n350203198001010011,2024-05-01 08:00:00\n");

        assertThatThrownBy(() -> LabourDataset.load(dir)).hasMessageContaining("labour/sb_cb.csv")
                .hasMessageContaining("no column CBBH");
    }

    @Test
    void absentFilesAreTablesWithoutRows() throws IOException {
        write("labour/jy_dj.csv", JY_DJ_HEADER + GOOD_ROW);

        Dataset dataset = LabourDataset.load(dir);

        assertThat(dataset.rowCounts()).containsExactly(Map.entry("labour/jy_dj", 1),
                Map.entry("labour/sb_cb", 0));
        assertThat(dataset.table(TableSpec.LABOUR_JY_DJ).rows().get(0).value("XM")).isEqualTo("陈一");
    }

    private void write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
