package org.civichub.connector.generic;

/** The settings of the kind of source an instance reads: {@link CsvDropSettings} or {@link RestJsonSettings}. */
public sealed interface SourceSettings permits CsvDropSettings, RestJsonSettings {

    /** The kind as configured in {@code source.kind}. */
    String kind();
}
