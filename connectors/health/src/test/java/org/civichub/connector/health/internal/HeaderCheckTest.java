package org.civichub.connector.health.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderCheckTest {

    @Test
    void theContractsColumnsInAnyOrderWithOthersBesideArePassed() {
        List<String> header = new ArrayList<>(DropType.FAMILY.columns());
        Collections.reverse(header);
        header.add("备注");
        assertThatCode(() -> HeaderCheck.check(DropType.FAMILY, header)).doesNotThrowAnyException();
    }

    @Test
    void aHeaderReadFromUtf8AsGbkLacksTheContractsColumns() {
        Charset gbk = Charset.forName("GBK");
        List<String> garbled = DropType.BIRTHS.columns().stream()
                .map(c -> new String(c.getBytes(StandardCharsets.UTF_8), gbk)).toList();

        assertThatThrownBy(() -> HeaderCheck.check(DropType.BIRTHS, garbled))
                .isInstanceOfSatisfying(UnreadableDropException.class, e -> {
                    assertThat(e.rule()).isEqualTo("header.columns");
                    assertThat(e.location()).isEqualTo("row 1");
                    assertThat(e.getMessage()).startsWith("the header lacks 出生医学证明编号, 新生儿姓名")
                            .contains("鍑虹敓", "not encoded in GBK");
                });
    }

    @Test
    void aFileWithoutItsHeaderRowIsRefusedWithoutEchoingAnIdNumber() {
        List<String> dataRow = List.of("350203199003070014", "曾国强", "已婚", "2", "", "2024-05-01");

        assertThatThrownBy(() -> HeaderCheck.check(DropType.FAMILY, dataRow))
                .isInstanceOfSatisfying(UnreadableDropException.class, e -> assertThat(e.getMessage())
                        .contains("the header lacks 身份证号", "曾国强").doesNotContain("350203199003070014"));
    }

    @Test
    void aColumnNamedTwiceOrNotAtAllIsRefused() {
        List<String> twice = new ArrayList<>(DropType.FAMILY.columns());
        twice.add("姓名");
        assertThatThrownBy(() -> HeaderCheck.check(DropType.FAMILY, twice)).hasMessageContaining("姓名 twice");

        List<String> unnamed = new ArrayList<>(DropType.FAMILY.columns());
        unnamed.add(2, "");
        assertThatThrownBy(() -> HeaderCheck.check(DropType.FAMILY, unnamed)).hasMessageContaining("column 3");
    }

    @Test
    void theConnectorsContractIsTheSimulatorsContract() {
        assertThat(DropType.BIRTHS.columns())
                .containsExactlyElementsOf(org.civichub.simulators.health.HealthContract.BIRTHS_COLUMNS);
        assertThat(DropType.FAMILY.columns())
                .containsExactlyElementsOf(org.civichub.simulators.health.HealthContract.FAMILY_COLUMNS);
    }
}
