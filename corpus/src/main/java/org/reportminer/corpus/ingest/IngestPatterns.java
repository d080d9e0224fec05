package org.reportminer.corpus.ingest;

import java.util.regex.Pattern;
import org.reportminer.corpus.text.Han;
import org.reportminer.corpus.text.Numerals;
import org.reportminer.corpus.text.Punctuation;

/**
 * The one home of every pattern ingestion uses to clean extracted text (and to read an HTML page's charset
 * declaration). Each is matched against a whole line that has already been trimmed, unless said otherwise.
 */
final class IngestPatterns {

    private IngestPatterns() {
    }

    /**
     * Scraping or paywall markers inside the text, removed so the words around them join up.
     * Matches {@code ##paidbegin##}, {@code ##paidend##}; not {@code #1} or {@code ##}.
     */
    static final Pattern SCRAPING_MARKER = Pattern.compile("##[A-Za-z_]{2,24}##");

    /**
     * A page-number line in any document: {@code - 3 -}, {@code —12—}, {@code 第 3 页}, {@code 第3页 共12页},
     * {@code 3 / 12}, {@code Page 3 of 9}. Not {@code 第三部分} or {@code 3.5}.
     */
    static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–－~]\\s*\\d{1,4}\\s*[-—–－~]"
                    + "|第\\s*\\d{1,4}\\s*页(\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?"
                    + "|\\d{1,4}\\s*/\\s*\\d{1,4}"
                    + "|(?i:page)\\s*\\d{1,4}(\\s*(?i:of)\\s*\\d{1,4})?");

    /** A lone number line ({@code 7}); treated as a page number only next to a page break. */
    static final Pattern LONE_NUMBER = Pattern.compile("\\d{1,4}");

    /** Runs of digits, masked to compare running headers that carry a page number. */
    static final Pattern DIGITS = Pattern.compile("\\d+");

    /**
     * A line that starts a numbered heading, so the line before it ends a paragraph: {@code 一、}, {@code （二）},
     * {@code (3)}, {@code 1.}, {@code 2、}, {@code 第三章}, {@code 第二部分}. Not {@code 2023年}, {@code 1.5倍}, nor the
     * inline enumerators {@code ①} {@code 一是} {@code 第一，}, which run on inside paragraphs as often as they start
     * them.
     */
    static final Pattern HEADING_START = Pattern.compile(
            "(第[" + Numerals.DIGITS + Numerals.SMALL_UNITS + "\\d]+[章节条部分篇]"
                    + "|[" + Numerals.ONE_TO_NINE + Numerals.SMALL_UNITS + "]+、"
                    + "|[（(][" + Numerals.ONE_TO_NINE + Numerals.SMALL_UNITS + "\\d]+[）)]"
                    + "|\\d{1,3}[.．、](?!\\d))");

    /**
     * A line that starts with a short label and a colon, as paragraphs of findings and measures do:
     * {@code 整改情况：}, {@code 主要做法:}, {@code 䶮族事务：} (any Han character, Extension A included). Not {@code 在：}
     * (too short) or a colon later in the line.
     */
    static final Pattern LABEL_START = Pattern.compile(Han.CLASS + "{2,8}[" + Punctuation.COLONS + "]");

    /**
     * A run-in paragraph lead of paired four-character phrases: {@code 深化认识、提高站位，},
     * {@code 明确目标、分解任务，}. Not {@code 认识、站位，} or {@code 深化认识，提高站位}.
     */
    static final Pattern RUN_IN_LEAD = Pattern.compile(Han.CLASS + "{4}、" + Han.CLASS + "{4}[" + Punctuation.COMMAS + "]");

    /**
     * Web-page toolbar and navigation lines that are clutter wherever they stand:
     * {@code 下载}, {@code 打印}, {@code 全屏}, {@code 收藏}, {@code 【字号：}, {@code 加大}, {@code 还原}, {@code 减小},
     * {@code 分享：}, {@code 您的位置:}, {@code 来源：云南日报}, {@code 发表时间：}, {@code 2026-02-03 09:02:33}.
     * Not {@code 下载量增长} or {@code 来源于人民}.
     */
    static final Pattern CLUTTER_LINE = Pattern.compile(
            "(下载|打印|全屏|收藏|加大|还原|减小|分享|打印本页|关闭窗口|关闭本页|返回顶部|纠错|默认)[:：]?"
                    + "|【?\\s*(字号|字体)\\s*[:：]?.{0,12}"
                    + "|(您的|您现在的|当前)?位置\\s*[:：].{0,40}"
                    + "|(来源|时间|发布时间|发表时间|发布日期|日期|作者|编辑|责任编辑|阅读量|浏览次数|访问量|点击数)\\s*[:：].{0,30}"
                    + "|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(\\s+\\d{1,2}:\\d{2}(:\\d{2})?)?"
                    + "|\\d{4}年\\d{1,2}月\\d{1,2}日\\s*\\d{1,2}[时:：]\\d{1,2}分?");

    /**
     * Short navigation fragments that are clutter only beside other clutter: {@code 大} {@code 中} {@code 小}
     * (font-size buttons), {@code 】}, {@code 【}, {@code >}, {@code 首页}. A lone {@code 中} elsewhere is kept.
     */
    static final Pattern WEAK_CLUTTER_LINE = Pattern.compile("[大中小】【>»›]|首页|主页|网站首页|[|｜]");

    /** A breadcrumb separator line, after which the channel name is navigation too ({@code >} then {@code 云南要闻}). */
    static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("[>»›]");

    /**
     * First line of a wiki licence trailer at the end of scraped public documents:
     * {@code 本作品是中华人民共和国的}; the trailer runs to the end and must mention {@code 公有领域} or
     * {@code Public domain}.
     */
    static final Pattern LICENCE_TRAILER_START = Pattern.compile("本作品(是|在|来自|属于|已|为).{0,40}");

    /** Words that confirm a licence trailer. */
    static final Pattern LICENCE_TRAILER_EVIDENCE = Pattern.compile("公有领域|Public domain|public domain");

    /** A label line waiting for its value on the next line: {@code 来源：}. Not {@code 来源：新华社}. */
    static final Pattern ENDS_WITH_COLON = Pattern.compile("[:：]$");

    /** Punctuation that only running text has, never a navigation label: {@code 。！？；} and {@code ，、}. */
    static final Pattern SENTENCE_PUNCTUATION = Pattern.compile(
            "[" + Punctuation.CHINESE_SENTENCE_ENDS + "，" + Punctuation.ENUMERATION_COMMA + "]");

    /**
     * A charset declared by an HTML or XHTML page, searched for (not matched) in its opening bytes; group 1 is the
     * label. Matches {@code <meta charset="gbk">}, {@code <meta http-equiv="Content-Type"
     * content="text/html; charset=gb2312">}, {@code <?xml version="1.0" encoding="GB2312"?>}. Not
     * {@code <p>charset=gbk</p>} or a {@code <meta name="description">} without a charset.
     */
    static final Pattern HTML_DECLARED_CHARSET = Pattern.compile(
            "(?:<meta\\b[^>]{0,1024}?charset|<\\?xml\\b[^>]{0,256}?encoding)\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})",
            Pattern.CASE_INSENSITIVE);
}
