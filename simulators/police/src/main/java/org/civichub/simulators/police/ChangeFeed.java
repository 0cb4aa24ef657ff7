package org.civichub.simulators.police;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.civichub.simulators.common.Dataset;
import org.civichub.simulators.common.RecordTable;
import org.civichub.simulators.common.Row;
import org.civichub.simulators.common.TableSpec;

/**
 * The police records in service order, paged. Paging is stateless: a token names the last record
 * served and the run's bound, so every page is computed from the immutable dataset alone.
 */
final class ChangeFeed {

    private final List<RecordTable> tables;

    ChangeFeed(Dataset dataset) {
        this.tables = Stream.of(TableSpec.POLICE_PERSON, TableSpec.POLICE_FLOATING)
                .map(dataset::table)
                .sorted(Comparator.comparing((RecordTable t) -> t.spec().name()))
                .toList();
    }

    /** The first page of a run: records in (since, clock], since null meaning from the beginning. */
    Page first(Instant since, Instant clock, int size) {
        Instant bound = clock.truncatedTo(ChronoUnit.SECONDS);
        int[] starts = tables.stream().mapToInt(t -> since == null ? 0 : t.indexAfter(since)).toArray();
        return page(starts, bound, size);
    }

    /** The page after a token's last record, within the token's bound. */
    Page next(PageToken token, int size) {
        RecordTable last = tables.stream().filter(t -> t.spec().name().equals(token.type())).findFirst()
                .orElseThrow(PageToken::invalid);
        Instant bound = Instant.ofEpochSecond(token.boundEpochSecond());
        if (token.index() >= last.size() || last.rows().get(token.index()).updatedAt().isAfter(bound)) {
            throw PageToken.invalid();
        }
        Row lastRow = last.rows().get(token.index());
        int[] starts = new int[tables.size()];
        for (int i = 0; i < starts.length; i++) {
            RecordTable table = tables.get(i);
            int typeOrder = table.spec().name().compareTo(token.type());
            if (typeOrder == 0) {
                starts[i] = token.index() + 1;
            } else if (typeOrder < 0) {
                starts[i] = table.indexAfter(lastRow.updatedAt());
            } else {
                starts[i] = table.indexAtOrAfter(lastRow.updatedAt());
            }
        }
        return page(starts, bound, size);
    }

    private Page page(int[] starts, Instant bound, int size) {
        int[] positions = starts.clone();
        int[] ends = tables.stream().mapToInt(t -> t.indexAfter(bound)).toArray();
        List<Change> changes = new ArrayList<>(Math.min(size + 1, 1024));
        while (changes.size() <= size) {
            Change best = null;
            for (int i = 0; i < positions.length; i++) {
                if (positions[i] < ends[i]) {
                    Change candidate = new Change(tables.get(i), positions[i]);
                    if (best == null || Change.ORDER.compare(candidate, best) < 0) {
                        best = candidate;
                    }
                }
            }
            if (best == null) {
                break;
            }
            changes.add(best);
            positions[tables.indexOf(best.table())]++;
        }
        PageToken next = null;
        if (changes.size() > size) {
            changes.remove(size);
            Change last = changes.get(size - 1);
            next = new PageToken(bound.getEpochSecond(), last.type(), last.index());
        }
        return new Page(List.copyOf(changes), next, bound);
    }
}
