package org.civichub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HubHistogramsTest {

    /** A scrape as the hub writes it: {@code counts} in the buckets 5 ms, 10 ms, 25 ms and +Inf (cumulative). */
    static String scrape(String name, long le5, long le10, long le25, long all) {
        return "# HELP " + name + " Timed\n# TYPE " + name + " histogram\n"
                + name + "_bucket{le=\"0.005\"} " + le5 + "\n"
                + name + "_bucket{le=\"0.01\"} " + le10 + "\n"
                + name + "_bucket{le=\"0.025\"} " + le25 + "\n"
                + name + "_bucket{le=\"+Inf\"} " + all + "\n"
                + name + "_count " + all + "\n" + name + "_sum 1.5\n"
                + "civichub_other_total{connector=\"a\"} 3\n";
    }

    @Test
    void aPercentileIsTheBoundOfTheBucketItFallsInBetweenTwoScrapes() {
        HubHistograms before = HubHistograms.parse(scrape("t_seconds", 100, 100, 100, 100));
        HubHistograms after = HubHistograms.parse(scrape("t_seconds", 190, 199, 200, 200));

        assertThat(after.count("t_seconds", before)).isEqualTo(100);
        assertThat(after.percentileMillis("t_seconds", before, 50)).isEqualTo(5.0);
        assertThat(after.percentileMillis("t_seconds", before, 90)).isEqualTo(5.0);
        assertThat(after.percentileMillis("t_seconds", before, 99)).isEqualTo(10.0);
        assertThat(after.percentileMillis("t_seconds", before, 100)).isEqualTo(25.0);
    }

    @Test
    void beyondTheLastBoundIsInfiniteAndNothingRecordedIsNotANumber() {
        HubHistograms before = HubHistograms.parse(scrape("t_seconds", 0, 0, 0, 0));
        HubHistograms after = HubHistograms.parse(scrape("t_seconds", 0, 0, 0, 4));

        assertThat(after.percentileMillis("t_seconds", before, 99)).isInfinite();
        assertThat(before.percentileMillis("t_seconds", before, 99)).isNaN();
        assertThat(after.percentileMillis("missing_seconds", before, 99)).isNaN();
        assertThat(after.count("missing_seconds", before)).isZero();
    }

    @Test
    void aHistogramFirstSeenInTheLaterScrapeCountsFromZero() {
        HubHistograms before = HubHistograms.parse("");
        HubHistograms after = HubHistograms.parse(scrape("t_seconds", 1, 2, 2, 2));

        assertThat(after.count("t_seconds", before)).isEqualTo(2);
        assertThat(after.percentileMillis("t_seconds", before, 99)).isEqualTo(10.0);
    }
}
