package org.civichub.connector.labour;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.camel.RoutesBuilder;
import org.civichub.connector.api.RecordMapper;
import org.civichub.connector.api.SourceConnector;
import org.civichub.connector.api.Watermarks;
import org.civichub.connector.kit.PagedSyncRoutes;
import org.civichub.connector.labour.internal.ExchangeTable;
import org.civichub.connector.labour.internal.LabourMapper;
import org.civichub.connector.labour.internal.LabourSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One labour connector instance per factory configuration
 * {@code etc/org.civichub.connector.labour-<instance>.cfg}, reading the exchange tables through the
 * {@code javax.sql.DataSource} service its {@code dataSource.target} selects (by default the one
 * pax-jdbc-config makes of {@code etc/org.ops4j.datasource-labour.cfg}).
 */
@Component(configurationPid = "org.civichub.connector.labour", configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = LabourConnector.Config.class, factory = true)
public final class LabourConnector implements SourceConnector {

    /** The data source a configuration without {@code dataSource.target} reads. */
    public static final String DEFAULT_DATA_SOURCE = "(dataSourceName=labour)";

    @ObjectClassDefinition(name = "CivicHub labour connector",
            description = "Pulls employment registrations (JY_DJ) and social insurance enrolments (SB_CB) from the "
                    + "labour department's exchange tables")
    public @interface Config {
        @AttributeDefinition(description = "Instance id, unique in the hub")
        String id() default "labour-default";

        @AttributeDefinition(name = "dataSource.target",
                description = "LDAP filter selecting the javax.sql.DataSource service of the exchange database")
        String dataSource_target() default DEFAULT_DATA_SOURCE;

        @AttributeDefinition(description = "Put before both table names, e.g. EXCH. for a schema; may be empty")
        String tablePrefix() default "";

        @AttributeDefinition(description = "The employment registration table (就业登记)")
        String jyDjTable() default "JY_DJ";

        @AttributeDefinition(description = "The social insurance table (社保参保)")
        String sbCbTable() default "SB_CB";

        @AttributeDefinition(description = "Rows per page, 1 to 5000")
        int pageSize() default 500;

        @AttributeDefinition(description = "Seconds between syncs; 0 syncs only when asked")
        int pollIntervalSeconds() default 60;

        @AttributeDefinition(description = "Seconds one query may take")
        int queryTimeoutSeconds() default 60;

        @AttributeDefinition(description = "Failed runs in a row after which polls pause; 0 never pauses")
        int circuitAfter() default 3;

        @AttributeDefinition(description = "Seconds polls pause after circuitAfter failed runs")
        int circuitOpenSeconds() default 120;
    }

    private final LabourSettings settings;
    private final PagedSyncRoutes routes;

    // Dynamic: a matching DataSource that replaces the bound one is taken by the next page without
    // restarting the routes. pax-jdbc-config unregisters the old service before it registers the new
    // one when its cfg is edited, so then the component restarts (a run in progress ends, the next
    // resumes from the watermark).
    @Reference(target = DEFAULT_DATA_SOURCE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile DataSource dataSource;

    @Activate
    public LabourConnector(Config config, @Reference Watermarks watermarks) {
        this.settings = settings(config);
        this.routes = routes(settings, () -> dataSource, watermarks);
    }

    /**
     * The sync routes of an instance with these settings.
     *
     * @param dataSource the exchange database, asked for on every page; {@code null} fails the page
     */
    public static PagedSyncRoutes routes(LabourSettings settings, Supplier<DataSource> dataSource,
                                         Watermarks watermarks) {
        return new PagedSyncRoutes(settings.sync(), new LabourSource(dataSource, tables(settings),
                settings.pageSize(), settings.queryTimeout(), Clock.systemUTC()), watermarks);
    }

    private static List<ExchangeTable> tables(LabourSettings s) {
        return ExchangeTable.configured(s.tablePrefix(), s.jyDjTable(), s.sbCbTable());
    }

    static LabourSettings settings(Config c) {
        return new LabourSettings(c.id(), c.tablePrefix(), c.jyDjTable(), c.sbCbTable(), c.pageSize(),
                Duration.ofSeconds(c.pollIntervalSeconds()), Duration.ofSeconds(c.queryTimeoutSeconds()),
                c.circuitAfter(), Duration.ofSeconds(c.circuitOpenSeconds()));
    }

    @Override
    public String id() {
        return settings.id();
    }

    @Override
    public String department() {
        return LabourSource.DEPARTMENT;
    }

    @Override
    public List<String> recordTypes() {
        return tables(settings).stream().map(ExchangeTable::recordType).toList();
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
        return new LabourMapper();
    }
}
