package org.reportminer.pipeline.patterns;

import java.util.regex.Pattern;
import org.reportminer.corpus.text.Han;
import org.reportminer.corpus.text.Numerals;
import org.reportminer.corpus.text.Punctuation;

/**
 * The one home of every regular expression used to read reports. Each pattern is compiled once, documented with one
 * text it matches and one it does not, and unit-tested in {@code ReportPatternsTest}. Patterns are bounded (no nested
 * unbounded quantifiers) so that no input can make them backtrack catastrophically.
 *
 * <p>Character classes of punctuation and numerals are built from {@link Punctuation} and {@link Numerals}, the one
 * home of those sets.
 *
 * <p>Heading-label patterns expect to be applied with {@code lookingAt()} at the first non-blank character of a line;
 * inline enumeration patterns are applied with {@code find()} inside a paragraph.
 */
public final class ReportPatterns {

    private ReportPatterns() {
    }

    /** Chinese numeral digits used in labels: 一 … 十 (numbers also use 两, 〇 and the units, see {@link CountPatterns#COUNT}). */
    public static final String CN_DIGITS = Numerals.ONE_TO_NINE + Numerals.TEN;

    private static final String CN = "[" + CN_DIGITS + "]{1,3}";

    // ---- heading labels (at line start) --------------------------------------------------------------

    /** {@code 一、} top-level label. Matches {@code 一、工作开展情况}; not {@code 一是加强…} or {@code （一）}. */
    public static final Pattern LABEL_CN_COMMA = Pattern.compile("(" + CN + ")、");

    /** {@code （一）} or {@code (一)}. Matches {@code （二）狠抓监督}; not {@code （1）} or {@code 一、}. */
    public static final Pattern LABEL_CN_PAREN = Pattern.compile("[（(](" + CN + ")[）)]");

    /**
     * {@code 1.}, {@code 1、} or {@code 1．} (not a decimal, not a year). Matches {@code 1.加强政治建设}, {@code 12、…};
     * not {@code 1.2万元} or {@code 2023年}.
     */
    public static final Pattern LABEL_ARABIC = Pattern.compile("(\\d{1,2})(?:[.．](?![0-9])|、)");

    /** {@code （1）} or {@code (1)}. Matches {@code （3）建立台账}; not {@code （一）}. */
    public static final Pattern LABEL_ARABIC_PAREN = Pattern.compile("[（(](\\d{1,2})[）)]");

    /** {@code ①} … {@code ⑳}. Matches {@code ①由一名…}; not {@code 1.}. */
    public static final Pattern LABEL_CIRCLED = Pattern.compile("([①-⑳])");

    /** {@code 第一，} ordinal label. Matches {@code 第一，集中力量}; not {@code 第一巡察组} or {@code 第一议题}. */
    public static final Pattern LABEL_ORDINAL = Pattern.compile("第(" + CN + ")[，,、：:]");

    /** {@code 一是} enumeration label. Matches {@code 一是廉洁自律意识}; not {@code 一岗双责} or {@code 统一是}. */
    public static final Pattern LABEL_SHI = Pattern.compile("(" + CN + ")是[，,：:]?");

    // ---- inline enumerations (inside a paragraph) ---------------------------------------------------

    /** Characters after which an inline enumeration label may start a new item. */
    private static final String ITEM_BOUNDARY =
            "(?<=^|[" + Punctuation.SENTENCE_ENDS + Punctuation.COLONS + Punctuation.COMMAS + "\\s])";

    private static final String STRONG_BOUNDARY = "(?<=^|[" + Punctuation.SENTENCE_ENDS + Punctuation.COLONS + "\\s])";

    /** Inline {@code 一是/二是}. Matches {@code 主要表现在：一是…。二是…}; not {@code 统一是}. */
    public static final Pattern ENUM_SHI = Pattern.compile(ITEM_BOUNDARY + "(" + CN + ")是[，,：:]?");

    /** Inline {@code ①}. Matches {@code 整改情况：①…②…}; not plain digits. */
    public static final Pattern ENUM_CIRCLED = Pattern.compile("([①-⑳])");

    /** Inline {@code （1）}. Matches {@code 。（2）建立…}; not {@code 《条例（2019）》} mid-word. */
    public static final Pattern ENUM_ARABIC_PAREN = Pattern.compile(STRONG_BOUNDARY + "[（(](\\d{1,2})[）)]");

