package org.reportminer.index.compare;

import java.util.regex.Pattern;
import org.reportminer.corpus.text.Han;
import org.reportminer.corpus.text.Numerals;
import org.reportminer.corpus.text.Punctuation;

/**
 * The one home of the regular expressions this package uses. Each pattern is compiled once and documented with a
 * matching and a non-matching example.
 */
final class ComparePatterns {

    private ComparePatterns() {
    }

    /**
     * Masked or literal numbers: ASCII digits, mask stars and Chinese-numeral years. Matches {@code 2019}, {@code **},
     * {@code 二〇二一}; does not match {@code 一岗双责} (a single numeral followed by a word is left alone).
     */
    static final Pattern NUMBER_OR_MASK =
            Pattern.compile("[0-9*＊]+(?:[.．][0-9]+)?|[" + Numerals.DIGITS + "]{4}(?=年)");

    /**
     * Name masks made of X: matches {@code XX} in {@code XX侨联} and {@code X} in {@code X市}; does not match the x of
     * a Latin word such as {@code Excel} (only upper-case runs next to non-Latin text).
     */
    static final Pattern NAME_MASK = Pattern.compile("(?<![A-Za-z])[XＸ]+(?![A-Za-z])");

    /**
     * Sentence ends for splitting report text: 。！？； (either width) with the closing quotes and brackets after them,
     * newlines. Matches the {@code 。} in {@code 不够。下一步} and {@code 。”} in {@code “不够。”下一步}; a comma never ends a
     * sentence.
     */
    static final Pattern SENTENCE_END =
            Pattern.compile("[" + Punctuation.SENTENCE_ENDS + "]+[" + Punctuation.CLOSERS + "]*|\\n+");

    /**
     * Leading organisation prefixes in a name: a party committee prefix (中共), a province / city / county / district
     * name ending in 省市县区州盟旗 (2–6 characters, masks included) or a masked place. Matches {@code 中共青禾市委}'s
     * {@code 中共}, {@code 青禾市} in {@code 青禾市科协}, {@code **市} in {@code **市侨联}; does not match {@code 市} alone
     * in {@code 市侨联}, which {@link OrgNames} strips separately.
     */
    static final Pattern ORG_PREFIX = Pattern.compile(
            "^(?:中国共产党|中共)?(?:[" + Han.CLASS + "#]{1,6}?(?:省|自治区|市|自治州|州|盟|县|区|旗))+");

    /**
     * Opening of a paragraph that names a report's problems and shortcomings. Matches {@code 我们也清醒看到面临的困难和挑战},
     * {@code 政府工作也存在不足}, {@code 存在的主要问题}; does not match {@code 困难和挑战比预想的大}.
     */
    static final Pattern PROBLEM_PARAGRAPH = Pattern.compile(
            "清醒(?:看到|认识到)|(?:也|更)要看到|前进中的困难|存在(?:不少|一些)?不足|不足之处|存在的(?:主要|突出)?问题"
                    + "|问题和不足|(?:工作|政府工作)(?:中)?(?:也|还)?(?:存在|有)(?:不少)?(?:不足|差距|问题)");

    /**
     * Shortfall cues that mark a sentence as naming a problem. Matches {@code 形式主义、官僚主义仍然突出},
     * {@code 创新能力不强}; does not match {@code 经济运行总体平稳}.
     */
    static final Pattern SHORTFALL = Pattern.compile(
            "问题|不足|困难|短板|形式主义|官僚主义|不到位|不强|不够|薄弱|滞后|突出|不高|偏弱|不稳固|不牢固|矛盾|风险|隐患"
                    + "|差距|乏力|不力|欠缺|压力|艰巨|不少|较多|较大|不平衡|不充分|弱化|缺乏|不严|不实|失职|懒政|怠政");
}
