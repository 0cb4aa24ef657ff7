package org.civichub.connector.generic;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.camel.RoutesBuilder;
import org.civichub.connector.api.RecordMapper;
import org.civichub.connector.api.SourceConnector;
import org.civichub.connector.api.Watermarks;
import org.civichub.connector.generic.internal.RecordSpec;
import org.civichub.connector.generic.internal.csv.CsvDropSource;
import org.civichub.connector.generic.internal.mapping.GenericMapper;
import org.civichub.connector.generic.internal.mapping.MappingException;
import org.civichub.connector.generic.internal.mapping.MappingParser;
import org.civichub.connector.generic.internal.mapping.RecordMapping;
import org.civichub.connector.generic.internal.rest.RestJsonSource;
import org.civichub.connector.kit.PagedSource;
import org.civichub.connector.kit.PagedSyncRoutes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A department source added by configuration alone: one instance per factory configuration
 * {@code etc/org.civichub.connector.generic-<instance>.cfg}, which names the department, the
 * source ({@code source.kind} and that kind's keys) and a mapping file. An instance whose settings
 * or mapping file are refused does not start; the reason, naming the file, line and target of a
 * refused mapping, is logged.
 */
@Component(configurationPid = "org.civichub.connector.generic", configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = GenericConnector.Config.class, factory = true)
public final class GenericConnector implements SourceConnector {

    @ObjectClassDefinition(name = "CivicHub generic connector",
            description = "A department source by configuration alone: a CSV file drop or a REST/JSON service, "
                    + "mapped to facts by a mapping file")
    public @interface Config {
        @AttributeDefinition(description = "Instance id, unique in the hub: lower-case letters, digits and dashes")
        String id();

        @AttributeDefinition(description = "The department the records come from, the first part of record keys")
        String department();

        @AttributeDefinition(description = "The mapping file; a relative path is relative to the Karaf base")
        String mapping();

        @AttributeDefinition(description = "The kind of source: csv-drop or rest-json")
        String source_kind();

        @AttributeDefinition(description = "Records per page sent to the hub, 1 to 5000")
        int pageSize() default 500;

        @AttributeDefinition(description = "Seconds between syncs; 0 syncs only when asked")
        int pollIntervalSeconds() default 60;

        @AttributeDefinition(description = "Retries of one page the source asks to fetch later (429, 503)")
        int retries() default 8;

        @AttributeDefinition(description = "First retry delay in milliseconds, doubled per retry")
        int retryDelayMillis() default 200;

        @AttributeDefinition(description = "Longest retry delay of the connector's own, in milliseconds; a longer "
                + "Retry-After wins, up to 5 minutes")
        int maxRetryDelayMillis() default 10000;

        @AttributeDefinition(description = "Failed runs in a row after which polls are skipped; 0 never skips")
        int circuitAfterFailedRuns() default 3;

        @AttributeDefinition(description = "Seconds polls are skipped after circuitAfterFailedRuns failed runs")
        int circuitOpenSeconds() default 120;

        @AttributeDefinition(description = "csv-drop: the folder the department drops its files into")
        String csv_folder() default "";

        @AttributeDefinition(description = "csv-drop: which file names are data files")
        String csv_glob() default "*.csv";

        @AttributeDefinition(description = "csv-drop: a file is complete only once its <name>.ok marker is there")
        boolean csv_requireOkMarker() default true;

        @AttributeDefinition(description = "csv-drop: the files' encoding")
        String csv_charset() default "GBK";

        @AttributeDefinition(description = "csv-drop: the character between values")
        String csv_delimiter() default ",";

        @AttributeDefinition(description = "csv-drop: where stored files go; empty for 'done' inside the folder")
        String csv_doneFolder() default "";

        @AttributeDefinition(description = "csv-drop: where unreadable files go; empty for 'error' inside the folder")
        String csv_errorFolder() default "";

        @AttributeDefinition(description = "rest-json: the service's base URL")
        String rest_baseUrl() default "";

        @AttributeDefinition(description = "rest-json: the records' path under the base URL")
        String rest_path() default "";

        @AttributeDefinition(description = "rest-json: the query parameter of the update time to read after")
        String rest_updatedSinceParam() default "updatedSince";

        @AttributeDefinition(description = "rest-json: the query parameter of the next page's cursor")
        String rest_cursorParam() default "cursor";

        @AttributeDefinition(description = "rest-json: the query parameter of the page size")
        String rest_limitParam() default "limit";

        @AttributeDefinition(description = "rest-json: the answer's array of records (a dotted path for nested ones)")
        String rest_itemsField() default "items";

        @AttributeDefinition(description = "rest-json: the answer's cursor of the next page (a dotted path for nested ones)")
        String rest_nextCursorField() default "nextCursor";

        @AttributeDefinition(description = "rest-json: the header that carries the API key; empty for none")
        String rest_apiKeyHeader() default "X-Api-Key";

        /**
         * The API key, configured as {@code .rest.apiKey}: a leading dot keeps a configuration
         * property private, so it is not published with the connector's service.
         */
        @AttributeDefinition(type = AttributeType.PASSWORD, description = "rest-json: the API key")
        String _rest_apiKey() default "";

        @AttributeDefinition(description = "rest-json: connect timeout and timeout of one request, in seconds")
        int rest_timeoutSeconds() default 30;
    }

    private static final Logger LOG = LoggerFactory.getLogger(GenericConnector.class);

    private final GenericSettings settings;
    private final RecordMapping mapping;
    private final PagedSyncRoutes routes;

    @Activate
    public GenericConnector(Config config, @Reference Watermarks watermarks) {
        try {
            this.settings = settings(config, System.getProperty("karaf.base"));
            this.mapping = MappingParser.load(settings.mapping());
        } catch (IllegalArgumentException e) {
            LOG.error("Generic connector {} does not start: {}", config.id(), e.getMessage());
            throw e;
        } catch (MappingException e) {
            LOG.error("Generic connector {} does not start: {}", config.id(), e.getMessage());
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        this.routes = new PagedSyncRoutes(settings.sync(), source(settings, mapping, Clock.systemUTC()), watermarks);
    }

    /** The source these settings describe, its records shaped by {@code mapping}. */
    static PagedSource source(GenericSettings settings, RecordMapping mapping, Clock clock) {
        RecordSpec spec = RecordSpec.of(settings.department(), mapping);
        if (settings.source() instanceof CsvDropSettings csv) {
            return new CsvDropSource(csv, spec, mapping.sourceFields(), settings.pageSize(), clock);
        }
        return new RestJsonSource((RestJsonSettings) settings.source(), spec, settings.pageSize(), clock);
    }

    /**
     * The settings of a configuration; a relative mapping path is resolved against {@code base}
     * (the Karaf base) when given.
     */
    static GenericSettings settings(Config c, String base) {
        if (c.mapping() == null || c.mapping().isBlank()) {
            throw new IllegalArgumentException("mapping is required: the path of the mapping file");
        }
        Path mapping = Path.of(c.mapping().strip());
        if (!mapping.isAbsolute() && base != null && !base.isBlank()) {
            mapping = Path.of(base).resolve(mapping);
        }
        return new GenericSettings(c.id(), c.department(), mapping, source(c), c.pageSize(),
                Duration.ofSeconds(c.pollIntervalSeconds()), c.retries(), Duration.ofMillis(c.retryDelayMillis()),
                Duration.ofMillis(c.maxRetryDelayMillis()), c.circuitAfterFailedRuns(),
                Duration.ofSeconds(c.circuitOpenSeconds()));
    }

    private static SourceSettings source(Config c) {
        String kind = c.source_kind() == null ? "" : c.source_kind().strip();
        return switch (kind) {
            case CsvDropSettings.KIND -> CsvDropSettings.of(c.csv_folder(), c.csv_glob(), c.csv_requireOkMarker(),
                    c.csv_charset(), c.csv_delimiter(), c.csv_doneFolder(), c.csv_errorFolder());
            case RestJsonSettings.KIND -> new RestJsonSettings(RestJsonSettings.url(c.rest_baseUrl()), c.rest_path(),
                    c.rest_updatedSinceParam(), c.rest_cursorParam(), c.rest_limitParam(), c.rest_itemsField(),
                    c.rest_nextCursorField(), c.rest_apiKeyHeader(), c._rest_apiKey(),
                    Duration.ofSeconds(c.rest_timeoutSeconds()));
            default -> throw new IllegalArgumentException("source.kind must be " + CsvDropSettings.KIND + " or "
                    + RestJsonSettings.KIND + ": '" + kind + "'");
        };
    }

    @Override
    public String id() {
        return settings.id();
    }

    @Override
    public String department() {
        return settings.department();
    }

    @Override
    public List<String> recordTypes() {
        return List.of(mapping.recordType());
    }

    @Override
    public RoutesBuilder routes() {
        return routes;
    }

    @Override
    public String syncEndpoint() {
        return settings.syncEndpoint();
    }

    @Override
    public RecordMapper mapper() {
        return new GenericMapper(mapping);
    }
}