    /** Inline {@code （一）}. Matches {@code ：（一）…；（二）…}; not {@code 《条例（一）》} mid-word. */
    public static final Pattern ENUM_CN_PAREN = Pattern.compile(STRONG_BOUNDARY + "[（(](" + CN + ")[）)]");

    /** Inline {@code 1.} after a sentence end. Matches {@code 。2.建立台账}; not {@code 增长1.5%}. */
    public static final Pattern ENUM_ARABIC = Pattern.compile(STRONG_BOUNDARY + "(\\d{1,2})(?:[.．](?![0-9])|、)");

    /** Inline {@code 第一，}. Matches {@code 。第二，完善制度}; not {@code 第二巡察组}. */
    public static final Pattern ENUM_ORDINAL = Pattern.compile(STRONG_BOUNDARY + "第(" + CN + ")[，,、]");

    /**
     * After a comma mid-sentence, a label is an item only when it continues the sequence (the caller checks the
     * ordinal): {@code 同时，针对…问题，（4）每季度…} after （3）.
     */
    private static final String COMMA_BOUNDARY = "(?<=[，,])";

    /** {@code （4）} after a comma. Matches {@code 问题，（4）每季度}; not {@code 。（4）} (that is {@link #ENUM_ARABIC_PAREN}). */
    public static final Pattern ENUM_ARABIC_PAREN_AFTER_COMMA =
            Pattern.compile(COMMA_BOUNDARY + "[（(](\\d{1,2})[）)]");

    /** {@code （二）} after a comma. Matches {@code 同时，（二）加强}; not {@code 。（二）}. */
    public static final Pattern ENUM_CN_PAREN_AFTER_COMMA =
            Pattern.compile(COMMA_BOUNDARY + "[（(](" + CN + ")[）)]");

    /** {@code 2.} after a comma. Matches {@code 此外，2.建立台账}; not {@code ，2.5万元}. */
    public static final Pattern ENUM_ARABIC_AFTER_COMMA =
            Pattern.compile(COMMA_BOUNDARY + "(\\d{1,2})(?:[.．](?![0-9])|、)");

    /** {@code 第二，} after a comma. Matches {@code 同时，第二，完善}; not {@code ，第二巡察组}. */
    public static final Pattern ENUM_ORDINAL_AFTER_COMMA = Pattern.compile(COMMA_BOUNDARY + "第(" + CN + ")[，,、]");

    /** Where a sentence ends inside a paragraph: an item cut short by a comma-led label ends after it. */
    public static final Pattern SENTENCE_BREAK = Pattern.compile("[" + Punctuation.SENTENCE_ENDS + "\\n]");

    /**
     * Where the last enumerated item ends when a summing-up sentence follows. Matches the {@code 。} before
     * {@code 这些问题和不足…}; not a {@code 。} followed by ordinary text.
     */
    public static final Pattern ENUM_TAIL = Pattern.compile("[。；](?=(?:这些|以上|上述|对此|针对上述|针对以上)[^。]{0,40})");

    // ---- measure blocks, findings -------------------------------------------------------------------

    /**
     * Opens a block of rectification measures. Matches {@code 整改情况：}, {@code 整改措施:}, {@code 整改进展：};
     * not {@code 整改措施***条}.
     */
    public static final Pattern MEASURE_OPENER =
            Pattern.compile("(整改情况|整改措施|整改进展|整改成效|整改落实情况|整改结果|整改举措)[：:]");

    /**
     * A finding heading that names the problem in quotes, the quote followed by 问题. Matches
     * {@code 关于“学习不系统”问题的整改} and {@code 关于“台账不全”的问题} (group 1 is the problem); not
     * {@code 关于加强学习的意见} or a group heading that only quotes a name, {@code 关于“回头看”中发现的新问题}.
     */
    public static final Pattern QUOTED_PROBLEM_HEADING =
            Pattern.compile("关于[“\"]([^”\"\\n]{2,200})[”\"](?=的?问题)");

