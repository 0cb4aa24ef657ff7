package org.civichub.feeds.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.civichub.feeds.FeedEvent;
import org.junit.jupiter.api.Test;

/**
 * Events as rows of a table, against a database of proxies that records what the channel asks of it.
 * The SQL against a real PostgreSQL is left to an integration test with the labour simulator.
 */
class TableChannelTest {

    private static final String INSERT = "INSERT INTO INBOX (EVENT_ID, TYPE, PAYLOAD) VALUES (?, ?, ?)";
    private static final String SELECT = "SELECT EVENT_ID FROM INBOX WHERE EVENT_ID = ?";

    private final Database db = new Database();

    @Test
    void anEventIsInsertedWithItsIdItsKindsOfChangeAndTheWholeCloudEvent() throws IOException {
        FeedEvent event = event("e1", List.of("death", "employment"));

        channel("INBOX").deliver(event);

        assertThat(db.sql).containsExactly(INSERT);
        assertThat(db.parameters.get(0)).containsOnlyKeys(1, 2, 3)
                .containsEntry(1, "e1").containsEntry(2, "death,employment");
        assertThat(new ObjectMapper().readTree((String) db.parameters.get(0).get(3)))
                .isEqualTo(new ObjectMapper().readTree(EventJson.bytes(event)));
        assertThat(db.timeouts).containsOnly(10);
        assertThat(db.commits).as("left to auto-commit").isZero();
        db.assertAllGivenBack();
    }

    @Test
    void anEventOfNoKindOfChangeIsTypedByItsCloudEventsType() {
        assertThat(TableChannel.type(event("e1", List.of()))).isEqualTo("org.civichub.resident.updated");
        assertThat(TableChannel.type(new FeedEvent(FeedEvent.SPEC_VERSION, "e1", FeedEvent.SOURCE, "t", "r1",
                Instant.EPOCH, "application/json", "1", Map.of()))).isEqualTo("t");
    }

    @Test
    void anInsertRefusedByAConstraintWhileTheEventsRowIsThereIsARepeatThatIsDone() throws IOException {
        db.insertFails = new SQLException("duplicate key value violates unique constraint", "23505");
        db.rowThere = true;
        channel("INBOX").deliver(event("e1", List.of("death")));

        db.insertFails = new SQLException("ORA-00001: unique constraint violated", "23000", 1);
        channel("INBOX").deliver(event("e1", List.of("death")));

        assertThat(db.sql).containsExactly(INSERT, SELECT, INSERT, SELECT);
        assertThat(db.parameters.get(1)).isEqualTo(Map.of(1, "e1"));
        db.assertAllGivenBack();
    }

    @Test
    void aConstraintWithoutTheEventsRowOrAnyOtherFailureIsAFailedDelivery() {
        db.insertFails = new SQLException("null value in column violates not-null constraint", "23502");
        assertThatThrownBy(() -> channel("INBOX").deliver(event("e1", List.of("death"))))
                .isInstanceOf(IOException.class).hasMessageContaining("INBOX").hasMessageContaining("23502");

        db.insertFails = new SQLException("An I/O error occurred while sending to the backend", "08006");
        assertThatThrownBy(() -> channel("INBOX").deliver(event("e1", List.of("death"))))
                .isInstanceOf(IOException.class).hasMessageContaining("08006");

        assertThat(db.sql).containsExactly(INSERT, SELECT, INSERT);
        db.assertAllGivenBack();
    }

    @Test
    void withoutAutoCommitTheInsertIsCommittedAndARefusedOneRolledBackBeforeTheRowIsLookedFor() throws IOException {
        db.autoCommit = false;
        channel("INBOX").deliver(event("e1", List.of("death")));
        assertThat(db.commits).isEqualTo(1);

        db.insertFails = new SQLException("duplicate key", "23505");
        db.rowThere = true;
        channel("INBOX").deliver(event("e1", List.of("death")));
        assertThat(db.rollbacks).isEqualTo(1);
        assertThat(db.commits).isEqualTo(1);
    }

