package org.civichub.simulators.police;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.civichub.simulators.police.SoapHttp.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PoliceValuesTest {

    private static final List<String> COLUMNS = List.of("XM", "GXSJ", "HJDZ", "GMSFHM", "XB", "XZZ");
    private static final List<List<String>> ROWS = List.of(
            List.of("张三", "2024-05-01 08:00:00", "北京市东城区景山街道1号", "110101199003077777", "1", ""),
            List.of("", "2024-05-01 08:00:01", "  leading and trailing  ", "11010119900307777x", "", "\t"),
            List.of("欧阳 娜娜", "2024-05-01 08:00:02", "a, \"quoted\" <tag> & 'apos'", "110101900307777", "9", "line1\nline2"),
            List.of("𠀀𪚥", "2024-05-01 08:00:03", "]]>", "11010119900307777", "0", "Ünïcödé"),
            List.of("李四", "2024-05-01 08:00:04", "crlf\r\ninside", "", "2", "x"));

    @TempDir
    Path dir;
    private PoliceSimulator simulator;

    @BeforeEach
    void start() throws Exception {
        PoliceFixtures.writeCsv(dir.resolve("police/person.csv"), COLUMNS, ROWS);
        simulator = PoliceSimulator.start(PoliceSimulatorSettings.load(dir));
        simulator.setClockToEnd();
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void servesEveryValueExactlyAsTheCsvHoldsItInFileColumnOrder() throws Exception {
        assertExact(SoapHttp.query(simulator.soapUrl(), null, null, 500).records());
    }

    @Test
    void theJaxWsClientReadsTheSameValues() throws Exception {
        assertExact(new SoapDispatch(simulator.wsdlUrl()).query(null, null, 500).records());
    }

    @Test
    void writesAnEmptyValueAsAnEmptyElementInUtf8() throws Exception {
        HttpResponse<byte[]> response = SoapHttp.post(simulator.soapUrl(),
                SoapHttp.envelope(SoapHttp.payload(null, null, "1")));
        String xml = new String(response.body(), StandardCharsets.UTF_8);

        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).containsIgnoringCase("charset=utf-8");
        assertThat(xml).contains("<field name=\"XM\">张三</field>").containsPattern("<field name=\"XZZ\"(/>|></field>)");
    }

    private static void assertExact(List<Record> records) {
        assertThat(records).hasSize(ROWS.size());
        for (int i = 0; i < ROWS.size(); i++) {
            Record record = records.get(i);
            assertThat(record.type()).isEqualTo("person");
            assertThat(record.key()).isEqualTo(ROWS.get(i).get(3));
            assertThat(record.updatedAt()).isEqualTo(ROWS.get(i).get(1));
            assertThat(new ArrayList<>(record.fields().keySet())).isEqualTo(COLUMNS);
            assertThat(new ArrayList<>(record.fields().values())).as("row %d", i).isEqualTo(ROWS.get(i));
        }
    }
}