    /**
     * A problem label before a problem statement. Matches {@code 问题：学习不深入}, {@code 项目1.1：}, {@code 问题一：},
     * {@code 反馈问题：}, {@code 【问题】}, {@code 措施序号（1）：}, {@code 第3项：}, {@code 1.1 }; not {@code 问题清单},
     * {@code 第三项工作} or {@code 1.5万元}.
     */
    public static final Pattern PROBLEM_PREFIX = Pattern.compile(
            "(?:存在的?|反馈|具体)?问题(?:描述)?[：:]|(?:反馈|督察|巡视|巡察|审计)?(?:问题|项目)\\s?[0-9" + CN_DIGITS
                    + "]{1,3}(?:[.．][0-9]{1,2})?\\s?[：:]|【问题[0-9]{0,3}】"
                    + "|(?:措施|问题|任务|整改)序号\\s?[（(]?[0-9]{1,3}[）)]?\\s?[：:]|第[0-9" + CN_DIGITS + "]{1,3}项\\s?[：:]"
                    // 1.1 / 2.3.1 before a problem, not the number of 1.5万元 or 2.3个百分点
                    + "|[0-9]{1,2}[.．][0-9]{1,2}(?:[.．][0-9]{1,2})?(?![0-9.．%％" + Numerals.SMALL_UNITS + Numerals.LARGE_UNITS + "元个次人项条件名家户倍])\\s?[、：:]?");

    /**
     * A paragraph that opens by naming the problem it answers, then says what was done. Group 1 is the problem.
     * Matches {@code 针对“台账管理不规范”的问题，局党组…} and {@code 关于“学习不深入”问题，已…}; not
     * {@code 针对群众反映的问题，…} (no quoted problem) or a heading line ({@code 1.关于“…”问题的整改}).
     */
    public static final Pattern INLINE_PROBLEM = Pattern.compile("^\\s*(?:针对|关于|就)“([^”\\n]{2,120})”(?:的)?问题[，,：:]");

    /**
     * A line that starts with a problem label, so a problem's statement starts there. Matches {@code 项目1.1：…},
     * {@code 问题3：…}, {@code 反馈问题二：…}, {@code 【问题】…}; not {@code 问题整改工作有序推进}.
     */
    public static final Pattern PROBLEM_LABEL_LINE = Pattern.compile("^\\s*(?:" + PROBLEM_PREFIX.pattern() + ")");

    /**
     * A labelled attribute line of a problem, not part of its statement. Matches {@code 整改目标：…}, {@code 整改时限：…},
     * {@code 责任单位：…}; not {@code 整改情况：…} (that opens the measures).
     */
    public static final Pattern ATTRIBUTE_LINE = Pattern.compile(
            "^\\s*(?:整改目标|整改时限|完成时限|整改期限|责任单位|牵头单位|责任领导|责任人|配合单位)[：:]");

    /**
     * The field keys of a labelled problem or of a rectification table's columns, by what their value holds. A key
     * opens its line, followed by a colon and the value ({@code 整改时限：2024年底前}) or alone on its line with the
     * value on the next ({@code 整改时限} / {@code 2024年底前}, a flattened two-column table). See {@link #fieldKey}.
     */
    public static final String KEYS_TIMEFRAME = "整改时限|完成时限|整改期限|时限要求|完成时间|整改目标";

    /** Field keys naming who is responsible. */
    public static final String KEYS_RESPONSIBLE = "整改牵头单位|整改责任单位|责任单位|牵头单位|责任部门|责任领导|牵头领导|责任人";

    /** Field keys holding the measures (and, before them, a status). */
    public static final String KEYS_MEASURES =
            "整改措施|整改举措|整改情况|整改进展|整改结果|整改落实情况|整改工作落实情况|落实情况|整改成效";

    /** Field keys holding only how far the rectification got. */
    public static final String KEYS_STATUS = "完成情况|整改状态|办理情况|进展情况|整改完成情况";

    /** Field keys holding the problem itself (a table column). */
    public static final String KEYS_PROBLEM = "反馈问题|存在问题|问题描述|问题内容|具体问题|问题清单|问题";

    /** Field keys of other columns: serial number, contact, remarks. */
    public static final String KEYS_OTHER = "序号|编号|联系人及联系电话|联系人|联系电话|工作成效|配合单位|备注";

    /**
     * A field key of {@code keys} opening a line, or a table cell: {@code 整改时限：…} and a line that is only
     * {@code 整改时限}; not {@code 整改时限较短的问题}.
     */
    public static Pattern fieldKey(String keys) {
        return Pattern.compile("^\\s*(" + keys + ")\\s*(?:[：:]|$)");
    }