    @Test
    void withoutADatabaseTheDeliveryFailsAndAnyTableNameIsAPlainOne() throws IOException {
        TableChannel none = new TableChannel(() -> {
            throw new IOException("no javax.sql.DataSource matches (dataSourceName=labour)");
        }, "INBOX", Duration.ofSeconds(10));
        assertThatThrownBy(() -> none.deliver(event("e1", List.of("death"))))
                .hasMessage("no javax.sql.DataSource matches (dataSourceName=labour)");

        channel("EXCH.INBOX").deliver(event("e1", List.of("death")));
        assertThat(db.sql).containsExactly(INSERT.replace("INBOX", "EXCH.INBOX"));
        for (String bad : List.of("INBOX; DROP TABLE JY_DJ", "\"INBOX\"", "1INBOX", "A.B.C.D", "")) {
            assertThatThrownBy(() -> channel(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not a table name");
        }
    }

    private TableChannel channel(String table) {
        return new TableChannel(db::lease, table, Duration.ofSeconds(10));
    }

    private static FeedEvent event(String id, List<String> kinds) {
        return new FeedEvent(FeedEvent.SPEC_VERSION, id, FeedEvent.SOURCE, "org.civichub.resident.updated", "r1",
                Instant.parse("2024-05-01T00:00:00Z"), "application/json", "7", Map.of("kinds", kinds));
    }

    /**
     * A database made of proxies: records the statements prepared, their parameters and what was
     * opened and closed; an insert fails with {@link #insertFails}, and a select finds the row when
     * {@link #rowThere}. Any other call fails the test.
     */
    private static final class Database {
        final List<String> sql = new ArrayList<>();
        final List<Map<Integer, Object>> parameters = new ArrayList<>();
        final List<Integer> timeouts = new ArrayList<>();
        SQLException insertFails;
        boolean rowThere;
        boolean autoCommit = true;
        int commits;
        int rollbacks;
        int leased;
        int open;

        TableChannel.Lease lease() {
            leased++;
            return new TableChannel.Lease(proxy(DataSource.class, (name, args) -> switch (name) {
                case "getConnection" -> connection();
                default -> null;
            }), () -> leased--);
        }

        void assertAllGivenBack() {
            assertThat(leased).as("leases not given back").isZero();
            assertThat(open).as("connections, statements and results not closed").isZero();
        }

        private Connection connection() {
            open++;
            return proxy(Connection.class, (name, args) -> switch (name) {
                case "prepareStatement" -> statement((String) args[0]);
                case "getAutoCommit" -> autoCommit;
                case "commit" -> commits++;
                case "rollback" -> rollbacks++;
                case "close" -> open--;
                default -> throw new AssertionError("Connection." + name);
            });
        }

        private PreparedStatement statement(String text) {
            open++;
            sql.add(text);
            Map<Integer, Object> bound = new TreeMap<>();
            parameters.add(bound);
            return proxy(PreparedStatement.class, (name, args) -> switch (name) {
                case "setQueryTimeout" -> timeouts.add((Integer) args[0]);
                case "setString" -> bound.put((Integer) args[0], args[1]);
                case "executeUpdate" -> {
                    if (insertFails != null) {
                        throw insertFails;
                    }
                    yield 1;
                }
                case "executeQuery" -> result();
                case "close" -> open--;
                default -> throw new AssertionError("PreparedStatement." + name);
            });
        }

        private ResultSet result() {
            open++;
            boolean[] read = {false};
            return proxy(ResultSet.class, (name, args) -> switch (name) {
                case "next" -> {
                    boolean next = rowThere && !read[0];
                    read[0] = true;
                    yield next;
                }
                case "close" -> open--;
                default -> throw new AssertionError("ResultSet." + name);
            });
        }

        /** What a proxy does when a method of that name is called with those arguments. */
        private interface Call {
            Object answer(String name, Object[] args) throws Exception;
        }

        @SuppressWarnings("unchecked")
        private static <T> T proxy(Class<T> type, Call call) {
            return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                    (self, method, args) -> switch (method.getName()) {
                        case "equals" -> self == args[0];
                        case "hashCode" -> System.identityHashCode(self);
                        case "toString" -> type.getSimpleName();
                        default -> call.answer(method.getName(), args);
                    });
        }
    }
}
