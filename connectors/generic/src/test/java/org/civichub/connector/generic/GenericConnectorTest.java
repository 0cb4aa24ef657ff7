package org.civichub.connector.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.civichub.connector.api.Mapping;
import org.civichub.connector.kit.SyncSettings;
import org.civichub.model.SourceKey;
import org.civichub.model.SourceRecord;
import org.civichub.model.TagKind;
import org.civichub.model.TagStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.util.converter.Converters;

class GenericConnectorTest {

    private static final String KEY = "s3cret-generic-key";

    @TempDir
    Path dir;

    private static GenericConnector.Config config(Map<String, Object> properties) {
        return Converters.standardConverter().convert(properties).to(GenericConnector.Config.class);
    }

    private Path mappingFile(String text) throws Exception {
        Path file = dir.resolve("pension.mapping");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private Map<String, Object> csvConfig(Path mapping) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", "pension-drop");
        m.put("department", "labour");
        m.put("mapping", mapping.toString());
        m.put("source.kind", "csv-drop");
        m.put("csv.folder", dir.resolve("drop").toString());
        return m;
    }

    /** The shipped example cfg as fileinstall would give it, with its mapping where the cfg says. */
    private Map<String, Object> exampleConfig() throws Exception {
        Path etc = dir.resolve("etc");
        Files.createDirectories(etc.resolve("civichub"));
        Files.copy(Path.of("src/main/cfg/example.mapping"), etc.resolve("civichub/example.mapping"));
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/cfg/org.civichub.connector.generic-example.cfg"))) {
            p.load(r);
        }
        Map<String, Object> m = new HashMap<>();
        p.forEach((k, v) -> m.put((String) k, ((String) v).replace("${karaf.etc}", etc.toString())
                .replace("${karaf.data}", dir.resolve("data").toString())));
        return m;
    }

    @Test
    void theShippedExampleConfigurationAndMappingStartAConnector() throws Exception {
        GenericConnector c = new GenericConnector(config(exampleConfig()), id -> Optional.empty());

        assertThat(c.id()).isEqualTo("pension-drop");
        assertThat(c.department()).isEqualTo("labour");
        assertThat(c.recordTypes()).containsExactly("pension");
        assertThat(c.syncEndpoint()).isEqualTo("seda:pension-drop-sync?size=1&discardWhenFull=true");
        assertThat(c.routes()).isNotNull();

        Map<String, String> row = new LinkedHashMap<>();
        row.put("PENSION_NO", "YL1");
        row.put("ID_CARD", Drops.idNumber(1));
        row.put("NAME", "王五");
        row.put("SEX", "1");
        row.put("STATUS", "3");
        row.put("START", "20200101");
        row.put("END", "2024/5/7");
        row.put("UPDATED", "2024-05-08 09:00:00");
        Mapping m = c.mapper().map(new SourceRecord(new SourceKey("labour", "pension", "YL1"), "2024-05-08 09:00:00",
                Instant.EPOCH, Instant.EPOCH, row));
        assertThat(m.violations()).isEmpty();
        assertThat(m.subject().tags()).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(TagKind.INSURED);
            assertThat(t.status()).isEqualTo(TagStatus.ENDED);
        });
    }

    @Test
    void theExampleConfigurationReadsAsDocumented() throws Exception {
        GenericSettings s = GenericConnector.settings(config(exampleConfig()), null);

        assertThat(s.source()).isEqualTo(new CsvDropSettings(dir.resolve("data/exchange/pension"), "pension_*.csv",
                true, Charset.forName("GBK"), ',', dir.resolve("data/exchange/pension/done"),
                dir.resolve("data/exchange/pension/error")));
        assertThat(s.pageSize()).isEqualTo(500);
        assertThat(s.sync()).isEqualTo(new SyncSettings("pension-drop", Duration.ofSeconds(60), 8,
                Duration.ofMillis(200), Duration.ofSeconds(10), 3, Duration.ofMinutes(2)));
    }

    @Test
    void readsEveryRestKeyWithTheApiKeyAsAPrivatePropertyThatIsNeverShown() {
        Map<String, Object> m = new HashMap<>();
        m.put("id", "subsidy-api");
        m.put("department", "civil");
        m.put("mapping", "etc/civichub/subsidy.mapping");
        m.put("source.kind", " rest-json ");
        m.put("rest.baseUrl", " https://gw.example.gov.cn/ ");
        m.put("rest.path", "/open/subsidy?region=350203");
        m.put("rest.updatedSinceParam", "since");
        m.put("rest.cursorParam", "page");
        m.put("rest.limitParam", "size");
        m.put("rest.itemsField", "data.list");
        m.put("rest.nextCursorField", "data.next");
        m.put("rest.apiKeyHeader", "X-Token");
        m.put(".rest.apiKey", KEY);
        m.put("rest.timeoutSeconds", "7");
        m.put("pageSize", "100");
        m.put("pollIntervalSeconds", "0");
        m.put("retries", "2");
        m.put("retryDelayMillis", "50");
        m.put("maxRetryDelayMillis", "400");
        m.put("circuitAfterFailedRuns", "5");
        m.put("circuitOpenSeconds", "30");

        GenericSettings s = GenericConnector.settings(config(m), "/opt/civichub");

        assertThat(s.mapping()).isEqualTo(Path.of("/opt/civichub/etc/civichub/subsidy.mapping"));
        assertThat(s.source()).isEqualTo(new RestJsonSettings(URI.create("https://gw.example.gov.cn/"),
                "/open/subsidy?region=350203", "since", "page", "size", "data.list", "data.next", "X-Token", KEY,
                Duration.ofSeconds(7)));
        assertThat(s.sync()).isEqualTo(new SyncSettings("subsidy-api", Duration.ZERO, 2, Duration.ofMillis(50),
                Duration.ofMillis(400), 5, Duration.ofSeconds(30)));
        assertThat(s.toString()).doesNotContain(KEY).contains("apiKey=***");
    }

    @Test
    void aRefusedMappingFailsTheActivationNamingTheFileTheLineAndTheTarget() throws Exception {
        Path mapping = mappingFile(Drops.PENSION_MAPPING.replace("constant(insured)", "constant(pension)"));

        assertThatThrownBy(() -> new GenericConnector(config(csvConfig(mapping)), id -> Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mapping file " + mapping + " is refused (1 problem):")
                .hasMessageContaining(mapping + " line 8, tag.kind: constant(pension) is not a tag kind");
    }

    @Test
    void aMissingMappingFileFailsTheActivation() {
        Path missing = dir.resolve("missing.mapping");

        assertThatThrownBy(() -> new GenericConnector(config(csvConfig(missing)), id -> Optional.empty()))
                .hasMessageContaining(missing + ", mapping: the file does not exist");
    }

    @Test
    void badSettingsFailTheActivationNamingTheKey() throws Exception {
        Path mapping = mappingFile(Drops.PENSION_MAPPING);
        String[][] cases = {
                {"source.kind", "sftp", "source.kind must be csv-drop or rest-json: 'sftp'"},
                {"mapping", " ", "mapping is required"},
                {"department", "Labour Bureau", "department must be lower-case"},
                {"id", "Pension", "id must be lower-case letters, digits and dashes"},
                {"pageSize", "0", "pageSize must be between 1 and 5000"},
                {"csv.folder", "", "csv.folder is required"},
                {"csv.charset", "GBK-9", "csv.charset is not a charset this Java knows: GBK-9"},
                {"csv.delimiter", ";;", "csv.delimiter must be one character"},
                {"csv.doneFolder", dir.resolve("drop").toString(), "must not be the drop folder"},
                {"csv.glob", "*.ok", "csv.glob matches file names in the drop folder, never markers"},
                {"csv.glob", "[a", "csv.glob is not a glob pattern"}};
        for (String[] c : cases) {
            Map<String, Object> m = csvConfig(mapping);
            m.put(c[0], c[1]);
            assertThatThrownBy(() -> new GenericConnector(config(m), id -> Optional.empty())).as(c[0] + "=" + c[1])
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(c[2]);
        }
    }

    @Test
    void badRestSettingsAreRefusedWithoutShowingTheKey() throws Exception {
        Path mapping = mappingFile(Drops.PENSION_MAPPING);
        String[][] cases = {
                {"rest.baseUrl", "", "rest.baseUrl is required"},
                {"rest.baseUrl", "ftp://h/x", "rest.baseUrl must be an http or https URL"},
                {"rest.baseUrl", "http://user@h", "rest.baseUrl must be an http or https URL"},
                {"rest.path", "api/v1", "rest.path must start with '/'"},
                {"rest.itemsField", " ", "rest.itemsField must not be empty"},
                {"rest.nextCursorField", "items", "rest.itemsField and rest.nextCursorField must differ"},
                {"rest.apiKeyHeader", "X Token", "rest.apiKeyHeader is not a header name"},
                {"rest.apiKeyHeader", "", "rest.apiKeyHeader and .rest.apiKey go together"},
                {"rest.timeoutSeconds", "0", "rest.timeoutSeconds must be positive"}};
        for (String[] c : cases) {
            Map<String, Object> m = csvConfig(mapping);
            m.put("source.kind", "rest-json");
            m.put("rest.baseUrl", "http://127.0.0.1:8303");
            m.put(".rest.apiKey", KEY);
            m.put(c[0], c[1]);
            assertThatThrownBy(() -> new GenericConnector(config(m), id -> Optional.empty())).as(c[0] + "=" + c[1])
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(c[2])
                    .hasMessageNotContaining(KEY);
        }
    }

    @Test
    void aServiceWithoutAKeyNeedsNoHeader() throws Exception {
        Map<String, Object> m = csvConfig(mappingFile(Drops.PENSION_MAPPING));
        m.put("source.kind", "rest-json");
        m.put("rest.baseUrl", "http://127.0.0.1:8303");
        m.put("rest.apiKeyHeader", "");

        GenericConnector c = new GenericConnector(config(m), id -> Optional.empty());

        assertThat(c.recordTypes()).containsExactly("pension");
    }
}
