package org.civichub.connector.health.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civichub.connector.api.Mapping;
import org.civichub.connector.health.HealthDrops;
import org.civichub.connector.health.HealthDrops.Run;
import org.civichub.connector.kit.Positions;
import org.civichub.connector.kit.SourcePage;
import org.civichub.model.SourceRecord;
import org.civichub.model.Violation;
import org.civichub.simulators.common.Row;
import org.civichub.simulators.common.TableSpec;
import org.civichub.simulators.health.Drop;
import org.civichub.simulators.health.DropFormat;
import org.civichub.simulators.health.HealthSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthSourceTest {

    @TempDir
    static Path shared;
    private static Path generated;

    @TempDir
    Path dir;
    private final List<HealthSimulator> simulators = new ArrayList<>();

    @BeforeAll
    static void generate() {
        generated = HealthDrops.generated(shared.resolve("generated"), 3000);
    }

    @AfterEach
    void stop() {
        simulators.forEach(HealthSimulator::close);
    }

    private HealthSimulator simulator(Path dataset, Path drop) {
        HealthSimulator s = HealthDrops.start(dataset, drop);
        simulators.add(s);
        return s;
    }

    private HealthSimulator simulator(Path dataset, Path drop, int xlsxEvery) {
        HealthSimulator s = HealthDrops.start(dataset, drop, xlsxEvery);
        simulators.add(s);
        return s;
    }

    private HealthSimulator small(int days, int perDay) {
        return simulator(HealthDrops.small(dir.resolve("dataset"), days, perDay), dir.resolve("drop"));
    }

    private Path drop() {
        return dir.resolve("drop");
    }

    private static Map<String, String> fields(SourceRecord r) {
        Map<String, String> m = new LinkedHashMap<>(r.payload());
        m.remove(RowFields.FILE);
        m.remove(RowFields.ROW);
        return m;
    }

    private static Map<String, String> throughGbk(Map<String, String> row) {
        Map<String, String> m = new LinkedHashMap<>();
        row.forEach((k, v) -> m.put(k, HealthDrops.throughGbk(v)));
        return m;
    }

    private static Drop first(HealthSimulator s, DropFormat format, String type) {
        return s.drops().stream().filter(d -> d.format() == format && d.type().equals(type)).findFirst().orElseThrow();
    }

    @Test
    void readsEveryRowOfEveryDroppedFileOnceOldestFirstWithItsChineseIntactAndMovesTheFilesToDone() throws Exception {
        HealthSimulator sim = simulator(generated, drop());
        HealthDrops.stepToEnd(sim, 8);
        assertThat(sim.drops()).extracting(Drop::format).contains(DropFormat.CSV, DropFormat.XLSX);

        Run run = HealthDrops.run(HealthDrops.source(drop(), 100), null);

        assertThat(run.files()).containsExactlyElementsOf(HealthDrops.names(sim.drops()));
        for (DropType type : DropType.values()) {
            TableSpec spec = type == DropType.BIRTHS ? TableSpec.HEALTH_BIRTHS : TableSpec.HEALTH_FAMILY;
            List<Row> rows = sim.dataset().table(spec).rows();
            List<SourceRecord> read = run.records().stream()
                    .filter(r -> r.key().recordType().equals(type.recordType())).toList();
            assertThat(read).extracting(r -> throughGbk(fields(r)))
                    .as(type + " rows in the dataset's order, values as written")
                    .containsExactlyElementsOf(rows.stream().map(r -> throughGbk(r.fields())).toList());
            assertThat(read).extracting(r -> r.key().recordKey())
                    .containsExactlyElementsOf(rows.stream().map(r -> "health/" + type.recordType() + "/" + r.key()).toList());
            assertThat(read).extracting(SourceRecord::sourceVersion)
                    .containsExactlyElementsOf(rows.stream().map(Row::updatedAtText).toList());
            assertThat(read).extracting(SourceRecord::updatedAt)
                    .containsExactlyElementsOf(rows.stream().map(Row::updatedAt).toList());
        }
        assertThat(run.records()).anySatisfy(r -> assertThat(r.field("新生儿姓名")).matches("\\p{IsHan}{2,4}"));
        assertThat(run.records()).filteredOn(r -> new HealthMapper().map(r).isRejected()).isEmpty();
        assertThat(HealthDrops.dataFiles(drop())).isEmpty();
        assertThat(HealthDrops.dataFiles(drop().resolve("done"))).containsExactlyInAnyOrderElementsOf(
                HealthDrops.names(sim.drops()));
        assertThat(Files.exists(drop().resolve("error"))).isFalse();
    }

    @Test
    void csvAndXlsxFilesOfTheSameRowsReadIdentically() throws Exception {
        HealthSimulator csv = simulator(generated, dir.resolve("csv"), Integer.MAX_VALUE);
        HealthSimulator xlsx = simulator(generated, dir.resolve("xlsx"), 1);
        HealthDrops.stepToEnd(csv, 4);
        HealthDrops.stepToEnd(xlsx, 4);
        assertThat(csv.drops()).extracting(Drop::format).containsOnly(DropFormat.CSV);
        assertThat(xlsx.drops()).extracting(Drop::format).containsOnly(DropFormat.XLSX);

        List<SourceRecord> fromCsv = HealthDrops.run(HealthDrops.source(dir.resolve("csv"), 500), null).records();
        List<SourceRecord> fromXlsx = HealthDrops.run(HealthDrops.source(dir.resolve("xlsx"), 500), null).records();

        assertThat(fromCsv).hasSize(fromXlsx.size()).isNotEmpty();
        for (int i = 0; i < fromCsv.size(); i++) {
            SourceRecord c = fromCsv.get(i);
            SourceRecord x = fromXlsx.get(i);
            assertThat(fields(c)).isEqualTo(throughGbk(fields(x)));
            assertThat(c.key()).isEqualTo(x.key());
            assertThat(c.sourceVersion()).isEqualTo(x.sourceVersion());
            assertThat(c.updatedAt()).isEqualTo(x.updatedAt());
            assertThat(c.field(RowFields.ROW)).isEqualTo(x.field(RowFields.ROW));
            assertThat(c.field(RowFields.FILE).replace(".csv", "")).isEqualTo(x.field(RowFields.FILE).replace(".xlsx", ""));
        }
    }

    @Test
    void aFileWithoutItsMarkerIsNotReadUntilTheMarkerAppears() throws Exception {
        HealthSimulator sim = small(2, 3);
        sim.setClock(HealthDrops.day(1));
        List<String> names = HealthDrops.names(sim.drops());
        String held = names.get(names.size() - 1);
        Path marker = drop().resolve(held + DropFolder.OK_SUFFIX);
        Files.delete(marker);
        Files.writeString(drop().resolve(".births_20240503000000.csv.part"), "half written");

        Run first = HealthDrops.run(HealthDrops.source(drop(), 500), null);

        assertThat(first.files()).containsExactlyElementsOf(names.subList(0, names.size() - 1));
        assertThat(HealthDrops.dataFiles(drop())).containsExactly(held);

        Files.createFile(marker);
        Run second = HealthDrops.run(HealthDrops.source(drop(), 500), first.watermark());

        assertThat(second.files()).containsExactly(held);
        assertThat(HealthDrops.dataFiles(drop())).isEmpty();
        assertThat(drop().resolve(".births_20240503000000.csv.part")).exists();
    }

    @Test
    void aShortRowBecomesARecordTheMapperRejectsNamingFileRowAndFieldAndTheRestOfTheFileFlows() throws Exception {
        HealthSimulator sim = small(1, 4);
        Drop csv = first(sim, DropFormat.CSV, "births");
        Path file = drop().resolve(csv.name());
        List<String> lines = new ArrayList<>(Files.readAllLines(file, HealthDrops.GBK));
        lines.set(2, lines.get(2).substring(0, lines.get(2).lastIndexOf(',')));
        Files.write(file, lines, HealthDrops.GBK);

        Run run = HealthDrops.run(HealthDrops.source(drop(), 500), null);

        List<SourceRecord> births = run.records().stream().filter(r -> r.field(RowFields.FILE).equals(csv.name())).toList();
        assertThat(births).hasSize(4);
        List<Mapping> mapped = births.stream().map(new HealthMapper()::map).toList();
        assertThat(mapped).extracting(Mapping::isRejected).containsExactly(false, true, false, false);
        assertThat(mapped.get(1).violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("登记日期", "row.columns"));
        assertThat(mapped.get(1).violations().get(0).message()).contains(csv.name(), "row 3", "登记日期");
        assertThat(births.get(1).payload()).containsEntry(RowFields.ROW, "3").containsEntry(RowFields.COLUMNS, "9/10")
                .doesNotContainKey("登记日期");
        assertThat(births.get(1).key().sourceId()).isNotEmpty();
        assertThat(HealthDrops.dataFiles(drop().resolve("done"))).contains(csv.name());
    }

    @Test
    void advancingTheSimulatorClockTwiceYieldsOnlyTheNewFilesEachTime() throws Exception {
        HealthSimulator sim = small(3, 2);
        HealthSource source = HealthDrops.source(drop(), 500);
        Run first = HealthDrops.run(source, null);
        assertThat(first.files()).containsExactlyElementsOf(HealthDrops.names(sim.drops()));

        int before = sim.drops().size();
        sim.setClock(HealthDrops.day(1));
        Run second = HealthDrops.run(source, first.watermark());

        List<Drop> stepOne = sim.drops().subList(before, sim.drops().size());
        assertThat(stepOne).isNotEmpty();
        assertThat(second.files()).containsExactlyElementsOf(HealthDrops.names(stepOne));
        assertThat(second.records()).hasSize(stepOne.stream().mapToInt(Drop::rows).sum());

        before = sim.drops().size();
        sim.setClock(HealthDrops.day(2));
        Run third = HealthDrops.run(source, second.watermark());

        List<Drop> stepTwo = sim.drops().subList(before, sim.drops().size());
        assertThat(third.files()).containsExactlyElementsOf(HealthDrops.names(stepTwo));
        assertThat(Positions.parse(third.watermark()).byStream()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "births", "births_20240503000000." + first(stepTwo, "births").format().extension(),
                "family", "family_20240503000000." + first(stepTwo, "family").format().extension()));

        Run fourth = HealthDrops.run(source, third.watermark());
        assertThat(fourth.records()).isEmpty();
        assertThat(fourth.pages()).singleElement().satisfies(p -> {
            assertThat(p.isLast()).isTrue();
            assertThat(p.watermarkAfter()).isNull();
        });
    }

    private static Drop first(List<Drop> drops, String type) {
        return drops.stream().filter(d -> d.type().equals(type)).findFirst().orElseThrow();
    }

    @Test
    void aFileLargerThanAPageIsReadPageByPageAndMovesToDoneOnlyAfterItsLastPageIsStored() throws Exception {
        HealthSimulator sim = small(1, 10);
        String births = first(sim, DropFormat.CSV, "births").name();
        HealthSource source = HealthDrops.source(drop(), 4);

        SourcePage p1 = source.fetch(null, null);
        source.stored(p1);
        SourcePage p2 = source.fetch(null, p1.nextCursor());
        source.stored(p2);
        SourcePage p3 = source.fetch(null, p2.nextCursor());

        assertThat(List.of(p1, p2, p3)).extracting(p -> p.records().size()).containsExactly(4, 4, 2);
        assertThat(p1.nextCursor()).isEqualTo(births + "#4");
        assertThat(p2.nextCursor()).isEqualTo(births + "#8");
        assertThat(List.of(p1, p2)).extracting(SourcePage::watermarkAfter).containsOnlyNulls();
        assertThat(p3.watermarkAfter()).isEqualTo("births=" + births);
        assertThat(p3.nextCursor()).isEqualTo(DropCursor.NEXT_FILE);
        assertThat(List.of(p1, p2, p3)).flatExtracting(SourcePage::records).extracting(r -> r.field(RowFields.ROW))
                .containsExactly("2", "3", "4", "5", "6", "7", "8", "9", "10", "11");
        assertThat(HealthDrops.dataFiles(drop())).contains(births);

        source.stored(p3);

        assertThat(HealthDrops.dataFiles(drop())).doesNotContain(births);
        assertThat(HealthDrops.dataFiles(drop().resolve("done"))).containsExactly(births);
        SourcePage family = source.fetch(null, p3.nextCursor());
        assertThat(family.records()).extracting(r -> r.key().recordType()).containsOnly("family");
        assertThat(family.isLast()).isTrue();
    }

    @Test
    void aRunStoppedPartWayThroughAFileReadsItAgainFromItsFirstRow() throws Exception {
        small(1, 10);
        HealthSource source = HealthDrops.source(drop(), 4);
        SourcePage p1 = source.fetch(null, null);
        source.stored(p1);
        source.fetch(null, p1.nextCursor());

        Run again = HealthDrops.run(source, null);

        assertThat(again.records().subList(0, 4)).extracting(SourceRecord::id)
                .containsExactlyElementsOf(p1.records().stream().map(SourceRecord::id).toList());
        assertThat(again.records().subList(0, 4)).extracting(SourceRecord::payload)
                .containsExactlyElementsOf(p1.records().stream().map(SourceRecord::payload).toList());
        assertThat(again.records()).hasSize(11);
    }

    @Test
    void aMissingDropFolderFailsTheRunAndMovesNothing() {
        HealthSource source = HealthDrops.source(dir.resolve("not-there"), 500);

        assertThatThrownBy(() -> source.fetch(null, null)).isInstanceOf(NoSuchFileException.class);
        assertThat(dir.resolve("not-there")).doesNotExist();
    }
}
