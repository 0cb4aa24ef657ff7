package org.civichub.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateMaskTest {

    @Test
    void monthAndDayGoInEveryWrittenStyle() {
        assertThat(DateMask.mask("19890329")).isEqualTo("1989****");
        assertThat(DateMask.mask("CSRQ 1989-03-29.")).isEqualTo("CSRQ 1989-**-**.");
        assertThat(DateMask.mask("1989/3/9")).isEqualTo("1989/*/*");
        assertThat(DateMask.mask("1989.03.29")).isEqualTo("1989.**.**");
        assertThat(DateMask.mask("生于1989年3月29日")).isEqualTo("生于1989年*月**日");
        assertThat(DateMask.mask("19890230 is not a day")).isEqualTo("1989**** is not a day");
        assertThat(DateMask.mask("2990-08-21")).as("a year written wrong").isEqualTo("2990-**-**");
        assertThat(DateMask.mask("29900821")).isEqualTo("2990****");
        assertThat(DateMask.mask("0990/8/21")).isEqualTo("0990/*/**");
    }

    @Test
    void timeStampsNumbersAndTextStay() {
        assertThat(DateMask.mask("2023-05-07 12:30:00")).isEqualTo("2023-05-07 12:30:00");
        assertThat(DateMask.mask("2023-05-07T12:30:00Z")).isEqualTo("2023-05-07T12:30:00Z");
        assertThat(DateMask.mask("13800138000")).isEqualTo("13800138000");
        assertThat(DateMask.mask("12345678")).as("no month 56").isEqualTo("12345678");
        assertThat(DateMask.mask("community/report/13082026-6f8e-4b79-9d56-e6cd087013de"))
                .as("digits inside an id").isEqualTo("community/report/13082026-6f8e-4b79-9d56-e6cd087013de");
        assertThat(DateMask.mask("b20240512c")).isEqualTo("b20240512c");
        assertThat(DateMask.mask("大同路1号")).isEqualTo("大同路1号");
        assertThat(DateMask.mask(null)).isNull();
    }
}