    /**
     * A paragraph that opens by naming its problem without quotes, {@code 关于基层党组织建设薄弱的问题，…}; group 1 is
     * the problem. Not {@code 关于上述问题，…} or {@code 关于巡察反馈的问题，} (they name no problem), nor
     * {@code 关于加强学习的意见}.
     */
    public static final Pattern INLINE_PROBLEM_UNQUOTED = Pattern.compile(
            "^\\s*关于(?!上述|以上|这些|此类|有关|巡[察视]|反馈|存在|发现|整改|该)([^“”\"，,。；;：:\\n]{4,60}?)的?问题[，,]");

    // ---- layout ---------------------------------------------------------------------------------------

    /**
     * A line that ends a sentence or a clause, closing quotes and brackets aside. Matches {@code …不到位。},
     * {@code 各位代表：}, {@code …“不到位。”}; not {@code 财经纪律执行不严格}.
     */
    public static final Pattern CLOSING_PUNCTUATION = Pattern.compile(
            "[" + Punctuation.SENTENCE_ENDS + Punctuation.CLAUSE_ENDS + "][" + Punctuation.CLOSERS + "]*$");

    /** Sentence-internal full stop: a line containing one is prose, not a heading title. */
    public static final Pattern SENTENCE_END = Pattern.compile("[" + Punctuation.SENTENCE_ENDS + "]");

    /**
     * Where a numbered heading's inline title ends. Matches the {@code 。} in {@code 1.加强政治建设。紧紧围绕…}; the
     * title is the text before it.
     */
    public static final Pattern TITLE_END = Pattern.compile("[" + Punctuation.SENTENCE_ENDS + Punctuation.COLONS + "]");

    // ---- section roles (on heading titles) -----------------------------------------------------------

    /** Overview part. Matches {@code 整改工作基本情况}, {@code 工作开展情况}; not {@code 整改落实情况}. */
    public static final Pattern ROLE_OVERVIEW =
            Pattern.compile("基本情况|总体情况|工作开展情况|工作情况|主要工作|工作回顾|主要做法|工作成效|履行.{0,10}情况");

    /** Rectification body. Matches {@code 反馈意见整改落实情况}; not {@code 整改工作基本情况}. */
    public static final Pattern ROLE_RECTIFICATION =
            Pattern.compile("整改落实情况|整改情况$|问题及整改|反馈意见.{0,8}整改|反馈问题.{0,8}整改|问题整改|整改进展");

    /** Problems part. Matches {@code 存在的主要问题}, {@code 问题和不足}; not {@code 问题整改}. */
    public static final Pattern ROLE_PROBLEMS =
            Pattern.compile("存在的.{0,4}问题|存在问题|问题和不足|不足和问题|问题与不足|困难和问题|差距和不足|不足之处");

    /**
     * A heading at any level whose whole title names a part that lists problems: {@link #ROLE_PROBLEMS} or what an
     * audit found. Matches {@code 审计发现的主要问题}, {@code 审计查出的主要问题}, {@code 存在的问题和不足}; not
     * {@code 审计发现问题整改情况} (a rectification part, see {@link #ROLE_RECTIFICATION}) or a long sentence.
     */
    public static final Pattern PROBLEM_SECTION_TITLE = Pattern.compile(
            "^(?:" + "[^" + Punctuation.SENTENCE_ENDS + "]{0,12}(?:" + "存在的.{0,4}问题|存在问题|问题和不足|不足和问题|问题与不足"
                    + "|差距和不足|不足之处|(?:发现|查出)的?(?:主要)?问题)" + "[^" + Punctuation.SENTENCE_ENDS + "]{0,8})$");

    /**
     * A sentence that introduces the problems found, ending in a colon: what follows (the rest of the paragraph, or
     * the headings below) lists them. Matches {@code 审计发现的主要问题：}, {@code 发现的主要问题是：},
     * {@code …方面还存在一些问题：}, {@code 但也存在一些问题和不足，主要是：}; not {@code 针对审计发现的问题，} (no
     * colon) or {@code 问题整改情况：}.
     */
    public static final Pattern PROBLEM_INTRO = Pattern.compile(
            "(?:(?:发现|查出)的?(?:主要)?问题(?:是|有|如下)?|存在(?:着|以下|一些|如下|的)?(?:主要|突出)?(?:问题|不足)"
                    + "(?:和不足|和问题|与不足)?(?:[，,]?(?:主要|具体)?(?:是|有|表现在|体现在|如下))?"
                    + "|(?:问题|不足)(?:主要)?(?:是|表现在|体现在))[：:]");

