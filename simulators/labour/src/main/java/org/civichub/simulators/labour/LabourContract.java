package org.civichub.simulators.labour;

import java.util.List;

import org.civichub.simulators.common.TableSpec;

/**
 * The names of the labour department's exchange contract: the exchange tables and their columns, the
 * inbound table of deliveries from the hub, and the simulator's own progress table. Names only; nothing
 * here touches a database.
 */
public final class LabourContract {

    /** The row number every exchange table has: a {@code BIGSERIAL} primary key in append order. */
    public static final String ROW_ID = "ROW_ID";
    /** 操作类型: I insert, U update, D delete. */
    public static final String CZLX = "CZLX";
    /** 操作时间, written {@code yyyy-MM-dd HH:mm:ss} (Asia/Shanghai), so that text order is time order. */
    public static final String CZSJ = "CZSJ";

    /** 就业登记, filled from labour/jy_dj.csv. */
    public static final ExchangeTable JY_DJ = new ExchangeTable("JY_DJ", TableSpec.LABOUR_JY_DJ,
            List.of("DJBH", "SFZHM", "XM", "DWMC", "JYZT", "DJRQ", "ZXRQ", CZLX, CZSJ));
    /** 社保参保, filled from labour/sb_cb.csv. */
    public static final ExchangeTable SB_CB = new ExchangeTable("SB_CB", TableSpec.LABOUR_SB_CB,
            List.of("CBBH", "SFZHM", "XM", "XZLX", "CBZT", "CBRQ", CZLX, CZSJ));

    /** The exchange tables, in the order a clock step appends to them. */
    public static final List<ExchangeTable> TABLES = List.of(JY_DJ, SB_CB);

    /** The dataset tables the simulator loads. */
    public static final List<TableSpec> SPECS = TABLES.stream().map(ExchangeTable::spec).toList();

    /**
     * The inbound table: what the hub delivers to the department ({@code ID} BIGSERIAL,
     * {@code EVENT_ID} unique, {@code TYPE}, {@code PAYLOAD} text, {@code RECEIVED_AT} set by the database).
     */
    public static final String INBOX = "INBOX";

    /** The simulator's own table: per exchange table, how many dataset rows are in (not part of the contract). */
    public static final String PROGRESS = "SIM_PROGRESS";

    /** The database that {@code ./civichub pg start} creates, on its default port. */
    public static final String DEFAULT_JDBC_URL = "jdbc:postgresql://127.0.0.1:5432/labour";
    public static final String DEFAULT_USER = "civichub";

    private LabourContract() {
    }
}
