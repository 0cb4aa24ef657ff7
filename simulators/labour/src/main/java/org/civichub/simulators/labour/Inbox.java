package org.civichub.simulators.labour;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Reads {@value LabourContract#INBOX}, the deliveries from the hub; the hub writes it, the simulator never does. */
final class Inbox {

    private final LabourDatabase database;

    Inbox(LabourDatabase database) {
        this.database = database;
    }

    /** Every delivery, oldest first. */
    List<InboxEntry> list() throws SQLException {
        try (Connection connection = database.connect();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT ID, EVENT_ID, TYPE, PAYLOAD, RECEIVED_AT FROM "
                     + LabourContract.INBOX + " ORDER BY ID")) {
            List<InboxEntry> entries = new ArrayList<>();
            while (row.next()) {
                entries.add(new InboxEntry(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getObject(5, OffsetDateTime.class).toInstant()));
            }
            return entries;
        }
    }

    long count() throws SQLException {
        try (Connection connection = database.connect();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + LabourContract.INBOX)) {
            row.next();
            return row.getLong(1);
        }
    }
}
