package org.dutygraph.parser;

import org.dutygraph.genre.Characters;
import org.dutygraph.genre.RoleWords;
import org.dutygraph.genre.TableHeaders;
import org.dutygraph.genre.RoleWords.Effect;
import org.dutygraph.genre.UnitNames;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a task table flattened into text: a header row naming a task column and role columns
 * ({@code 工作任务 牵头单位 责任单位 工作要求}, {@code 序号 主要工作任务 具体工作措施 完成时限 主要责任单位 任务来源}) in any
 * order, then rows whose cells run together with no separators and whose merged cells are lost. Each numbered row
 * after the header is cut by column position: its task text, then (where the header has one before the units) the
 * deadline cell, then the run of unit names, which the header's role columns divide — the names glued straight after
 * the task text sit in the first role column, a 、-list closed by a comma or a collective starts the next. A row whose
 * units cannot be found gets no roles (it stays a task with no department) rather than invented ones.
 *
 * <p>Size: one algorithm, cutting a flattened row at column positions the header fixes; its steps share that state.
 */
final class TableReader {

    /** The table found: where its header ends, its part, and one statement per row that has units. */
    record Table(int headerEnd, int part, List<Statements.Statement> rows, List<Effect> columns, boolean deadlineBefore,
                 List<String> cells) {
        boolean covers(int position) {
            return rows.stream().anyMatch(r -> position >= r.start() && position < r.end());
        }
    }

    private static final String SPACED = "[ \\t]*";
    private static final Pattern HEADER_WORD = Pattern.compile(words());
    private static final Pattern DEADLINE_CELL = Pattern.compile(
            "(\\d{4}年)?(\\d{1,2}月(份)?(底|末|中旬|上旬|下旬)?(前)?|年底前?|年内|全年|长期|持续推进|每年|上半年|下半年)$");

    private TableReader() {
    }

    private static String words() {
        List<String> all = new ArrayList<>(TableHeaders.OTHER_COLUMNS);
        RoleWords.LABELS.forEach(w -> all.add(w.word()));
        all.sort((a, b) -> b.length() - a.length());
        List<String> spaced = all.stream().map(w -> String.join(SPACED, w.split(""))).toList();
        return "(" + String.join("|", spaced) + ")";
    }

    /** The table of the body, if a header row with at least one role column and one other column is found. */
    static Table find(Body body, Outline outline) {
        Table tabbed = findTabbed(body, outline);
        return tabbed != null ? tabbed : findFlattened(body, outline);
    }

    /**
     * A header pasted with its cells separated by tabs: every cell is a column, whatever it is called (任务, 工作事项,
     * 目标内容 …), when one of them is a role label and the row has a third cell.
     */
    private static Table findTabbed(Body body, Outline outline) {
        String f = body.folded();
        int lineStart = 0;
        while (lineStart < f.length()) {
            int lineEnd = f.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? f.length() : lineEnd;
            String line = f.substring(lineStart, lineEnd);
            if (line.indexOf('\t') >= 0 && line.length() <= 200) {
                List<String> columns = new ArrayList<>();
                for (String cell : line.split("\t", -1)) {
                    columns.add(Characters.squeeze(cell));
                }
                List<Effect> roles = new ArrayList<>();
                boolean deadlineBefore = false;
                for (String c : columns) {
                    var label = RoleWords.label(c);
                    if (label.isPresent()) {
                        roles.add(label.get().effect());
                    } else if (roles.isEmpty() && (c.contains("时限") || c.contains("时间"))) {
                        deadlineBefore = true;
                    }
                }
                if (!roles.isEmpty() && columns.size() >= 3) {
                    return read(body, outline, lineEnd, roles, deadlineBefore, columns);
                }
            }
            lineStart = lineEnd + 1;
        }
        return null;
    }

