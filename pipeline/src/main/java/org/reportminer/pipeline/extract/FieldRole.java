package org.reportminer.pipeline.extract;

import java.util.regex.Pattern;
import org.reportminer.pipeline.patterns.ReportPatterns;

/** What a labelled field of a problem, or a column of a rectification table, holds. */
enum FieldRole {
    /** 整改时限, 完成时限, 整改目标: when. */
    TIMEFRAME(ReportPatterns.KEYS_TIMEFRAME),
    /** 责任单位, 牵头单位, 责任领导: who. */
    RESPONSIBLE(ReportPatterns.KEYS_RESPONSIBLE),
    /** 完成情况, 整改状态: how far. Tried before MEASURES, so that 整改完成情况 is a status. */
    STATUS(ReportPatterns.KEYS_STATUS),
    /** 整改措施, 整改情况, 落实情况: the measures, a status before them. */
    MEASURES(ReportPatterns.KEYS_MEASURES),
    /** 反馈问题, 问题描述: the problem. */
    PROBLEM(ReportPatterns.KEYS_PROBLEM),
    /** 序号, 联系人, 备注: nothing a finding records. */
    OTHER(ReportPatterns.KEYS_OTHER);

    private final Pattern key;

    FieldRole(String keys) {
        this.key = ReportPatterns.fieldKey(keys);
    }

    /** The key pattern of this role; group 1 is the key as written. */
    Pattern key() {
        return key;
    }
}
