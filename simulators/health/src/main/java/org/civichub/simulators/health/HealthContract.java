package org.civichub.simulators.health;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

import org.civichub.simulators.common.DatasetTimes;
import org.civichub.simulators.common.TableSpec;

/**
 * The health department's file-drop contract: file types, their Chinese headers, the date columns,
 * the file names and the encoding; and the names of its inbound side, the incoming folder the hub
 * writes events into. Names only; nothing here writes files.
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

    /**
     * The name of an event file the hub writes into the incoming folder:
     * {@code civichub_<sequence, zero-padded to 12 digits>_<event id>.json}, UTF-8 JSON of the whole
     * CloudEvent; it counts as arrived once {@code <name>.ok} is there. Group 1 is the sequence,
     * group 2 the event id.
     */
    public static final Pattern INCOMING_NAME = Pattern.compile("civichub_(\\d{12,18})_(.+)\\.json");

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(DatasetTimes.ZONE);

    private HealthContract() {
    }

    /** The dropped file types with their tables, in the order a step writes them. */
    public static List<DropType> types() {
        return List.of(new DropType("births", TableSpec.HEALTH_BIRTHS, BIRTHS_COLUMNS, List.of("出生日期", "登记日期")),
                new DropType("family", TableSpec.HEALTH_FAMILY, FAMILY_COLUMNS, List.of("更新日期")));
    }

    /** {@code civichub_<sequence as 12 digits>_<id>.json}, the name the hub gives an event file. */
    public static String incomingFileName(long sequence, String eventId) {
        return String.format("civichub_%012d_%s.json", sequence, eventId);
    }

    /**
     * The incoming folder when none is given: {@code <drop folder>-incoming} beside the drop folder
     * (e.g. {@code /srv/health/drop-incoming}), so that the drop folder holds only the department's
     * files and the hub's {@code done} and {@code error} folders.
     */
    public static Path defaultIncomingFolder(Path dropFolder) {
        Path drop = dropFolder.toAbsolutePath().normalize();
        Path name = drop.getFileName();
        return name == null ? drop.resolve("incoming") : drop.resolveSibling(name + "-incoming");
    }

    /** {@code <type>_<yyyyMMddHHmmss>.<csv|xlsx>}, the time being the clock in Asia/Shanghai. */
    public static String fileName(String type, Instant clock, DropFormat format) {
        return type + "_" + STAMP.format(clock) + "." + format.extension();
    }
}