    private static Table findFlattened(Body body, Outline outline) {
        String f = body.folded();
        Matcher word = HEADER_WORD.matcher(f);
        int from = outline.bodyStart() > 0 ? 0 : 0;
        while (word.find(from)) {
            List<String> columns = new ArrayList<>();
            int end = word.start();
            Matcher next = HEADER_WORD.matcher(f);
            int at = word.start();
            while (next.find(at) && next.start() - end <= 1) {
                columns.add(Characters.squeeze(next.group()));
                end = next.end();
                at = end;
            }
            boolean labelled = end < f.length() && (f.charAt(end) == ':' || f.charAt(end) == '：');
            List<Effect> roles = new ArrayList<>();
            boolean deadlineBefore = false;
            boolean seenRole = false;
            for (String c : columns) {
                var label = RoleWords.label(c);
                if (label.isPresent()) {
                    roles.add(label.get().effect());
                    seenRole = true;
                } else if (!seenRole && (c.contains("时限") || c.contains("时间"))) {
                    deadlineBefore = true;
                }
            }
            if (!labelled && !roles.isEmpty() && columns.size() >= 3) {
                boolean tabbed = f.substring(word.start(), end).contains("\t");
                return read(body, outline, end, roles, deadlineBefore, tabbed ? columns : List.of());
            }
            from = Math.max(end, word.start() + 1);
        }
        return null;
    }

    private static Table read(Body body, Outline outline, int headerEnd, List<Effect> columns, boolean deadlineBefore,
                              List<String> cells) {
        int part = 0;
        List<Statements.Statement> rows = new ArrayList<>();
        for (Outline.Item item : outline.items()) {
            if (item.start < headerEnd) {
                continue;
            }
            if (part == 0) {
                part = item.part;
            } else if (item.part != part) {
                break;
            }
            Statements.Statement row = cells.isEmpty() ? row(body, item, columns, deadlineBefore) : cells(body, item, cells);
            if (row != null) {
                rows.add(row);
            }
        }
        return new Table(headerEnd, part, rows, columns, deadlineBefore, cells);
    }

    /** The units of one row, as a statement over the span of its unit cells. */
    private static Statements.Statement row(Body body, Outline.Item item, List<Effect> columns, boolean deadlineBefore) {
        String f = body.folded();
        int start = item.bodyStart;
        int end = item.ownEnd();
        NameRuns.Run chosen = null;
        List<ParsedDeadline> deadlines = new ArrayList<>();
        for (NameRuns.Run run : NameRuns.find(f, start, end)) {
            if (deadlineBefore) {
                Matcher d = DEADLINE_CELL.matcher(f.substring(start, run.start()));
                if (!d.find() || d.end() != run.start() - start) {
                    continue;
                }
                Matcher time = Statements.TIME.matcher(d.group());
                if (time.lookingAt() && time.end() > 0) {
                    deadlines.add(Statements.deadline(body.original().substring(start + d.start(), start + d.start() + time.end()), time));
                }
                chosen = run;
                break;
            }
            if (run.tokens().stream().anyMatch(t -> UnitNames.isBody(t.kind()))) {
                chosen = run;
                break;
            }
            if (chosen == null) {
                chosen = run;
            }
        }
        if (chosen == null) {
            return null;
        }
        List<Statements.Group> groups = new ArrayList<>();
        if (columns.size() == 1) {
            groups.add(new Statements.Group(columns.getFirst(), names(chosen.tokens(), 0, chosen.tokens().size())));
        } else {
            int second = secondCell(chosen);
            int joined = -1;
            for (int i = 0; i < second; i++) {
                if ("会同".equals(chosen.tokens().get(i).before())) {
                    joined = i;
                    break;
                }
            }
            if (joined > 0) {
                groups.add(new Statements.Group(columns.get(0), names(chosen.tokens(), 0, joined)));
                groups.add(new Statements.Group(Effect.JOINS, names(chosen.tokens(), joined, second)));
            } else {
                groups.add(new Statements.Group(columns.get(0), names(chosen.tokens(), 0, second)));
            }
            groups.add(new Statements.Group(columns.get(1), names(chosen.tokens(), second, chosen.tokens().size())));
        }
        return new Statements.Statement(chosen.start(), chosen.end(), false, List.copyOf(groups), List.copyOf(deadlines), null);
    }

