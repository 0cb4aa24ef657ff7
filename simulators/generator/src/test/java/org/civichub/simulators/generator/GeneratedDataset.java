package org.civichub.simulators.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The default 10,000-person dataset, generated once per test JVM under target/ and read back lazily,
 * shared by the tests that inspect a realistic dataset.
 */
final class GeneratedDataset {

    static final GeneratorSettings SETTINGS = GeneratorSettings.defaults();
    private static GeneratedDataset instance;

    final Path directory;
    final GenerationSummary summary;
    private final Map<DatasetFile, CsvTable> tables = new EnumMap<>(DatasetFile.class);

    private GeneratedDataset(Path directory, GenerationSummary summary) {
        this.directory = directory;
        this.summary = summary;
    }

    static synchronized GeneratedDataset defaults() {
        if (instance == null) {
            Path directory = Path.of("target", "test-datasets", "default-10k");
            try {
                instance = new GeneratedDataset(directory, new DatasetGenerator(SETTINGS).writeTo(directory));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    synchronized CsvTable table(DatasetFile file) {
        return tables.computeIfAbsent(file, f -> {
            try {
                return CsvTable.read(directory.resolve(f.relativePath()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
