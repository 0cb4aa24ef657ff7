package org.civichub.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineOptionsTest {

    @Test
    void bulkAloneMeansTheDefaults() throws UsageException {
        assertThat(BaselineOptions.parse(List.of("bulk"))).isEqualTo(new BaselineOptions(
                URI.create("http://127.0.0.1:9200"), 200_000, List.of(1000, 5000), 2, 3, 1));
    }

    @Test
    void optionsAreReadInBothSpellings() throws UsageException {
        BaselineOptions o = BaselineOptions.parse(List.of("bulk", "--es", "http://localhost:9230/", "--docs=2000",
                "--sizes", "500, 1000", "--clients=4", "--rounds", "1", "--seed=9"));
        assertThat(o).isEqualTo(new BaselineOptions(URI.create("http://localhost:9230"), 2000, List.of(500, 1000), 4, 1, 9));
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> BaselineOptions.parse(List.of())).hasMessage("no command given");
        assertThatThrownBy(() -> BaselineOptions.parse(List.of("search"))).hasMessage("unknown command: search");
        assertThatThrownBy(() -> BaselineOptions.parse(List.of("bulk", "--docs", "0")))
                .hasMessage("--docs must be a positive number, not 0");
        assertThatThrownBy(() -> BaselineOptions.parse(List.of("bulk", "--sizes", "1000,x")))
                .hasMessage("--sizes must be a number, not x");
        assertThatThrownBy(() -> BaselineOptions.parse(List.of("bulk", "--clients")))
                .hasMessage("--clients needs a value");
        assertThatThrownBy(() -> BaselineOptions.parse(List.of("bulk", "--es", "localhost:9200")))
                .hasMessage("--es must be an http(s) URL, not localhost:9200");
        assertThatThrownBy(() -> BaselineOptions.parse(List.of("bulk", "--fast", "1")))
                .hasMessage("unknown option: --fast");
    }
}
