package org.reportminer.pipeline.patterns;

import java.util.regex.Pattern;
import org.reportminer.corpus.text.Han;
import org.reportminer.corpus.text.Numerals;

/**
 * The patterns of numbers a report states: counts with their units, qualifiers and 其中 breakdowns, and the totals a
 * report states about its own findings and measures. Part of the one home of the extraction regexes (this package,
 * beside {@link ReportPatterns}); each pattern is compiled once, documented with one text it matches and one it does
 * not, and bounded so that no input can make it backtrack catastrophically.
 */
public final class CountPatterns {

    private CountPatterns() {
    }

    /**
     * Between a number and its unit: up to two spaces, then at most one line break (a PDF breaks {@code 12个} over
     * two lines), then up to two spaces. The extractor refuses a line break after a number that opens its line.
     */
    private static final String GAP = "(?<gap>[ \t\u3000]{0,2}(?:\r?\n[ \t\u3000]{0,2})?)";

    /** The denominator of a rate unit: {@code /年} in 万吨/年, {@code /立方米} in 微克/立方米. */
    private static final String PER =
            "(?:/(?:年|日|天|月|季度|周|人|户|次|小时|秒|立方米|平方米|吨|千瓦时|公里|亩|辆|台|车|kWh))";

    /**
     * A number that may be a count with a unit outside {@link #COUNT}'s list (17眼, 8艘, 5万辆): Arabic or Chinese,
     * with its 万/亿 scale and 多/余, the {@code gap}, then the Han character where the unit would start. Groups
     * {@code num}, {@code mult}, {@code approx}, {@code gap}; {@code unit} is the offset after the gap. Matches
     * {@code 17眼}, {@code 八艘}, {@code 5万辆}; not {@code 17%}, {@code 项目}.
     */
    public static final Pattern OPEN_NUMBER = Pattern.compile(
            // (?<!\\d) and \\d++: a digit run is tried once, from its first digit, never from each (quadratic)
            "(?<num>(?<!\\d)\\d++(?:\\.\\d+)?|[" + ReportPatterns.CN_DIGITS + Numerals.LIANG + "]["
                    + Numerals.DIGITS + Numerals.LIANG + Numerals.SMALL_UNITS + "]{0,6}|\\*{1,6})"
                    + "(?<mult>万亿|亿|万)?(?<approx>多|余)?" + GAP + "(?=" + Han.CLASS + ")");

    /** The characters a number of {@link #COUNT} or {@link #OPEN_NUMBER} starts with: digits, numerals, a mask. */
    private static final String NUMBER_STARTS = "0123456789*" + ReportPatterns.CN_DIGITS + Numerals.LIANG;

    /** {@link #OPEN_NUMBER}, tried only where a number starts. */
    public static final FirstCharPattern OPEN_NUMBER_FINDER = FirstCharPattern.of(OPEN_NUMBER, NUMBER_STARTS);

    /**
     * Measure words that name a point, a rank or a grade rather than how many (2023年, 351号, 十四届, 3级, 750千伏,
     * 5点, 第2页, 70周年), 些/下 (一些, 一下) and 比 (1比1): never the unit of an open-vocabulary count. Matches the
     * whole unit.
     */
    public static final Pattern NOT_A_UNIT = Pattern.compile(
            "年|月|日|号|时|分|秒|点|届|代|级|度|周年|些|下|楼|层|页|版|环|伏|千伏|万伏|千伏安|兆伏安|路|线|型|式|比|多|余|等|和");

    /** The rate denominator after an open-vocabulary unit: {@code /年}. */
    public static final Pattern RATE_SUFFIX = Pattern.compile(PER + "{1,2}");

