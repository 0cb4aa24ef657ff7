package org.civichub.store.elasticsearch.internal.document;

import java.util.function.Function;
import org.civichub.model.Sourced;

/** The stored form of a {@link Sourced} value, with the value in its stored form. */
public record SourcedDoc<T>(T value, ProvenanceDoc source) {

    /** The stored form of a sourced value, or {@code null} for none. */
    public static <A, T> SourcedDoc<T> of(Sourced<A> sourced, Function<A, T> toStored) {
        return sourced == null ? null : new SourcedDoc<>(toStored.apply(sourced.value()), ProvenanceDoc.of(sourced.source()));
    }

    /** The model form of a stored sourced value, or {@code null} for none. */
    public static <T, B> Sourced<B> toSourced(SourcedDoc<T> doc, Function<T, B> toModel) {
        return doc == null ? null : new Sourced<>(toModel.apply(doc.value()), doc.source().toProvenance());
    }
}
