package org.civichub.pipeline.internal;

/** A batch could not be stored durably; its records will be read again from the watermark. */
final class BatchNotStoredException extends RuntimeException {

    BatchNotStoredException(String message) {
        super(message);
    }
}
