package org.reportminer.corpus.model;

/** The part a section plays in an inspection or party-conduct report. */
public enum SectionRole {
    /** 整改工作基本情况, 工作开展情况: what was done overall. */
    OVERVIEW,
    /** 整改落实情况: the body that lists problems and their rectification. */
    RECTIFICATION,
    /** A {@code （一）“…”方面} block grouping problems. */
    PROBLEM_AREA,
    /** A problem group heading inside an area. */
    PROBLEM_GROUP,
    /** 存在的主要问题, 问题和不足. */
    PROBLEMS,
    /** 下一步打算, 下一步工作. */
    PLANS,
    /** Any other section. */
    OTHER
}
