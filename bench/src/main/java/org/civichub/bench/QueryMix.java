package org.civichub.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civichub.bench.SearchQuery.Kind;

/**
 * The searches community workers make, drawn from residents actually in the index, each kind with
 * its share ({@link Kind#weight()}): a resident's name in characters ({@code 张伟}), its full pinyin
 * ({@code zhangwei}), its initials ({@code zw}), the last 4 to 6 characters of the ID number, the
 * road and house number of one of the addresses ({@code 大同路123号}), or an active tag kind that
 * workers look after ({@code floating}, {@code elderly-alone}, ...) alone or with the name. Each
 * search is made from a resident chosen at random among those that have what it needs; a kind no
 * resident of the sample can give is left out and the others keep their proportions. The seed
 * fixes the whole sequence.
 */
final class QueryMix {

    /** The tag kinds a community worker lists or filters residents by. */
    static final Set<String> WORKER_TAGS = Set.of("floating", "elderly-alone", "elderly-care", "subsistence",
            "extreme-poverty", "temporary-assistance", "disability", "unemployed", "newborn");

    /** A house number on a road: the Chinese text before the number, and the number with 号. */
    private static final Pattern HOUSE = Pattern.compile("(\\p{IsHan}+)(\\d{1,5}号)");
    /** What comes before a road in an address: the province, city, district, street and community. */
    private static final Pattern BEFORE_ROAD = Pattern.compile(".*(?:省|市|区|县|街道|镇|乡|社区)");

    private QueryMix() {
    }

    /**
     * {@code count} searches made from the sample.
     *
     * @throws IllegalArgumentException when no resident of the sample gives any kind of search
     */
    static List<SearchQuery> build(List<SampleResident> sample, int count, long seed) {
        Map<Kind, List<SampleResident>> candidates = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            List<SampleResident> can = sample.stream().filter(r -> gives(kind, r)).toList();
            if (!can.isEmpty()) {
                candidates.put(kind, can);
            }
        }
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no resident of the sample has a name, ID number, address or tag to search for");
        }
        int totalWeight = candidates.keySet().stream().mapToInt(Kind::weight).sum();
        SplittableRandom random = new SplittableRandom(seed);
        List<SearchQuery> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Kind kind = pick(candidates.keySet(), random.nextInt(totalWeight));
            List<SampleResident> can = candidates.get(kind);
            out.add(query(kind, can.get(random.nextInt(can.size())), random));
        }
        return List.copyOf(out);
    }

    private static Kind pick(Set<Kind> kinds, int target) {
        for (Kind kind : kinds) {
            target -= kind.weight();
            if (target < 0) {
                return kind;
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    /** Whether the resident has what a search of the kind is made from. */
    static boolean gives(Kind kind, SampleResident r) {
        return switch (kind) {
            case NAME -> r.name() != null;
            case PINYIN -> r.namePinyin() != null && r.namePinyin().matches("[a-z]+");
            case INITIALS -> r.nameInitials() != null && r.nameInitials().matches("[a-z]+");
            case ID_SUFFIX -> r.idNumber() != null && r.idNumber().length() >= 15;
            case ADDRESS -> r.addressText().stream().anyMatch(a -> roadAndNumber(a) != null);
            case TAG -> !workerTags(r).isEmpty();
        };
    }

    private static SearchQuery query(Kind kind, SampleResident r, SplittableRandom random) {
        return switch (kind) {
            case NAME -> new SearchQuery(kind, r.name(), null);
            case PINYIN -> new SearchQuery(kind, r.namePinyin(), null);
            case INITIALS -> new SearchQuery(kind, r.nameInitials(), null);
            case ID_SUFFIX -> new SearchQuery(kind, r.idNumber().substring(r.idNumber().length() - 4 - random.nextInt(3)),
                    null);
            case ADDRESS -> {
                List<String> fragments = r.addressText().stream().map(QueryMix::roadAndNumber)
                        .filter(f -> f != null).toList();
                yield new SearchQuery(kind, fragments.get(random.nextInt(fragments.size())), null);
            }
            case TAG -> {
                List<String> tags = workerTags(r);
                String tag = tags.get(random.nextInt(tags.size()));
                yield new SearchQuery(kind, r.name() != null && random.nextBoolean() ? r.name() : null, tag);
            }
        };
    }

    /** The resident's active tag kinds that workers look after, in the order indexed (sorted). */
    private static List<String> workerTags(SampleResident r) {
        return r.tags().stream().filter(WORKER_TAGS::contains).toList();
    }

    /**
     * The road and house number of an address as the hub indexes it ({@code 大同路123号} from
     * {@code 福建省厦门市思明区鹭江街道大同社区大同路123号5栋2单元301室} or {@code 思明区大同路123号5-2-301}),
     * or {@code null} when it has no house number after a road name.
     */
    static String roadAndNumber(String address) {
        Matcher house = HOUSE.matcher(address);
        if (!house.find()) {
            return null;
        }
        Matcher before = BEFORE_ROAD.matcher(house.group(1));
        String road = before.lookingAt() ? house.group(1).substring(before.end()) : house.group(1);
        return road.length() < 2 ? null : road + house.group(2);
    }

    /**
     * {@code # query mix (N searches): name=35.0% pinyin=15.1% …} with the shares actually drawn,
     * and a line with an example of each kind.
     */
    static List<String> describe(List<SearchQuery> queries) {
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        Map<Kind, SearchQuery> examples = new EnumMap<>(Kind.class);
        for (SearchQuery q : queries) {
            counts.merge(q.kind(), 1, Integer::sum);
            examples.putIfAbsent(q.kind(), q);
        }
        StringJoiner mix = new StringJoiner(" ", "# query mix (" + queries.size() + " searches, cycled): ", "");
        StringJoiner seen = new StringJoiner(", ", "# e.g. ", "");
        for (Kind kind : Kind.values()) {
            int n = counts.getOrDefault(kind, 0);
            mix.add(String.format(Locale.ROOT, "%s=%.1f%%", kind.label(), queries.isEmpty() ? 0 : 100.0 * n / queries.size()));
            if (examples.containsKey(kind)) {
                seen.add(kind.label() + " " + examples.get(kind).describe());
            }
        }
        return List.of(mix.toString(), seen.toString());
    }
}
