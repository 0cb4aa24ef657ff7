package org.civichub.connector.police;

import java.time.Duration;
import java.util.List;
import org.apache.camel.RoutesBuilder;
import org.civichub.connector.api.RecordMapper;
import org.civichub.connector.api.SourceConnector;
import org.civichub.connector.api.Watermarks;
import org.civichub.connector.kit.PagedSyncRoutes;
import org.civichub.connector.police.internal.PoliceClient;
import org.civichub.connector.police.internal.PoliceMapper;
import org.civichub.connector.police.internal.PoliceSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One police connector instance per factory configuration
 * {@code etc/org.civichub.connector.police-<instance>.cfg}.
 */
@Component(configurationPid = "org.civichub.connector.police", configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = PoliceConnector.Config.class, factory = true)
public final class PoliceConnector implements SourceConnector {

    @ObjectClassDefinition(name = "CivicHub police connector",
            description = "Pulls registered and floating residents from the police SOAP service")
    public @interface Config {
        @AttributeDefinition(description = "Instance id, unique in the hub")
        String id() default "police-default";

        @AttributeDefinition(description = "URL of the police queryChanges SOAP service")
        String endpoint() default "http://127.0.0.1:8301/police";

        @AttributeDefinition(description = "Records per page, 1 to 500")
        int pageSize() default 500;

        @AttributeDefinition(description = "Seconds between syncs; 0 syncs only when asked")
        int pollIntervalSeconds() default 60;

        @AttributeDefinition(description = "Retries of a SERVICE_BUSY answer before a run gives up")
        int busyRetries() default 8;

        @AttributeDefinition(description = "First retry delay in milliseconds, doubled per retry")
        int busyDelayMillis() default 200;

        @AttributeDefinition(description = "Longest retry delay in milliseconds")
        int busyMaxDelayMillis() default 10000;

        @AttributeDefinition(description = "Connect and receive timeout of one call, in seconds")
        int timeoutSeconds() default 30;
    }

    private final PoliceSettings settings;
    private final PagedSyncRoutes routes;

    @Activate
    public PoliceConnector(Config config, @Reference Watermarks watermarks) {
        this.settings = settings(config);
        this.routes = routes(settings, watermarks);
    }

    /** The sync routes of an instance with these settings. */
    public static PagedSyncRoutes routes(PoliceSettings settings, Watermarks watermarks) {
        return new PagedSyncRoutes(settings.sync(),
                new PoliceSource(new PoliceClient(settings.endpoint(), settings.timeout()), settings.pageSize()),
                watermarks);
    }

    static PoliceSettings settings(Config c) {
        return new PoliceSettings(c.id(), c.endpoint(), c.pageSize(), Duration.ofSeconds(c.pollIntervalSeconds()),
                c.busyRetries(), Duration.ofMillis(c.busyDelayMillis()), Duration.ofMillis(c.busyMaxDelayMillis()),
                Duration.ofSeconds(c.timeoutSeconds()));
    }

    @Override
    public String id() {
        return settings.id();
    }

    @Override
    public String department() {
        return PoliceMapper.DEPARTMENT;
    }

    @Override
    public List<String> recordTypes() {
        return List.of(PoliceMapper.PERSON, PoliceMapper.FLOATING);
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
        return new PoliceMapper();
    }
}
