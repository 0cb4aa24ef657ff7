package org.civichub.simulators.common;

import java.util.List;
import java.util.Objects;

/**
 * One table of a dataset: the file {@code <department>/<name>.csv}, the column holding each row's
 * record key and the column holding its update time.
 *
 * <p>{@link #known()} is the registry of every table the simulators load; a department's new table
 * is one more constant here.
 *
 * @param department the department directory, e.g. {@code police}
 * @param name the file stem, e.g. {@code person}; also the record type a simulator reports
 * @param keyColumn the column whose value identifies the source record
 * @param timeColumn the column whose value is the row's update time (see {@link DatasetTimes#parseUpdateTime})
 */
public record TableSpec(String department, String name, String keyColumn, String timeColumn) {

    /** 户籍人口: police/person.csv, keyed by 公民身份号码. */
    public static final TableSpec POLICE_PERSON = new TableSpec("police", "person", "GMSFHM", "GXSJ");
    /** 流动人口: police/floating.csv, keyed by 居住证号. */
    public static final TableSpec POLICE_FLOATING = new TableSpec("police", "floating", "JZZH", "GXSJ");

    /** 出生登记: health/births.csv, keyed by 出生医学证明编号. */
    public static final TableSpec HEALTH_BIRTHS = new TableSpec("health", "births", "出生医学证明编号", "登记日期");
    /** 婚育信息: health/family.csv, keyed by 身份证号. */
    public static final TableSpec HEALTH_FAMILY = new TableSpec("health", "family", "身份证号", "更新日期");

    /** 就业登记: labour/jy_dj.csv, keyed by 登记编号, updated at 操作时间. */
    public static final TableSpec LABOUR_JY_DJ = new TableSpec("labour", "jy_dj", "DJBH", "CZSJ");
    /** 社保参保: labour/sb_cb.csv, keyed by 参保编号, updated at 操作时间. */
    public static final TableSpec LABOUR_SB_CB = new TableSpec("labour", "sb_cb", "CBBH", "CZSJ");

    private static final List<TableSpec> KNOWN = List.of(POLICE_PERSON, POLICE_FLOATING, HEALTH_BIRTHS, HEALTH_FAMILY,
            LABOUR_JY_DJ, LABOUR_SB_CB);

    public TableSpec {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keyColumn, "keyColumn");
        Objects.requireNonNull(timeColumn, "timeColumn");
    }

    /** Every table the simulators know, in a stable order. */
    public static List<TableSpec> known() {
        return KNOWN;
    }

    /** The known tables of one department, in a stable order (empty for an unknown department). */
    public static List<TableSpec> ofDepartment(String department) {
        return KNOWN.stream().filter(t -> t.department.equals(department)).toList();
    }

    /** {@code <department>/<name>}, the table's name in status reports and ground truth keys. */
    public String id() {
        return department + "/" + name;
    }

    /** The file's path relative to the dataset directory. */
    public String relativePath() {
        return department + "/" + name + ".csv";
    }
}