    /**
     * A row whose cells are separated by tabs (a table pasted as text): each role column's cell is read as a list of
     * names, the deadline column as a deadline. The row's number is the 序号 cell.
     */
    private static Statements.Statement cells(Body body, Outline.Item item, List<String> header) {
        String f = body.folded();
        int start = item.bodyStart;
        int end = item.ownEnd();
        String[] cells = f.substring(start, end).split("\t", -1);
        int offset = TableHeaders.isNumberColumn(header.getFirst()) ? 1 : 0;
        List<Statements.Group> groups = new ArrayList<>();
        List<ParsedDeadline> deadlines = new ArrayList<>();
        int from = -1;
        int at = start;
        for (int i = 0; i < cells.length; i++) {
            int cellStart = at;
            at += cells[i].length() + 1;
            String column = i + offset < header.size() ? header.get(i + offset) : "";
            String cell = cells[i].strip();
            if (cell.isEmpty()) {
                continue;
            }
            var label = RoleWords.label(column);
            if (label.isPresent()) {
                Statements.Group group = Statements.names(cell, label.get().effect(), null);
                if (group != null) {
                    groups.add(group);
                    from = from < 0 ? cellStart : from;
                }
            } else if (column.contains("时限") || column.contains("时间") || column.contains("时间节点")) {
                Matcher time = Statements.TIME.matcher(cell);
                if (time.lookingAt() && time.end() > 0) {
                    deadlines.add(Statements.deadline(body.original().substring(cellStart, cellStart + time.end()), time));
                }
            }
        }
        if (groups.isEmpty()) {
            return null;
        }
        return new Statements.Statement(from, end, false, List.copyOf(groups), List.copyOf(deadlines), null);
    }

    /**
     * Where the second role cell begins in a run: at its first collective, or at a 、-list closed by a comma that does
     * not begin the run (the first cell is the names glued straight after the task text).
     */
    private static int secondCell(NameRuns.Run run) {
        List<NameRuns.Token> tokens = run.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            NameRuns.Token t = tokens.get(i);
            if (t.kind() == UnitNames.Kind.COLLECTIVE && !"会同".equals(t.before())) {
                return i;
            }
            if ("".equals(t.before())) {
                // a list starting here and closed by a comma is the second cell
                int j = i;
                while (j + 1 < tokens.size() && "、".equals(tokens.get(j + 1).before())) {
                    j++;
                }
                if (j + 1 < tokens.size() && ",".equals(tokens.get(j + 1).before())) {
                    boolean joinedBefore = false;
                    for (int k = 1; k <= i; k++) {
                        joinedBefore |= "会同".equals(tokens.get(k).before());
                    }
                    if (!joinedBefore) {
                        return i;
                    }
                }
            }
        }
        return tokens.size();
    }

    private static List<Statements.Name> names(List<NameRuns.Token> tokens, int from, int to) {
        List<Statements.Name> names = new ArrayList<>();
        String prefix = null;
        boolean collectiveChain = false;
        for (int i = from; i < to; i++) {
            NameRuns.Token t = tokens.get(i);
            UnitNames.Kind kind = t.kind();
            if (kind == UnitNames.Kind.COLLECTIVE) {
                collectiveChain = true;
            } else if (collectiveChain && "、".equals(t.before()) && kind == UnitNames.Kind.ORGANISATION && UnitNames.isPlace(t.text())) {
                kind = UnitNames.Kind.COLLECTIVE; // 各设区市、平潭综合实验区: the places listed with a collective
            } else {
                collectiveChain = false;
            }
            String name = t.text();
            String own = UnitNames.prefix(name);
            if (own != null && UnitNames.isBody(kind)) {
                prefix = own.substring(0, 1);
            } else if (prefix != null && "、".equals(t.before()) && UnitNames.takesListPrefix(name)) {
                name = prefix + name;
            }
            names.add(new Statements.Name(t.text(), name, kind, t.alias(), false));
        }
        return names;
    }
}
