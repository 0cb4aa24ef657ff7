package org.civichub.feeds.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.civichub.cluster.NodeLeases;
import org.civichub.feeds.ChannelStatus;
import org.civichub.feeds.FeedPage;
import org.civichub.feeds.Feeds;
import org.civichub.store.Deliveries;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/** Reading {@code etc/org.civichub.channels.cfg}: which departments have a channel, and of what transport. */
class ChannelServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T00:00:00Z"), ZoneOffset.UTC);
    private static final String SECRET = "whsec_YSBuZXcga2V5IG9mIHRoaXJ0eS10d28gYnl0ZXMuLi4=";

    private final List<String> filters = new ArrayList<>();
    private final Function<String, TableChannel.Lookup> databases = filter -> {
        filters.add(filter);
        return () -> {
            throw new IOException("no javax.sql.DataSource matches " + filter);
        };
    };

    @Test
    void aDepartmentIsAnyWithATransportUrlFolderOrDataSourceKey() {
        Map<String, Object> p = new HashMap<>();
        p.put("civil.url", "https://civil.example/hooks");
        p.put("police.transport", "soap");
        p.put("health.folder", "/srv/health");
        p.put("labour.dataSource", "(dataSourceName=labour)");
        p.put("community.scope", "350203");
        p.put("community.secrets", SECRET);
        p.put("service.pid", ChannelService.PID);
        p.put("felix.fileinstall.filename", "file:/opt/karaf/etc/org.civichub.channels.cfg");
        p.put("pollSeconds", "5");

        assertThat(ChannelService.departments(p)).containsExactly("civil", "health", "labour", "police");
    }

    @Test
    void eachTransportIsMadeFromItsOwnKeys() {
        assertThat(channel("civil", Map.of("civil.url", "https://civil.example/hooks", "civil.secrets", SECRET)))
                .as("a url without a transport is a webhook, as it always was").isInstanceOf(WebhookChannel.class);
        assertThat(channel("police", Map.of("police.transport", " soap ",
                "police.url", "http://127.0.0.1:8081/police")))
                .isInstanceOfSatisfying(SoapChannel.class, c ->
                        assertThat(c.url()).isEqualTo(URI.create("http://127.0.0.1:8081/police")));
        assertThat(channel("health", Map.of("health.transport", "folder", "health.folder", "/srv/exchange/health")))
                .isInstanceOfSatisfying(FolderChannel.class, c ->
                        assertThat(c.folder()).isEqualTo(Path.of("/srv/exchange/health")));

        assertThat(channel("labour", Map.of("labour.transport", "table")))
                .isInstanceOfSatisfying(TableChannel.class, c -> assertThat(c.table()).isEqualTo("INBOX"));
        assertThat(channel("labour", Map.of("labour.transport", "table", "labour.table", "EXCH.INBOX",
                "labour.dataSource", "(&(dataSourceName=labour)(env=test))")))
                .isInstanceOfSatisfying(TableChannel.class, c -> assertThat(c.table()).isEqualTo("EXCH.INBOX"));
        assertThat(filters).containsExactly("(dataSourceName=labour)", "(&(dataSourceName=labour)(env=test))");
    }

    @Test
    void anUnknownTransportOrAMissingOrWrongSettingIsRefusedNamingIt() {
        assertThatThrownBy(() -> channel("police", Map.of("police.transport", "ftp", "police.url", "ftp://x")))
                .hasMessage("unknown transport 'ftp' (known: webhook, soap, table, folder)");
        assertThatThrownBy(() -> channel("police", Map.of("police.transport", "soap")))
                .hasMessage("police.url is missing");
        assertThatThrownBy(() -> channel("civil", Map.of("civil.transport", "webhook", "civil.url", " ")))
                .hasMessage("civil.url is missing");
        assertThatThrownBy(() -> channel("health", Map.of("health.transport", "folder")))
                .hasMessage("health.folder is missing");
        assertThatThrownBy(() -> channel("health", Map.of("health.folder", "/srv/health")))
                .hasMessage("health.transport is missing (known: webhook, soap, table, folder)");
        assertThatThrownBy(() -> channel("labour", Map.of("labour.transport", "table",
                "labour.dataSource", "(dataSourceName=labour")))
                .hasMessageContaining("labour.dataSource is no LDAP filter");
        assertThatThrownBy(() -> channel("labour", Map.of("labour.transport", "table", "labour.table", "INBOX;")))
                .hasMessageContaining("not a table name");
    }

    @Test
    void aChannelThatCannotBeMadeIsNotStartedAndTheOthersAre() throws InterruptedException {
        Map<String, Object> p = Map.of("police.transport", "soap", "police.url", "http://127.0.0.1:8081/police",
                "labour.transport", "table", "health.transport", "folder", "pollSeconds", "60");
        Feeds feeds = proxy(Feeds.class, (name, args) -> name.equals("read")
                ? new FeedPage(List.of(), (String) args[1], List.of()) : null);
        Deliveries deliveries = proxy(Deliveries.class, (name, args) -> switch (name) {
            case "lastSequence", "count" -> 0L;
            default -> throw new AssertionError("Deliveries." + name);
        });

        NodeLeases alone = proxy(NodeLeases.class, (name, args) -> name.equals("holds") ? Boolean.TRUE : null);
        ChannelService service = new ChannelService(feeds, deliveries, p, CLOCK, databases, alone);
        try {
            assertThat(service.statuses()).extracting(ChannelStatus::department, ChannelStatus::transport)
                    .containsExactly(tuple("labour", "table"), tuple("police", "soap"));
        } finally {
            service.stop();
        }
    }

    @Test
    void theDataSourceIsTheServiceTheFilterSelectsHeldForOneDeliveryOnly() throws Exception {
        List<ServiceReference<DataSource>> registered = new ArrayList<>();
        List<Object> given = new ArrayList<>();
        DataSource dataSource = proxy(DataSource.class, (name, args) -> null);
        @SuppressWarnings("unchecked")
        ServiceReference<DataSource> reference = proxy(ServiceReference.class, (name, args) -> null);
        BundleContext context = proxy(BundleContext.class, (name, args) -> switch (name) {
            case "getServiceReferences" -> {
                assertThat(args).containsExactly(DataSource.class, "(dataSourceName=labour)");
                yield List.copyOf(registered);
            }
            case "getService" -> dataSource;
            case "ungetService" -> given.add(args[0]);
            default -> throw new AssertionError("BundleContext." + name);
        });

        assertThatThrownBy(() -> ChannelService.lease(context, "(dataSourceName=labour)"))
                .isInstanceOf(IOException.class).hasMessage("no javax.sql.DataSource matches (dataSourceName=labour)");

        registered.add(reference);
        try (TableChannel.Lease lease = ChannelService.lease(context, "(dataSourceName=labour)")) {
            assertThat(lease.dataSource()).isSameAs(dataSource);
            assertThat(given).isEmpty();
        }
        assertThat(given).containsExactly(reference);
    }

    private Channel channel(String department, Map<String, Object> p) {
        return ChannelService.channel(department, p, CLOCK, databases);
    }

    /** What a proxy answers when a method of that name is called with those arguments. */
    private interface Call {
        Object answer(String name, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Call call) {
        return (T) Proxy.newProxyInstance(ChannelServiceTest.class.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> switch (method.getName()) {
                    case "equals" -> self == args[0];
                    case "hashCode" -> System.identityHashCode(self);
                    case "toString" -> type.getSimpleName();
                    default -> call.answer(method.getName(), args);
                });
    }
}
