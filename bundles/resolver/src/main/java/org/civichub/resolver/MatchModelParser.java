package org.civichub.resolver;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads a {@link MatchModel} from a configuration map, collecting every problem before refusing it. */
final class MatchModelParser {

    private static final Pattern COMMENT = Pattern.compile("\\s+#.*$", Pattern.DOTALL);
    private static final double SUM_TOLERANCE = 0.001;
    private static final int DEFAULT_MAX_BLOCK = 50;

    private final String source;
    private final List<String> problems = new ArrayList<>();
    private final Set<BlockingKey> blocking = new LinkedHashSet<>();
    private final Map<FieldComparator, double[]> ms = new EnumMap<>(FieldComparator.class);
    private final Map<FieldComparator, double[]> us = new EnumMap<>(FieldComparator.class);
    private final Set<FieldComparator> named = new LinkedHashSet<>();
    private boolean blockingGiven;
    private int maxBlock = DEFAULT_MAX_BLOCK;
    private Double link;
    private Double review;

    private MatchModelParser(String source) {
        this.source = source;
    }

    static MatchModel parse(Map<String, ?> properties, String source) {
        MatchModelParser parser = new MatchModelParser(source);
        new TreeMap<String, Object>(properties).forEach(parser::read);
        MatchModel model = parser.build();
        List<String> refusals = model.refusals();
        if (!refusals.isEmpty()) {
            throw new ResolverConfigException(source, refusals);
        }
        return model;
    }

    private void read(String key, Object value) {
        List<String> values = values(value);
        if (key.equals("blocking")) {
            blockingGiven = true;
            for (String v : values) {
                BlockingKey.byName(v).ifPresentOrElse(blocking::add, () -> problems.add(key + ": unknown key kind '"
                        + v + "' (known: " + names(BlockingKey.values(), BlockingKey::configName) + ")"));
            }
        } else if (key.equals("blocking.maxBlock")) {
            Double n = number(key, values);
            if (n != null && (n < 1 || n != Math.rint(n))) {
                problems.add(key + ": " + values.get(0) + " is not a whole number of at least 1");
            } else if (n != null) {
                maxBlock = n.intValue();
            }
        } else if (key.equals("threshold.link")) {
            link = number(key, values);
        } else if (key.equals("threshold.review")) {
            review = number(key, values);
        } else if (key.startsWith("comparator.")) {
            readComparator(key, values);
        } else if (key.startsWith("blocking.") || key.startsWith("threshold.")) {
            problems.add(key + ": unknown key");
        }
    }

    private void readComparator(String key, List<String> values) {
        String rest = key.substring("comparator.".length());
        int dot = rest.lastIndexOf('.');
        String name = dot < 0 ? rest : rest.substring(0, dot);
        String part = dot < 0 ? "" : rest.substring(dot + 1);
        FieldComparator comparator = FieldComparator.byName(name).orElse(null);
        if (comparator == null) {
            problems.add(key + ": unknown comparator '" + name + "' (known: "
                    + names(FieldComparator.values(), FieldComparator::configName) + ")");
            return;
        }
        if (!part.equals("m") && !part.equals("u")) {
            problems.add(key + ": unknown key; a comparator has comparator." + name + ".m and comparator." + name
                    + ".u");
            return;
        }
        named.add(comparator);
        double[] probabilities = probabilities(key, comparator, values);
        if (probabilities != null) {
            (part.equals("m") ? ms : us).put(comparator, probabilities);
        }
    }

