package org.civichub.simulators.generator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What to generate: how many persons, from which seed, for which district and over which period.
 * Update times of all records fall between {@code start} 00:00:00 and {@code end} 23:59:59.
 *
 * @param persons  distinct persons, registered residents (including babies born in the period) plus
 *                 floating population; 1 to {@value #MAX_PERSONS}
 * @param seed     the only source of variation: equal settings give byte-identical files
 * @param district 6-digit code of a district bundled with the generator
 * @param start    first day of the period
 * @param end      last day of the period, at least {@value #MIN_PERIOD_DAYS} days after {@code start}
 * @param mess     the rates of deliberate flaws
 */
public record GeneratorSettings(int persons, long seed, String district, LocalDate start, LocalDate end,
                                MessRates mess) {

    public static final int MAX_PERSONS = 10_000_000;
    public static final int MIN_PERIOD_DAYS = 90;

    public GeneratorSettings {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(mess, "mess");
        if (persons < 1 || persons > MAX_PERSONS) {
            throw new IllegalArgumentException("persons must be between 1 and " + MAX_PERSONS + ": " + persons);
        }
        if (!district.matches("\\d{6}")) {
            throw new IllegalArgumentException("district must be a 6-digit code: " + district);
        }
        if (ChronoUnit.DAYS.between(start, end) < MIN_PERIOD_DAYS) {
            throw new IllegalArgumentException("end (" + end + ") must be at least " + MIN_PERIOD_DAYS
                    + " days after start (" + start + ")");
        }
    }

    /** 10,000 persons, seed 42, 思明区 (350203), 2023-01-01 to 2024-12-31, default flaw rates. */
    public static GeneratorSettings defaults() {
        return new GeneratorSettings(10_000, 42, "350203", LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31),
                MessRates.defaults());
    }

    public GeneratorSettings withPersons(int value) {
        return new GeneratorSettings(value, seed, district, start, end, mess);
    }

    public GeneratorSettings withSeed(long value) {
        return new GeneratorSettings(persons, value, district, start, end, mess);
    }

    public GeneratorSettings withDistrict(String value) {
        return new GeneratorSettings(persons, seed, value, start, end, mess);
    }

    public GeneratorSettings withPeriod(LocalDate from, LocalDate to) {
        return new GeneratorSettings(persons, seed, district, from, to, mess);
    }

    public GeneratorSettings withMess(MessRates value) {
        return new GeneratorSettings(persons, seed, district, start, end, value);
    }
}