    /**
     * Words in a {@link #PROBLEM_SECTION_TITLE} or before a {@link #PROBLEM_INTRO} in the same clause that make it
     * about rectifying problems (a rectification report restating the feedback it answers), not listing them.
     * Matches {@code 针对}, {@code 整改}, {@code 巡察}; not {@code 审计}.
     */
    public static final Pattern PROBLEM_INTRO_NOT = Pattern.compile("针对|对照|整改|反馈|解决|巡察|巡视|督察");

    /**
     * Shortfall cues that mark a sentence as naming a problem. Matches {@code 形式主义、官僚主义仍然突出},
     * {@code 创新能力不强}, {@code 公立医院改革推进缓慢}; does not match {@code 经济运行总体平稳}.
     */
    public static final Pattern SHORTFALL = Pattern.compile(
            "问题|不足|困难|短板|形式主义|官僚主义|不到位|不强|不够|薄弱|滞后|突出|不高|偏弱|不稳固|不牢固|矛盾|风险|隐患"
                    + "|差距|乏力|不力|欠缺|压力|艰巨|不少|较多|较大|不平衡|不充分|弱化|缺乏|不严|不实|失职|懒政|怠政"
                    + "|缓慢|不规范|不深入|不彻底|不及时|不完善|不健全|不落实|漏洞|偏差|偏软|虚化");

    /**
     * A heading that opens with what was done, so it names a measure even when it ends with 问题. Matches
     * {@code 集中整治群众身边的腐败问题}, {@code 开展…专项整治}; not {@code 公立医院改革推进缓慢的问题}.
     */
    public static final Pattern ACTION_OPENING = Pattern.compile(
            "^(?:开展|建立|制定|组织|召开|集中整治|专项整治|整治|解决|修订|印发|实施|督促|查处|清理|排查|推动|着力|聚焦)");

    /**
     * A problem named as a numbered heading beneath a problem area ({@code 1.公立医院改革推进缓慢的问题。},
     * {@code 2.关于预算编制不完整问题的整改情况}): the title ends with 问题, then at most 的整改(情况) and a stop.
     */
    public static final Pattern PROBLEM_TITLE = Pattern.compile(
            "^(.{4,80}?问题)(?:的?整改(?:落实)?(?:情况)?)?[" + Punctuation.SENTENCE_ENDS + "]?$");

    /**
     * A heading of a rectification report that names its problem without quotes. Matches
     * {@code 关于部分收入未及时缴入国库的问题} and {@code 关于预算编制不够完整问题的整改情况} (group 1 the problem); not
     * {@code 关于加强预算管理} or {@code 关于“…”问题} (that is {@link #QUOTED_PROBLEM_HEADING}).
     */
    public static final Pattern PLAIN_PROBLEM_HEADING = Pattern.compile(
            "^关于([^“\"" + Punctuation.SENTENCE_ENDS + "]{4,80}?)的?问题(?:的?整改(?:情况)?)?$");

    /**
     * A heading that groups problems by how far their rectification has got. Matches {@code 已完成整改企业情况},
     * {@code 未完成整改企业及处理情况}, {@code 正在整改的问题}; not {@code 整改完成情况} or {@code 已完成的主要工作}.
     */
    public static final Pattern STATUS_GROUP_TITLE =
            Pattern.compile("^(?:已|未|尚未|正在)(?:完成|全部)?整改[^" + Punctuation.SENTENCE_ENDS + "]{0,16}$");

    /**
     * How far a problem's own rectification has got, as the first words after it say: group {@code done},
     * {@code doing} or {@code long}. Matches {@code 已整改到位}, {@code 已整改12.3亿元}, {@code 正在整改},
     * {@code 需长期整改}; not {@code 整改措施}.
     */
    public static final Pattern FINDING_STATUS = Pattern.compile(
            "(?<doing>正在整改|整改中|部分整改|基本整改|尚未整改到位|尚未完成整改|未完成整改|尚未整改|未整改|持续整改中)"
                    + "|(?<long>需长期整改|长期整改|持续整改)"
                    + "|(?<done>已整改到位|已完成整改|已整改完毕|已全部整改|整改到位|整改完成|已整改(?:金额)?\\d+(?:\\.\\d+)?(?:亿|万)?元|已整改)");

