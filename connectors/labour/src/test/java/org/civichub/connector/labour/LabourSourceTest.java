package org.civichub.connector.labour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.civichub.connector.labour.LabourDatasets.czsj;
import static org.civichub.connector.labour.LabourDatasets.employment;
import static org.civichub.connector.labour.LabourDatasets.insurance;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.civichub.connector.kit.Positions;
import org.civichub.connector.kit.SourcePage;
import org.civichub.connector.labour.internal.ExchangeTable;
import org.civichub.connector.labour.internal.LabourMapper;
import org.civichub.connector.labour.internal.LabourReadException;
import org.civichub.connector.labour.internal.LabourSource;
import org.civichub.connector.labour.internal.LabourTime;
import org.civichub.model.SourceRecord;
import org.civichub.model.TagStatus;
import org.civichub.model.Violation;
import org.civichub.simulators.labour.LabourSimulator;
import org.civichub.simulators.labour.LabourSimulatorSettings;
import org.civichub.simulators.labour.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/** The source against a real PostgreSQL whose exchange tables the real labour simulator fills. */
class LabourSourceTest {

    @TempDir
    Path dir;

    private final String schema = TestPostgres.freshSchema();
    private LabourSimulator simulator;

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    private void simulate(List<List<String>> jyDj, List<List<String>> sbCb) throws Exception {
        simulator = LabourSimulator.start(LabourSimulatorSettings.load(LabourDatasets.write(dir, jyDj, sbCb),
                TestPostgres.simulatorDatabase(schema)).withReset(true));
    }

    /** A source reading the test schema's tables by a schema prefix, over a server-wide data source. */
    private LabourSource source(int pageSize) {
        return source(TestPostgres::dataSource, schema + ".", pageSize);
    }

    private static LabourSource source(Supplier<DataSource> ds, String prefix, int pageSize) {
        return new LabourSource(ds, ExchangeTable.configured(prefix, "JY_DJ", "SB_CB"), pageSize,
                Duration.ofSeconds(10), Clock.systemUTC());
    }

    /** One run as the sync routes make it, every page stored: the pages fetched. */
    private static List<SourcePage> run(LabourSource source, String watermark) throws Exception {
        List<SourcePage> pages = new ArrayList<>();
        String cursor = null;
        do {
            SourcePage page = source.fetch(watermark, cursor);
            pages.add(page);
            cursor = page.nextCursor();
        } while (cursor != null);
        return pages;
    }

    /** The watermark stored after a run from {@code watermark}. */
    private static String after(List<SourcePage> pages, String watermark) {
        String w = watermark;
        for (SourcePage p : pages) {
            w = p.watermarkAfter() == null ? w : p.watermarkAfter();
        }
        return w;
    }

    private static List<SourceRecord> records(List<SourcePage> pages) {
        return pages.stream().flatMap(p -> p.records().stream()).toList();
    }

