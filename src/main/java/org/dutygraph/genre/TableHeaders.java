package org.dutygraph.genre;

import java.util.List;

/**
 * The words that head the columns of a task-division table besides the role labels of {@link RoleWords#LABELS}:
 * 序号, 重点任务, 完成时限 … A row of them with at least one role label is a table's header, whether it comes as text,
 * as a Word table or as positioned text on a PDF page.
 */
public final class TableHeaders {

    /** Columns that are not role columns: the number, the task, its deadline and the rest a table may carry. */
    public static final List<String> OTHER_COLUMNS = List.of("序号", "工作任务", "重点任务", "主要任务", "主要工作任务",
            "具体工作措施", "工作措施", "任务内容", "具体任务", "工作内容", "完成时限", "时间节点", "完成时间", "时限要求",
            "工作要求", "任务来源", "备注", "工作目标", "责任领导", "进度安排");

    /** Headers of a first column that only numbers the rows (an empty header cell counts as one). */
    public static final List<String> NUMBER_COLUMNS = List.of("序号", "编号", "");

    private TableHeaders() {
    }

    /** Whether {@code cell} (spaces removed) is a known column header: a role label or one of the other columns. */
    public static boolean isHeader(String cell) {
        return RoleWords.label(cell).isPresent() || OTHER_COLUMNS.contains(cell);
    }

    /** Whether {@code text} (spaces removed) is a known column header or its beginning (序, 牵头单). */
    public static boolean isHeaderStart(String text) {
        return !text.isEmpty() && (RoleWords.LABELS.stream().anyMatch(w -> w.word().startsWith(text))
                || OTHER_COLUMNS.stream().anyMatch(w -> w.startsWith(text)));
    }

    /** Whether {@code text} (spaces removed) is a known column header or a piece of one (序, 头单位, 时限). */
    public static boolean isHeaderPiece(String text) {
        return !text.isEmpty() && (RoleWords.LABELS.stream().anyMatch(w -> w.word().contains(text))
                || OTHER_COLUMNS.stream().anyMatch(w -> w.contains(text)));
    }

    /** Whether a first column headed {@code cell} (spaces removed) numbers the rows. */
    public static boolean isNumberColumn(String cell) {
        return NUMBER_COLUMNS.contains(cell);
    }
}