    private double[] probabilities(String key, FieldComparator comparator, List<String> values) {
        int expected = comparator.levels().size();
        if (values.size() != expected) {
            problems.add(key + ": " + values.size() + (values.size() == 1 ? " value" : " values") + " given, expected "
                    + expected + ", one per level: " + String.join(", ", comparator.levels()));
            return null;
        }
        double[] p = new double[expected];
        boolean ok = true;
        for (int i = 0; i < expected; i++) {
            try {
                p[i] = Double.parseDouble(values.get(i));
            } catch (NumberFormatException e) {
                problems.add(key + ": '" + values.get(i) + "' is not a number");
                ok = false;
                continue;
            }
            if (!(p[i] > 0 && p[i] < 1)) {
                problems.add(key + ": " + values.get(i) + " (" + comparator.levels().get(i)
                        + ") is not a probability in (0, 1)");
                ok = false;
            }
        }
        double sum = Arrays.stream(p).sum();
        if (ok && Math.abs(sum - 1) > SUM_TOLERANCE) {
            problems.add(key + ": the values sum to " + (float) sum + ", not 1 (within " + SUM_TOLERANCE + ")");
            ok = false;
        }
        return ok ? p : null;
    }

    private MatchModel build() {
        if (!blockingGiven) {
            problems.add("blocking: missing; name at least one key kind ("
                    + names(BlockingKey.values(), BlockingKey::configName) + ")");
        } else if (blocking.isEmpty() && problems.stream().noneMatch(p -> p.startsWith("blocking:"))) {
            problems.add("blocking: empty; name at least one key kind");
        }
        if (named.isEmpty() && problems.stream().noneMatch(p -> p.startsWith("comparator."))) {
            problems.add("comparator.*: none configured; give comparator.<name>.m and .u for at least one of "
                    + names(FieldComparator.values(), FieldComparator::configName));
        }
        for (FieldComparator c : named) {
            String prefix = "comparator." + c.configName();
            if (!ms.containsKey(c) && !problemFor(prefix + ".m")) {
                problems.add(prefix + ".m: missing (" + prefix + ".u is given)");
            }
            if (!us.containsKey(c) && !problemFor(prefix + ".u")) {
                problems.add(prefix + ".u: missing (" + prefix + ".m is given)");
            }
        }
        if (link == null && !problemFor("threshold.link")) {
            problems.add("threshold.link: missing");
        }
        if (review == null && !problemFor("threshold.review")) {
            problems.add("threshold.review: missing");
        }
        if (link != null && review != null && review > link) {
            problems.add("threshold.review: " + review + " is above threshold.link " + link);
        }
        if (!problems.isEmpty()) {
            throw new ResolverConfigException(source, problems);
        }
        List<FieldComparator> comparators = new ArrayList<>(named);
        comparators.sort(null);
        double[][] m = comparators.stream().map(ms::get).toArray(double[][]::new);
        double[][] u = comparators.stream().map(us::get).toArray(double[][]::new);
        return new MatchModel(source, new ArrayList<>(blocking), maxBlock, comparators, m, u, link, review);
    }

    private boolean problemFor(String key) {
        return problems.stream().anyMatch(p -> p.startsWith(key + ":"));
    }

    private Double number(String key, List<String> values) {
        if (values.size() != 1) {
            problems.add(key + ": expected one number, given " + values.size() + " values");
            return null;
        }
        try {
            double d = Double.parseDouble(values.get(0));
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(key + ": '" + values.get(0) + "' is not a number");
        return null;
    }

    /** The items of a value: a string split at commas, or the items of an array or collection. */
    private static List<String> values(Object value) {
        List<String> items = new ArrayList<>();
        if (value == null) {
            return items;
        }
        if (value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                split(String.valueOf(Array.get(value, i)), items);
            }
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(v -> split(String.valueOf(v), items));
        } else {
            split(value.toString(), items);
        }
        return items;
    }

    private static void split(String s, List<String> into) {
        for (String item : COMMENT.matcher(s).replaceFirst("").split(",")) {
            String trimmed = item.strip();
            if (!trimmed.isEmpty()) {
                into.add(trimmed);
            }
        }
    }

    private static <T> String names(T[] values, Function<T, String> name) {
        return Arrays.stream(values).map(name).collect(Collectors.joining(", "));
    }
}
