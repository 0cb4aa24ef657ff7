package org.civichub.simulators.generator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of a dataset directory as the department contracts define them: where each lives, its
 * header columns in the order the generator writes them, the column holding the record key and the
 * column holding the update time of a version.
 */
public enum DatasetFile {
    POLICE_PERSON("police", "person", "GMSFHM", "GXSJ",
            "GMSFHM", "XM", "XB", "MZ", "CSRQ", "HH", "YHZGX", "HJDZ_XZQH", "HJDZ", "XZZ", "RYZT", "GXSJ"),
    POLICE_FLOATING("police", "floating", "JZZH", "GXSJ",
            "JZZH", "GMSFHM", "XM", "XB", "CSRQ", "HJDZ", "XZZ", "XZZ_XZQH", "DJRQ", "YXQZ", "GXSJ"),
    HEALTH_BIRTHS("health", "births", "出生医学证明编号", "登记日期",
            "出生医学证明编号", "新生儿姓名", "性别", "出生日期", "母亲姓名", "母亲身份证号", "父亲姓名", "父亲身份证号",
            "居住地址", "登记日期"),
    HEALTH_FAMILY("health", "family", "身份证号", "更新日期",
            "身份证号", "姓名", "婚姻状况", "子女数", "独生子女证号", "更新日期"),
    CIVIL_ASSISTANCE("civil", "assistance", "caseNo", "updatedAt",
            "caseNo", "idCard", "name", "assistanceType", "status", "startDate", "endDate", "monthlyAmount",
            "householdSize", "address", "updatedAt"),
    CIVIL_DISABILITY("civil", "disability", "certificateNo", "updatedAt",
            "certificateNo", "idCard", "name", "disabilityType", "level", "updatedAt"),
    CIVIL_DEATH("civil", "death", "cremationNo", "updatedAt",
            "cremationNo", "idCard", "name", "dateOfDeath", "updatedAt"),
    CIVIL_ELDERLY("civil", "elderly", "idCard", "updatedAt",
            "idCard", "name", "livingAlone", "careLevel", "updatedAt"),
    LABOUR_EMPLOYMENT("labour", "jy_dj", "DJBH", "CZSJ",
            "DJBH", "SFZHM", "XM", "DWMC", "JYZT", "DJRQ", "ZXRQ", "CZLX", "CZSJ"),
    LABOUR_INSURANCE("labour", "sb_cb", "CBBH", "CZSJ",
            "CBBH", "SFZHM", "XM", "XZLX", "CBZT", "CBRQ", "CZLX", "CZSJ"),
    TRUTH("", "truth", "record_key", "",
            "record_key", "person_key");

    private final String department;
    private final String stem;
    private final String keyColumn;
    private final String timeColumn;
    private final List<String> columns;
    private final Map<String, Integer> indexes = new HashMap<>();

    DatasetFile(String department, String stem, String keyColumn, String timeColumn, String... columns) {
        this.department = department;
        this.stem = stem;
        this.keyColumn = keyColumn;
        this.timeColumn = timeColumn;
        this.columns = List.of(columns);
        for (int i = 0; i < columns.length; i++) {
            indexes.put(columns[i], i);
        }
    }

    /** The ten department files, without truth.csv. */
    public static List<DatasetFile> sources() {
        return List.of(values()).subList(0, values().length - 1);
    }

    /** The path inside the dataset directory, e.g. {@code police/person.csv}. */
    public String relativePath() {
        return department.isEmpty() ? stem + ".csv" : department + "/" + stem + ".csv";
    }

    /** The truth.csv record key of a source record, e.g. {@code police/person/110101199003077777}. */
    public String recordKey(String key) {
        return department + "/" + stem + "/" + key;
    }

    public String department() {
        return department;
    }

    public String stem() {
        return stem;
    }

    public String keyColumn() {
        return keyColumn;
    }

    /** The column holding a version's update time; empty for truth.csv. */
    public String timeColumn() {
        return timeColumn;
    }

    public List<String> columns() {
        return columns;
    }

    /** The position of a column in the written header. */
    public int indexOf(String column) {
        Integer index = indexes.get(column);
        if (index == null) {
            throw new IllegalArgumentException(relativePath() + " has no column " + column);
        }
        return index;
    }
}
