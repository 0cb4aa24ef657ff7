package org.civichub.connector.health.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.HexFormat;

/**
 * Decodes the bytes of a drop CSV file strictly as GBK: a byte sequence GBK does not define is
 * an error naming its line, never a replacement character.
 */
public final class GbkText {

    /** The encoding of the drop's CSV files. */
    public static final Charset GBK = Charset.forName("GBK");

    private GbkText() {
    }

    /** The text, or {@code csv.gbk} naming the line of the first byte sequence that is not GBK. */
    public static String decode(byte[] bytes) throws UnreadableDropException {
        CharsetDecoder decoder = GBK.newDecoder()
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
            throw new UnreadableDropException("csv.gbk", "line " + lineOf(bytes, at),
                    "the bytes " + HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bad)
                            + " are not GBK text; the drop's CSV files are encoded in GBK");
        }
        return out.flip().toString();
    }

    /** GBK's second bytes are 0x40 and above, so every 0x0A byte ends a line. */
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
