package org.civichub.simulators.health;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civichub.simulators.common.Dataset;
import org.civichub.simulators.common.DatasetTimes;
import org.civichub.simulators.common.RecordTable;

/**
 * Turns clock steps into drop files. {@link #advanceTo(Instant)} writes, per type, one file with the
 * rows updated in (the previous step's time, the new time], or none when there is no such row. Every
 * {@code xlsxEvery}-th file written is XLSX, the others CSV. Moving the clock back writes nothing, and
 * a row is never dropped twice, so after a step to the dataset's end every row is in exactly one file.
 * Thread-safe.
 */
final class FileDrops {

    private final Dataset dataset;
    private final DropFolder folder;
    private final int xlsxEvery;
    private final Map<DropType, DateStyler> stylers = new LinkedHashMap<>();
    private final Map<DropType, Instant> droppedUpTo = new LinkedHashMap<>();
    private final List<Drop> written = new ArrayList<>();

    FileDrops(Dataset dataset, DropFolder folder, long seed, int xlsxEvery) {
        if (xlsxEvery < 1) {
            throw new IllegalArgumentException("xlsxEvery must be >= 1, not " + xlsxEvery);
        }
        this.dataset = dataset;
        this.folder = folder;
        this.xlsxEvery = xlsxEvery;
        for (DropType type : HealthContract.types()) {
            stylers.put(type, new DateStyler(dataset.table(type.table()), type.dateColumns(), seed));
            droppedUpTo.put(type, Instant.MIN);
        }
    }

    /**
     * Drops the rows updated after the last step and at or before {@code clock}; returns the new files.
     * Each type keeps its own progress, so when writing one type fails, the types already written are
     * not written again by the next step.
     *
     * @throws java.io.UncheckedIOException when a file cannot be written
     */
    synchronized List<Drop> advanceTo(Instant clock) {
        List<Drop> step = new ArrayList<>();
        for (Map.Entry<DropType, DateStyler> entry : stylers.entrySet()) {
            DropType type = entry.getKey();
            Instant after = droppedUpTo.get(type);
            if (!clock.isAfter(after)) {
                continue;
            }
            RecordTable table = dataset.table(type.table());
            int from = table.indexAfter(after);
            int to = table.indexAfter(clock);
            if (from < to) {
                step.add(drop(type, table, entry.getValue(), from, to, clock));
            }
            droppedUpTo.put(type, clock);
        }
        return step;
    }

    /** The files written so far, oldest first. */
    synchronized List<Drop> written() {
        return List.copyOf(written);
    }

    /** The time up to which rows of every type have been dropped; {@link Instant#MIN} before the first step. */
    synchronized Instant droppedUpTo() {
        return droppedUpTo.values().stream().min(Instant::compareTo).orElse(Instant.MIN);
    }

    private Drop drop(DropType type, RecordTable table, DateStyler styler, int from, int to, Instant clock) {
        List<String> header = new ArrayList<>(type.columns());
        table.columns().stream().filter(c -> !header.contains(c)).forEach(header::add);
        List<List<String>> rows = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            int index = i;
            rows.add(header.stream().map(column -> styler.value(index, column)).toList());
        }
        long sequence = written.size() + 1L;
        DropFormat format = sequence % xlsxEvery == 0 ? DropFormat.XLSX : DropFormat.CSV;
        String name = HealthContract.fileName(type.name(), clock, format);
        folder.write(name, format, type.name(), new DropContent(header, rows));
        Drop drop = new Drop(sequence, name, type.name(), format, rows.size(), clock);
        written.add(drop);
        return drop;
    }

    /** For {@code GET /admin/status}. */
    synchronized Map<String, Object> status() {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("drops", written.size());
        Instant upTo = droppedUpTo();
        status.put("droppedUpTo", upTo.equals(Instant.MIN) ? null : DatasetTimes.formatIso(upTo));
        Map<String, Boolean> varied = new LinkedHashMap<>();
        stylers.forEach((type, styler) -> varied.put(type.name(), styler.varies()));
        status.put("datesVaried", varied);
        return status;
    }
}
