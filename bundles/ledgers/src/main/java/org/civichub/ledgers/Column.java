package org.civichub.ledgers;

import java.util.Objects;

/**
 * A column of a {@link Ledger}: its header and its width.
 *
 * @param header     the header cell's text, e.g. {@code 公民身份号码}
 * @param widthChars the width in Chinese characters; one is about two Excel width units, and the
 *                   workbook caps the width at Excel's maximum of 255 units
 */
public record Column(String header, int widthChars) {

    public Column {
        Objects.requireNonNull(header, "header");
        if (widthChars < 1) {
            throw new IllegalArgumentException("widthChars must be at least 1: " + widthChars);
        }
    }
}
