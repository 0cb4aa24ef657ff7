package org.civichub.resolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * A Fellegi–Sunter match model: the blocking keys to find candidates by, the comparators with their m and u
 * probabilities per agreement level, and the thresholds that turn a score into a {@link Decision}.
 *
 * <p>It is read from a properties map, as ConfigAdmin gives it from {@code etc/org.civichub.resolver.cfg}; values
 * may be strings (lists comma-separated), arrays or lists. {@link #defaults()} reads the shipped
 * {@code org/civichub/resolver/default-resolver.cfg}, which explains each value.
 * <pre>
 * blocking = id17, id-area-birth, birth-surname, pinyin-sex-year, pinyin-area-seq
 * blocking.maxBlock = 50
 * comparator.id.m = 0.975, 0.005, 0.01, 0.005, 0.005
 * comparator.id.u = 0.000001, 0.000000001, 0.0000005, 0.000002, 0.999996499
 * comparator.name.m = ...
 * threshold.link = 25
 * threshold.review = 12
 * </pre>
 * <ul>
 * <li>{@code blocking}: the {@link BlockingKey} kinds, by name ({@code id}, {@code id17}, {@code id-area-birth},
 * {@code birth-surname}, {@code pinyin-sex-year}, {@code pinyin-area-seq}).</li>
 * <li>{@code blocking.maxBlock}: the most records a block may hold for its key to be used (default 50); the
 * caller applies it.</li>
 * <li>{@code comparator.<name>.m} and {@code .u}: for every {@link FieldComparator} to use ({@code id},
 * {@code name}, {@code birthDate}, {@code sex}, {@code address}), one probability per level in the comparator's
 * level order: m = P(level | same person), u = P(level | different persons). Each is in (0, 1) and each list
 * sums to 1 within 0.001. A comparator without keys is not used.</li>
 * <li>{@code threshold.link} and {@code threshold.review}: review ≤ link.</li>
 * </ul>
 * A level weighs log2(m/u); a score is the sum over comparators of the weight of the observed level, a missing
 * value weighing 0. A score at or above {@code threshold.link} links, at or above {@code threshold.review}
 * goes to review, and below is a new person. Text after {@code " #"} in a value is a comment. Keys outside
 * {@code blocking*}, {@code comparator.*} and {@code threshold.*} (ConfigAdmin's own) are ignored.
 *
 * <p>{@link #parse} collects every problem and throws one {@link ResolverConfigException} naming them all. A
 * configuration that is well formed is still refused when it can never link (the highest possible score is
 * below {@code threshold.link}) or always links (the lowest possible score, or the score 0 of a pair with every
 * value missing, reaches it); the message writes out the sum term by term. Birth date and sex count only when
 * one side has no ID, so each extreme is the better (worse) of the sums with and without IDs.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MatchModel {

    /** The classpath resource, next to this class, that {@link #defaults()} reads. */
    public static final String DEFAULT_RESOURCE = "default-resolver.cfg";

    private final String source;
    private final List<BlockingKey> blocking;
    private final int maxBlock;
    private final List<FieldComparator> comparators;
    private final FieldComparator[] comparatorArray;
    private final double[][] m;
    private final double[][] u;
    private final double[][] weights;
    private final double link;
    private final double review;

    MatchModel(String source, List<BlockingKey> blocking, int maxBlock, List<FieldComparator> comparators,
               double[][] m, double[][] u, double link, double review) {
        this.source = source;
        this.blocking = List.copyOf(blocking);
        this.maxBlock = maxBlock;
        this.comparators = List.copyOf(comparators);
        this.comparatorArray = comparators.toArray(new FieldComparator[0]);
        this.m = deepCopy(m);
        this.u = deepCopy(u);
        this.weights = new double[m.length][];
        for (int c = 0; c < m.length; c++) {
            weights[c] = new double[m[c].length];
            for (int l = 0; l < m[c].length; l++) {
                weights[c][l] = Math.log(m[c][l] / u[c][l]) / Math.log(2);
            }
        }
        this.link = link;
        this.review = review;
    }

    /**
     * Reads a model from a configuration map.
     *
     * @param properties the configuration, e.g. from ConfigAdmin
     * @param source     the name of the configuration for messages, e.g. {@code etc/org.civichub.resolver.cfg}
     * @throws ResolverConfigException naming every problem found
     */
    public static MatchModel parse(Map<String, ?> properties, String source) {
        return MatchModelParser.parse(properties, source);
    }

    /** The shipped default model, read from {@link #DEFAULT_RESOURCE}. */
    public static MatchModel defaults() {
        return Defaults.MODEL;
    }

    /** The name of the configuration this model was read from. */
    public String source() {
        return source;
    }

    /** The blocking key kinds, in configuration order. */
    public List<BlockingKey> blocking() {
        return blocking;
    }

    /** The most records a block may hold for its key to be used. */
    public int maxBlock() {
        return maxBlock;
    }

    /** The comparators used, in the order of {@link FieldComparator}. */
    public List<FieldComparator> comparators() {
        return comparators;
    }

    /** The m probability of each level of the {@code index}-th comparator. */
    public double[] m(int index) {
        return m[index].clone();
    }

    /** The u probability of each level of the {@code index}-th comparator. */
    public double[] u(int index) {
        return u[index].clone();
    }

    /** The weight, log2(m/u), of a level of the {@code index}-th comparator; 0 for {@link FieldComparator#MISSING}. */
    public double weight(int index, int level) {
        return level == FieldComparator.MISSING ? 0 : weights[index][level];
    }

    public double linkThreshold() {
        return link;
    }

    public double reviewThreshold() {
        return review;
    }

    /** The blocking keys of the configured kinds that a prepared identity has. */
    public Set<String> keys(Prepared p) {
        return BlockingKey.keys(blocking, p);
    }

    /** The level each comparator sees in a pair, {@link FieldComparator#MISSING} where a side lacks the value. */
    public int[] compare(Prepared a, Prepared b) {
        int[] levels = new int[comparatorArray.length];
        for (int c = 0; c < levels.length; c++) {
            levels[c] = comparatorArray[c].compare(a, b);
        }
        return levels;
    }

    /** The score of a pair without its evidence: the sum of the weights of the levels seen. */
    public double total(Prepared a, Prepared b) {
        double total = 0;
        for (int c = 0; c < comparatorArray.length; c++) {
            total += weight(c, comparatorArray[c].compare(a, b));
        }
        return total;
    }

    /** The score of a pair with the evidence of every comparator and the decision. */
    public Score score(Prepared a, Prepared b) {
        List<Evidence> evidence = new ArrayList<>(comparatorArray.length);
        double total = 0;
        for (int c = 0; c < comparatorArray.length; c++) {
            int level = comparatorArray[c].compare(a, b);
            double w = weight(c, level);
            total += w;
            evidence.add(new Evidence(comparatorArray[c].configName(), comparatorArray[c].levelName(level), w));
        }
        return new Score(total, decide(total), evidence);
    }

    /** The decision the thresholds make of a score. */
    public Decision decide(double total) {
        return total >= link ? Decision.LINK : total >= review ? Decision.REVIEW : Decision.NEW;
    }

    /**
     * The highest score possible. Birth date and sex count only when one side has no ID (the ID encodes
     * them), so it is the better of two sums: with IDs on both sides (every comparator's best weight but
     * those two), and without (every best weight but the ID's).
     */
    public double maxScore() {
        return extremeScore(true, bestCase(true));
    }

    /** The lowest score possible when no value is missing, the worse of the same two sums of worst weights. */
    public double minScore() {
        return extremeScore(false, bestCase(false));
    }

    /** Whether the extreme is reached with IDs on both sides. */
    private boolean bestCase(boolean best) {
        double withIds = extremeScore(best, true);
        double without = extremeScore(best, false);
        return best ? withIds >= without : withIds <= without;
    }

    /** Whether a comparator counts when both sides have an ID ({@code withIds}) or not. */
    private static boolean counts(FieldComparator c, boolean withIds) {
        if (c == FieldComparator.ID) {
            return withIds;
        }
        return !withIds || c != FieldComparator.BIRTH_DATE && c != FieldComparator.SEX;
    }

    /** Why this model can never or would always link, with the arithmetic; empty when neither. */
    List<String> refusals() {
        List<String> problems = new ArrayList<>(2);
        if (maxScore() < link) {
            problems.add(String.format(Locale.ROOT, "threshold.link: can never link: the highest possible score, "
                    + "%s, is below threshold.link = %s", sum(true, bestCase(true)), number(link)));
        }
        if (minScore() >= link) {
            problems.add(String.format(Locale.ROOT, "threshold.link: always links: the lowest possible score, every "
                    + "value disagreeing, %s, is at or above threshold.link = %s", sum(false, bestCase(false)),
                    number(link)));
        }
        if (link <= 0) {
            problems.add(String.format(Locale.ROOT, "threshold.link: always links: a pair with every value missing "
                    + "scores 0, at or above threshold.link = %s", number(link)));
        }
        return problems;
    }

    /** A number as messages and configuration lines write it: at most 2 decimals for weights. */
    static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private String sum(boolean best, boolean withIds) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < comparatorArray.length; c++) {
            if (!counts(comparatorArray[c], withIds)) {
                continue;
            }
            int level = extremeLevel(c, best);
            if (sb.length() > 0) {
                sb.append(" + ");
            }
            sb.append(comparatorArray[c].configName()).append(' ').append(comparatorArray[c].levelName(level))
                    .append(' ').append(number(weights[c][level]));
        }
        return sb.append(" = ").append(number(extremeScore(best, withIds))).toString();
    }

    private double extremeScore(boolean best, boolean withIds) {
        double total = 0;
        for (int c = 0; c < comparatorArray.length; c++) {
            if (counts(comparatorArray[c], withIds)) {
                total += weights[c][extremeLevel(c, best)];
            }
        }
        return total;
    }

    private int extremeLevel(int c, boolean best) {
        int chosen = 0;
        for (int l = 1; l < weights[c].length; l++) {
            if (best ? weights[c][l] > weights[c][chosen] : weights[c][l] < weights[c][chosen]) {
                chosen = l;
            }
        }
        return chosen;
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] copy = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            copy[i] = a[i].clone();
        }
        return copy;
    }

    @Override
    public String toString() {
        return "MatchModel[" + source + ", " + comparators + ", link " + link + ", review " + review + "]";
    }

    private static final class Defaults {
        static final MatchModel MODEL = load();

        private static MatchModel load() {
            Properties p = new Properties();
            try (InputStream in = MatchModel.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
                }
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            @SuppressWarnings({"unchecked", "rawtypes"})
            Map<String, ?> map = Collections.unmodifiableMap((Map) p);
            return parse(map, "org/civichub/resolver/" + DEFAULT_RESOURCE);
        }
    }
}
