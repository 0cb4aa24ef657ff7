package org.civichub.bench;

import java.util.Locale;

/**
 * One timed round: {@code docs} documents sent in bulks of {@code bulkSize} with {@code clients}
 * requests in flight, taking {@code nanos} of wall time from the first request to the last answer,
 * during which the Elasticsearch process used {@code esCpuMillis} of CPU time (negative when the
 * node does not report it).
 */
record RoundResult(int bulkSize, int clients, int round, int docs, long nanos, long esCpuMillis) {

    double seconds() {
        return nanos / 1e9;
    }

    double docsPerSecond() {
        return docs / seconds();
    }

    /** Elasticsearch's CPU time per document in microseconds, or a negative number when unknown. */
    double esCpuMicrosPerDoc() {
        return esCpuMillis < 0 ? -1 : esCpuMillis * 1000.0 / docs;
    }

    /** The round as one line of {@code key=value} pairs. */
    String line() {
        return String.format(Locale.ROOT,
                "bulk_size=%d clients=%d round=%d docs=%d seconds=%.3f docs_per_s=%.0f es_cpu_us_per_doc=%.0f",
                bulkSize, clients, round, docs, seconds(), docsPerSecond(), esCpuMicrosPerDoc());
    }
}
