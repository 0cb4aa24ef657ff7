package org.civichub.ledgers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerTest {

    private static final List<Column> TWO = List.of(new Column("姓名", 6), new Column("公民身份号码", 10));

    @Test
    void rowsAreCopiedAndKeepNullValues() {
        List<String> row = new ArrayList<>(Arrays.asList("张三", null));
        List<List<String>> rows = new ArrayList<>(List.of(row));
        Ledger ledger = new Ledger("低保户台账", null, TWO, rows);
        row.set(0, "李四");
        rows.clear();

        assertThat(ledger.rows()).hasSize(1);
        assertThat(ledger.rows().get(0)).containsExactly("张三", null);
        assertThat(ledger.subtitle()).isEmpty();
        assertThatThrownBy(() -> ledger.rows().get(0).set(0, "王五")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ledger.columns().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void eachRowHasOneValuePerColumn() {
        assertThatThrownBy(() -> new Ledger("台账", "", TWO, List.of(List.of("张三"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 0 has 1 values for 2 columns");
    }

    @Test
    void aLedgerHasATitleAndColumns() {
        assertThatThrownBy(() -> new Ledger(" ", "", TWO, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Ledger("台账", "", List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Column("姓名", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
