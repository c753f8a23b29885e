package org.dutygraph.parser;

/** How a document allocates its work, as detected by the parser (never configured). */
public enum Layout {
    /** Sections by department (一、区发改局), numbered clauses inside; role words in the clauses (会同X, 配合X). */
    DEPARTMENT_SECTIONS,
    /** One article per department (第九条 区经济发展局工作职责：…), read like department sections. */
    DEPARTMENT_ARTICLES,
    /** Topic sections whose tasks end in role parentheticals: （牵头单位：X，配合单位：Y）, （X牵头，Y按职责分工负责）. */
    TOPIC_PARENTHETICALS,
    /** Tasks followed by role lines or phrases: 责任单位：X牵头，Y等参与. */
    ROLE_LINES,
    /** A task table (序号 / 重点任务 / 牵头单位 / 配合单位 / 完成时限) flattened into text, read by column position. */
    TABLE
}
