package org.civichub.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.civichub.model.IdNumber;
import org.civichub.model.Pseudonyms;

/**
 * Generates resident documents: Chinese names with pinyin, unique valid 18-character ID numbers
 * (check character by {@link IdNumber#checkCharacter}), households, addresses in real communities,
 * and one to four departments as sources. The same seed always gives the same documents in the same
 * order. Not thread-safe.
 */
final class ResidentDocuments {

    /** A fixed, public key: benchmark resident ids need the hub's form, not secrecy. */
    private static final byte[] PSEUDONYM_KEY = "civichub-benchmark-key-not-a-secret".getBytes(StandardCharsets.US_ASCII);
    private static final String[] RELATIONS = {"配偶", "子", "女", "父亲", "母亲", "孙子", "孙女", "儿媳"};
    private static final Instant PERIOD_START = Instant.parse("2023-01-01T00:00:00Z");
    private static final int PERIOD_SECONDS = 2 * 365 * 24 * 3600;

    private final SplittableRandom random;
    private final ChineseNames names = new ChineseNames();
    private final Dwellings dwellings = new Dwellings();
    private final Pseudonyms pseudonyms = new Pseudonyms(PSEUDONYM_KEY);
    private final Set<String> issued = new HashSet<>();
    private Dwellings.Dwelling home;
    private String householdNo;
    private int households;

    ResidentDocuments(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The first {@code count} documents of the given seed. */
    static List<ResidentDocument> generate(int count, long seed) {
        ResidentDocuments generator = new ResidentDocuments(seed);
        List<ResidentDocument> documents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            documents.add(generator.next());
        }
        return documents;
    }

    ResidentDocument next() {
        boolean floating = random.nextInt(100) < 15;
        boolean head = household(floating);
        boolean male = random.nextBoolean();
        ChineseNames.Name name = names.draw(random, male);
        LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(94 * 365));
        String idNumber = idNumber(floating ? dwellings.originCounty(random) : Dwellings.DISTRICT_CODE, birth, male);
        Dwellings.Dwelling dwelling = floating ? dwellings.draw(random) : home;
        SortedMap<String, String> updated = updated(floating);
        List<String> departments = List.copyOf(updated.keySet());
        String sex = male ? "1" : "2";
        ResidentDocument.Stored stored = new ResidentDocument.Stored(random.nextInt(50) == 0 ? "畲族" : "汉族",
                floating ? null : head ? "户主" : RELATIONS[random.nextInt(RELATIONS.length)],
                new ResidentDocument.Dwelling(dwelling.building(), dwelling.unit(), dwelling.room()), updated);
        return new ResidentDocument(pseudonyms.residentId(new IdNumber(idNumber)), name.characters(),
                name.pinyinFull(), name.pinyinSpaced(), name.initials(), idNumber, prefixes(idNumber, 6),
                suffixes(idNumber, 4), sex, birth.toString(), floating ? null : householdNo,
                random.nextInt(100) < 97 ? "0" : "2", divisions(dwelling.community().code()),
                List.of(dwelling.text()), departments, tags(birth, floating, departments), stored);
    }

    /** Moves on to a new household about every third resident; true when this resident heads it. */
    private boolean household(boolean floating) {
        if (floating) {
            return false;
        }
        if (home == null || random.nextInt(100) < 35) {
            home = dwellings.draw(random);
            householdNo = home.community().code().substring(6, 9) + String.format("%07d", ++households);
            return true;
        }
        return false;
    }

    private String idNumber(String area, LocalDate birth, boolean male) {
        while (true) {
            int sequence = random.nextInt(499) * 2 + (male ? 1 : 2);
            String first17 = area + birth.toString().replace("-", "") + String.format("%03d", sequence);
            String idNumber = first17 + IdNumber.checkCharacter(first17);
            if (issued.add(idNumber)) {
                return idNumber;
            }
        }
    }

    /** Police always, labour for half, health for some registered residents, civil affairs for a few. */
    private SortedMap<String, String> updated(boolean floating) {
        SortedMap<String, String> updated = new TreeMap<>();
        if (random.nextInt(10) == 0) {
            updated.put("civil", time());
        }
        if (!floating && random.nextInt(10) < 3) {
            updated.put("health", time());
        }
        if (random.nextBoolean()) {
            updated.put("labour", time());
        }
        updated.put("police", time());
        return Collections.unmodifiableSortedMap(updated);
    }

    private String time() {
        return PERIOD_START.plusSeconds(random.nextInt(PERIOD_SECONDS)).toString();
    }

    private static List<String> tags(LocalDate birth, boolean floating, List<String> departments) {
        List<String> tags = new ArrayList<>(3);
        if (birth.getYear() < 1964) {
            tags.add("elderly-care");
        }
        if (floating) {
            tags.add("floating");
        }
        if (departments.contains("labour")) {
            tags.add("insured");
        }
        return tags;
    }

    private static List<String> prefixes(String s, int shortest) {
        List<String> out = new ArrayList<>(s.length());
        for (int n = shortest; n < s.length(); n++) {
            out.add(s.substring(0, n));
        }
        return out;
    }

    /** Every prefix of a division code from the province (2 digits) to the whole code, as the hub indexes them. */
    private static List<String> divisions(String code) {
        List<String> out = new ArrayList<>(prefixes(code, 2));
        out.add(code);
        return out;
    }

    private static List<String> suffixes(String s, int shortest) {
        List<String> out = new ArrayList<>(s.length());
        for (int n = shortest; n < s.length(); n++) {
            out.add(s.substring(s.length() - n));
        }
        return out;
    }
}
