package org.civichub.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civichub.model.IdNumber;
import org.civichub.simulators.generator.DatasetGenerator;
import org.civichub.simulators.generator.GeneratorSettings;
import org.civichub.simulators.police.PoliceSimulator;
import org.civichub.simulators.police.PoliceSimulatorSettings;

/**
 * What the integration tests run against, set up in the test driver's JVM before the container
 * starts: a generated dataset, the police simulator serving it, and the facts the tests check.
 */
final class ItEnvironment {

    private static ItEnvironment instance;

    final Path dataset;
    final PoliceSimulator police;
    final int policeRecords;
    final String knownName;
    final String knownIdNumber;
    final int restPort;

    private ItEnvironment(Path dataset) throws IOException {
        this.dataset = dataset;
        this.police = PoliceSimulator.start(PoliceSimulatorSettings.load(dataset));
        police.setClockToEnd();
        List<String> persons = Files.readAllLines(dataset.resolve("police/person.csv"), StandardCharsets.UTF_8);
        List<String> floating = Files.exists(dataset.resolve("police/floating.csv"))
                ? Files.readAllLines(dataset.resolve("police/floating.csv"), StandardCharsets.UTF_8) : List.of();
        this.policeRecords = persons.size() - 1 + Math.max(0, floating.size() - 1);
        String[] known = knownPerson(persons);
        this.knownIdNumber = known[0];
        this.knownName = known[1];
        this.restPort = freePort();
    }

    static synchronized ItEnvironment get() {
        if (instance == null) {
            try {
                Path dir = Files.createTempDirectory("civichub-it-dataset");
                new DatasetGenerator(GeneratorSettings.defaults().withPersons(300).withSeed(7)).writeTo(dir);
                instance = new ItEnvironment(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** A registered resident whose record has one version, a valid ID and a plain name. */
    private static String[] knownPerson(List<String> lines) {
        List<String> header = List.of(lines.get(0).split(",", -1));
        int id = header.indexOf("GMSFHM");
        int name = header.indexOf("XM");
        int birth = header.indexOf("CSRQ");
        int status = header.indexOf("RYZT");
        java.util.Map<String, Integer> versions = new java.util.HashMap<>();
        lines.stream().skip(1).forEach(l -> versions.merge(l.split(",", -1)[id], 1, Integer::sum));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (f.length == header.size() && versions.get(f[id]) == 1 && f[id].length() == 18
                    && f[name].matches("[\\u4e00-\\u9fa5]{2,3}") && f[id].substring(6, 14).equals(f[birth])
                    && "0".equals(f[status])) {
                try {
                    return new String[] {IdNumber.parse(f[id]).value(), f[name]};
                } catch (IllegalArgumentException e) {
                    // a deliberately broken ID: try the next person
                }
            }
        }
        throw new IllegalStateException("the generated dataset has no plain resident to look for");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
