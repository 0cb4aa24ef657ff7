package org.civichub.connector.labour.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.civichub.connector.kit.PagedSource;
import org.civichub.connector.kit.Positions;
import org.civichub.connector.kit.SourcePage;

/**
 * The labour department's exchange tables as a {@link PagedSource}: each table a stream read in
 * ({@code CZSJ}, {@code ROW_ID}) order, the tables one after the other in one run. The watermark is a
 * {@link Positions} with one {@link TablePosition} per record type; rows are appended and never
 * changed, so the last row of every page is a safe position. A page holds rows of one table; a table
 * with nothing new is passed over within the same fetch, so only a run with nothing new at all ends
 * on an empty page. Any failure ends the run, which the next one resumes from the watermark.
 */
public final class LabourSource implements PagedSource {

    public static final String DEPARTMENT = "labour";

    private final Supplier<DataSource> dataSource;
    private final List<ExchangeTable> tables;
    private final TableReader reader;
    private final int pageSize;
    private final Clock clock;

    /**
     * @param dataSource   the database of the exchange tables, looked up on every fetch (it may be
     *                     replaced while the connector runs); {@code null} when there is none
     * @param tables       the tables in the order a run reads them
     * @param pageSize     rows per page
     * @param queryTimeout how long one query may take
     */
    public LabourSource(Supplier<DataSource> dataSource, List<ExchangeTable> tables, int pageSize,
                        Duration queryTimeout, Clock clock) {
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("no table to read");
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1: " + pageSize);
        }
        this.dataSource = dataSource;
        this.tables = List.copyOf(tables);
        this.reader = new TableReader(DEPARTMENT, pageSize, queryTimeout);
        this.pageSize = pageSize;
        this.clock = clock;
    }

    @Override
    public SourcePage fetch(String watermark, String cursor) throws LabourReadException {
        LabourCursor at = cursor == null
                ? new LabourCursor(tables.get(0).recordType(), Positions.parse(watermark))
                : LabourCursor.parse(cursor);
        DataSource ds = dataSource.get();
        if (ds == null) {
            throw new LabourReadException("no labour database: no DataSource service matches the connector's "
                    + "dataSource.target", null);
        }
        for (int i = indexOf(at.recordType()); ; i++) {
            ExchangeTable table = tables.get(i);
            TableReader.Page page = reader.read(ds, table, position(at.positions(), table), clock.instant());
            boolean lastTable = i == tables.size() - 1;
            if (page.records().isEmpty() && !lastTable) {
                continue;
            }
            Positions after = at.positions().with(table.recordType(),
                    page.last() == null ? null : page.last().toString());
            String next;
            if (page.records().size() >= pageSize) {
                next = new LabourCursor(table.recordType(), after).toString();
            } else {
                next = lastTable ? null : new LabourCursor(tables.get(i + 1).recordType(), after).toString();
            }
            return new SourcePage(page.records(), next, page.records().isEmpty() ? null : after.toString());
        }
    }

    private int indexOf(String recordType) {
        for (int i = 0; i < tables.size(); i++) {
            if (tables.get(i).recordType().equals(recordType)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no table of record type " + recordType);
    }

    private static TablePosition position(Positions positions, ExchangeTable table) throws LabourReadException {
        try {
            return TablePosition.parse(positions.get(table.recordType()));
        } catch (IllegalArgumentException e) {
            throw new LabourReadException("the stored watermark cannot be read for " + table.recordType() + " ("
                    + table.name() + "): " + e.getMessage(), e);
        }
    }
}
