package org.civichub.simulators.generator;

/** One row of one dataset file being filled in by column name; every column must be set once. */
final class Row {

    private final DatasetFile file;
    private final String[] values;

    Row(DatasetFile file) {
        this.file = file;
        this.values = new String[file.columns().size()];
    }

    DatasetFile file() {
        return file;
    }

    Row set(String column, String value) {
        values[file.indexOf(column)] = value == null ? "" : value;
        return this;
    }

    Row set(String column, int value) {
        return set(column, Integer.toString(value));
    }

    /** A copy to change for the next version of the same record. */
    Row copy() {
        Row copy = new Row(file);
        System.arraycopy(values, 0, copy.values, 0, values.length);
        return copy;
    }

    String get(String column) {
        return values[file.indexOf(column)];
    }

    String[] values() {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                throw new IllegalStateException(file.relativePath() + " row lacks " + file.columns().get(i));
            }
        }
        return values.clone();
    }
}
