package org.civichub.connector.health.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civichub.connector.kit.SourceDates;
import org.civichub.model.IdNumber;
import org.civichub.model.SourceKey;
import org.civichub.model.SourceRecord;

/** Health source records for mapper tests, built as the source builds them. */
final class Records {

    static final String MOTHER_ID = valid("35020319900307002");
    static final String FATHER_ID = valid("35020319880101001");

    private Records() {
    }

    /** An ID number with its check character computed. */
    static String valid(String first17) {
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** The same number with a wrong check character. */
    static String wrongCheck(String id) {
        char c = id.charAt(17) == '0' ? '1' : '0';
        return id.substring(0, 17) + c;
    }

    static Map<String, String> birth() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("出生医学证明编号", "Q350000123");
        m.put("新生儿姓名", " 陈小雨 ");
        m.put("性别", "女");
        m.put("出生日期", "2024-04-21");
        m.put("母亲姓名", "林丽华");
        m.put("母亲身份证号", MOTHER_ID);
        m.put("父亲姓名", "陈建国");
        m.put("父亲身份证号", FATHER_ID);
        m.put("居住地址", "福建省厦门市思明区嘉禾路88号5栋2单元301室");
        m.put("登记日期", "2024/5/2");
        return m;
    }

    static Map<String, String> family() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("身份证号", MOTHER_ID);
        m.put("姓名", "林丽华");
        m.put("婚姻状况", "已婚");
        m.put("子女数", "2");
        m.put("独生子女证号", "");
        m.put("更新日期", "20240502");
        return m;
    }

    /** A record of {@code type} as the source builds it from a row of {@code births_20240502000000.csv}. */
    static SourceRecord of(String type, Map<String, String> fields) {
        DropType t = DropType.of(type).orElse(DropType.BIRTHS);
        Map<String, String> payload = new LinkedHashMap<>(fields);
        payload.put(RowFields.FILE, type + "_20240502000000.csv");
        payload.put(RowFields.ROW, "2");
        String version = fields.getOrDefault(t.timeColumn(), "");
        return new SourceRecord(new SourceKey("health", type, fields.getOrDefault(t.keyColumn(), "")), version,
                SourceDates.time(version).orElse(Instant.EPOCH), Instant.EPOCH, payload);
    }
}
