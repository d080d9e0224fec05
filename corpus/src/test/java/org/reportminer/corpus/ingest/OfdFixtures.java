package org.reportminer.corpus.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * OFD packages built in tests: a minimal valid one (one page, three text objects), the same with extra entries
 * under any name, and zips that {@link ZipOutputStream} will not write (duplicate names, a 3 GB entry).
 */
final class OfdFixtures {

    /** The text the minimal OFD yields after normalisation. */
    static final String MINIMAL_TEXT = "青川县档案局工作总结\n全年开展专题学习12次。";

    private OfdFixtures() {
    }

    /** The minimal OFD, then {@code extra} entries as name, content pairs, written with {@link ZipOutputStream}. */
    static byte[] ofd(String... extra) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            writeMinimal(zip);
            for (int i = 0; i + 1 < extra.length; i += 2) {
                entry(zip, extra[i], extra[i + 1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The entries of the minimal OFD: OFD.xml, Document.xml, PublicRes.xml and one page. */
    static void writeMinimal(ZipOutputStream zip) throws IOException {
        entry(zip, "OFD.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\" Version=\"1.0\" DocType=\"OFD\"><ofd:DocBody>"
                + "<ofd:DocInfo><ofd:DocID>6d1f0b1a</ofd:DocID></ofd:DocInfo>"
                + "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>");
        entry(zip, "Doc_0/Document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<ofd:Document xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:CommonData>"
                + "<ofd:MaxUnitID>10</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>"
                + "</ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>"
                + "<ofd:Pages><ofd:Page ID=\"1\" BaseLoc=\"Pages/Page_0/Content.xml\"/></ofd:Pages></ofd:Document>");
        entry(zip, "Doc_0/PublicRes.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<ofd:Res xmlns:ofd=\"http://www.ofdspec.org/2016\" BaseLoc=\"Res\"><ofd:Fonts>"
                + "<ofd:Font ID=\"2\" FontName=\"SimSun\"/></ofd:Fonts></ofd:Res>");
        entry(zip, "Doc_0/Pages/Page_0/Content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:Content><ofd:Layer ID=\"3\">"
                + text(4, 20, "青川县档案局") + text(5, 20, "工作总结") + text(6, 30, "全年开展专题学习12次。")
                + "</ofd:Layer></ofd:Content></ofd:Page>");
    }

    private static String text(int id, int top, String content) {
        return "<ofd:TextObject ID=\"" + id + "\" Boundary=\"" + (id == 5 ? 60 : 20) + " " + top + " 120 6\" Font=\"2\""
                + " Size=\"4.2\"><ofd:TextCode X=\"0\" Y=\"4\">" + content + "</ofd:TextCode></ofd:TextObject>";
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** {@link #zerosBomb} of 3 GB, built once (about a second) on first use and shared read-only. */
    static byte[] threeGigabyteBomb() {
        return BombHolder.THREE_GB.clone();
    }

    private static final class BombHolder {
        static final byte[] THREE_GB = zerosBomb(3);
    }

    /**
     * The minimal OFD plus {@code Doc_0/Res/image.png}, a valid deflated entry of {@code gigabytes} GB of zeros
     * (about 1 MB per GB). Deflating 3 GB through {@link ZipOutputStream} takes half a minute, so one 16 MB block
     * is deflated with a full flush (which makes it independent of what came before) and repeated.
     */
    static byte[] zerosBomb(int gigabytes) {
        byte[] zeros = new byte[16 * 1024 * 1024];
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        deflater.setInput(zeros);
        byte[] buf = new byte[64 * 1024];
        int n;
        do {
            n = deflater.deflate(buf, 0, buf.length, Deflater.FULL_FLUSH);
            block.write(buf, 0, n);
        } while (n == buf.length);
        deflater.end();
        int repeats = gigabytes * 64;
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        CRC32 crc = new CRC32();
        for (int i = 0; i < repeats; i++) {
            data.writeBytes(block.toByteArray());
            crc.update(zeros);
        }
        // a final, empty, fixed-Huffman block ends the deflate stream
        data.write(0x03);
        data.write(0x00);
        CraftedZip zip = new CraftedZip();
        ByteArrayOutputStream minimal = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(minimal)) {
            writeMinimal(z);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip.copyEntriesOf(minimal.toByteArray())
                .deflated("Doc_0/Res/image.png", data.toByteArray(), crc.getValue(), (long) repeats * zeros.length)
                .finish();
    }

    /**
     * Writes a zip header by header, so a test can make what {@link ZipOutputStream} refuses: duplicate names and
     * entries whose deflated data is supplied ready-made. Sizes stay below 4 GB (no ZIP64).
     */
    static final class CraftedZip {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream central = new ByteArrayOutputStream();
        private int count;

        /** An uncompressed entry. */
        CraftedZip stored(String name, byte[] data) {
            CRC32 crc = new CRC32();
            crc.update(data);
            return add(name, 0, data, crc.getValue(), data.length);
        }

        /** An entry whose raw deflate data, CRC and inflated size are given. */
        CraftedZip deflated(String name, byte[] rawDeflate, long crc, long size) {
            return add(name, 8, rawDeflate, crc, size);
        }

        /** Every entry of a zip written by {@link ZipOutputStream}, stored uncompressed. */
        CraftedZip copyEntriesOf(byte[] zip) {
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    stored(e.getName(), in.readAllBytes());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        private CraftedZip add(String name, int method, byte[] data, long crc, long size) {
            byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
            int offset = out.size();
            header(out, 0x04034b50, false, method, crc, data.length, size, nameBytes, 0);
            out.writeBytes(nameBytes);
            out.writeBytes(data);
            header(central, 0x02014b50, true, method, crc, data.length, size, nameBytes, offset);
            central.writeBytes(nameBytes);
            count++;
            return this;
        }

        /** The zip: entries, central directory and its end record. */
        byte[] finish() {
            int cdOffset = out.size();
            out.writeBytes(central.toByteArray());
            le(out, 0x06054b50, 4);
            le(out, 0, 2);
            le(out, 0, 2);
            le(out, count, 2);
            le(out, count, 2);
            le(out, central.size(), 4);
            le(out, cdOffset, 4);
            le(out, 0, 2);
            return out.toByteArray();
        }

        private static void header(ByteArrayOutputStream o, int signature, boolean central, int method, long crc,
                long compressed, long size, byte[] name, int offset) {
            le(o, signature, 4);
            if (central) {
                le(o, 20, 2); // version made by
            }
            le(o, 20, 2); // version needed
            le(o, 0x0800, 2); // flags: UTF-8 names
            le(o, method, 2);
            le(o, 0, 2); // time
            le(o, 0x21, 2); // date: 1980-01-01
            le(o, crc, 4);
            le(o, compressed, 4);
            le(o, size, 4);
            le(o, name.length, 2);
            le(o, 0, 2); // extra length
            if (central) {
                le(o, 0, 2); // comment length
                le(o, 0, 2); // disk
                le(o, 0, 2); // internal attributes
                le(o, 0, 4); // external attributes
                le(o, offset, 4);
            }
        }

        private static void le(OutputStream o, long value, int bytes) {
            try {
                for (int i = 0; i < bytes; i++) {
                    o.write((int) (value >>> (8 * i)) & 0xFF);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
