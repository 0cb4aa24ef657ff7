package org.civichub.simulators.labour;

import java.nio.file.Path;
import java.time.format.DateTimeParseException;

import org.civichub.simulators.common.Dataset;
import org.civichub.simulators.common.DatasetException;
import org.civichub.simulators.common.DatasetTimes;
import org.civichub.simulators.common.RecordTable;
import org.civichub.simulators.common.Row;

/**
 * The labour tables of a dataset, checked against the exchange contract. Values are never cleaned;
 * the one thing checked beyond what every dataset must satisfy is that each {@code CZSJ} is written
 * exactly {@code yyyy-MM-dd HH:mm:ss}: the exchange tables hold it as text, and incremental reads
 * compare it as text.
 */
public final class LabourDataset {

    private LabourDataset() {
    }

    /**
     * Loads {@code labour/jy_dj.csv} and {@code labour/sb_cb.csv} (an absent file has no rows).
     *
     * @throws DatasetException naming the file, line and column of the first row that breaks the
     *         contract, or the file that cannot be read
     */
    public static Dataset load(Path directory) {
        return check(Dataset.load(directory, LabourContract.SPECS));
    }

    /**
     * Returns the dataset when every row of its labour tables has a {@code CZSJ} of the form
     * {@code yyyy-MM-dd HH:mm:ss}.
     *
     * @throws DatasetException naming the file, line and column of the first row that has not
     */
    public static Dataset check(Dataset dataset) {
        for (ExchangeTable exchange : LabourContract.TABLES) {
            RecordTable table = dataset.table(exchange.spec());
            for (Row row : table.rows()) {
                try {
                    DatasetTimes.parseLocalSeconds(row.updatedAtText());
                } catch (DateTimeParseException e) {
                    throw new DatasetException(table.position(row) + ", column " + exchange.spec().timeColumn()
                            + ": '" + row.updatedAtText() + "' is not written yyyy-MM-dd HH:mm:ss", e);
                }
            }
        }
        return dataset;
    }
}
