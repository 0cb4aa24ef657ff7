package org.civichub.connector.health.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The file types of the health department's drop, in the order files of one time are read (births
 * before family): the name prefix, which is also the record type, the key and update-time columns and
 * the contract's columns, every one of which a file's header must have.
 */
public enum DropType {

    /** 出生登记. */
    BIRTHS("births", "出生医学证明编号", "登记日期", List.of("出生医学证明编号", "新生儿姓名", "性别", "出生日期",
            "母亲姓名", "母亲身份证号", "父亲姓名", "父亲身份证号", "居住地址", "登记日期")),

    /** 婚育信息. */
    FAMILY("family", "身份证号", "更新日期", List.of("身份证号", "姓名", "婚姻状况", "子女数", "独生子女证号", "更新日期"));

    private final String recordType;
    private final String keyColumn;
    private final String timeColumn;
    private final List<String> columns;

    DropType(String recordType, String keyColumn, String timeColumn, List<String> columns) {
        this.recordType = recordType;
        this.keyColumn = keyColumn;
        this.timeColumn = timeColumn;
        this.columns = columns;
    }

    /** The file name prefix and record type, e.g. {@code births}. */
    public String recordType() {
        return recordType;
    }

    public String keyColumn() {
        return keyColumn;
    }

    public String timeColumn() {
        return timeColumn;
    }

    /** The contract's columns, in the contract's order. */
    public List<String> columns() {
        return columns;
    }

    public static Optional<DropType> of(String recordType) {
        return Arrays.stream(values()).filter(t -> t.recordType.equals(recordType)).findFirst();
    }
}
