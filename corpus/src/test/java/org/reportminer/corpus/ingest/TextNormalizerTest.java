package org.reportminer.corpus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reportminer.corpus.model.OffsetMap;

class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    private String norm(String s) {
        return normalizer.normalize(s).text();
    }

    @Test
    void scrapingMarkersAreRemovedAndTheWordsAroundJoin() {
        assertEquals("整改情况报告", norm("整改情况##paidbegin##报告"));
        assertEquals("第一段。\n第二段。", norm("第一段。\n第二段。\n##paidend##\n"));
    }

    @Test
    void spacesAroundHanAreRemovedButLatinSpacesStay() {
        assertEquals("2023年集中学习22次", norm("2023 年集中学习 22 次"));
        assertEquals("党 风".replace(" ", ""), norm("党 风"));
        assertEquals("Public domain", norm("Public domain"));
        assertEquals("开展QQ群宣传", norm("开展 QQ 群宣传"));
    }

    @Test
    void fullWidthDigitsAndLatinFoldButFullWidthPunctuationStays() {
        assertEquals("2023年ABC，（一）：。", norm("２０２３年ＡＢＣ，（一）：。"));
    }

    @Test
    void masksStayExactlyAsWritten() {
        String masked = "根据**市委统一部署，****年*月*日至*月**日，XX侨联存在*个方面**项问题。";
        assertEquals(masked, norm(masked));
        assertEquals("**市委", norm("** 市委"));
    }

    @Test
    void crlfIsNormalisedLineEndsTrimmedAndBlankLinesCollapsed() {
        assertEquals("一、总体情况\n工作有序推进。", norm("一、总体情况  \r\n\r\n\r\n\u3000\u3000工作有序推进。\r\n"));
    }

    @Test
    void webClutterLinesAreRemovedByPattern() {
        String page = "下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n2025年某县政府工作报告\n来源：县融媒体中心\n"
                + "时间：2025-02-09\n各位代表：\n现在向大会报告工作。";
        assertEquals("2025年某县政府工作报告\n各位代表：\n现在向大会报告工作。", norm(page));
        String breadcrumb = "当前位置：\n首页\n>\n政务信息\n>\n本地要闻\n某县工作报告\n发表时间：\n2026-01-09 09:45:30\n"
                + "来源：\n某县日报\n【字体：\n小\n中\n大\n】\n各位代表：";
        assertEquals("某县工作报告\n各位代表：", norm(breadcrumb));
    }

    @Test
    void aLoneCharacterLikeZhongIsKeptAwayFromClutter() {
        assertEquals("第一段。\n中\n第二段。", norm("第一段。\n中\n第二段。"));
    }

    @Test
    void wikiLicenceTrailerIsRemoved() {
        String text = "一、回顾\n工作取得进展。\n本作品是中华人民共和国的\n法律\n、\n法规\n，属于\n公有领域\n。\nPublic domain\nfalse\n";
        assertEquals("一、回顾\n工作取得进展。", norm(text));
    }

    @Test
    void pageNumbersAreRemoved() {
        assertEquals("正文一。\n正文二。", norm("正文一。\n- 3 -\n正文二。\n第 4 页 共 9 页"));
        // a lone number next to a page break is a page number; elsewhere it is text (M\n2\n as scraped)
        assertEquals("正文一。\n正文二。", norm("正文一。\n7\f正文二。"));
        assertEquals("广义货币M\n2\n增长12%。", norm("广义货币M\n2\n增长12%。"));
    }

    @Test
    void runningHeadersAndFootersRepeatedOnPagesAreRemoved() {
        String[] bodies = {"开展专题学习。", "修订制度三项。", "完成整改任务。", "建立工作台账"};
        StringBuilder sb = new StringBuilder();
        for (int p = 1; p <= 4; p++) {
            sb.append("青川县档案局文件\n").append(bodies[p - 1]).append("\n中间一行").append(p).append("。\n")
                    .append("末行说明").append(p).append("。\n").append("— ").append(p).append(" —\f");
        }
        assertEquals("开展专题学习。\n中间一行1。\n末行说明1。\n修订制度三项。\n中间一行2。\n末行说明2。\n"
                + "完成整改任务。\n中间一行3。\n末行说明3。\n建立工作台账\n中间一行4。\n末行说明4。", norm(sb.toString()));
    }

    @Test
    void wrappedPdfLinesAreRejoinedButHeadingsAndShortLinesStartParagraphs() {
        String line = "青川县档案局认真落实巡察反馈意见，组织全体干部开展专题学习，逐项制定整改措施并";
        String wrapped = "一、整改工作基本情况\n"
                + line + "\n"
                + "明确责任人和完成时限，确保问题按期整改到位，相关制度同步修订完善，效果明显。\n"
                + "（一）“学习贯彻不够深入”方面\n"
                + line + "\n"
                + line + "\n"
                + "建立长效机制。\n"
                + "档案数字化工作推进缓慢\n"
                + "整改情况：" + line.substring(5) + "\n"
                + "取得阶段成效。\n"
                + line + "\n"
                + "2.完善制度。";
        String expected = "一、整改工作基本情况\n"
                + line + "明确责任人和完成时限，确保问题按期整改到位，相关制度同步修订完善，效果明显。\n"
                + "（一）“学习贯彻不够深入”方面\n"
                + line + line + "建立长效机制。\n"
                + "档案数字化工作推进缓慢\n"
                + "整改情况：" + line.substring(5) + "取得阶段成效。\n"
                + line + "\n"
                + "2.完善制度。";
        assertEquals(expected, norm(wrapped));
    }

    @Test
    void aLabelWithRareHanCharactersStartsAParagraphLikeAnyOtherLabel() {
        // 䶮 (U+4DAE, Extension A) and 鿏 (U+9FCF) lie outside the old U+4E00–U+9FA5 label class, which joined these lines
        String line = "青川县档案局认真落实巡察反馈意见，组织全体干部开展专题学习，逐项制定整改措施并";
        for (String label : new String[] {"䶮山乡文物保护：", "鿏元素名称规范：", "整改情况：", "䶮鿏：", "𠀋山乡文物："}) {
            // a layout counts as hard-wrapped from eight lines on, most of them full
            String wrapped = (line + "\n").repeat(7) + label + line.substring(label.length()) + "\n取得阶段成效。";
            String expected = line.repeat(7) + "\n" + label + line.substring(label.length()) + "取得阶段成效。";
            assertEquals(expected, norm(wrapped), label);
        }
    }

    @Test
    void unwrappedParagraphTextIsNeverRejoined() {
        String text = "一段很长的话没有句号结尾但是这是段落文本而不是换行的结果所以不应该被合并到下一行去的内容\n"
                + "下一段。\n短行\n又一段比较长的文字，用来说明这里的每一行都是完整的一段，长度各不相同。\n结束";
        assertEquals(text, norm(text));
    }

    @Test
    void offsetMapPointsEveryUnfoldedCharacterBackToTheOriginal() {
        String original = "下载\n打印\r\n２０２３ 年 工作##paidbegin##报告\r\n\r\n- 2 -\n\u3000\u3000一、总体 情况\n"
                + "集中学习 22 次，XX 市**项。\u200b\n";
        checkMap(original);
        Random random = new Random(42);
        String alphabet = "整改情况报告一、（）。，：12 ３ＡB*X\n\r\u3000#paidbegin";
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(200);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            checkMap(sb.toString());
        }
    }

    private void checkMap(String original) {
        NormalizedText n = normalizer.normalize(original);
        OffsetMap map = n.offsetMap();
        int last = -1;
        for (int i = 0; i < n.text().length(); i++) {
            int o = map.toOriginal(i);
            assertTrue(o > last, "offsets increase");
            last = o;
            char c = n.text().charAt(i);
            char oc = original.charAt(o);
            boolean folded = (oc >= '\uFF10' && oc <= '\uFF5A' && c == oc - 0xFEE0)
                    || (c == '\n' && (oc == '\r' || oc == '\f')) || (c == ' ' && Character.isWhitespace(oc))
                    || (c == ' ' && (oc == '\n' || oc == '\u3000'));
            assertTrue(c == oc || folded, "char " + i + " '" + c + "' maps to '" + oc + "' in " + original);
        }
    }

    @Test
    void normalisingTwiceChangesNothing() {
        String once = norm("下载\n打印\n２０２３ 年 工作##paidbegin##报告\r\n- 2 -\n\u3000\u3000一、总体 情况\n");
        assertEquals(once, norm(once));
        assertFalse(once.contains("##"));
    }
}
