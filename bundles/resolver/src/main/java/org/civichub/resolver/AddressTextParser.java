package org.civichub.resolver;

import java.util.ArrayList;
import java.util.List;
import org.civichub.textzh.ChineseText;

/**
 * Reads road, house number, building, unit and room from an address text.
 *
 * <p>The text is normalized ({@link ChineseText#normalizeAddress}) and stripped of spaces. The house number is
 * the first digit run followed by 号 (not 号楼). Before it, administrative units are dropped from the left in
 * their order (省, 市, 区/县, 街道/镇/乡, 社区/居委会): a marker counts only when it ends a non-empty name, comes
 * below the unit before it and leaves at least two characters for the road, so that 思明区镇海路 keeps 镇海路 and
 * 思明区市场路 keeps 市场路. After the number, 栋/幢/座/号楼, 单元 and 室/房/户 label the numbers; unlabelled ones
 * ({@code 5-2-301}, {@code 301}) fill the remaining places, the last one being the room.
 */
final class AddressTextParser {

    private static final String[] MARKERS = {
        "居民委员会", "村民委员会", "街道办事处", "社区居委会", "自治区", "自治州", "自治县", "居委会", "村委会",
        "街道", "社区", "地区", "省", "市", "区", "县", "镇", "乡"};
    private static final int[] LEVELS = {5, 5, 4, 5, 1, 2, 3, 5, 5, 4, 5, 2, 1, 2, 3, 3, 4, 4};
    private static final AddressParts EMPTY = new AddressParts(null, null, null, null, null, null);

    private static final int BUILDING = 0;
    private static final int UNIT = 1;
    private static final int ROOM = 2;

    private AddressTextParser() {
    }

    static AddressParts parse(String text) {
        if (text == null) {
            return EMPTY;
        }
        String s = withoutSpaces(ChineseText.normalizeAddress(text));
        int n = s.length();
        for (int i = 0; i < n; ) {
            if (!isDigit(s.charAt(i))) {
                i++;
                continue;
            }
            int j = digitRunEnd(s, i);
            if (j < n && s.charAt(j) == '号' && !(j + 1 < n && s.charAt(j + 1) == '楼')) {
                String road = road(s.substring(0, i));
                String[] places = places(s.substring(j + 1), false);
                return new AddressParts(null, road.isEmpty() ? null : road, digits(s.substring(i, j)),
                        places[BUILDING], places[UNIT], places[ROOM]);
            }
            i = j;
        }
        String[] places = places(s, true);
        return new AddressParts(null, null, null, places[BUILDING], places[UNIT], places[ROOM]);
    }

    /** The digits of {@code s} without leading zeros, or {@code null} when it holds no digit. */
    static String digits(String s) {
        if (s == null) {
            return null;
        }
        String half = ChineseText.toHalfWidth(s);
        StringBuilder sb = new StringBuilder(half.length());
        for (int i = 0; i < half.length(); i++) {
            if (isDigit(half.charAt(i))) {
                sb.append(half.charAt(i));
            }
        }
        if (sb.length() == 0) {
            return null;
        }
        int zeros = 0;
        while (zeros < sb.length() - 1 && sb.charAt(zeros) == '0') {
            zeros++;
        }
        return sb.substring(zeros);
    }

    private static String road(String before) {
        int start = 0;
        int level = 0;
        // A marker is looked for from one character past the last unit, so that it ends a non-empty name.
        for (int i = 1; i < before.length(); i++) {
            for (int k = 0; k < MARKERS.length; k++) {
                String marker = MARKERS[k];
                int end = i + marker.length();
                if (LEVELS[k] > level && before.startsWith(marker, i) && before.length() - end >= 2) {
                    start = end;
                    level = LEVELS[k];
                    i = end;
                    break;
                }
            }
        }
        return before.substring(start);
    }

    private static String[] places(String rest, boolean labelledOnly) {
        String[] places = new String[3];
        List<String> unlabelled = new ArrayList<>(3);
        int n = rest.length();
        for (int i = 0; i < n; ) {
            if (!isDigit(rest.charAt(i))) {
                i++;
                continue;
            }
            int j = digitRunEnd(rest, i);
            int k = j;
            while (k < n && !isDigit(rest.charAt(k))) {
                k++;
            }
            String number = digits(rest.substring(i, j));
            String label = rest.substring(j, k);
            int place = place(label);
            if (place >= 0) {
                places[place] = number;
            } else if (!labelledOnly && (label.isEmpty() || label.charAt(0) == '-')) {
                unlabelled.add(number);
            }
            i = k;
        }
        List<Integer> free = new ArrayList<>(3);
        for (int p = BUILDING; p <= ROOM; p++) {
            if (places[p] == null) {
                free.add(p);
            }
        }
        if (!unlabelled.isEmpty() && unlabelled.size() < free.size()) {
            places[free.remove(free.size() - 1)] = unlabelled.remove(unlabelled.size() - 1);
        }
        for (int u = 0; u < unlabelled.size() && u < free.size(); u++) {
            places[free.get(u)] = unlabelled.get(u);
        }
        return places;
    }

    private static int place(String label) {
        if (label.startsWith("栋") || label.startsWith("幢") || label.startsWith("座") || label.startsWith("号楼")) {
            return BUILDING;
        }
        if (label.startsWith("单元")) {
            return UNIT;
        }
        if (label.startsWith("室") || label.startsWith("房") || label.startsWith("户")) {
            return ROOM;
        }
        return -1;
    }

    private static String withoutSpaces(String s) {
        return s.indexOf(' ') < 0 ? s : s.replace(" ", "");
    }

    private static int digitRunEnd(String s, int i) {
        int j = i;
        while (j < s.length() && isDigit(s.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
