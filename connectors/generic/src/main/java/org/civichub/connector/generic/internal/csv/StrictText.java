package org.civichub.connector.generic.internal.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.HexFormat;

/**
 * Decodes a file's bytes strictly in its charset: a byte sequence the charset does not define is an
 * error naming its line, never a replacement character. A leading byte order mark is dropped.
 */
final class StrictText {

    private StrictText() {
    }

    /** The text, or {@code csv.charset} naming the line of the first byte sequence that is not {@code charset}. */
    static String decode(byte[] bytes, Charset charset) throws UnreadableFileException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            byte[] bad = new byte[Math.min(result.length(), bytes.length - at)];
            System.arraycopy(bytes, at, bad, 0, bad.length);
            throw new UnreadableFileException("csv.charset", "line " + lineOf(bytes, at),
                    "the bytes " + HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bad) + " are not "
                            + charset.name() + " text; the files of this drop are encoded in " + charset.name());
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The line of a byte position, counting 0x0A bytes (which GBK, GB18030 and UTF-8 use only for line ends). */
    private static int lineOf(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
