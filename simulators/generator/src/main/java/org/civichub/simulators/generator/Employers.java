package org.civichub.simulators.generator;

import java.util.ArrayList;
import java.util.List;

/** Invents company names in the local style, e.g. 厦门鹭信科技有限公司. */
final class Employers {

    private final String cityPrefix;
    private final List<String> stems = new ArrayList<>();
    private final List<String> trades = new ArrayList<>();

    Employers(District district) {
        String city = district.city();
        this.cityPrefix = city.endsWith("市") ? city.substring(0, city.length() - 1) : city;
        for (String[] row : ResourceTable.rows("names/company-words.csv")) {
            (row[0].equals("stem") ? stems : trades).add(row[1]);
        }
    }

    String name(Dice dice) {
        return cityPrefix + dice.pick(stems) + dice.pick(stems) + dice.pick(trades) + "有限公司";
    }
}
