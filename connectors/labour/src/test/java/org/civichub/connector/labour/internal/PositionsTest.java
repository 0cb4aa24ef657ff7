package org.civichub.connector.labour.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.civichub.connector.kit.Positions;
import org.junit.jupiter.api.Test;

class PositionsTest {

    @Test
    void aTablePositionIsCzsjAndRowId() {
        TablePosition p = TablePosition.parse("2024-05-01 08:00:00|17");

        assertThat(p).isEqualTo(new TablePosition("2024-05-01 08:00:00", 17));
        assertThat(p.toString()).isEqualTo("2024-05-01 08:00:00|17");
        assertThat(TablePosition.parse(null)).isNull();
    }

    @Test
    void aCzsjAsMessyAsTheDepartmentWroteItSurvives() {
        TablePosition p = new TablePosition(" 2024|5|1 ", 3);

        assertThat(TablePosition.parse(p.toString())).isEqualTo(p);
        assertThat(TablePosition.parse("|9")).isEqualTo(new TablePosition("", 9));
    }

    @Test
    void anythingElseIsNoPosition() {
        for (String bad : new String[] {"", "2024-05-01 08:00:00", "2024-05-01 08:00:00|", "x|-1", "x|1a",
                "x|1234567890123456789"}) {
            assertThatThrownBy(() -> TablePosition.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("not a position CZSJ|ROW_ID: '" + bad + "'");
        }
    }

    @Test
    void aCursorNamesTheTableToReadNextAndCarriesEveryPosition() {
        LabourCursor c = new LabourCursor("sb_cb", new Positions(Map.of("jy_dj", "2024-05-01 08:00:00|17",
                "sb_cb", "a:b|1")));

        assertThat(LabourCursor.parse(c.toString())).isEqualTo(c);
        assertThat(c.toString()).startsWith("sb_cb:");
        assertThatThrownBy(() -> LabourCursor.parse(":x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTimeIsStrict() {
        assertThat(LabourTime.parse("2024-05-01 08:00:00")).isPresent();
        assertThat(LabourTime.parse(" 2024-05-01 08:00:00 ")).isPresent();
        assertThat(LabourTime.format(LabourTime.parse("2024-05-01 08:00:00").orElseThrow()))
                .isEqualTo("2024-05-01 08:00:00");
        for (String bad : new String[] {"2024-05-01", "2024-5-1 08:00:00", "2024-02-30 08:00:00",
                "2024-05-01T08:00:00", "2024-05-01 24:00:00", "", null}) {
            assertThat(LabourTime.parse(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void tableNamesArePlainIdentifiersOptionallyQualified() {
        assertThat(ExchangeTable.configured("EXCH.", "JY_DJ", "SB_CB")).extracting(ExchangeTable::name)
                .containsExactly("EXCH.JY_DJ", "EXCH.SB_CB");
        assertThat(ExchangeTable.configured(" ", " jy_dj_v2 ", "SB$CB")).extracting(ExchangeTable::name)
                .containsExactly("jy_dj_v2", "SB$CB");
        assertThat(ExchangeTable.configured("db.exch.", "JY_DJ", "SB_CB").get(0).name()).isEqualTo("db.exch.JY_DJ");
        for (String bad : new String[] {"EXCH..", "\"EXCH\".", "x; DROP TABLE y; --", "a.b.c."}) {
            assertThatThrownBy(() -> ExchangeTable.configured(bad, "JY_DJ", "SB_CB")).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a table name");
        }
    }

    @Test
    void theSqlIsPlainAndPortable() {
        ExchangeTable t = ExchangeTable.JY_DJ.named("EXCH.JY_DJ");

        assertThat(t.firstSql()).isEqualTo("SELECT ROW_ID, DJBH, SFZHM, XM, DWMC, JYZT, DJRQ, ZXRQ, CZLX, CZSJ "
                + "FROM EXCH.JY_DJ WHERE CZSJ IS NOT NULL ORDER BY CZSJ, ROW_ID");
        assertThat(t.afterSql()).isEqualTo("SELECT ROW_ID, DJBH, SFZHM, XM, DWMC, JYZT, DJRQ, ZXRQ, CZLX, CZSJ "
                + "FROM EXCH.JY_DJ WHERE CZSJ >= ? AND (CZSJ > ? OR ROW_ID > ?) ORDER BY CZSJ, ROW_ID");
    }
}