    private static List<String> keys(List<SourcePage> pages) {
        return records(pages).stream().map(r -> r.key().recordKey()).toList();
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = TestPostgres.dataSource(schema).getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    @Test
    void readsBothTablesInOneRunOneAfterTheOther() throws Exception {
        simulate(LabourDatasets.employments(5, 2), LabourDatasets.insurances(3, 1));
        simulator.setClockToEnd();

        List<SourcePage> pages = run(source(500), null);

        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).records()).extracting(r -> r.key().recordType()).containsOnly("jy_dj").hasSize(5);
        assertThat(pages.get(1).records()).extracting(r -> r.key().recordType()).containsOnly("sb_cb").hasSize(3);
        SourceRecord first = pages.get(0).records().get(0);
        assertThat(first.key().recordKey()).isEqualTo("labour/jy_dj/JY00000000");
        assertThat(first.sourceVersion()).isEqualTo(czsj(0));
        assertThat(first.updatedAt()).isEqualTo(LabourDatasets.at(0));
        assertThat(first.payload()).containsExactly(Map.entry("ROW_ID", "1"), Map.entry("DJBH", "JY00000000"),
                Map.entry("SFZHM", LabourDatasets.idNumber(0)), Map.entry("XM", "陈0"),
                Map.entry("DWMC", "厦门某某有限公司"), Map.entry("JYZT", "1"), Map.entry("DJRQ", "2020-03-01"),
                Map.entry("ZXRQ", ""), Map.entry("CZLX", "I"), Map.entry("CZSJ", czsj(0)));
        assertThat(pages.get(1).records().get(2).key().recordKey()).isEqualTo("labour/sb_cb/CB000000002");
        assertThat(pages.get(1).records().get(2).payload()).containsEntry("ROW_ID", "3").containsEntry("XZLX", "失业");
        assertThat(Positions.parse(after(pages, null)).byStream())
                .containsExactly(Map.entry("jy_dj", czsj(2) + "|5"), Map.entry("sb_cb", czsj(2) + "|3"));
    }

    @Test
    void everyPageCarriesTheWatermarkOfAllTablesReadSoFar() throws Exception {
        simulate(LabourDatasets.employments(2, 1), LabourDatasets.insurances(2, 1));
        simulator.setClockToEnd();

        List<SourcePage> pages = run(source(500), "sb_cb=" + "2000-01-01+00%3A00%3A00%7C0");

        assertThat(pages.get(0).watermarkAfter()).isEqualTo("jy_dj=" + "2024-05-01+09%3A00%3A00%7C2"
                + "&sb_cb=2000-01-01+00%3A00%3A00%7C0");
        assertThat(Positions.parse(pages.get(1).watermarkAfter()).get("sb_cb")).isEqualTo(czsj(1) + "|2");
    }

    @Test
    void aTableWithoutAPrefixIsFoundThroughTheDataSourcesSchema() throws Exception {
        simulate(LabourDatasets.employments(2, 1), LabourDatasets.insurances(1, 1));
        simulator.setClockToEnd();

        List<SourcePage> pages = run(source(() -> TestPostgres.dataSource(schema), "", 500), null);

        assertThat(keys(pages)).containsExactly("labour/jy_dj/JY00000000", "labour/jy_dj/JY00000001",
                "labour/sb_cb/CB000000000");
    }

    @Test
    void valuesComeAsStoredAndNullAsEmpty() throws Exception {
        LabourDatasets.writeCsv(dir.resolve("labour/jy_dj.csv"), List.of("DJBH", "SFZHM", "XM", "JYZT", "CZLX", "CZSJ"),
                List.of(List.of(" JY1 ", "３５０２０３１９８００１０１００１Ｘ", "陈 \"小\"\n明", "1", "I", czsj(0))));
        LabourDatasets.writeCsv(dir.resolve("labour/sb_cb.csv"), LabourDatasets.SB_CB, List.of());
        simulator = LabourSimulator.start(LabourSimulatorSettings.load(dir, TestPostgres.simulatorDatabase(schema))
                .withReset(true));

        SourceRecord r = records(run(source(500), null)).get(0);

        assertThat(r.key().recordKey()).as("a key keeps the spaces the department wrote").isEqualTo("labour/jy_dj/ JY1 ");
        assertThat(r.payload()).containsEntry("DJBH", " JY1 ").containsEntry("SFZHM", "３５０２０３１９８００１０１００１Ｘ")
                .containsEntry("XM", "陈 \"小\"\n明").containsEntry("DWMC", "").containsEntry("ZXRQ", "")
                .containsEntry("DJRQ", "");
    }

    @Test
    void eachClockStepIsReadOnceFromTheWatermark() throws Exception {
        simulate(LabourDatasets.employments(12, 2), LabourDatasets.insurances(6, 1));
        LabourSource source = source(4);

        List<SourcePage> first = run(source, null);
        String w1 = after(first, null);
        simulator.setClock(LabourDatasets.at(3));
        List<SourcePage> second = run(source, w1);
        String w2 = after(second, w1);
        simulator.setClockToEnd();
        List<SourcePage> third = run(source, w2);

        assertThat(keys(first)).containsExactly("labour/jy_dj/JY00000000", "labour/jy_dj/JY00000001",
                "labour/sb_cb/CB000000000");
        assertThat(keys(second)).containsExactly("labour/jy_dj/JY00000002", "labour/jy_dj/JY00000003",
                "labour/jy_dj/JY00000004", "labour/jy_dj/JY00000005", "labour/jy_dj/JY00000006",
                "labour/jy_dj/JY00000007", "labour/sb_cb/CB000000001", "labour/sb_cb/CB000000002",
                "labour/sb_cb/CB000000003");
        List<String> all = new ArrayList<>(keys(first));
        all.addAll(keys(second));
        all.addAll(keys(third));
        assertThat(all).hasSize(18).doesNotHaveDuplicates();
    }

    @Test
    void resumingFromTheWatermarkReadsNothingAgain() throws Exception {
        simulate(LabourDatasets.employments(30, 3), LabourDatasets.insurances(20, 2));
        simulator.setClockToEnd();
        String watermark = after(run(source(7), null), null);

        List<SourcePage> again = run(source(7), watermark);

        assertThat(again).singleElement().satisfies(p -> {
            assertThat(p.records()).isEmpty();
            assertThat(p.watermarkAfter()).as("nothing to advance").isNull();
            assertThat(p.isLast()).isTrue();
        });
    }

    @Test
    void rowsOfOneCzsjSplitAcrossPagesAreNeitherLostNorDoubled() throws Exception {
        simulate(LabourDatasets.employments(7, 7), LabourDatasets.insurances(3, 3));
        simulator.setClockToEnd();

        List<SourcePage> pages = run(source(3), null);

        assertThat(pages).extracting(p -> p.records().size()).containsExactly(3, 3, 1, 3, 0);
        assertThat(keys(pages)).hasSize(10).doesNotHaveDuplicates();
        assertThat(pages.get(0).watermarkAfter()).contains("jy_dj=" + "2024-05-01+08%3A00%3A00%7C3");
    }

    @Test
    void aRunStoppedMidSecondResumesAtTheRowNotTheSecond() throws Exception {
        simulate(LabourDatasets.employments(7, 7), List.of());
        simulator.setClockToEnd();
        SourcePage firstPageOnly = source(3).fetch(null, null);

        List<SourcePage> resumed = run(source(3), firstPageOnly.watermarkAfter());

        List<String> all = new ArrayList<>(keys(List.of(firstPageOnly)));
        all.addAll(keys(resumed));
        assertThat(all).hasSize(7).doesNotHaveDuplicates();
    }

    @Test
    void aRowAppendedLaterWithAnAlreadyReadCzsjIsStillRead() throws Exception {
        simulate(LabourDatasets.employments(2, 2), List.of());
        simulator.setClockToEnd();
        String watermark = after(run(source(500), null), null);
        sql("INSERT INTO JY_DJ (DJBH, SFZHM, XM, JYZT, CZLX, CZSJ) VALUES ('JY9', '', '迟到', '1', 'I', '" + czsj(0) + "')");

        List<SourcePage> next = run(source(500), watermark);

        assertThat(keys(next)).containsExactly("labour/jy_dj/JY9");
    }

    @Test
    void aDeletionRowIsReadAsTheRecordsLastVersionAndEndsItsFact() throws Exception {
        simulate(List.of(employment(1, "I", czsj(0)), employment(1, "D", czsj(1))),
                List.of(insurance(1, "1", "I", czsj(0)), insurance(1, "1", "D", czsj(2))));
        simulator.setClockToEnd();

        List<SourceRecord> records = records(run(source(500), null));

        LabourMapper mapper = new LabourMapper();
        assertThat(records).extracting(r -> r.key().recordKey(), r -> r.field("CZLX"),
                        r -> mapper.map(r).subject().tags().get(0).status())
                .containsExactly(tuple("labour/jy_dj/JY00000001", "I", TagStatus.ACTIVE),
                        tuple("labour/jy_dj/JY00000001", "D", TagStatus.ENDED),
                        tuple("labour/sb_cb/CB000000001", "I", TagStatus.ACTIVE),
                        tuple("labour/sb_cb/CB000000001", "D", TagStatus.ENDED));
        assertThat(records.get(1).sourceVersion()).isGreaterThan(records.get(0).sourceVersion());
    }

    @Test
    void aRowWithAnUnreadableCzsjIsReadAsStoredAndTheWatermarkMovesPastIt() throws Exception {
        simulate(LabourDatasets.employments(2, 1), List.of());
        simulator.setClockToEnd();
        sql("INSERT INTO JY_DJ (DJBH, SFZHM, XM, JYZT, CZLX, CZSJ) VALUES ('JYBAD', '', '某', '1', 'I', '2024/5/1 09:30')");

        List<SourcePage> pages = run(source(500), null);
        String watermark = after(pages, null);

        SourceRecord bad = records(pages).stream().filter(r -> r.key().sourceId().equals("JYBAD")).findFirst().orElseThrow();
        assertThat(bad.sourceVersion()).isEqualTo("2024/5/1 09:30");
        assertThat(bad.updatedAt()).isEqualTo(LabourTime.UNKNOWN);
        assertThat(new LabourMapper().map(bad).violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("CZSJ", "time.valid"));
        assertThat(Positions.parse(watermark).get("jy_dj")).isEqualTo("2024/5/1 09:30|3");
        assertThat(records(run(source(500), watermark))).isEmpty();
    }

    @Test
    void aRowWithoutCzsjHasNoPlaceInTheOrderAndIsNotRead() throws Exception {
        simulate(LabourDatasets.employments(2, 1), List.of());
        simulator.setClockToEnd();
        sql("INSERT INTO JY_DJ (DJBH, JYZT, CZLX) VALUES ('JYNULL', '1', 'I')");

        assertThat(keys(run(source(500), null))).containsExactly("labour/jy_dj/JY00000000", "labour/jy_dj/JY00000001");
    }

    @Test
    void aMissingTableEndsTheRunNamingTheTableAndTheDatabasesReason() throws Exception {
        simulate(List.of(), List.of());

        assertThatThrownBy(() -> source(TestPostgres::dataSource, "nosuchschema.", 500).fetch(null, null))
                .isInstanceOf(LabourReadException.class)
                .hasMessageStartingWith("cannot read nosuchschema.JY_DJ from its first row: ")
                .hasMessageContaining("does not exist").hasMessageContaining("[SQLState 42P01]");
    }

    @Test
    void aFailedReadAfterAPositionSaysWhere() throws Exception {
        simulate(List.of(), List.of());

        assertThatThrownBy(() -> source(TestPostgres::dataSource, "nosuchschema.", 500)
                .fetch("jy_dj=2024-05-01+08%3A00%3A00%7C3", null))
                .hasMessageStartingWith("cannot read nosuchschema.JY_DJ after 2024-05-01 08:00:00|3: ");
    }

    @Test
    void anUnreachableDatabaseEndsTheRunWithoutShowingThePassword() throws Exception {
        PGSimpleDataSource closed = new PGSimpleDataSource();
        closed.setServerNames(new String[] {"127.0.0.1"});
        closed.setPortNumbers(new int[] {freePort()});
        closed.setDatabaseName("labour");
        closed.setUser(TestPostgres.USER);
        closed.setPassword("s3cret-pass");

        assertThatThrownBy(() -> source(() -> closed, "", 500).fetch(null, null))
                .isInstanceOf(LabourReadException.class)
                .hasMessageStartingWith("cannot connect to the labour database to read JY_DJ: ")
                .hasMessageContaining("[SQLState 08001]").hasMessageNotContaining("s3cret-pass");
    }

    @Test
    void aPoolThatCannotConnectSaysWhyTheDatabaseCouldNotBeReached() {
        SQLException pool = new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 10002ms.", "08001",
                new SQLException("Connection to 127.0.0.1:5432 refused."));

        assertThatThrownBy(() -> source(() -> new FailingDataSource(pool), "", 500).fetch(null, null))
                .isInstanceOf(LabourReadException.class)
                .hasMessage("cannot connect to the labour database to read JY_DJ: HikariPool-1 - Connection is not "
                        + "available, request timed out after 10002ms. (Connection to 127.0.0.1:5432 refused.) "
                        + "[SQLState 08001]");
    }

    @Test
    void anIdNumberInTheDatabasesReasonIsMasked() {
        SQLException e = new SQLException("value 350203198001010013 is too long", "22001");

        assertThatThrownBy(() -> source(() -> new FailingDataSource(e), "", 500).fetch(null, null))
                .hasMessageContaining("value 350203********0013 is too long").hasMessageNotContaining("198001010013");
    }

    @Test
    void noDataSourceEndsTheRun() {
        assertThatThrownBy(() -> source(() -> null, "", 500).fetch(null, null))
                .isInstanceOf(LabourReadException.class).hasMessageContaining("dataSource.target");
    }

    @Test
    void anUnreadableWatermarkEndsTheRunAndSaysWhy() {
        assertThatThrownBy(() -> source(500).fetch("jy_dj=garbage", null))
                .isInstanceOf(LabourReadException.class)
                .hasMessage("the stored watermark cannot be read for jy_dj (" + schema + ".JY_DJ): "
                        + "not a position CZSJ|ROW_ID: 'garbage'");
    }

    @Test
    void aQueryThatTakesLongerThanTheTimeoutIsCancelled() throws Exception {
        simulate(LabourDatasets.employments(2, 1), List.of());
        simulator.setClockToEnd();
        LabourSource source = new LabourSource(TestPostgres::dataSource, ExchangeTable.configured(schema + ".", "JY_DJ",
                "SB_CB"), 500, Duration.ofSeconds(1), Clock.systemUTC());
        try (Connection locker = DriverManager.getConnection(TestPostgres.url(), TestPostgres.USER, null)) {
            locker.setAutoCommit(false);
            try (Statement s = locker.createStatement()) {
                s.execute("LOCK TABLE " + schema + ".JY_DJ IN ACCESS EXCLUSIVE MODE");
            }

            assertThatThrownBy(() -> source.fetch(null, null)).isInstanceOf(LabourReadException.class)
                    .hasMessageStartingWith("cannot read " + schema + ".JY_DJ from its first row: ")
                    .hasMessageContaining("[SQLState 57014]");
            locker.rollback();
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