    /**
     * A number with its unit: Arabic (1200, 80.6), Chinese (三十五), mixed with 万/亿 (1.2万, 2.5万亿) or masked
     * ({@code *}, {@code ***}), an optional 多/余 and a unit; groups {@code num}, {@code mult}, {@code approx},
     * {@code mult2}, {@code unit}. Matches {@code 22次}, {@code 80.6㎡}, {@code **多万元}, {@code 三十五项},
     * {@code 5%}, {@code 150亿方/年}, {@code 3MW}, {@code 15个工作日}, {@code 5方面}, {@code 3起}, {@code 35微克/立方米},
     * {@code 12 个} and {@code 12\n个} (a space or a PDF line break between number and unit: group {@code gap}); not
     * {@code 2023年}, {@code *月**日}, {@code 项目}, {@code 起来}. Units outside this list are read by
     * {@link #OPEN_NUMBER} with the segmenter's measure words.
     */
    public static final Pattern COUNT = Pattern.compile(
            // (?<!\\d) and \\d++ as in OPEN_NUMBER: 200k digits without a unit were quadratic
            "(?<num>(?<!\\d)\\d++(?:,\\d{3})*(?:\\.\\d+)?|[" + ReportPatterns.CN_DIGITS + Numerals.LIANG + "]["
                    + Numerals.DIGITS + Numerals.LIANG + Numerals.SMALL_UNITS + "]{0,6}|\\*{1,6})"
                    + "(?<mult>万亿|亿|万)?(?<approx>多|余)?(?<mult2>万亿|亿|万)?" + GAP
                    + "(?<unit>(?:个百分点|百分点|个工作日|工作日|吨标准煤|方面(?![的])|学时|节次|艘次|大项|子项|大类"
                    + "|GWh|MWh|kWh|GW|MW|kW|平方公里|平方米|立方米|千瓦时|万千瓦|千瓦|公里|千米|公顷|小时|分钟|微克|毫克|千克|公斤"
                    + "|人次|户次|批次|期次|件次|场次|架次|轮次|台次|车次|班次|频次|个月"
                    + "|㎡|%|％|‰|元(?![旦素首宇])|次(?![要序数生])|个(?![人体性别案])|项(?![目])|条(?![件例款线约])"
                    + "|名(?![单义称誉额])|人(?![员民才大们口事士物选数类生])|户(?![籍口外])|件|份(?![额])"
                    + "|批(?![示准评复])|期(?![间限刊待望])|天(?![然气地下])|家(?![庭属乡风园长人族国书])"
                    + "|篇(?![章幅])|场(?![所景地馆])|处(?![理置分级室长罚])|所(?![在有以属得谓])|座(?![谈])"
                    + "|台(?![湾账阶])|辆|吨|亩|斤|倍|种(?![植子养类])|类(?![型似别])|轮(?![换训])"
                    + "|支(?![持出付部撑援柱])|张(?![家贴网])|套|部(?![分门署长队委位])|位(?![置于])|岁|周(?![年边末期])"
                    + "|堂|幅|册|座|栋|间(?![断隔接])|米|項|门(?![户槛窗口类])|(?<!(?<![\\d" + Numerals.ONE_TO_NINE + Numerals.LIANG + Numerals.SMALL_UNITS + "])一)起(?![来草步点诉到])|笔(?![记者试])"
                    + "|方(?![面式法案向针位便])"
                    // a rate or compound unit: 万吨/年, 亿方/年, 元/人/月, 微克/立方米
                    + ")" + PER + "{0,2})");

    /** {@link #COUNT}, tried only where a number starts. */
    public static final FirstCharPattern COUNT_FINDER = FirstCharPattern.of(COUNT, NUMBER_STARTS);

    /**
     * Approximation words before a number. Matches {@code 超过} in {@code 超过60天}, {@code 突破} in
     * {@code 突破1500万千瓦}, {@code 超} in {@code 超88亿立方米}; not {@code 达到}.
     */
    public static final Pattern QUALIFIER_BEFORE =
            Pattern.compile("(?:超过|突破|不少于|不低于|不超过|不足|不到|将近|大约|至少|近|约|逾|超)$");

    /** Approximation words after a count. Matches {@code 以上} in {@code 1200万人以上}; not {@code 以来}. */
    public static final Pattern QUALIFIER_AFTER = Pattern.compile("以上|左右|以下|以内|上下|多");

    /** What follows a 次/届 that makes it an ordinal. Matches {@code 全会} in {@code 二次全会}; not {@code 会议}. */
    public static final Pattern ORDINAL_FOLLOWER = Pattern.compile("(?:中)?(?:全会|全体会议|代表大会|党代会|侨代会|人代会|全委会)");

    /**
     * Starts a breakdown after a count, possibly after a short object. Matches {@code ，其中} and
     * {@code 传承人资格，其中}; not {@code 其他}.
     */
    public static final Pattern BREAKDOWN_OPENER = Pattern.compile("[^，,。；;\\d]{0,8}[，,]?其中[，,：:]?");

    /**
     * The text between two breakdown parts: a label of up to 16 characters without a clause break. Matches
     * {@code ，中风险} and {@code 、互联网上网服务营业场所}; not {@code ，并制定风险防控措施。}.
     */
    public static final Pattern BREAKDOWN_GAP = Pattern.compile("[，,、]?[^，,。；;：:\\s\\d*]{0,16}");

    /** Verbs after which the counted object starts. Matches {@code 开展} in {@code 开展集中学习}; not {@code 学习}. */
    public static final Pattern OBJECT_LEAD = Pattern.compile(
            ".*(?:开展|召开|组织|举办|查找出|查找|排查出|排查|制定|共有|共|累计|达|提交|签订|填报|走访|观看|解决|上报|报送|"
                    + "参加|形成|发现|推荐|讲|了|其中)");

    /** Characters that end an object phrase. */
    public static final Pattern OBJECT_STOP = Pattern.compile("[，,。；;：:、（）()《》“”\"\\s和与及并的对在从向为把将]");

