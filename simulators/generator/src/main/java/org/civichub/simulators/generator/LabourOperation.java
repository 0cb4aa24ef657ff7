package org.civichub.simulators.generator;

/** The operation column CZLX of the labour exchange tables. */
enum LabourOperation {
    INSERT("I"), UPDATE("U"), DELETE("D");

    private final String code;

    LabourOperation(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }
}
