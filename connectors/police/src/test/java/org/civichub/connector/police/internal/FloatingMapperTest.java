package org.civichub.connector.police.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civichub.model.SourceKey;
import org.civichub.model.SourceRecord;
import org.junit.jupiter.api.Test;

class FloatingMapperTest {

    @Test
    void mapsAFloatingResidentWithPermitAndCurrentAddress() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("JZZH", "JZ350203000123");
        m.put("GMSFHM", "41010219850612028x");
        m.put("XM", "阿依古丽·买买提");
        m.put("XB", "2");
        m.put("CSRQ", "19850612");
        m.put("HJDZ", "河南省郑州市");
        m.put("XZZ", "厦门市思明区大同路8号3栋101室");
        m.put("XZZ_XZQH", "350203006004");
        m.put("DJRQ", "20230105");
        m.put("YXQZ", "20260104");
        m.put("GXSJ", "2024-01-01 10:00:00");
        SourceRecord r = new SourceRecord(new SourceKey("police", "floating", "JZ350203000123"),
                "2024-01-01 10:00:00", java.time.Instant.EPOCH, java.time.Instant.EPOCH, m);

        var f = new PoliceMapper().map(r).subject();

        assertThat(f.idNumber().value()).endsWith("X");
        assertThat(f.currentAddress().division().value()).isEqualTo("350203006004");
        assertThat(f.currentAddress().room()).isEqualTo("101");
        assertThat(f.residencePermit().number()).isEqualTo("JZ350203000123");
        assertThat(f.residencePermit().validUntil()).isEqualTo(LocalDate.of(2026, 1, 4));
        assertThat(f.householdNo()).isNull();
    }
}