    /** Plans part. Matches {@code 下一步打算}, {@code 下一步工作}; not {@code 工作开展情况}. */
    public static final Pattern ROLE_PLANS = Pattern.compile("下一步|打算|工作安排|工作计划|工作思路|努力方向");

    /** A problem area title. Matches {@code “…履职尽责不到位”方面}; not {@code 加强组织领导}. */
    public static final Pattern ROLE_AREA = Pattern.compile("方面[”\"]?$|^[“\"].{2,120}[”\"]方面");

    // ---- measure attributes ----------------------------------------------------------------------------

    /**
     * A measure that opens by announcing itself: what follows is planned, even if it names a routine or a
     * deadline ({@code 下一步将…每半年通报一次}). Matches {@code 下一步将把…}, {@code 拟于…}; not {@code 已完成…下一步…}.
     */
    public static final Pattern STATUS_PLANNED_LEAD = Pattern.compile("^(?:下一步|下步|今后|拟(?!定)|计划于|将(?:于|在|进一步|继续|持续))");

    /** Finished. Matches {@code 已完成}, {@code 已开通}, {@code 今年以来，已}, {@code 已整改。}; not {@code 完成率}. */
    public static final Pattern STATUS_DONE = Pattern.compile(
            "已整改到位|整改完成|已整改|已全部|已完成|已经完成|已建立|已开通|已制定|已印发|已修订|已落实|已组织|已开展|已累计|已获批"
                    + "|已上报|已向|已于|均已|今年以来[^。；]{0,12}已|全部纳入|开设了|完成了"
                    + "|已(?:依法|按|追回|收回|补充|补登|清理|清退|解决|办结|约谈|召开|签订|通报|取消|废止|纳入|列入)");

    /**
     * Done so far, reported as results with a count: {@code 今年以来开展…集体学习12次}, {@code 共排查风险点93个},
     * {@code 补正瑕疵案卷12份}. The work was carried out, so the measure is DONE ({@code 正在}, a partial
     * {@link #STATUS_PARTIAL} and a routine {@link #STATUS_ONGOING} still win). Not {@code 将组织培训2期} (no result verb or 共/累计 lead) or {@code 每季度一次}.
     */
    public static final Pattern STATUS_DONE_RESULT = Pattern.compile(
            "(?:共|累计|先后|今年以来|[*\\d]{1,2}月份?以来)[^。；]{0,20}?(?:\\d+(?:\\.\\d+)?|\\*{1,4})"
                    + "(?:人次|场次|户次|次|个|项|条|份|家|处|件|期|篇|名|起|场|人)"
                    + "|(?:查处|补正|注销|评选|清理|复核|签订|培训|排查|审核|检查|约谈|新增|修订|新建|收回|追缴|清退|走访|受理)"
                    + "[^，,。；;]{0,12}?(?:\\d+|\\*{1,4})(?:人次|场次|次|个|项|条|份|家|处|件|期|篇|名|起)");

    /**
     * Partly done: a count solved so far out of more ({@code 目前已解决9个}, {@code 其余2个正在}). The measure goes on,
     * so it is IN_PROGRESS. Not {@code 目前已完成建设} (no count).
     */
    public static final Pattern STATUS_PARTIAL =
            Pattern.compile("(?:目前|截至目前|截至[^，。；]{0,10})[，,]?已[^，,。；;\\d]{1,6}?\\d+(?:个|项|条|家|处|件)");

    /** Under way. Matches {@code 正在}, {@code 积极推进}, {@code 已启动}; not {@code 已推进}. */
    public static final Pattern STATUS_IN_PROGRESS =
            Pattern.compile("目前正在|正在|积极推进|进一步探讨论证|探讨论证中|推进中|进行中|过程中|稳步推进|已启动|已着手");

    /** Routine. Matches {@code 常态化}, {@code 每季度}; not {@code 每名}. */
    public static final Pattern STATUS_ONGOING = Pattern.compile("常态化|长期坚持|需长期整改|长期整改|长效机制|定期|每(?:年|半年|季度|月|周|季)");

    /** Announced. Matches {@code 下一步}, {@code 拟}; not {@code 模拟} or the object-marking {@code 将文件}. */
    public static final Pattern STATUS_PLANNED = Pattern.compile(
            "下一步|下步|(?<![模虚比])拟(?!定)|将(?:于|在|进一步|继续|持续|适时|逐步|加快|探索|组织|开展)|计划于|准备|筹备");

