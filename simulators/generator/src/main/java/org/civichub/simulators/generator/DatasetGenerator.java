package org.civichub.simulators.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a complete dataset directory (the format of the department contracts: police, health,
 * civil and labour files plus truth.csv) for the given settings.
 *
 * <p>The output depends on the settings alone: equal settings give byte-identical files, on any
 * machine and at any time. Rows are streamed as they are generated, one household at a time, so
 * memory does not grow with the number of persons. Within a file, the versions of one record are
 * adjacent and in increasing time order; records are in generation order, not in time order.
 * Existing files in the directory are overwritten.
 */
public final class DatasetGenerator {

    private static final int PERSONS_PER_COMMUNITY = 2000;
    private static final int MIN_COMMUNITIES = 3;
    /** How many units of each flaw the dataset has, next to truth.csv. */
    public static final String FLAWS = "flaws.csv";
    /** The hub's grid file for the dataset's district: division names and each community's grids. */
    public static final String GRIDS = "grids.csv";

    private final GeneratorSettings settings;

    public DatasetGenerator(GeneratorSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Generates the dataset into {@code directory}, creating it if needed: the department files,
     * truth.csv, {@value #FLAWS} and the hub's grid file {@value #GRIDS}.
     *
     * @throws IllegalArgumentException if the district is not bundled with the generator
     * @throws IOException              if a file cannot be written
     */
    public GenerationSummary writeTo(Path directory) throws IOException {
        long started = System.nanoTime();
        District district = DivisionCatalog.district(settings.district());
        Dice dice = new Dice(settings.seed());
        Timeline timeline = new Timeline(settings.start(), settings.end());
        MessCounter counter = new MessCounter(settings.mess(), dice);
        Messer messer = new Messer(counter, dice);
        AddressBook addresses = new AddressBook(district, communities(district, settings.persons(), dice));
        NameBook names = new NameBook();
        AgePyramid ages = new AgePyramid();
        PersonMaker maker = new PersonMaker(names, DivisionCatalog.originCounties(), district.code(), settings.start(),
                dice);
        HouseholdComposer households = new HouseholdComposer(new KinMaker(maker, ages, settings.start(), dice), names,
                new FateDecider(timeline, messer, dice), addresses, timeline, messer, dice);
        Population population = new Population(households, new FloatingComposer(maker, ages, addresses, timeline, dice),
                settings.persons());
        Map<DatasetFile, Long> rows;
        try (DatasetSink sink = new DatasetSink(directory)) {
            Departments departments = new Departments(new RecordContext(sink, messer, timeline, district, dice));
            population.generate(departments::write);
            rows = sink.rowCounts();
        }
        writeFlaws(directory.resolve(FLAWS), counter.tallies());
        java.nio.file.Files.writeString(directory.resolve(GRIDS), addresses.gridFile(), java.nio.charset.StandardCharsets.UTF_8);
        return new GenerationSummary(directory, settings.persons(), population.households(),
                population.floatingPersons(), addresses.communities().size(), population.births(), population.deaths(),
                rows, counter.tallies(), Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Writes how many units of each flaw were eligible and how many got it ({@code flaw,eligible,applied}),
     * the truth against which the hub's findings and conflicts are measured.
     */
    private static void writeFlaws(Path file, Map<MessKind, MessTally> tallies) throws IOException {
        StringBuilder out = new StringBuilder("flaw,eligible,applied\n");
        tallies.forEach((kind, t) -> out.append(kind.name()).append(',').append(t.eligible()).append(',').append(t.applied()).append('\n'));
        java.nio.file.Files.writeString(file, out, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The communities a dataset covers: about one per 2,000 persons, at least three, chosen by the seed. */
    private static List<Community> communities(District district, int persons, Dice dice) {
        List<Community> pool = new ArrayList<>(district.communities());
        int wanted = Math.min(pool.size(),
                Math.max(MIN_COMMUNITIES, (persons + PERSONS_PER_COMMUNITY - 1) / PERSONS_PER_COMMUNITY));
        List<Community> chosen = new ArrayList<>();
        while (chosen.size() < wanted) {
            chosen.add(pool.remove(dice.between(0, pool.size() - 1)));
        }
        chosen.sort(Comparator.comparing(Community::code));
        return chosen;
    }
}
