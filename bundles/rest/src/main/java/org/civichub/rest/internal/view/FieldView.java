package org.civichub.rest.internal.view;

/** A value of a resident with the source it was taken from. */
public record FieldView<T>(T value, SourceView source) {
}