    /** Who is responsible. Matches {@code 由一名党组成员牵头}, {@code 专人负责}; not {@code 负责同志}. */
    public static final Pattern RESPONSIBLE = Pattern.compile(
            "由[^，,。；;、]{2,20}?(?:牵头|负责|带队|兼任|任组长)|明确[^，,。；;、]{2,15}?(?:牵头|负责|为督察员)"
                    + "|(?:安排|明确)?专人(?:负责)?|[^，,。；;、]{2,10}?带队");

    /** Deadline or frequency. Matches {@code *月份}, {@code 每季度}, {@code 年底前}; not {@code 2023年}. */
    public static final Pattern TIMEFRAME = Pattern.compile(
            "(?:\\d{1,2}|\\*{1,2})月(?:份|底前?|初|中旬|\\d{1,2}日前|\\*{1,2}日前)|每(?:年|半年|季度|季|月|周)|年底前|年内|年底"
                    + "|限期|立行立改|长期坚持|(?:\\d{4}|\\*{4})年(?:\\d{1,2}|\\*{1,2})月(?:底)?前");

    // ---- metadata ----------------------------------------------------------------------------------------

    /** A stated year. Matches {@code 2023年}; not {@code ****年} or {@code 202年}. */
    public static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)\\d{2})年");

    /** A month or day in a date: digits, Chinese numerals up to 三十一, or a mask. */
    private static final String DATE_PART = "[0-9" + Numerals.ONE_TO_NINE + Numerals.TEN + "*]{1,3}";

    /**
     * A signature (落款) date: a line that is only a full date, as a notice ends. Matches {@code 2025年11月17日} and
     * {@code 二〇二五年十一月十七日}, {@code 2023年*月**日} (masked day); not {@code 截至2025年6月底，…}. Group 1 is the year in digits or Chinese numerals.
     */
    public static final Pattern SIGNATURE_DATE = Pattern.compile(
            "^\\s*((?:19|20)\\d{2}|[" + Numerals.DIGITS + "○]{4})\\s*年\\s*" + DATE_PART + "\\s*月\\s*" + DATE_PART
                    + "\\s*日\\s*$");

    /** A masked year. Matches {@code ****年}; not {@code *年}. */
    public static final Pattern MASKED_YEAR = Pattern.compile("\\*{4}年");

    /**
     * A report-kind phrase from {@code report-kinds.tsv} as a pattern: the phrase literally, with {@code …} standing
     * for up to 12 characters within one sentence. {@code 巡察…整改进展情况} matches {@code 巡察反馈意见整改进展情况};
     * not {@code 巡察工作。下一步整改进展情况}.
     */
    public static Pattern kindPhrase(String phrase) {
        StringBuilder re = new StringBuilder();
        String[] pieces = phrase.split("…", -1);
        for (int i = 0; i < pieces.length; i++) {
            if (i > 0) {
                re.append("[^" + Punctuation.SENTENCE_ENDS + "\\n]{0,12}?");
            }
            re.append(Pattern.quote(pieces[i]));
        }
        return Pattern.compile(re.toString());
    }

    /**
     * Where the organisation ends in a title: at 关于, a (masked) year, or 的. Matches {@code 关于} in
     * {@code 中共某局党组关于…}, {@code 2022年} in {@code 某局2022年党风廉政…}; not {@code 局}.
     */
    public static final Pattern ORG_END = Pattern.compile("关于|(?:19|20)\\d{2}年|\\*{4}年");

    /** Party-body decorations around an organisation name. Matches {@code 中共} and {@code 党组}; not {@code 局}. */
    public static final Pattern ORG_DECORATION =
            Pattern.compile("^(?:中共|中国共产党)|(?:党组|党委|党总支|党支部|机关党委|机关)+$");

    /**
     * A title-like line: short, names a report (or its ledger table). Matches {@code XX侨联2023年党风廉政建设责任制报告},
     * {@code 某局巡察反馈问题整改情况表}, {@code 某局巡察整改台账}; not prose, not a table's header row or a column key
     * alone ({@code 完成情况}: a title names more than what it is), not a web page's breadcrumb
     * ({@code 首页 > 信息公开 > 通知公告}).
     */
    public static final Pattern TITLE_LINE = Pattern.compile(
            "(?!.*[>＞»›])(?!当前位置)[^\t]{3,60}(?:(?:报告|情况|总结|通报|公告|方案|公示)(?:表|一览表)?|台账)");

    /**
     * A title line that a PDF broke mid-phrase, so the next line continues it: it ends on a word that cannot end a
     * title (的, 和, 关于 …) or leaves a 《 open. Matches {@code 国务院关于2023年度中央预算执行和其他财政收支的}; not
     * {@code 某局关于巡察整改情况的报告}.
     */
    public static final Pattern TITLE_BROKEN_AFTER = Pattern.compile("(?:关于|的|和|及|与|暨|对|《[^》]{0,60})$");

    /**
     * The head of a title that a PDF broke: a line that opens the title (it holds 关于 or leaves a 《 open) and does
     * not end it, or a line that is only the name of the document the title is about. Matches
     * {@code 关于落实《…方案》整改措施} and {@code 《2016年…专项监管报告》}; not {@code 海南省发展和改革委员会} (a name line).
     */
    public static final Pattern TITLE_HEAD = Pattern.compile("关于|《[^》]{0,60}$|^《[^》]{2,80}》$");

    /**
     * A whole notice merged into one line: its title is the head up to a title word followed by a space. Matches
     * {@code 《…专项监管报告》 披露问题企业整改情况通报 } (group 1); not a title word without a space after it.
     */
    public static final Pattern MERGED_TITLE =
            Pattern.compile("^\\s*(.{4,80}?(?:报告|情况|总结|通报|公告|方案|公示)(?![》”]))[ \\u3000]");

    /** A period under review. Matches {@code 2023年度} (group 1 the year); not {@code 2023年12月}. */
    public static final Pattern PERIOD = Pattern.compile("(?<![0-9])((?:19|20)\\d{2})年度");

    /** A cut-off date. Matches {@code 截至2025年6月底} and {@code 截止2017年6月30日} (group 1); not {@code 2017年}. */
    public static final Pattern CUT_OFF_YEAR = Pattern.compile("截[至止](?:到)?((?:19|20)\\d{2})年");

    /** Suffixes that end the name of an organisation (局, 委员会, 党组 …). */
    private static final String ORG_SUFFIX =
            "(?:局|厅|委员会|委|部|署|办公室|办|院|馆|站|所|中心|公司|集团|政府|党组|党委|党工委|联合会|协会|法院|检察院)";

    /**
     * A line that is only the name of an organisation, as a signature or a sender above the title. Matches
     * {@code 中共某省某局党组}, {@code 国家能源局}; not {@code 县审计局：} (an addressee) or prose.
     */
    public static final Pattern ORG_NAME_LINE =
            Pattern.compile("^\\s*(" + Han.CLASS + "(?:" + Han.CLASS + "|[（）()]){1,30}?" + ORG_SUFFIX + ")\\s*$");

    /**
     * The organisation that acts in a notice's first sentences. Matches {@code 国家能源局} in
     * {@code …监管，国家能源局及派出能源监管机构对…开展了跟踪监管}; not {@code 市委第二巡察组对…} (not a name).
     */
    public static final Pattern ORG_SUBJECT = Pattern.compile("(?<=^|[" + Punctuation.SENTENCE_ENDS + Punctuation.COMMAS
            + Punctuation.COLONS + "\\s])(" + Han.CLASS + "{2,14}?" + ORG_SUFFIX
            + ")(?:及|和|会同)?[^" + Punctuation.SENTENCE_ENDS + Punctuation.COMMAS + "]{0,12}?(?:对|组织|开展|印发)");

    /** The organisation inspected. Matches {@code 对市侨联开展了巡察} (group 1); not {@code 开展了调研}. */
    public static final Pattern ORG_INSPECTED = Pattern.compile("对([^，,。；\\s]{2,15}?)(?:党组|党委)?(?:开展了|进行了|开展)(?:常规|专项)?巡[察视]");

    /** The writer naming itself. Matches {@code 我局}, {@code 本委}; not {@code 某局}. */
    public static final Pattern ORG_SELF = Pattern.compile("[我本]");

    /** Masking characters. Matches {@code *}, {@code ***}; not {@code X}. */
    public static final Pattern MASK = Pattern.compile("\\*+");
}
