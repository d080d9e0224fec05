package org.reportminer.index.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.reportminer.pipeline.segment.Segmenter;
import org.reportminer.pipeline.segment.Token;

/**
 * A deterministic test segmenter: forward maximum matching of Han text over a word list, single Han characters
 * otherwise, runs of other letters/digits as one token, every other non-space character alone with tag {@code w}.
 * Stands in for the HanLP segmenter, which is plugged in through the same {@link Segmenter} interface.
 */
public final class MaxMatchSegmenter implements Segmenter {

    /** Words of this genre used by the tests' fictional reports. */
    public static final Set<String> REPORT_WORDS = Set.of(
            "党建", "侨建", "党风廉政建设", "廉政建设", "巡察", "巡视", "整改", "落实", "不到位", "主要负责人", "主要",
            "负责人", "一把手", "一岗双责", "三会一课", "制度", "执行", "不严格", "问题", "意识形态", "工作", "责任制",
            "学习", "集中", "党员", "干部", "支部", "组织", "生活会", "民主", "开展", "台账", "资金", "管理", "规范",
            "采购", "合同", "审批", "风险", "隐患", "排查", "廉政", "谈话", "约谈", "专题", "会议", "研究", "部署",
            "责任", "压力", "传导", "层层", "监督", "检查", "考核", "党组", "领导", "班子", "成员", "全面", "从严",
            "治党", "主体", "已", "完成", "正在", "推进", "下一步", "建立", "健全", "长效", "机制", "带", "中心",
            "理论", "中心组", "发挥", "作用", "基层", "党组织", "力量", "薄弱", "财务", "报销", "票据", "公务接待",
            "超标准", "次", "项", "条", "个", "万元");

    private final Set<String> words;
    private final int maxLength;

    public MaxMatchSegmenter(Collection<String> words) {
        this.words = Set.copyOf(words);
        this.maxLength = this.words.stream().mapToInt(String::length).max().orElse(1);
    }

    /** A segmenter over {@link #REPORT_WORDS}. */
    public static MaxMatchSegmenter reportWords() {
        return new MaxMatchSegmenter(REPORT_WORDS);
    }

    @Override
    public List<Token> segment(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                i += len;
            } else if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                int end = i + len;
                for (int l = Math.min(maxLength, n - i); l >= 2; l--) {
                    String candidate = text.substring(i, i + l);
                    if (words.contains(candidate)) {
                        end = i + l;
                        break;
                    }
                }
                String word = text.substring(i, end);
                out.add(new Token(word, i, end, words.contains(word) ? "n" : "c"));
                i = end;
            } else if (Character.isLetterOrDigit(cp)) {
                int end = i;
                boolean digits = true;
                while (end < n) {
                    int c = text.codePointAt(end);
                    if (!Character.isLetterOrDigit(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                        break;
                    }
                    digits &= Character.isDigit(c);
                    end += Character.charCount(c);
                }
                out.add(new Token(text.substring(i, end), i, end, digits ? "m" : "nx"));
                i = end;
            } else {
                out.add(new Token(text.substring(i, i + len), i, i + len, "w"));
                i += len;
            }
        }
        return out;
    }
}
