package org.civichub.simulators.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The administrative divisions bundled with the generator (see {@code divisions/NOTICE.md}): the
 * districts a dataset can be generated for, and the counties people migrate from.
 */
final class DivisionCatalog {

    private static final String BASE = "divisions/";

    private DivisionCatalog() {
    }

    /**
     * The district with its communities.
     *
     * @throws IllegalArgumentException naming the bundled districts if {@code code} is not one of them
     */
    static District district(String code) {
        List<String> known = new ArrayList<>();
        for (String[] row : ResourceTable.rows(BASE + "districts.csv")) {
            if (row[0].equals(code)) {
                return new District(row[0], row[1], row[2], row[3], communitiesOf(code));
            }
            known.add(row[0] + " " + row[1]);
        }
        throw new IllegalArgumentException("district " + code + " is not bundled with the generator; bundled: "
                + String.join(", ", known));
    }

    static List<OriginCounty> originCounties() {
        List<OriginCounty> counties = new ArrayList<>();
        for (String[] row : ResourceTable.rows(BASE + "origin-counties.csv")) {
            counties.add(new OriginCounty(row[0], row[1], row[2], row[3], Double.parseDouble(row[4])));
        }
        return List.copyOf(counties);
    }

    private static List<Community> communitiesOf(String districtCode) {
        Map<String, String> streets = new HashMap<>();
        for (String[] row : ResourceTable.rows(BASE + "streets.csv")) {
            if (row[2].equals(districtCode)) {
                streets.put(row[0], row[1]);
            }
        }
        List<Community> communities = new ArrayList<>();
        for (String[] row : ResourceTable.rows(BASE + "communities.csv")) {
            String street = streets.get(row[2]);
            if (street != null) {
                communities.add(new Community(row[0], row[1], street));
            }
        }
        return communities;
    }
}
