package org.civichub.simulators.labour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civichub.simulators.labour.LabourAdminHttp.get;
import static org.civichub.simulators.labour.LabourAdminHttp.post;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabourValuesTest {

    /** Values as real systems write them; each must arrive exactly as given. */
    private static final List<String> MESSY = List.of(
            " 35020319800101123x ", "３５０２０３１９８００１０１１２３Ｘ", "陈　小明", "阿依古丽买买提", "阿依古丽·买买提",
            "陳小明", "厦门\"某某\"公司, 第二分公司", "第一行\r\n第二行", "a\nb", "", "  ", "\ttab\t",
            "O'Brien'); DROP TABLE JY_DJ; --", "𠀀𡃁 😀", "back\\slash \\N", "NULL", "null", "no\u00a0break",
            "zero\u200bwidth");

    @TempDir
    Path dir;
    private LabourDatabase database;
    private LabourSimulator simulator;

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void messyValuesArriveByteForByte() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < MESSY.size(); i++) {
            String value = MESSY.get(i);
            rows.add(List.of(String.format("JY%03d", i), value, value, value, value, value, value, "I",
                    LabourFixtures.czsj(i)));
        }
        LabourFixtures.writeDataset(dir, rows, List.of());
        start();
        post(simulator, "/clock?to=end");

        assertThat(LabourFixtures.rows(database, LabourContract.JY_DJ)).isEqualTo(rows);
        List<List<String>> stored = LabourFixtures.query(database,
                "SELECT encode(convert_to(XM, 'UTF8'), 'hex') FROM JY_DJ ORDER BY ROW_ID");
        for (int i = 0; i < MESSY.size(); i++) {
            assertThat(stored.get(i).get(0)).as("bytes of %s", MESSY.get(i))
                    .isEqualTo(HexFormat.of().formatHex(MESSY.get(i).getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void aContractColumnTheFileLacksIsNullAndColumnsOutsideTheContractAreLeftOut() throws Exception {
        Path file = dir.resolve("labour/sb_cb.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "\uFEFFBZ,CZSJ,CBBH,SFZHM,XM,XZLX,CBZT,CZLX\n"
                + "备注,2024-05-01 08:00:00,CB1,350203198001010011,林一,养老,1,I\n"
                + ",2024-05-01 09:00:00,CB2,,林二,医疗,,I\n", StandardCharsets.UTF_8);
        start();
        post(simulator, "/clock?to=end");

        assertThat(LabourFixtures.query(database, "SELECT CBBH, SFZHM, CBZT, CBRQ, CZSJ FROM SB_CB ORDER BY ROW_ID"))
                .containsExactly(
                        Arrays.asList("CB1", "350203198001010011", "1", null, "2024-05-01 08:00:00"),
                        Arrays.asList("CB2", "", "", null, "2024-05-01 09:00:00"));
        assertThat(LabourFixtures.rows(database, LabourContract.JY_DJ)).isEmpty();
    }

    @Test
    void theInboxListsTheDeliveriesInOrderOfArrivalAndRefusesAnEventTwice() throws Exception {
        LabourFixtures.writeDataset(dir, LabourFixtures.jyDj(3), List.of());
        start();
        LabourFixtures.execute(database,
                "INSERT INTO INBOX (EVENT_ID, TYPE, PAYLOAD) VALUES ('ev-1', 'death', '{\"idNumber\":\"350203198001010011\"}')",
                "INSERT INTO INBOX (EVENT_ID, TYPE, PAYLOAD) VALUES ('ev-2', 'unemployed', NULL)");

        HttpResponse<String> inbox = get(simulator, "/inbox");
        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(inbox.body()).startsWith("{\"inbox\":[{\"id\":1,\"eventId\":\"ev-1\",\"type\":\"death\","
                + "\"payload\":\"{\\\"idNumber\\\":\\\"350203198001010011\\\"}\",\"receivedAt\":\"")
                .contains("{\"id\":2,\"eventId\":\"ev-2\",\"type\":\"unemployed\",\"payload\":null,\"receivedAt\":\"")
                .containsPattern("\"receivedAt\":\"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?\\+08:00\"");
        assertThat(get(simulator, "/status").body()).contains("\"inbox\":2");
        assertThatThrownBy(() -> LabourFixtures.execute(database,
                "INSERT INTO INBOX (EVENT_ID, TYPE) VALUES ('ev-1', 'death')"))
                .isInstanceOf(SQLException.class).hasMessageContaining("ev-1");
    }

    private void start() {
        database = TestPostgres.freshDatabase();
        simulator = LabourSimulator.start(LabourSimulatorSettings.load(dir, database));
    }
}
