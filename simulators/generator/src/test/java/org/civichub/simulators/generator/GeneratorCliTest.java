package org.civichub.simulators.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void generatesADatasetAndPrintsOneSummaryLine(@TempDir Path directory) {
        int status = run("--out", directory.toString(), "--persons", "500", "--seed=3");
        assertThat(status).isZero();
        assertThat(text(out).strip()).doesNotContain("\n").startsWith("500 persons (")
                .contains("police/person.csv=", "truth.csv=").endsWith(" s");
        assertThat(directory.resolve("labour/sb_cb.csv")).exists();
    }

    @Test
    void parsesEveryOption() throws UsageException {
        CliArguments arguments = CliArguments.parse("--out", "x", "--persons", "12", "--seed", "-5", "--district",
                "350203", "--start", "2022-01-01", "--end=2022-12-31");
        assertThat(arguments.out()).isEqualTo(Path.of("x"));
        assertThat(arguments.settings()).isEqualTo(GeneratorSettings.defaults().withPersons(12).withSeed(-5)
                .withPeriod(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)));
    }

    @Test
    void setsFlawRatesOrTurnsThemOff() throws UsageException {
        assertThat(CliArguments.parse("--out", "x", "--mess", "none").settings().mess()).isEqualTo(MessRates.none());
        MessRates rates = CliArguments.parse("--out", "x", "--mess", "LOWER_CASE_X=0.5, NAME_SPACE=0").settings().mess();
        assertThat(rates.rate(MessKind.LOWER_CASE_X)).isEqualTo(0.5);
        assertThat(rates.rate(MessKind.NAME_SPACE)).isZero();
        assertThat(rates.rate(MessKind.WRONG_CHECK_CHARACTER)).isEqualTo(MessKind.WRONG_CHECK_CHARACTER.defaultRate());
        assertThatThrownBy(() -> CliArguments.parse("--out", "x", "--mess", "TYPO=0.1")).hasMessageContaining("'TYPO=0.1'");
        assertThatThrownBy(() -> CliArguments.parse("--out", "x", "--mess", "NAME_SPACE=2")).hasMessageContaining("--mess");
    }

    @Test
    void rejectsAMissingOutputDirectory() {
        assertThat(run("--persons", "10")).isEqualTo(2);
        assertThat(text(err)).contains("--out DIR is required", "usage:");
    }

    @Test
    void rejectsUnknownOptionsAndStrayArguments() {
        assertThatThrownBy(() -> CliArguments.parse("--out", "x", "--people", "3")).hasMessageContaining("--people");
        assertThatThrownBy(() -> CliArguments.parse("--out", "x", "extra")).hasMessageContaining("'extra'");
        assertThatThrownBy(() -> CliArguments.parse("--out")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> CliArguments.parse("--out", "x", "--seed", "1", "--seed", "2"))
                .hasMessageContaining("twice");
    }

    @Test
    void rejectsBadNumbersDatesAndPeriods() {
        assertThatThrownBy(() -> CliArguments.parse("--out", "x", "--persons", "many")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> CliArguments.parse("--out", "x", "--persons", "0")).hasMessageContaining("between 1");
        assertThatThrownBy(() -> CliArguments.parse("--out", "x", "--persons", "99999999999"))
                .hasMessageContaining("too large");
        assertThatThrownBy(() -> CliArguments.parse("--out", "x", "--start", "2023-02-30"))
                .hasMessageContaining("needs a date");
        assertThatThrownBy(() -> CliArguments.parse("--out", "x", "--start", "2024-12-01"))
                .hasMessageContaining("at least 90 days after");
    }

    @Test
    void rejectsADistrictThatIsNotBundledNamingTheBundledOnes(@TempDir Path directory) {
        assertThat(run("--out", directory.resolve("d").toString(), "--district", "110101")).isEqualTo(2);
        assertThat(text(err)).contains("110101", "350203 思明区");
        assertThat(directory.resolve("d")).doesNotExist();
        assertThat(run("--out", "x", "--district", "35020")).isEqualTo(2);
        assertThat(text(err)).contains("6-digit");
    }

    @Test
    void theApiRejectsADistrictThatIsNotBundled(@TempDir Path directory) {
        DatasetGenerator generator = new DatasetGenerator(GeneratorSettings.defaults().withDistrict("440305"));
        assertThatThrownBy(() -> generator.writeTo(directory)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("district 440305 is not bundled");
    }

    @Test
    void printsUsageOnHelp() {
        assertThat(run("--help")).isZero();
        assertThat(text(out)).startsWith("usage: java -jar civichub-simulators-generator.jar --out DIR");
    }

    private int run(String... args) {
        return GeneratorCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
