package org.civichub.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchOptionsTest {

    @Test
    void searchAloneMeansTheDefaults() throws UsageException {
        assertThat(SearchOptions.parse(List.of("search"))).isEqualTo(new SearchOptions(
                URI.create("http://127.0.0.1:8181/api/v1"), "demo", "demo", URI.create("http://127.0.0.1:9200"),
                "civichub-demo-residents", "350203", List.of(50, 150), 16, 60, 10, 1000, 1, 2000));
    }

    @Test
    void optionsAreReadInBothSpellings() throws UsageException {
        SearchOptions o = SearchOptions.parse(List.of("search", "--api", "http://hub:8181/api/v1/", "--user=worker",
                "--password", "s3cret=x", "--es=http://localhost:9230", "--index", "civichub-test-residents",
                "--scope=350203001", "--users", "10, 20,40", "--saturation-users=8", "--seconds", "2.5",
                "--warmup=0", "--think-ms", "0", "--seed=7", "--sample", "500"));
        assertThat(o).isEqualTo(new SearchOptions(URI.create("http://hub:8181/api/v1"), "worker", "s3cret=x",
                URI.create("http://localhost:9230"), "civichub-test-residents", "350203001", List.of(10, 20, 40), 8,
                2.5, 0, 0, 7, 500));
    }

    @Test
    void aPasswordMayHoldAnEqualsSign() throws UsageException {
        assertThat(SearchOptions.parse(List.of("search", "--password=a=b")).password()).isEqualTo("a=b");
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> SearchOptions.parse(List.of())).hasMessage("no command given");
        assertThatThrownBy(() -> SearchOptions.parse(List.of("bulk"))).hasMessage("unknown command: bulk");
        assertThatThrownBy(() -> SearchOptions.parse(List.of("search", "--users", "50,0")))
                .hasMessage("--users must be a positive number, not 0");
        assertThatThrownBy(() -> SearchOptions.parse(List.of("search", "--users", "50,50")))
                .hasMessage("--users names 50 twice");
        assertThatThrownBy(() -> SearchOptions.parse(List.of("search", "--users", "fifty")))
                .hasMessage("--users must be a number, not fifty");
        assertThatThrownBy(() -> SearchOptions.parse(List.of("search", "--seconds", "0")))
                .hasMessage("--seconds must be more than 0 seconds (at most a day), not 0");
        assertThatThrownBy(() -> SearchOptions.parse(List.of("search", "--warmup", "-1")))
                .hasMessage("--warmup must be 0 or more seconds (at most a day), not -1");
        assertThatThrownBy(() -> SearchOptions.parse(List.of("search", "--seconds", "long")))
                .hasMessage("--seconds must be a number of seconds, not long");
        assertThatThrownBy(() -> SearchOptions.parse(List.of("search", "--think-ms", "-5")))
                .hasMessage("--think-ms must be 0 or a positive number, not -5");
        assertThatThrownBy(() -> SearchOptions.parse(List.of("search", "--scope", "3502x")))
                .hasMessage("--scope must be a division-code prefix of 2 to 12 digits, not 3502x");
        assertThatThrownBy(() -> SearchOptions.parse(List.of("search", "--index", "Residents/_search")))
                .hasMessage("--index must be an index or alias name, not Residents/_search");
        assertThatThrownBy(() -> SearchOptions.parse(List.of("search", "--sample", "20000")))
                .hasMessage("--sample must be at most 10000, not 20000");
        assertThatThrownBy(() -> SearchOptions.parse(List.of("search", "--api", "localhost:8181")))
                .hasMessage("--api must be an http(s) URL, not localhost:8181");
        assertThatThrownBy(() -> SearchOptions.parse(List.of("search", "--user", " ")))
                .hasMessage("--user must not be empty");
        assertThatThrownBy(() -> SearchOptions.parse(List.of("search", "--seed")))
                .hasMessage("--seed needs a value");
        assertThatThrownBy(() -> SearchOptions.parse(List.of("search", "--fast", "1")))
                .hasMessage("unknown option: --fast");
    }

    @Test
    void theDescriptionLeavesThePasswordOut() throws UsageException {
        String line = SearchOptions.parse(List.of("search", "--password", "s3cret")).describe();
        assertThat(line).startsWith("# ").contains("as demo").doesNotContain("s3cret");
    }
}
