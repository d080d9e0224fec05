package org.reportminer.corpus.model;

/** What a stated total counts. */
public enum TotalKind {
    /** 存在3个方面: problem areas. */
    AREAS,
    /** 12项问题, 反馈问题25个: problems. */
    PROBLEMS,
    /** 提出5项意见建议. */
    SUGGESTIONS,
    /** 制定整改措施36条. */
    MEASURES,
    /** 已完成整改19个. */
    PROBLEMS_DONE,
    /** 正在整改6个. */
    PROBLEMS_IN_PROGRESS,
    /** 整改完成率76%. */
    COMPLETION_RATE
}
