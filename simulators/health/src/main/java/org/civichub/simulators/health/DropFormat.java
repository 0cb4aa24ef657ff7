package org.civichub.simulators.health;

/** The two file formats of the drop folder. */
public enum DropFormat {
    /** GBK-encoded RFC 4180 CSV with a header row. */
    CSV("csv"),
    /** An Office Open XML workbook: one sheet, a header row, every cell a string. */
    XLSX("xlsx");

    private final String extension;

    DropFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
