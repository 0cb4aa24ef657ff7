package org.civichub.simulators.health;

import java.nio.charset.Charset;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.civichub.simulators.common.DatasetTimes;
import org.civichub.simulators.common.TableSpec;

/**
 * The health department's file-drop contract: file types, their Chinese headers, the date columns,
 * the file names and the encoding. Names only; nothing here writes files.
 */
public final class HealthContract {

    /** The encoding of the dropped CSV files. */
    public static final Charset CSV_CHARSET = Charset.forName("GBK");

    /** The suffix of the marker that declares a data file complete: {@code <name>.ok}. */
    public static final String OK_SUFFIX = ".ok";

    /** 出生登记: the header of {@code births_*} files, in the contract's order. */
    public static final List<String> BIRTHS_COLUMNS = List.of("出生医学证明编号", "新生儿姓名", "性别", "出生日期",
            "母亲姓名", "母亲身份证号", "父亲姓名", "父亲身份证号", "居住地址", "登记日期");

    /** 婚育信息: the header of {@code family_*} files, in the contract's order. */
    public static final List<String> FAMILY_COLUMNS = List.of("身份证号", "姓名", "婚姻状况", "子女数", "独生子女证号",
            "更新日期");

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(DatasetTimes.ZONE);

    private HealthContract() {
    }

    /** The dropped file types with their tables, in the order a step writes them. */
    public static List<DropType> types() {
        return List.of(new DropType("births", TableSpec.HEALTH_BIRTHS, BIRTHS_COLUMNS, List.of("出生日期", "登记日期")),
                new DropType("family", TableSpec.HEALTH_FAMILY, FAMILY_COLUMNS, List.of("更新日期")));
    }

    /** {@code <type>_<yyyyMMddHHmmss>.<csv|xlsx>}, the time being the clock in Asia/Shanghai. */
    public static String fileName(String type, Instant clock, DropFormat format) {
        return type + "_" + STAMP.format(clock) + "." + format.extension();
    }
}
