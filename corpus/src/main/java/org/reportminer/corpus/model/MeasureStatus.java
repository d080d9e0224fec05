package org.reportminer.corpus.model;

/** How far a rectification measure has got, as the report itself words it. */
public enum MeasureStatus {
    /** Finished: 已完成, 已整改到位, 已建立. */
    DONE,
    /** Under way: 正在, 积极推进. */
    IN_PROGRESS,
    /** Kept up as routine: 常态化, 每年, 长期坚持. */
    ONGOING,
    /** Announced for later: 下一步, 拟, 将. */
    PLANNED,
    /** The text gives no clue. */
    UNKNOWN
}
