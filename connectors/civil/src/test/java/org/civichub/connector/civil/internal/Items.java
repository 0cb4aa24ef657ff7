package org.civichub.connector.civil.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civichub.connector.api.Mapping;
import org.civichub.model.IdNumber;

/** Valid items of each record type as the service sends them, and their mapping. */
final class Items {

    /** A valid ID number of someone born on 1950-03-07. */
    static final String ID = id("35020319500307001");

    private Items() {
    }

    static String id(String first17) {
        return first17 + IdNumber.checkCharacter(first17);
    }

    static Map<String, String> assistance() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("caseNo", "DB2019000001");
        m.put("idCard", ID);
        m.put("name", "王五");
        m.put("assistanceType", "低保");
        m.put("status", "在保");
        m.put("startDate", "2019-04-01");
        m.put("endDate", "");
        m.put("monthlyAmount", "1200.00");
        m.put("householdSize", "3");
        m.put("address", "厦门市思明区大同路8号5栋2单元301室");
        m.put("updatedAt", "2024-05-01T08:00:00+08:00");
        return m;
    }

    static Map<String, String> disability() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("certificateNo", ID + "42");
        m.put("idCard", ID);
        m.put("name", "王五");
        m.put("disabilityType", "肢体");
        m.put("level", "2");
        m.put("updatedAt", "2024-05-01T08:00:00+08:00");
        return m;
    }

    static Map<String, String> death() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cremationNo", "BZ2024000001");
        m.put("idCard", ID);
        m.put("name", "王五");
        m.put("dateOfDeath", "2024-04-28");
        m.put("updatedAt", "2024-05-01T08:00:00+08:00");
        return m;
    }

    static Map<String, String> elderly() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("idCard", ID);
        m.put("name", "王五");
        m.put("livingAlone", "true");
        m.put("careLevel", "2");
        m.put("updatedAt", "2024-05-01T08:00:00+08:00");
        return m;
    }

    /** The item with {@code field} set to {@code value}. */
    static Map<String, String> with(Map<String, String> item, String field, String value) {
        Map<String, String> m = new LinkedHashMap<>(item);
        m.put(field, value);
        return m;
    }

    /** Maps the item as the source makes it a record. */
    static Mapping map(CivilStream stream, Map<String, String> item) {
        return new CivilMapper().map(CivilSource.record(stream, item, Instant.EPOCH));
    }
}
