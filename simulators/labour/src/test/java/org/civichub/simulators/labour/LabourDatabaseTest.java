package org.civichub.simulators.labour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class LabourDatabaseTest {

    @Test
    void aPasswordInTheUrlIsNeverShown() {
        LabourDatabase database = new LabourDatabase(
                "jdbc:postgresql://db:5432/labour?ssl=true&Password=s3cret&x=1", "hub");

        assertThat(database.shownUrl()).isEqualTo("jdbc:postgresql://db:5432/labour?ssl=true&Password=***&x=1");
        assertThat(database.failure("cannot connect", new SQLException("refused", "08001")))
                .isEqualTo("cannot connect (jdbc:postgresql://db:5432/labour?ssl=true&Password=***&x=1 as hub): "
                        + "refused [SQLState 08001]");
        assertThatThrownBy(() -> new LabourDatabase("jdbc:mysql://db/labour?password=s3cret", "hub"))
                .hasMessageNotContaining("s3cret").hasMessageContaining("not a PostgreSQL JDBC URL");
    }

    @Test
    void aFailedBatchIsReportedByItsStatementsReasonWithoutTheBatchsValues() {
        BatchUpdateException batch = new BatchUpdateException(
                "Batch entry 0 INSERT ... ('350203198001010011') was aborted", new int[0]);
        batch.setNextException(new SQLException("ERROR: value too long", "22001"));

        assertThat(new LabourDatabase("jdbc:postgresql://db/labour", "hub").failure("cannot append", batch))
                .isEqualTo("cannot append (jdbc:postgresql://db/labour as hub): ERROR: value too long [SQLState 22001]");
    }
}
