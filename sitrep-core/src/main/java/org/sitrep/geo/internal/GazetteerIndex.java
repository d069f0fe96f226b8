package org.sitrep.geo.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The compiled GeoNames gazetteer: flat arrays, so that loading is a few bulk reads and the heap holds no
 * object per place. Written by {@link GazetteerBuilder} at build time, read by the engine at run time.
 *
 * <p>Three tables of places: <em>towns</em> (the GeoNames cities file), <em>regions</em> (first-level
 * administrative divisions) and <em>districts</em> (second-level ones); <em>countries</em> hold only derived
 * figures, their names come from the team's country file. Two sorted name tables map keys (see
 * {@link NameKeys}) to postings: the exact one and the skeleton one. A posting packs the table (2 bits), how
 * good a name it is (2 bits, see {@link #QUALITY_PRIMARY}) and the row (28 bits).
 */
public final class GazetteerIndex {

    static final int MAGIC = 0x53475A31;
    /** The format version; the index resource's name carries it, so a build never keeps a stale index. */
    public static final int VERSION = 2;

    public static final int TABLE_TOWN = 0;
    public static final int TABLE_REGION = 1;
    public static final int TABLE_DISTRICT = 2;

    /** The place's own name. */
    public static final int QUALITY_PRIMARY = 3;
    /** One of GeoNames' alternate names. */
    public static final int QUALITY_ALTERNATE = 2;
    /** A form derived from a name: without its leading article, without "Governorate". */
    public static final int QUALITY_VARIANT = 1;
    /** Matched only through its skeleton. */
    public static final int QUALITY_SKELETON = 0;

    /** Feature classes of towns, from the most important; see {@link #featureOf}. */
    public static final String[] FEATURES = {"PPLC", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPL", "PPLX", "OTHER"};

    // Towns.
    public int[] townGeonameId;
    public float[] townLat;
    public float[] townLon;
    public int[] townPopulation;
    public byte[] townFeature;
    public short[] townCountry;
    public short[] townRegion;
    /** How many alternate names GeoNames lists for the town, in any script, at most 255: how widely it is known. */
    public byte[] townNameCount;
    public Strings townName;

    // Countries: code and derived figures.
    public Strings countryCode;
    public float[] countryLat;
    public float[] countryLon;
    public long[] countryPopulation;

    // First-level regions.
    public Strings regionCode;
    public Strings regionName;
    public short[] regionCountry;
    public float[] regionLat;
    public float[] regionLon;
    public long[] regionPopulation;

    // Second-level regions.
    public Strings districtCode;
    public Strings districtName;
    public int[] districtGeonameId;
    public short[] districtCountry;
    public short[] districtRegion;
    public float[] districtLat;
    public float[] districtLon;
    public long[] districtPopulation;

    public KeyTable exact;
    public KeyTable skeleton;

    public static int posting(int table, int quality, int row) {
        if (row < 0 || row >= 1 << 28) {
            throw new IllegalArgumentException("row out of range: " + row);
        }
        return table << 30 | quality << 28 | row;
    }

    public static int tableOf(int posting) {
        return posting >>> 30;
    }

    public static int qualityOf(int posting) {
        return posting >>> 28 & 3;
    }

    public static int rowOf(int posting) {
        return posting & (1 << 28) - 1;
    }

    /** The index in {@link #FEATURES} of a GeoNames feature code. */
    public static byte featureOf(String code) {
        for (int i = 0; i < FEATURES.length - 1; i++) {
            if (FEATURES[i].equals(code)) {
                return (byte) i;
            }
        }
        return (byte) (FEATURES.length - 1);
    }

    public int townCount() {
        return townGeonameId.length;
    }

    /** Strings stored as one UTF-8 block and offsets: no object per string until one is asked for. */
    public static final class Strings {
        final byte[] bytes;
        final int[] offsets;

        public Strings(byte[] bytes, int[] offsets) {
            this.bytes = bytes;
            this.offsets = offsets;
        }

        public static Strings of(String[] values) {
            byte[][] encoded = new byte[values.length][];
            int[] offsets = new int[values.length + 1];
            for (int i = 0; i < values.length; i++) {
                encoded[i] = values[i].getBytes(StandardCharsets.UTF_8);
                offsets[i + 1] = offsets[i] + encoded[i].length;
            }
            byte[] bytes = new byte[offsets[values.length]];
            for (int i = 0; i < values.length; i++) {
                System.arraycopy(encoded[i], 0, bytes, offsets[i], encoded[i].length);
            }
            return new Strings(bytes, offsets);
        }

        public int size() {
            return offsets.length - 1;
        }

        public String get(int i) {
            return new String(bytes, offsets[i], offsets[i + 1] - offsets[i], StandardCharsets.UTF_8);
        }

        /** Compares entry {@code i} with ASCII bytes, as unsigned bytes. */
        int compare(int i, byte[] key) {
            return Arrays.compareUnsigned(bytes, offsets[i], offsets[i + 1], key, 0, key.length);
        }

        long heapBytes() {
            return bytes.length + 4L * offsets.length;
        }
    }

    /** Sorted ASCII keys, each with a run of postings. */
    public static final class KeyTable {
        final Strings keys;
        final int[] postingOffsets;
        final int[] postings;

        public KeyTable(Strings keys, int[] postingOffsets, int[] postings) {
            this.keys = keys;
            this.postingOffsets = postingOffsets;
            this.postings = postings;
        }

        /** The postings of a key, empty when it is absent. */
        public int[] find(String key) {
            byte[] wanted = key.getBytes(StandardCharsets.US_ASCII);
            int low = 0;
            int high = keys.size() - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                int c = keys.compare(mid, wanted);
                if (c < 0) {
                    low = mid + 1;
                } else if (c > 0) {
                    high = mid - 1;
                } else {
                    return Arrays.copyOfRange(postings, postingOffsets[mid], postingOffsets[mid + 1]);
                }
            }
            return new int[0];
        }

        public int size() {
            return keys.size();
        }

        long heapBytes() {
            return keys.heapBytes() + 4L * postingOffsets.length + 4L * postings.length;
        }
    }

    /** Roughly how many bytes of heap the arrays take. */
    public long heapBytes() {
        long towns = (long) townCount() * (4 + 4 + 4 + 4 + 1 + 2 + 2 + 1) + townName.heapBytes();
        long regions = regionCode.heapBytes() + regionName.heapBytes() + regionCountry.length * 22L;
        long districts = districtCode.heapBytes() + districtName.heapBytes() + districtGeonameId.length * 28L;
        long countries = countryCode.heapBytes() + countryLat.length * 16L;
        return towns + regions + districts + countries + exact.heapBytes() + skeleton.heapBytes();
    }

    public void write(OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        writeInts(out, townGeonameId);
        writeFloats(out, townLat);
        writeFloats(out, townLon);
        writeInts(out, townPopulation);
        writeBytes(out, townFeature);
        writeShorts(out, townCountry);
        writeShorts(out, townRegion);
        writeBytes(out, townNameCount);
        writeStrings(out, townName);
        writeStrings(out, countryCode);
        writeFloats(out, countryLat);
        writeFloats(out, countryLon);
        writeLongs(out, countryPopulation);
        writeStrings(out, regionCode);
        writeStrings(out, regionName);
        writeShorts(out, regionCountry);
        writeFloats(out, regionLat);
        writeFloats(out, regionLon);
        writeLongs(out, regionPopulation);
        writeStrings(out, districtCode);
        writeStrings(out, districtName);
        writeInts(out, districtGeonameId);
        writeShorts(out, districtCountry);
        writeShorts(out, districtRegion);
        writeFloats(out, districtLat);
        writeFloats(out, districtLon);
        writeLongs(out, districtPopulation);
        writeKeyTable(out, exact);
        writeKeyTable(out, skeleton);
        out.flush();
    }

    /** Reads an index; a stream that is not one is reported as an {@link IOException}. */
    public static GazetteerIndex read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        if (in.readInt() != MAGIC) {
            throw new IOException("not a sitrep gazetteer index");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("gazetteer index version " + version + ", this sitrep reads " + VERSION);
        }
        GazetteerIndex index = new GazetteerIndex();
        index.townGeonameId = readInts(in);
        index.townLat = readFloats(in);
        index.townLon = readFloats(in);
        index.townPopulation = readInts(in);
        index.townFeature = readBytes(in);
        index.townCountry = readShorts(in);
        index.townRegion = readShorts(in);
        index.townNameCount = readBytes(in);
        index.townName = readStrings(in);
        index.countryCode = readStrings(in);
        index.countryLat = readFloats(in);
        index.countryLon = readFloats(in);
        index.countryPopulation = readLongs(in);
        index.regionCode = readStrings(in);
        index.regionName = readStrings(in);
        index.regionCountry = readShorts(in);
        index.regionLat = readFloats(in);
        index.regionLon = readFloats(in);
        index.regionPopulation = readLongs(in);
        index.districtCode = readStrings(in);
        index.districtName = readStrings(in);
        index.districtGeonameId = readInts(in);
        index.districtCountry = readShorts(in);
        index.districtRegion = readShorts(in);
        index.districtLat = readFloats(in);
        index.districtLon = readFloats(in);
        index.districtPopulation = readLongs(in);
        index.exact = readKeyTable(in);
        index.skeleton = readKeyTable(in);
        return index;
    }

    private static void writeKeyTable(DataOutputStream out, KeyTable table) throws IOException {
        writeStrings(out, table.keys);
        writeInts(out, table.postingOffsets);
        writeInts(out, table.postings);
    }

    private static KeyTable readKeyTable(DataInputStream in) throws IOException {
        return new KeyTable(readStrings(in), readInts(in), readInts(in));
    }

    private static void writeStrings(DataOutputStream out, Strings strings) throws IOException {
        writeBytes(out, strings.bytes);
        writeInts(out, strings.offsets);
    }

    private static Strings readStrings(DataInputStream in) throws IOException {
        return new Strings(readBytes(in), readInts(in));
    }

    private static void writeBytes(DataOutputStream out, byte[] values) throws IOException {
        out.writeInt(values.length);
        out.write(values);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        byte[] values = new byte[length(in)];
        in.readFully(values);
        return values;
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 4);
        buffer.asIntBuffer().put(values);
        writeBytes(out, buffer.array());
    }

    private static int[] readInts(DataInputStream in) throws IOException {
        byte[] bytes = readBytes(in);
        int[] values = new int[bytes.length / 4];
        ByteBuffer.wrap(bytes).asIntBuffer().get(values);
        return values;
    }

    private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 4);
        buffer.asFloatBuffer().put(values);
        writeBytes(out, buffer.array());
    }

    private static float[] readFloats(DataInputStream in) throws IOException {
        byte[] bytes = readBytes(in);
        float[] values = new float[bytes.length / 4];
        ByteBuffer.wrap(bytes).asFloatBuffer().get(values);
        return values;
    }

    private static void writeShorts(DataOutputStream out, short[] values) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 2);
        buffer.asShortBuffer().put(values);
        writeBytes(out, buffer.array());
    }

    private static short[] readShorts(DataInputStream in) throws IOException {
        byte[] bytes = readBytes(in);
        short[] values = new short[bytes.length / 2];
        ByteBuffer.wrap(bytes).asShortBuffer().get(values);
        return values;
    }

    private static void writeLongs(DataOutputStream out, long[] values) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 8);
        buffer.asLongBuffer().put(values);
        writeBytes(out, buffer.array());
    }

    private static long[] readLongs(DataInputStream in) throws IOException {
        byte[] bytes = readBytes(in);
        long[] values = new long[bytes.length / 8];
        ByteBuffer.wrap(bytes).asLongBuffer().get(values);
        return values;
    }

    private static int length(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 1 << 30) {
            throw new IOException("corrupt gazetteer index: block of " + length + " bytes");
        }
        return length;
    }
}
