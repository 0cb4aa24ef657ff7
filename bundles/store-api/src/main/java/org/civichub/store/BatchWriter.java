package org.civichub.store;

import java.util.List;

/**
 * Durably writes a {@link Batch}. When {@link #write} returns, every document not listed in the
 * result is durably stored; callers may then advance their watermarks past the batch's records.
 */
public interface BatchWriter {

    /**
     * Writes the batch and returns the documents that were not written.
     *
     * @throws StoreUnavailableException when the store cannot be reached at all
     */
    List<WriteFailure> write(Batch batch);
}
