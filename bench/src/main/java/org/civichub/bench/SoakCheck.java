package org.civichub.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * After a soak (an ingest through kills and outages), accounts for everything the hub should hold:
 * every source record of the dataset once in the link export and no record the dataset lacks
 * ({@link RecordAccount}); the residents stored exactly those the linked records name; each
 * connector's counted and stored record versions equal to what its department serves, with no
 * error left; and each department pushed to has received every event of its pull feed in the feed's
 * order as a department applies it, late copies skipped ({@link FeedAccount}), once its channel has
 * delivered the feed's last event (waited for up to {@code --settle} seconds).
 *
 * <p>Prints a line per part and ends with {@code soak lost=… duplicated=… out_of_order=…
 * split_persons=… merged_residents=… unchecked_feeds=…}: lost are records, record versions, residents and events the
 * hub or a department lacks; duplicated are records exported twice, record versions counted or
 * stored more than once and residents no record names. Split persons and merged residents are the
 * resolver's, to compare with a run without kills. A department whose feed or inbox cannot be read
 * is named on a line of its own and counted in unchecked feeds; the others are still checked. Exit status 0 when nothing is lost, duplicated,
 * out of order, unchecked or unknown to the dataset, 1 otherwise or when a part cannot be read, 2 for bad arguments.
 */
public final class SoakCheck {

    private SoakCheck() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        SoakOptions options;
        try {
            options = SoakOptions.parse(args);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println(SoakOptions.USAGE);
            return 2;
        }
        try {
            return check(options, new SoakHttp(options), out) ? 0 : 1;
        } catch (BaselineFailure | IOException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    /** Prints the account; answers whether nothing was lost, duplicated or out of order. */
    static boolean check(SoakOptions o, SoakHttp http, PrintStream out) throws IOException {
        RecordAccount records;
        try (Reader truth = Files.newBufferedReader(o.truth(), StandardCharsets.UTF_8);
             Reader links = Files.newBufferedReader(o.links(), StandardCharsets.UTF_8)) {
            records = RecordAccount.of(truth, links);
        }
        out.printf("records dataset=%d linked=%d unlinked=%d review=%d quarantined=%d missing=%d repeated=%d extra=%d%n",
                records.records(), records.linked(), records.unlinked(), records.review(), records.quarantined(),
                records.missing(), records.repeated(), records.extra());
        long lost = records.missing();
        long duplicated = records.repeated();

        http.refresh();
        Set<String> stored = http.ids("residents");
        long withoutRecords = stored.stream().filter(id -> !records.residents().contains(id)).count();
        long unstored = records.residents().stream().filter(id -> !stored.contains(id)).count();
        out.printf("residents stored=%d named_by_links=%d without_records=%d not_stored=%d%n", stored.size(),
                records.residents().size(), withoutRecords, unstored);
        lost += unstored;
        duplicated += withoutRecords;

        for (String d : o.departments()) {
            long expected = o.expected().get(d);
            JsonNode connector = http.connector(d + "-default");
            long counted = 0;
            for (JsonNode c : connector.path("counts")) {
                counted += c.path("versions").asLong();
            }
            long raw = http.count("raw", "connectorId", d + "-default");
            out.printf("connector %s-default served=%d counted=%d stored=%d watermark=%s last_sync=%s last_error=%s%n", d,
                    expected, counted, raw, connector.path("watermark").asText("-"), connector.path("lastSync").asText("-"),
                    connector.path("lastError").isNull() ? "-" : connector.path("lastError").asText("-"));
            lost += Math.max(0, expected - raw);
            duplicated += Math.max(0, raw - expected) + Math.max(0, counted - expected);
        }

        long outOfOrder = 0;
        int unchecked = 0;
        for (String d : o.departments()) {
            if (!o.inboxes().containsKey(d)) {
                continue;
            }
            try {
                SoakHttp.Feed feed = http.feed(d);
                boolean settled = awaitPushed(http, d, feed.lastSequence(), o.settle());
                List<FeedAccount.Delivery> arrivals = http.arrivals(d);
                FeedAccount account = FeedAccount.of(feed.ids(), arrivals);
                out.println(account.line(d) + (settled ? "" : " (its channel had not delivered the feed's last event within "
                        + o.settle() + " s)"));
                FeedAccount.firstOutOfOrder(feed.ids(), arrivals).ifPresent(first ->
                        out.println("feed " + d + " first out of order: " + first));
                lost += account.missing();
                outOfOrder += account.outOfOrder();
            } catch (BaselineFailure e) {
                // One department that cannot be read must not hide what the others show.
                out.printf("feed %s unchecked: %s%n", d, e.getMessage());
                unchecked++;
            }
        }
        out.printf("soak lost=%d duplicated=%d out_of_order=%d split_persons=%d merged_residents=%d unchecked_feeds=%d%n",
                lost, duplicated, outOfOrder, records.splitPersons(), records.mergedResidents(), unchecked);
        return lost == 0 && duplicated == 0 && outOfOrder == 0 && unchecked == 0 && records.extra() == 0;
    }

    private static boolean awaitPushed(SoakHttp http, String department, long sequence, long seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (http.pushedUpTo(department) < sequence) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
