package org.civichub.store.elasticsearch.internal.document;

import java.time.LocalDate;
import org.civichub.model.Tag;
import org.civichub.model.TagKind;
import org.civichub.model.TagStatus;

/** The stored form of a {@link Tag}: kind and status by their stable codes. */
public record TagDoc(String kind, String status, String detail, String grade, LocalDate from, LocalDate to) {

    public static TagDoc of(Tag t) {
        return new TagDoc(t.kind().code(), t.status().code(), t.detail(), t.grade(), t.from(), t.to());
    }

    public Tag toTag() {
        return new Tag(TagKind.ofCode(kind).orElseThrow(() -> new IllegalStateException("unknown tag kind " + kind)),
                TagStatus.ofCode(status).orElseThrow(() -> new IllegalStateException("unknown tag status " + status)),
                detail, grade, from, to);
    }
}
