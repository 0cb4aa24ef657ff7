package org.civichub.connector.health;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.camel.RoutesBuilder;
import org.civichub.connector.api.RecordMapper;
import org.civichub.connector.api.SourceConnector;
import org.civichub.connector.api.Watermarks;
import org.civichub.connector.health.internal.DropFolder;
import org.civichub.connector.health.internal.DropRecords;
import org.civichub.connector.health.internal.DropType;
import org.civichub.connector.health.internal.HealthMapper;
import org.civichub.connector.health.internal.HealthSource;
import org.civichub.connector.kit.PagedSyncRoutes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One health connector instance per factory configuration
 * {@code etc/org.civichub.connector.health-<instance>.cfg}: reads the department's file drop.
 */
@Component(configurationPid = "org.civichub.connector.health", configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = HealthConnector.Config.class, factory = true)
public final class HealthConnector implements SourceConnector {

    @ObjectClassDefinition(name = "CivicHub health connector",
            description = "Reads births and marital records from the health department's file drop")
    public @interface Config {
        @AttributeDefinition(description = "Instance id, unique in the hub")
        String id() default "health-default";

        @AttributeDefinition(description = "The exchange folder the department drops its files into (required)")
        String dropFolder() default "";

        @AttributeDefinition(description = "Where stored files go; empty for 'done' inside the drop folder")
        String doneFolder() default "";

        @AttributeDefinition(description = "Where unreadable files go with their reason; empty for 'error' inside the drop folder")
        String errorFolder() default "";

        @AttributeDefinition(description = "Rows per page sent to the hub, 1 to 5000")
        int pageSize() default 500;

        @AttributeDefinition(description = "Seconds between syncs; 0 syncs only when asked")
        int pollIntervalSeconds() default 30;
    }

    private final HealthSettings settings;
    private final PagedSyncRoutes routes;

    @Activate
    public HealthConnector(Config config, @Reference Watermarks watermarks) {
        this.settings = settings(config);
        this.routes = routes(settings, watermarks);
    }

    /** The sync routes of an instance with these settings. */
    public static PagedSyncRoutes routes(HealthSettings settings, Watermarks watermarks) {
        Clock clock = Clock.systemUTC();
        DropFolder folder = new DropFolder(settings.dropFolder(), settings.doneFolder(), settings.errorFolder(), clock);
        return new PagedSyncRoutes(settings.sync(), new HealthSource(folder, settings.pageSize(), clock), watermarks);
    }

    static HealthSettings settings(Config c) {
        return HealthSettings.of(c.id(), c.dropFolder(), c.doneFolder(), c.errorFolder(), c.pageSize(),
                Duration.ofSeconds(c.pollIntervalSeconds()));
    }

    @Override
    public String id() {
        return settings.id();
    }

    @Override
    public String department() {
        return DropRecords.DEPARTMENT;
    }

    @Override
    public List<String> recordTypes() {
        return List.of(DropType.BIRTHS.recordType(), DropType.FAMILY.recordType());
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
        return new HealthMapper();
    }
}
