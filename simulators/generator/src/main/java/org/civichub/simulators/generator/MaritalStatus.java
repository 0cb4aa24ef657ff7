package org.civichub.simulators.generator;

/** Marital status as the health department writes it. */
enum MaritalStatus {
    UNMARRIED("未婚"), MARRIED("已婚"), DIVORCED("离异"), WIDOWED("丧偶");

    private final String label;

    MaritalStatus(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
