package org.civichub.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of fact a community worker searches residents by. {@link #code()} is the stable name
 * used in queries ({@code ?tag=subsistence}) and documents; {@link #label()} is what a worker reads.
 */
public enum TagKind {
    SUBSISTENCE("subsistence", "低保"),
    EXTREME_POVERTY("extreme-poverty", "特困"),
    TEMPORARY_ASSISTANCE("temporary-assistance", "临时救助"),
    DISABILITY("disability", "残疾"),
    DECEASED("deceased", "死亡"),
    EMPLOYED("employed", "就业"),
    UNEMPLOYED("unemployed", "失业"),
    INSURED("insured", "参保"),
    ELDERLY_ALONE("elderly-alone", "独居老人"),
    ELDERLY_CARE("elderly-care", "养老服务"),
    NEWBORN("newborn", "新生儿"),
    PARENT("parent", "生育登记"),
    MARITAL("marital", "婚姻状况"),
    FLOATING("floating", "流动人口");

    private final String code;
    private final String label;

    TagKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<TagKind> ofCode(String code) {
        String s = code == null ? "" : code.strip();
        return Arrays.stream(values()).filter(k -> k.code.equals(s)).findFirst();
    }
}
