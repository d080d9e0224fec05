package org.reportminer.corpus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportminer.corpus.model.Problem;
import org.reportminer.corpus.model.ProblemKind;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.testing.SharedData;

class IngesterTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String REPORT = "青川县档案局2022年巡察整改进展情况\n一、整改工作基本情况\n"
            + "县委第三巡察组反馈问题12个，已完成整改9个，正在整改3个。\n二、下一步打算\n持续巩固整改成果。\n";

    private static Ingester ingester;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        ingester = new Ingester();
    }

    @AfterAll
    static void stop() {
        ingester.close();
    }

    private Report ok(Path file) {
        IngestResult r = ingester.ingest(file, MetadataOverrides.none());
        return r.asReport().orElseThrow(() -> new AssertionError("expected a report: " + r.asProblem().get().line()));
    }

    private Problem problem(Ingester in, Path file) {
        IngestResult r = in.ingest(file, MetadataOverrides.none());
        assertFalse(r.ok(), "expected a problem for " + file);
        Problem p = r.asProblem().orElseThrow();
        assertTrue(p.line().startsWith(file.toAbsolutePath().normalize().toString() + ": "), p.line());
        assertFalse(p.message().contains("\n"), "one line: " + p.message());
        return p;
    }

    private Problem problem(Path file) {
        return problem(ingester, file);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void shortGbkWithoutBomIsDetectedAsGb18030() throws IOException {
        byte[] bytes = "巡察整改报告".getBytes(GB18030);
        assertEquals(12, bytes.length);
        Report r = ok(write("short.txt", bytes));
        assertEquals("巡察整改报告", r.text());
        assertEquals("GB18030", r.charset());
        assertEquals("text/plain", r.mediaType());
    }

    @Test
    void longGbkWithoutBomIsDecodedExactly() throws IOException {
        String text = REPORT.repeat(40);
        Report r = ok(write("long.txt", text.getBytes(GB18030)));
        assertEquals("GB18030", r.charset());
        assertEquals(new TextNormalizer().normalize(text).text(), r.text());
        assertEquals("青川县档案局2022年巡察整改进展情况", r.title());
    }

    @Test
    void utf16WithBomIsDecoded() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xFE);
        out.write(REPORT.getBytes(StandardCharsets.UTF_16LE));
        Report r = ok(write("u16.txt", out.toByteArray()));
        assertEquals("UTF-16LE", r.charset());
        assertTrue(r.text().contains("已完成整改9个"));
    }

    @Test
    void reportIdIsTheFirst16HexOfTheSha256AndOrgYearKindStayNull() throws IOException {
        byte[] bytes = REPORT.getBytes(StandardCharsets.UTF_8);
        Report r = ok(write("r.txt", bytes));
        assertEquals(Ingester.sha256(bytes), r.sha256());
        assertEquals(r.sha256().substring(0, 16), r.id());
        assertEquals(bytes.length, r.bytes());
        assertEquals("UTF-8", r.charset());
        assertNull(r.org());
        assertNull(r.year());
        assertNull(r.kind());
        assertNull(r.extraction());
        assertFalse(r.truncated());
    }

    @Test
    void emptyFileIsAProblem() throws IOException {
        Problem p = problem(write("empty.txt", new byte[0]));
        assertEquals(ProblemKind.EMPTY, p.kind());
        assertTrue(p.message().contains("0 bytes"));
    }

    @Test
    void fileWithOnlyClutterHasNoTextAndIsEmpty() throws IOException {
        Problem p = problem(write("blank.txt", "下载\n打印\n \n\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ProblemKind.EMPTY, p.kind());
        assertTrue(p.message().contains("no text"), p.message());
    }

    @Test
    void truncatedDocxIsCorrupt() throws IOException {
        byte[] docx = Files.readAllBytes(SharedData.fixtures().resolve("seed000.docx"));
        Problem p = problem(write("half.docx", Arrays.copyOf(docx, docx.length / 2)));
        assertEquals(ProblemKind.CORRUPT, p.kind(), p.line());
    }

    @Test
    /** Issue 9: the message promised a password option that does not exist. */
    void encryptedPdfSaysPasswordProtectedFilesCannotBeReadAndWhatToDo() throws IOException {
        Path pdf = dir.resolve("secret.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Inspection rectification report 2022");
                cs.endText();
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(pdf.toFile());
        }
        Problem p = problem(pdf);
        assertEquals(ProblemKind.ENCRYPTED, p.kind());
        assertEquals("encrypted: reportminer cannot read password-protected files; save an unprotected copy and "
                + "ingest that", p.message());
    }

    @Test
    void randomBytesNamedTxtAreBinary() throws IOException {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        Problem p = problem(write("junk.txt", junk));
        assertEquals(ProblemKind.BINARY, p.kind());
    }

    /** Issue 9: random bytes named .html or .mht were stored as a report of garbage; .txt already refused them. */
    @ParameterizedTest
    @ValueSource(strings = {"junk.html", "junk.htm", "junk.mht"})
    void randomBytesNamedHtmlOrMhtAreBinaryLikeText(String name) throws IOException {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        Problem p = problem(write(name, junk));
        assertEquals(ProblemKind.BINARY, p.kind(), p.line());
        assertTrue(p.message().startsWith("binary content, not text"), p.line());
    }

    /**
     * Issue 9: a page declaring gb2312 was decoded with Java's GB2312, which lacks GBK-only characters: 1600㎡
     * became 1600�O. Every GBK label is read as GB18030, as browsers do.
     */
    @ParameterizedTest
    @ValueSource(strings = {"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">",
        "<meta charset=\"GB2312\">", "<meta charset='gbk'>", "<META HTTP-EQUIV=\"content-type\" CONTENT=\"text/html;charset=x-gbk\">"})
    void pageDeclaringGb2312OrGbkIsDecodedAsGb18030(String meta) throws IOException {
        String html = "<html><head>" + meta + "<title>通报</title></head><body>"
                + "<p>新建业务用房1600㎡，整改问题12个。</p></body></html>";
        Report r = ok(write("gb.html", html.getBytes(GB18030)));
        assertEquals("新建业务用房1600㎡，整改问题12个。", r.text());
        assertEquals("GB18030", r.charset());
        assertEquals("text/html", r.mediaType());
    }

    @Test
    void xhtmlDeclaringGb2312InItsXmlDeclarationIsDecodedAsGb18030() throws IOException {
        String xhtml = "<?xml version=\"1.0\" encoding=\"gb2312\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<head><title>通报</title></head><body><p>新建业务用房1600㎡。</p></body></html>";
        Report r = ok(write("gb.xhtml", xhtml.getBytes(GB18030)));
        assertEquals("新建业务用房1600㎡。", r.text());
        assertEquals("GB18030", r.charset());
    }

    /** Issue 9: UTF-8 without a declaration after a long ASCII stretch was read as ISO-8859-1 (mojibake). */
    @Test
    void utf8PageWithoutCharsetAfterLongAsciiHeadIsDecodedAsUtf8() throws IOException {
        String script = "var nav = [\"home\", \"news\", \"about\"]; // menu\n".repeat(500);
        assertTrue(script.length() > 20_000);
        String html = "<html><head><title>report</title><script>" + script + "</script></head><body>"
                + "<p>青川县档案局2022年工作总结</p><p>整改问题12个，已完成9个。</p></body></html>";
        Report r = ok(write("long-head.html", html.getBytes(StandardCharsets.UTF_8)));
        assertEquals("青川县档案局2022年工作总结\n整改问题12个，已完成9个。", r.text());
        assertEquals("UTF-8", r.charset());
    }

    @Test
    void gbkPageMislabelledUtf8IsDecodedFromItsBytes() throws IOException {
        String html = "<html><head><meta charset=\"utf-8\"></head><body><p>整改问题12个，已完成9个。</p></body></html>";
        Report r = ok(write("mislabelled.html", html.getBytes(GB18030)));
        assertEquals("整改问题12个，已完成9个。", r.text());
        assertEquals("GB18030", r.charset());
    }

    @Test
    void pageClaimingUtf16InReadableAsciiIsSniffed() throws IOException {
        String html = "<html><head><meta charset=\"utf-16\"></head><body><p>整改问题12个。</p></body></html>";
        Report r = ok(write("claims16.html", html.getBytes(StandardCharsets.UTF_8)));
        assertEquals("整改问题12个。", r.text());
        assertEquals("UTF-8", r.charset());
    }

    @Test
    void pageDeclaringAnotherCharsetIsDecodedWithThatCharset() throws IOException {
        String html = "<html><head><meta charset=\"big5\"></head><body><p>臺灣省政府工作報告</p></body></html>";
        Report r = ok(write("big5.html", html.getBytes(Charset.forName("Big5"))));
        assertEquals("臺灣省政府工作報告", r.text());
        assertEquals("Big5", r.charset());
    }

    @Test
    void randomBytesBehindADeclaredCharsetAreStillBinary() throws IOException {
        byte[] junk = new byte[4096];
        new Random(11).nextBytes(junk);
        byte[] head = "<html><head><meta charset=\"big5\"></head><body>".getBytes(StandardCharsets.US_ASCII);
        byte[] page = Arrays.copyOf(head, head.length + junk.length);
        System.arraycopy(junk, 0, page, head.length, junk.length);
        assertEquals(ProblemKind.BINARY, problem(write("junk-big5.html", page)).kind());
    }

    @Test
    void fileOverTheSizeLimitIsRefusedBeforeReading() throws IOException {
        try (Ingester small = new Ingester(new IngestOptions(100, 1000, Duration.ofSeconds(10)))) {
            Problem p = problem(small, write("big.txt", REPORT.getBytes(StandardCharsets.UTF_8)));
            assertEquals(ProblemKind.TOO_LONG, p.kind());
            assertTrue(p.message().contains("over the limit of 100 bytes"), p.message());
        }
    }

    @Test
    void writeLimitKeepsTextUpToTheLimitAndMarksTruncated() throws IOException {
        try (Ingester small = new Ingester(new IngestOptions(1 << 20, 500, Duration.ofSeconds(30)))) {
            Report txt = small.ingest(write("long.txt", REPORT.repeat(50).getBytes(StandardCharsets.UTF_8)),
                    MetadataOverrides.none()).asReport().orElseThrow();
            assertTrue(txt.truncated());
            assertTrue(txt.text().length() <= 500 && txt.text().length() > 400, "" + txt.text().length());
            Report docx = small.ingest(SharedData.fixtures().resolve("seed000.docx"), MetadataOverrides.none())
                    .asReport().orElseThrow();
            assertTrue(docx.truncated());
            assertTrue(docx.text().length() <= 500 && docx.text().length() > 300, "" + docx.text().length());
            assertTrue(docx.text().startsWith("根据**市委统一部署"));
        }
    }

    @Test
    void parseTimeoutIsAProblem() {
        try (Ingester hasty = new Ingester(new IngestOptions(1 << 30, 1 << 20, Duration.ofMillis(1)))) {
            Problem p = problem(hasty, SharedData.fixtures().resolve("seed000.pdf"));
            assertEquals(ProblemKind.TIMEOUT, p.kind());
            assertTrue(p.message().startsWith("parse timed out after 1 ms"), p.message());
        }
    }

    @Test
    void unsupportedTypeIsAProblem() throws IOException {
        Problem p = problem(write("table.xlsx", new byte[] {1, 2, 3}));
        assertEquals(ProblemKind.UNSUPPORTED_TYPE, p.kind());
        assertTrue(p.message().startsWith("unsupported file type .xlsx"), p.message());
    }

    @Test
    void missingFileIsAnIoProblem() {
        assertEquals(ProblemKind.IO, problem(dir.resolve("nope.docx")).kind());
    }

    @Test
    void htmlIsReadWithoutMarkup() throws IOException {
        String html = "<html><head><meta charset=\"utf-8\"><title>标题栏</title></head><body>"
                + "<h1>青川县档案局2022年工作总结</h1><p>一、主要工作</p><p>全年开展 专题学习 12 次。</p>"
                + "<script>var x = 1;</script></body></html>";
        Report r = ok(write("page.html", html.getBytes(StandardCharsets.UTF_8)));
        assertEquals("青川县档案局2022年工作总结\n一、主要工作\n全年开展专题学习12次。", r.text());
        assertEquals("text/html", r.mediaType());
    }

    @Test
    void rtfIsRead() throws IOException {
        String rtf = "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 SimSun;}}\\f0 "
                + unicodeRtf("青川县档案局工作总结") + "\\par " + unicodeRtf("全年开展专题学习12次。") + "\\par}";
        Report r = ok(write("summary.rtf", rtf.getBytes(StandardCharsets.US_ASCII)));
        assertEquals("青川县档案局工作总结\n全年开展专题学习12次。", r.text());
        assertEquals("application/rtf", r.mediaType());
    }

    private static String unicodeRtf(String s) {
        StringBuilder sb = new StringBuilder();
        s.chars().forEach(c -> {
            if (c < 128) {
                sb.append((char) c);
            } else {
                sb.append("\\u").append((short) c).append('?');
            }
        });
        return sb.toString();
    }

    @Test
    void mhtWebArchiveIsRead() throws IOException {
        String mht = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"BOUND\"\r\n\r\n"
                + "--BOUND\r\nContent-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: 8bit\r\n"
                + "Content-Location: file:///report.htm\r\n\r\n"
                + "<html><body><p>青川县档案局工作总结</p><p>全年开展专题学习12次。</p></body></html>\r\n"
                + "--BOUND--\r\n";
        Report r = ok(write("archive.mht", mht.getBytes(StandardCharsets.UTF_8)));
        assertTrue(r.text().contains("全年开展专题学习12次。"), r.text());
    }

    @Test
    void wpsFileHoldingOle2WordIsRead() throws IOException {
        Path wps = write("seed.wps", Files.readAllBytes(SharedData.fixtures().resolve("seed000.doc")));
        Report r = ok(wps);
        assertTrue(r.text().startsWith("根据**市委统一部署"), r.text().substring(0, 40));
        assertEquals("application/msword", r.mediaType());
    }

    @Test
    void ofdTextIsReadLineByLine() throws IOException {
        Report r = ok(write("notice.ofd", OfdFixtures.ofd()));
        assertEquals(OfdFixtures.MINIMAL_TEXT, r.text());
        assertEquals("application/ofd", r.mediaType());
    }

    /** Folders in the system temp folder that OFD reading made (ours, or ofdrw's own before issue 9). */
    private static Set<String> ofdTempFolders() throws IOException {
        try (Stream<Path> list = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return list.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(OfdUnpacker.TEMP_PREFIX) || n.startsWith("ofd-tmp-"))
                    .collect(Collectors.toSet());
        }
    }

    /** The OFD temp folders made since {@code before} that are still there (waiting briefly for other runs). */
    private static Set<String> leftOver(Set<String> before) throws IOException, InterruptedException {
        Set<String> left = new HashSet<>(ofdTempFolders());
        left.removeAll(before);
        // another build on this machine may be inside an OFD right now; its folder goes within moments
        for (int i = 0; i < 20 && !left.isEmpty(); i++) {
            Thread.sleep(100);
            left.retainAll(ofdTempFolders());
        }
        return left;
    }

    /**
     * Issue 9: an OFD entry named {@code ../../outside.txt} was unpacked by ofdrw outside its temp folder (and the
     * report was "added"). With the system temp folder as the unpack root, every place the crafted names aim at is
     * listed before and after: none may hold the file, and no temp folder may be left behind.
     */
    @Test
    void craftedOfdEntryNamesAreRefusedAndNothingLandsOutsideTheTempFolder() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toRealPath();
        String token = "reportminer-escape-" + UUID.randomUUID();
        List<String> names = List.of("../" + token, "../../" + token, "../../../../../../../../../../" + token,
                "Doc_0/../../" + token, tmp.resolve(token + "-absolute").toString(), "..\\..\\" + token,
                "..\\../" + token);
        List<Path> targets = new ArrayList<>();
        for (Path p = tmp; p != null; p = p.getParent()) {
            targets.add(p);
        }
        Set<String> before = ofdTempFolders();
        try {
            for (int i = 0; i < names.size(); i++) {
                Problem p = problem(write("crafted" + i + ".ofd", OfdFixtures.ofd(names.get(i), "escaped")));
                assertEquals(ProblemKind.CORRUPT, p.kind(), p.line());
                assertTrue(p.message().startsWith("unsafe entry name in the OFD archive: "), p.line());
            }
            for (Path target : targets) {
                try (Stream<Path> list = Files.list(target)) {
                    assertEquals(List.of(), list.filter(f -> f.getFileName().toString().contains(token)).toList(),
                            "written outside the unpack folder, in " + target);
                }
            }
            assertEquals(Set.of(), leftOver(before), "temp folders left behind");
        } finally {
            // a run on unfixed code must not leave the escaped files where it put them
            for (Path target : targets) {
                try (Stream<Path> list = Files.list(target)) {
                    for (Path f : list.filter(f -> f.getFileName().toString().contains(token)).toList()) {
                        Files.deleteIfExists(f);
                    }
                }
            }
        }
    }

    /** Issue 9: a 3 MB OFD whose one entry inflates to 3 GB was unpacked in full before reading. */
    @Test
    void ofdEntryInflatingToThreeGigabytesIsAZipBombProblemWithinSeconds() throws Exception {
        Path bomb = write("bomb.ofd", OfdFixtures.threeGigabyteBomb());
        Set<String> before = ofdTempFolders();
        long start = System.nanoTime();
        Problem p = problem(bomb);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(ProblemKind.TOO_LONG, p.kind(), p.line());
        assertTrue(p.message().startsWith("zip bomb: "), p.line());
        assertTrue(millis < 5_000, "stopped early: " + millis + " ms");
        assertEquals(Set.of(), leftOver(before), "temp folders left behind");
    }

    /** Issue 9: failed OFDs left their temp folders behind. */
    @Test
    void ofdTempFoldersAreRemovedAfterSuccessAndAfterFailure() throws Exception {
        Set<String> before = ofdTempFolders();
        ok(write("good.ofd", OfdFixtures.ofd()));
        byte[] noOfdXml = new OfdFixtures.CraftedZip().stored("Doc_0/Document.xml",
                "<x/>".getBytes(StandardCharsets.UTF_8)).finish();
        assertEquals(ProblemKind.CORRUPT, problem(write("bad.ofd", noOfdXml)).kind());
        assertEquals(Set.of(), leftOver(before), "temp folders left behind");
    }

    @Test
    void commandLineOverridesWinOverTheSidecarAndTheSidecarOverTheTitleGuess() throws IOException {
        Path file = write("2022.txt", REPORT.getBytes(StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("2022.meta.json"),
                "{\"org\":\"青川县档案局\",\"year\":2021,\"kind\":\"巡察整改进展情况\",\"title\":\"侧车标题\"}");
        Report fromSidecar = ok(file);
        assertEquals("青川县档案局", fromSidecar.org());
        assertEquals(2021, fromSidecar.year());
        assertEquals("侧车标题", fromSidecar.title());
        Report overridden = ingester.ingest(file, new MetadataOverrides(null, 2022, "工作总结")).asReport().orElseThrow();
        assertEquals("青川县档案局", overridden.org());
        assertEquals(2022, overridden.year());
        assertEquals("工作总结", overridden.kind());
    }

    @Test
    void malformedSidecarIsAProblem() throws IOException {
        Path file = write("bad.txt", REPORT.getBytes(StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("bad.txt.meta.json"), "{\"orgg\": \"x\"}");
        Problem p = problem(file);
        assertEquals(ProblemKind.CORRUPT, p.kind());
        assertTrue(p.message().startsWith("malformed sidecar bad.txt.meta.json"), p.message());
    }

    @Test
    void longFirstLineIsNotATitle() throws IOException {
        Report r = ok(write("t.txt", ("这一行很长" .repeat(20) + "。\n第二行。").getBytes(StandardCharsets.UTF_8)));
        assertNull(r.title());
    }

    @Test
    void sidecarsAreNotReportsToIngest() {
        assertTrue(Ingester.supports(Path.of("a/b.docx")));
        assertTrue(Ingester.supports(Path.of("a/B.PDF")));
        assertFalse(Ingester.supports(Path.of("a/b.meta.json")));
        assertFalse(Ingester.supports(Path.of("a/b.xlsx")));
    }
}
