package org.civichub.connector.kit;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * A dropped file's rows kept as bytes in blocks, unpacked one {@link FileRow} at a time when asked
 * for: each value as one byte a character when all of them fit one (digits, dates, Latin text),
 * else as two (UTF-16, so Chinese text takes two bytes a character rather than UTF-8's three). The file connectors read a file whole before any of its rows is sent (so that one that
 * cannot be read is refused before it is half sent), and a large drop holds hundreds of thousands
 * of rows: as strings in lists they take several times their text. Immutable once built.
 */
public final class PackedRows extends AbstractList<FileRow> implements RandomAccess {

    /** Below the size at which a 1 GiB heap's collector treats an array as humongous. */
    public static final int BLOCK = 256 * 1024;

    private final List<byte[]> blocks;
    private final long[] places;
    private final int[] numbers;

    private PackedRows(List<byte[]> blocks, long[] places, int[] numbers) {
        this.blocks = blocks;
        this.places = places;
        this.numbers = numbers;
    }

    /** The rows given, packed; rows already packed are returned as they are. */
    public static PackedRows of(List<FileRow> rows) {
        if (rows instanceof PackedRows packed) {
            return packed;
        }
        Builder builder = new Builder();
        rows.forEach(builder::add);
        return builder.build();
    }

    @Override
    public FileRow get(int index) {
        long place = places[index];
        byte[] block = blocks.get((int) (place >>> 32));
        int[] at = {(int) place};
        int count = readInt(block, at);
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int header = readInt(block, at);
            int length = header >>> 1;
            values.add(new String(block, at[0], length,
                    (header & 1) == 0 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_16BE));
            at[0] += length;
        }
        return new FileRow(numbers[index], values);
    }

    @Override
    public int size() {
        return numbers.length;
    }

    /** Bytes this table holds in its arrays. */
    public long footprint() {
        long bytes = 8L * places.length + 4L * numbers.length;
        for (byte[] block : blocks) {
            bytes += block.length;
        }
        return bytes;
    }

    private static int readInt(byte[] block, int[] at) {
        int value = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = block[at[0]++];
            value |= (b & 0x7f) << shift;
            if (b >= 0) {
                return value;
            }
        }
    }

    /** Collects rows in file order. */
    public static final class Builder {

        private final List<byte[]> blocks = new ArrayList<>();
        private byte[] block = new byte[0];
        private int used;
        private long[] places = new long[1024];
        private int[] numbers = new int[1024];
        private int size;
        private byte[] row = new byte[1024];
        private int rowLength;

        public void add(FileRow r) {
            rowLength = 0;
            writeInt(r.values().size());
            for (String value : r.values()) {
                boolean latin1 = value.chars().allMatch(c -> c < 256);
                byte[] text = value.getBytes(latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_16BE);
                writeInt(text.length << 1 | (latin1 ? 0 : 1));
                write(text, text.length);
            }
            if (used + rowLength > block.length) {
                block = new byte[Math.max(BLOCK, rowLength)];
                blocks.add(block);
                used = 0;
            }
            System.arraycopy(row, 0, block, used, rowLength);
            if (size == numbers.length) {
                places = Arrays.copyOf(places, size * 2);
                numbers = Arrays.copyOf(numbers, size * 2);
            }
            places[size] = (long) (blocks.size() - 1) << 32 | used;
            numbers[size] = r.number();
            size++;
            used += rowLength;
        }

        public PackedRows build() {
            if (used < block.length && !blocks.isEmpty()) {
                blocks.set(blocks.size() - 1, Arrays.copyOf(block, used));
            }
            return new PackedRows(List.copyOf(blocks), Arrays.copyOf(places, size), Arrays.copyOf(numbers, size));
        }

        private void writeInt(int value) {
            room(5);
            while ((value & ~0x7f) != 0) {
                row[rowLength++] = (byte) (value & 0x7f | 0x80);
                value >>>= 7;
            }
            row[rowLength++] = (byte) value;
        }

        private void write(byte[] bytes, int length) {
            room(length);
            System.arraycopy(bytes, 0, row, rowLength, length);
            rowLength += length;
        }

        private void room(int length) {
            if (rowLength + length > row.length) {
                row = Arrays.copyOf(row, Math.max(row.length * 2, rowLength + length));
            }
        }
    }
}