    /** A Chinese or Arabic number for stated totals: group {@code n}. */
    private static final String TOTAL_NUM =
            "(?<n>\\d+|[" + Numerals.ONE_TO_NINE + Numerals.LIANG + Numerals.SMALL_UNITS + "]{1,4}|\\*{1,4})";

    /** The characters {@link #TOTAL_NUM} starts with. */
    private static final String TOTAL_NUM_STARTS = "0123456789*" + Numerals.ONE_TO_NINE + Numerals.LIANG
            + Numerals.SMALL_UNITS;

    /** {@code 存在*个方面*项问题}: groups {@code a} (areas) and {@code n} (problems). */
    public static final Pattern TOTAL_AREAS_PROBLEMS = Pattern.compile(
            // (?<!\\d) and \\d++: a run of 200k digits is tried once, not from each of its digits (quadratic)
            "(?<a>(?<!\\d)\\d++|[" + ReportPatterns.CN_DIGITS + Numerals.LIANG + "]{1,3}|\\*{1,4})个方面(?:的)?" + TOTAL_NUM + "(?<u>项|个|条)(?:具体)?问题");

    /**
     * {@code 反馈问题25个} / {@code 反馈的12项问题} / {@code 查找出5个问题} / {@code 查找出政治生态方面问题7个}. Not
     * {@code 问题清单}.
     */
    public static final Pattern TOTAL_PROBLEMS = Pattern.compile(
            "(?:(?:反馈|指出|交办|移交)(?:的)?(?:具体)?问题" + TOTAL_NUM + "(?<u>个|项|条)"
                    + "|(?:反馈|指出|交办|移交)(?:的)?" + TOTAL_NUM.replace("<n>", "<m>") + "(?<v>个|项|条)(?:具体)?问题"
                    + "|(?:查找出|查摆出|检视出|梳理出)" + TOTAL_NUM.replace("<n>", "<k>") + "(?<w>个|项|条)问题"
                    + "|(?:查找出|查摆出|检视出|梳理出)[^，,。；;\\d*]{0,12}?问题" + TOTAL_NUM.replace("<n>", "<j>")
                    + "(?<x>个|项|条))");

    /** {@code 提出*项意见建议}. Not {@code 提出意见}. */
    public static final Pattern TOTAL_SUGGESTIONS =
            Pattern.compile("(?<=提出)" + TOTAL_NUM + "(?<u>项|条)(?:意见建议|整改意见|意见|建议)");

    /** {@code 整改措施***条} / {@code 制定36条整改措施}. Not {@code 整改措施：}. */
    public static final Pattern TOTAL_MEASURES = Pattern.compile(
            "(?:整改措施" + TOTAL_NUM + "(?<u>条|项)|制定" + TOTAL_NUM.replace("<n>", "<m>") + "(?<v>条|项)整改措施)");

    /** {@code 已完成整改19个}. Not {@code 已完成整改工作}. */
    public static final Pattern TOTAL_DONE = Pattern.compile("已(?:完成)?整改(?:完成|到位)?" + TOTAL_NUM + "(?<u>个|项|条)");

    /** {@code 正在整改6个}. Not {@code 正在整改中}. */
    public static final Pattern TOTAL_IN_PROGRESS = Pattern.compile("正在(?:整改|推进)" + TOTAL_NUM + "(?<u>个|项|条)");

    /** {@code 整改完成率76%}. Not {@code 完成率较高}. */
    public static final Pattern TOTAL_RATE = Pattern.compile("整改完成率(?:为|达到|达)?(?<n>\\d+(?:\\.\\d+)?|\\*{1,3})(?<u>%|％)");

    /** The stated-total patterns, each tried only where its matches can start. */
    public static final FirstCharPattern TOTAL_AREAS_PROBLEMS_FINDER = FirstCharPattern.of(TOTAL_AREAS_PROBLEMS,
            NUMBER_STARTS);
    public static final FirstCharPattern TOTAL_PROBLEMS_FINDER = FirstCharPattern.of(TOTAL_PROBLEMS, "反指交移查检梳");
    public static final FirstCharPattern TOTAL_SUGGESTIONS_FINDER = FirstCharPattern.of(TOTAL_SUGGESTIONS,
            TOTAL_NUM_STARTS);
    public static final FirstCharPattern TOTAL_MEASURES_FINDER = FirstCharPattern.of(TOTAL_MEASURES, "整制");
    public static final FirstCharPattern TOTAL_DONE_FINDER = FirstCharPattern.of(TOTAL_DONE, "已");
    public static final FirstCharPattern TOTAL_IN_PROGRESS_FINDER = FirstCharPattern.of(TOTAL_IN_PROGRESS, "正");
    public static final FirstCharPattern TOTAL_RATE_FINDER = FirstCharPattern.of(TOTAL_RATE, "整");
}
