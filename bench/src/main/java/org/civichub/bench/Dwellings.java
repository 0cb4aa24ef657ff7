package org.civichub.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Invented dwellings in real communities of 思明区, 厦门市 (12-digit statistical codes), and the home
 * counties floating residents' ID numbers come from.
 */
final class Dwellings {

    /** The area code of the district: the first six digits of a registered resident's ID number. */
    static final String DISTRICT_CODE = "350203";

    private static final String DISTRICT_TEXT = "福建省厦门市思明区";
    private static final String COMMUNITIES = "350203001001 鸿山 厦港街道,350203001015 巡司顶 厦港街道,"
            + "350203003003 镇海 中华街道,350203003018 中山 中华街道,350203005007 曾厝垵 滨海街道,"
            + "350203006004 大同 鹭江街道,350203006032 禾祥西 鹭江街道,350203007017 西边 开元街道,"
            + "350203007028 美湖 开元街道,350203008009 滨中 梧村街道,350203008014 金祥 梧村街道,"
            + "350203009007 西郭 筼筜街道,350203009033 屿后西 筼筜街道,350203010016 金鸡亭 莲前街道,"
            + "350203010026 瑞景 莲前街道,350203010030 洪文 莲前街道,350203011008 莲坂 嘉莲街道,"
            + "350203011051 龙山 嘉莲街道";
    private static final List<String> ORIGIN_COUNTIES = List.of("350123", "350322", "350524", "350583",
            "350623", "350627", "350802", "350821", "350824", "350825", "350429", "360702", "430182", "511321");
    private static final List<String> ROAD_SUFFIXES = List.of("路", "路", "路", "街", "里", "一路", "二路");

    /** A community: its code, the stem its roads are named after, and its street office. */
    record Community(String code, String stem, String street) {
    }

    /** A dwelling: the community, the address as a department writes it, and its parts. */
    record Dwelling(Community community, String text, String building, String unit, String room) {
    }

    private final List<Community> communities = new ArrayList<>();

    Dwellings() {
        for (String entry : COMMUNITIES.split(",")) {
            String[] parts = entry.split(" ");
            communities.add(new Community(parts[0], parts[1], parts[2]));
        }
    }

    /** A dwelling in a community chosen uniformly. */
    Dwelling draw(SplittableRandom random) {
        Community c = communities.get(random.nextInt(communities.size()));
        String road = c.stem() + ROAD_SUFFIXES.get(random.nextInt(ROAD_SUFFIXES.size()));
        int houseNumber = 1 + random.nextInt(299);
        int floors = houseNumber % 3 == 0 ? 18 : 7;
        String building = Integer.toString(1 + random.nextInt(24));
        String unit = Integer.toString(1 + random.nextInt(4));
        String room = Integer.toString((1 + random.nextInt(floors)) * 100 + 1 + random.nextInt(4));
        String text = DISTRICT_TEXT + c.street() + c.stem() + "社区" + road + houseNumber + "号" + building + "栋"
                + unit + "单元" + room + "室";
        return new Dwelling(c, text, building, unit, room);
    }

    /** The area code of a county floating residents come from. */
    String originCounty(SplittableRandom random) {
        return ORIGIN_COUNTIES.get(random.nextInt(ORIGIN_COUNTIES.size()));
    }
}
