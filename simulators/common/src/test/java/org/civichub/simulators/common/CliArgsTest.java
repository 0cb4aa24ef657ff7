package org.civichub.simulators.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class CliArgsTest {

    private static final List<String> KNOWN = List.of("dataset", "port", "host", "clock", "rate");

    @Test
    void readsOptionsWithSeparateOrAttachedValues() {
        CliArgs args = CliArgs.parse(new String[] {"--dataset", "/data", "--port=0", "--rate", "-0.5"}, KNOWN);

        assertThat(args.required("dataset")).isEqualTo("/data");
        assertThat(args.integer("port", 8301)).isZero();
        assertThat(args.decimal("rate", 1)).isEqualTo(-0.5);
        assertThat(args.string("host", "127.0.0.1")).isEqualTo("127.0.0.1");
        assertThat(args.names()).containsExactly("dataset", "port", "rate");
        assertThat(args.helpRequested()).isFalse();
    }

    @Test
    void recognisesHelp() {
        assertThat(CliArgs.parse(new String[] {"-h"}, KNOWN).helpRequested()).isTrue();
        assertThat(CliArgs.parse(new String[] {"--help"}, KNOWN).helpRequested()).isTrue();
    }

    @Test
    void refusesUnknownRepeatedOrValuelessOptionsAndPositionalArguments() {
        assertThatThrownBy(() -> CliArgs.parse(new String[] {"--nope", "1"}, KNOWN))
                .isInstanceOf(CliException.class).hasMessageContaining("unknown option --nope");
        assertThatThrownBy(() -> CliArgs.parse(new String[] {"--port", "1", "--port=2"}, KNOWN))
                .isInstanceOf(CliException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> CliArgs.parse(new String[] {"--port"}, KNOWN))
                .isInstanceOf(CliException.class).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> CliArgs.parse(new String[] {"--port", "--host", "x"}, KNOWN))
                .isInstanceOf(CliException.class).hasMessageContaining("--port needs a value");
        assertThatThrownBy(() -> CliArgs.parse(new String[] {"data"}, KNOWN))
                .isInstanceOf(CliException.class).hasMessageContaining("unexpected argument 'data'");
    }

    @Test
    void namesTheOptionOfAMalformedOrMissingValue() {
        CliArgs args = CliArgs.parse(new String[] {"--port", "eighty", "--rate", "x"}, KNOWN);

        assertThatThrownBy(() -> args.integer("port", 1)).hasMessageContaining("--port").hasMessageContaining("eighty");
        assertThatThrownBy(() -> args.decimal("rate", 1)).hasMessageContaining("--rate");
        assertThatThrownBy(() -> args.required("dataset")).hasMessageContaining("--dataset is required");
    }

    @Test
    void readsTheCommonSimulatorOptionsWithTheirDefaults() {
        SimulatorOptions options = SimulatorOptions.from(
                CliArgs.parse(new String[] {"--dataset", "d", "--clock", "end"}, SimulatorOptions.NAMES), 8301);

        assertThat(options).isEqualTo(new SimulatorOptions(Path.of("d"), "127.0.0.1", 8301, "end"));
        assertThatThrownBy(() -> SimulatorOptions.from(
                CliArgs.parse(new String[] {"--dataset", "d", "--port", "70000"}, SimulatorOptions.NAMES), 1))
                .isInstanceOf(CliException.class).hasMessageContaining("--port");
        assertThatThrownBy(() -> options.clockStart(Dataset.of()))
                .isInstanceOf(CliException.class).hasMessageContaining("--clock");
    }
}
