package org.reportminer.cli.web;

import org.reportminer.corpus.model.MeasureStatus;
import org.reportminer.index.schema.Level;

/** The Chinese words the pages use for the model's enums. */
final class Labels {
    private Labels() {
    }

    static String status(MeasureStatus s) {
        return switch (s) {
            case DONE -> "已完成";
            case IN_PROGRESS -> "推进中";
            case ONGOING -> "长期坚持";
            case PLANNED -> "计划中";
            case UNKNOWN -> "未说明";
        };
    }

    static String level(Level level) {
        return switch (level) {
            case REPORT -> "报告";
            case SECTION -> "章节";
            case FINDING -> "问题";
            case MEASURE -> "措施";
            case COUNT -> "数量";
        };
    }
}
