package org.civichub.connector.labour.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civichub.model.SourceKey;
import org.civichub.model.SourceRecord;

/** Labour records as the source reads them, for mapper tests: fields in column order, then changes. */
final class LabourRecords {

    static final String ID = "350203198001010013";

    private LabourRecords() {
    }

    static Map<String, String> employment() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("ROW_ID", "17");
        m.put("DJBH", "JY00000001");
        m.put("SFZHM", ID);
        m.put("XM", "陈明");
        m.put("DWMC", "厦门某某有限公司");
        m.put("JYZT", "1");
        m.put("DJRQ", "2020-03-01");
        m.put("ZXRQ", "");
        m.put("CZLX", "I");
        m.put("CZSJ", "2024-05-01 08:00:00");
        return m;
    }

    static Map<String, String> insurance() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("ROW_ID", "4");
        m.put("CBBH", "CB000000001");
        m.put("SFZHM", ID);
        m.put("XM", "林芳");
        m.put("XZLX", "养老");
        m.put("CBZT", "1");
        m.put("CBRQ", "2019-01-01");
        m.put("CZLX", "I");
        m.put("CZSJ", "2024-05-01 08:00:00");
        return m;
    }

    /** The record of {@code fields} as {@link TableReader} makes it: keyed and versioned by its columns. */
    static SourceRecord record(String recordType, String keyColumn, Map<String, String> fields) {
        String version = fields.getOrDefault("CZSJ", "");
        return new SourceRecord(new SourceKey("labour", recordType, fields.getOrDefault(keyColumn, "")), version,
                LabourTime.parse(version).orElse(LabourTime.UNKNOWN), Instant.EPOCH, fields);
    }

    static SourceRecord employment(Map<String, String> changes) {
        Map<String, String> m = employment();
        m.putAll(changes);
        return record("jy_dj", "DJBH", m);
    }

    static SourceRecord insurance(Map<String, String> changes) {
        Map<String, String> m = insurance();
        m.putAll(changes);
        return record("sb_cb", "CBBH", m);
    }
}
