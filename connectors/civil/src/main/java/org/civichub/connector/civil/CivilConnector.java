package org.civichub.connector.civil;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.camel.RoutesBuilder;
import org.civichub.connector.api.RecordMapper;
import org.civichub.connector.api.SourceConnector;
import org.civichub.connector.api.Watermarks;
import org.civichub.connector.civil.internal.CivilClient;
import org.civichub.connector.civil.internal.CivilMapper;
import org.civichub.connector.civil.internal.CivilSource;
import org.civichub.connector.kit.PagedSyncRoutes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One civil-affairs connector instance per factory configuration
 * {@code etc/org.civichub.connector.civil-<instance>.cfg}.
 */
@Component(configurationPid = "org.civichub.connector.civil", configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = CivilConnector.Config.class, factory = true)
public final class CivilConnector implements SourceConnector {

    @ObjectClassDefinition(name = "CivicHub civil-affairs connector",
            description = "Pulls assistance, disability, death and elderly-care records from the civil-affairs "
                    + "REST service")
    public @interface Config {
        @AttributeDefinition(description = "Instance id, unique in the hub")
        String id() default "civil-default";

        @AttributeDefinition(description = "Base URL of the civil-affairs service, without /api/v1")
        String baseUrl() default "http://127.0.0.1:8303";

        /**
         * The {@code X-Api-Key}, configured as {@code .apiKey}: a leading dot keeps a configuration
         * property private, so it is not published with the connector's service.
         */
        @AttributeDefinition(type = AttributeType.PASSWORD, description = "The X-Api-Key the service expects")
        String _apiKey() default "demo-civil-source";

        @AttributeDefinition(description = "Records per page, 1 to 500")
        int pageSize() default 200;

        @AttributeDefinition(description = "Seconds between syncs; 0 syncs only when asked")
        int pollIntervalSeconds() default 60;

        @AttributeDefinition(description = "Retries of one page answered 429 or 503 before a run gives up")
        int retries() default 8;

        @AttributeDefinition(description = "First retry delay in milliseconds, doubled per retry")
        int retryDelayMillis() default 200;

        @AttributeDefinition(description = "Longest retry delay of the connector's own, in milliseconds; "
                + "a longer Retry-After of the service wins, up to 5 minutes")
        int maxRetryDelayMillis() default 10000;

        @AttributeDefinition(description = "Failed runs in a row after which polls are skipped; 0 never skips")
        int circuitAfterFailedRuns() default 3;

        @AttributeDefinition(description = "Seconds polls are skipped after circuitAfterFailedRuns failed runs")
        int circuitOpenSeconds() default 120;

        @AttributeDefinition(description = "Connect timeout and timeout of one request, in seconds")
        int timeoutSeconds() default 30;
    }

    private final CivilSettings settings;
    private final PagedSyncRoutes routes;

    @Activate
    public CivilConnector(Config config, @Reference Watermarks watermarks) {
        this.settings = settings(config);
        this.routes = routes(settings, watermarks);
    }

    /** The sync routes of an instance with these settings. */
    public static PagedSyncRoutes routes(CivilSettings settings, Watermarks watermarks) {
        return new PagedSyncRoutes(settings.sync(), source(settings, Clock.systemUTC()), watermarks);
    }

    /** The civil-affairs service as these settings describe it. */
    public static CivilSource source(CivilSettings settings, Clock clock) {
        return new CivilSource(new CivilClient(settings.baseUrl(), settings.apiKey(), settings.timeout(), clock),
                settings.pageSize(), clock);
    }

    static CivilSettings settings(Config c) {
        return new CivilSettings(c.id(), CivilSettings.url(c.baseUrl()), c._apiKey(), c.pageSize(),
                Duration.ofSeconds(c.pollIntervalSeconds()), c.retries(), Duration.ofMillis(c.retryDelayMillis()),
                Duration.ofMillis(c.maxRetryDelayMillis()), c.circuitAfterFailedRuns(),
                Duration.ofSeconds(c.circuitOpenSeconds()), Duration.ofSeconds(c.timeoutSeconds()));
    }

    @Override
    public String id() {
        return settings.id();
    }

    @Override
    public String department() {
        return CivilSource.DEPARTMENT;
    }

    @Override
    public List<String> recordTypes() {
        return CivilMapper.RECORD_TYPES;
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
        return new CivilMapper();
    }
}
