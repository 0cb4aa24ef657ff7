package org.civichub.pipeline.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civichub.connector.api.IntakeBatch;
import org.civichub.connector.police.internal.PageWatermark;
import org.civichub.connector.police.internal.PoliceMapper;
import org.civichub.connector.police.internal.PoliceTime;
import org.civichub.model.IdNumber;
import org.civichub.model.SourceKey;
import org.civichub.model.SourceRecord;

/**
 * Police records as the police connector reads them from the department's service: {@code person}
 * records (户籍人口) keyed by GMSFHM and {@code floating} records (流动人口) keyed by JZZH, versioned by
 * GXSJ, all in one community of 思明区, Xiamen.
 */
final class PoliceRecords {

    static final String CONNECTOR = "police-test";
    static final String COMMUNITY = "350203006004";

    private PoliceRecords() {
    }

    /** A valid ID number issued in 思明区; an odd sequence is a man's, an even one a woman's. */
    static String idNumber(String birthDate, int sequence) {
        String first17 = "350203" + birthDate + String.format("%03d", sequence);
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** The ID number with a check character that does not match its first 17 digits. */
    static String withWrongCheckCharacter(String idNumber) {
        char right = idNumber.charAt(17);
        return idNumber.substring(0, 17) + (right == '0' ? '1' : '0');
    }

    /** A registered resident of household {@code householdNo}, relation to its head a GB/T 4761 code. */
    static SourceRecord person(String idNumber, String name, String householdNo, String relation, String gxsj) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("GMSFHM", idNumber);
        f.put("XM", name);
        f.put("XB", sexCode(idNumber));
        f.put("MZ", "01");
        f.put("CSRQ", idNumber.substring(6, 14));
        f.put("HH", householdNo);
        f.put("YHZGX", relation);
        f.put("HJDZ_XZQH", COMMUNITY);
        f.put("HJDZ", "福建省厦门市思明区大同路123号5栋2单元301室");
        f.put("XZZ", "厦门市思明区大同路123号5栋2单元301室");
        f.put("RYZT", "0");
        f.put("GXSJ", gxsj);
        return record(PoliceMapper.PERSON, idNumber, f);
    }

    /** A resident registered in 郑州 living here on residence permit {@code permitNo}. */
    static SourceRecord floating(String permitNo, String idNumber, String name, String gxsj) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("JZZH", permitNo);
        f.put("GMSFHM", idNumber);
        f.put("XM", name);
        f.put("XB", sexCode(idNumber));
        f.put("CSRQ", idNumber.substring(6, 14));
        f.put("HJDZ", "河南省郑州市金水区文化路12号");
        f.put("XZZ", "厦门市思明区大同路8号3栋101室");
        f.put("XZZ_XZQH", COMMUNITY);
        f.put("DJRQ", "20230105");
        f.put("YXQZ", "20260104");
        f.put("GXSJ", gxsj);
        return record(PoliceMapper.FLOATING, permitNo, f);
    }

    /** The same version of the record with one field as the department sent it, e.g. broken. */
    static SourceRecord with(SourceRecord r, String field, String value) {
        Map<String, String> f = new LinkedHashMap<>(r.payload());
        f.put(field, value);
        return record(r.key().recordType(), r.key().sourceId(), f);
    }

    /** A later version of the record, updated at {@code gxsj}, with one field changed. */
    static SourceRecord nextVersion(SourceRecord r, String gxsj, String field, String value) {
        return with(with(r, field, value), "GXSJ", gxsj);
    }

    /** The records as the last page of a sync, allowing the watermark the connector would compute. */
    static IntakeBatch page(SourceRecord... records) {
        return new IntakeBatch(CONNECTOR, List.of(records), PageWatermark.after(List.of(records), true));
    }

    private static SourceRecord record(String type, String key, Map<String, String> fields) {
        String gxsj = fields.get("GXSJ");
        return new SourceRecord(new SourceKey(PoliceMapper.DEPARTMENT, type, key), gxsj,
                PoliceTime.parse(gxsj).orElseThrow(), Instant.now(), fields);
    }

    private static String sexCode(String idNumber) {
        return (idNumber.charAt(16) - '0') % 2 == 1 ? "1" : "2";
    }
}
