package org.dutygraph.parser;


import org.dutygraph.genre.Numerals;
import org.dutygraph.genre.RoleWords;
import org.dutygraph.genre.RoleWords.Effect;
import org.dutygraph.genre.UnitNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Role statements: the parentheticals and labelled phrases that say who carries a task —
 * {@code （牵头单位：X，配合单位：Y、Z）}, {@code （X牵头，Y、Z等国务院相关部门及各地区按职责分工负责）},
 * {@code （责任单位：A、B，各市人民政府）}, {@code （6月底完成，牵头考核单位：市审批服务局）},
 * {@code 责任单位：X牵头，Y等参与}. A statement is a list of groups separated by ，；; each group is an optional
 * label ({@code 牵头单位：}), a list of names joined by 、和及与, and an optional closing word ({@code 牵头},
 * {@code 按职责分工负责}, {@code 等参与}). A group may instead be a deadline ({@code 6月底完成}), a progress note
 * ({@code 持续推进}) or a positional rule ({@code 排在第一位的部门为牵头部门}). Anything else in a parenthetical means
 * it is not a role statement ({@code （包括牵头单位自身）}, {@code （简称“633”人才工程）}).
 *
 * <p>Size: the grammar of role statements, read by one recursive-descent reader whose productions call each other.
 */
final class Statements {

    /** A name in a statement: as written, as resolved (prefix of the list distributed), and what it names. */
    record Name(String written, String name, UnitNames.Kind kind, String alias, boolean function) {
        boolean body() {
            return UnitNames.isBody(kind) || function;
        }
    }

    /** One group of a statement: the names it lists and what its label or closing word makes of them. */
    record Group(Effect effect, List<Name> names) {
    }

    /**
     * A role statement found in the body: [start, end) including its brackets, its groups, the deadlines it sets,
     * and the positional rule it declares, if any.
     */
    record Statement(int start, int end, boolean parenthesised, List<Group> groups, List<ParsedDeadline> deadlines,
                     Rule declares) {
        boolean namesALead() {
            return groups.stream().anyMatch(g -> g.effect() == Effect.LEADS && g.names().stream().anyMatch(Name::body));
        }
    }

    /** A positional rule a document declares once: the first listed unit leads; the rest work jointly or support. */
    enum Rule {
        FIRST_LEADS_REST_JOINT, FIRST_LEADS_REST_SUPPORT
    }

    static final Pattern RULE = Pattern.compile(
            "(排在|排|列|位列|列在)?(第一位|第一个|首位|第一)(的|出现的)?(部门|单位)?(为|是|即为|作为)(牵头|主办|主责)(部门|单位)");
    private static final Pattern REST_SUPPORT = Pattern.compile("其(余|他)(的)?(为|是)(主要)?(配合|协办)(部门|单位)");
    private static final Pattern SAME_BELOW = Pattern.compile("^(以下|下)同$");
    private static final Pattern STATUS = Pattern.compile(
            "^(持续推进|按进度推进|长期坚持|长期|持续|常态化推进|按时间节点推进|按要求推进|逐步推进|按计划推进|按期完成|已完成|全年|年内完成)");
    static final Pattern TIME = Pattern.compile(
            "^(?:(\\d{4})年)?(?:(\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份)?(底|末|中旬|上旬|下旬|初)?(?:前|之前)?"
                    + "|(年底|年末|上半年|下半年|年内)(?:前)?|(第?[一二三四1-4])季度(?:末|底)?(?:前)?)");
    private static final Pattern JOINERS = Pattern.compile("、|以及|及|和|与");
    private static final Pattern ETC = Pattern.compile("^(.+?)等(.*)$");
    private static final Pattern ALIAS = Pattern.compile("^(.+?)\\((.+)\\)$");
    private static final Pattern NAME_CHARS = Pattern.compile("^[\\u4e00-\\u9fa5A-Za-z0-9()（）]+$");

    private Statements() {
    }

    /** The statements in body positions [from, to): parentheticals, then labelled phrases outside them. */
    static List<Statement> find(Body body, int from, int to) {
        String f = body.folded();
        List<Statement> found = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (f.charAt(i) != '(') {
                continue;
            }
            int close = closing(f, i, to);
            if (close < 0) {
                continue;
            }
            int open = i;
            // a parenthetical wrapped onto the next line (a PDF's or a hard-wrapped text's line end) reads as one
            String inside = f.substring(open + 1, close);
            boolean wrapped = inside.indexOf('\n') >= 0;
            Optional<Statement> statement = parse(inside.replace("\n", ""),
                    body.original().substring(open + 1, close).replace("\n", ""), true);
            statement.map(s -> new Statement(open, close + 1, true, s.groups(), s.deadlines(), s.declares()))
                    .ifPresent(found::add);
            if (statement.isPresent() || !wrapped) {
                i = close;
            }
        }
        Matcher label = RoleWords.LABEL_PATTERN.matcher(f).region(from, to);
        while (label.find()) {
            int at = label.start();
            if (found.stream().anyMatch(s -> at >= s.start() && at < s.end()) || !standsAlone(f, at)) {
                continue;
            }
            int end = at;
            while (end < to && f.charAt(end) != '。' && f.charAt(end) != '\n' && f.charAt(end) != '('
                    && !paragraphBreak(f, at, end)) {
                end++;
            }
            int stop = end;
            parse(f.substring(at, stop), body.original().substring(at, stop), false)
                    .map(s -> new Statement(at, stop, false, s.groups(), s.deadlines(), s.declares()))
                    .ifPresent(found::add);
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /**
     * A space that ends a labelled phrase: a page scraped onto one line separates its paragraphs with spaces, so a
     * space after a word (not after a separator inside the list: 区环境局、 区农业局) ends the phrase there.
     */
    private static boolean paragraphBreak(String f, int from, int at) {
        if (f.charAt(at) != ' ' && f.charAt(at) != '\t') {
            return false;
        }
        int i = at - 1;
        while (i > from && (f.charAt(i) == ' ' || f.charAt(i) == '\t')) {
            i--;
        }
        return "、,;:".indexOf(f.charAt(i)) < 0;
    }

    /** A label stands at a boundary, not inside a sentence as a noun (明确重点任务、责任单位和…). */
    private static boolean standsAlone(String f, int at) {
        int i = at - 1;
        while (i >= 0 && f.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || "。;:!?)】\n,".indexOf(f.charAt(i)) >= 0 || i < at - 1 || f.charAt(i) == '注';
    }

    /** The bracket closing the one at {@code open}: within 600 chars and across at most one line break (a wrap). */
    private static int closing(String f, int open, int limit) {
        int depth = 0;
        int breaks = 0;
        for (int j = open; j < Math.min(limit, open + 600); j++) {
            char c = f.charAt(j);
            if (c == '\n' && ++breaks > 1) {
                return -1;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return j;
                }
            }
        }
        return -1;
    }

    /**
     * Parses the content of a possible statement (folded and as written, same length). Empty when it is not a role
     * statement: no group gives a role, or a group is neither names, a deadline, a progress note nor a rule.
     */
    static Optional<Statement> parse(String folded, String original, boolean strict) {
        List<Group> groups = new ArrayList<>();
        List<ParsedDeadline> deadlines = new ArrayList<>();
        Rule declares = null;
        Effect effect = null;
        String prefix = null;
        boolean roleGiven = false;
        for (int[] span : groups(folded)) {
            String g = folded.substring(span[0], span[1]).strip();
            String written = original.substring(span[0], span[1]).strip();
            if (g.isEmpty()) {
                continue;
            }
            if (RULE.matcher(g).find()) {
                declares = REST_SUPPORT.matcher(folded).find() ? Rule.FIRST_LEADS_REST_SUPPORT : Rule.FIRST_LEADS_REST_JOINT;
                continue;
            }
            if (SAME_BELOW.matcher(g).matches() || REST_SUPPORT.matcher(g).find()) {
                continue;
            }
            Matcher label = RoleWords.LABEL_PATTERN.matcher(g);
            if (label.lookingAt()) {
                effect = RoleWords.label(label.group(1)).orElseThrow().effect();
                roleGiven = true;
                g = g.substring(label.end()).strip();
                written = written.substring(written.length() - g.length());
                if (g.isEmpty()) {
                    continue;
                }
            }
            Matcher time = TIME.matcher(g);
            if (time.lookingAt() && time.end() > 0) {
                deadlines.add(deadline(written.substring(0, time.end()), time));
                if (onlyProgress(g.substring(time.end()))) {
                    continue;
                }
            }
            if (STATUS.matcher(g).lookingAt() && onlyProgress(g)) {
                continue;
            }
            Effect groupEffect = effect;
            Optional<RoleWords.Word> word = RoleWords.statementWordAtEnd(g);
            String names = g;
            if (word.isPresent()) {
                groupEffect = word.get().effect();
                roleGiven = true;
                names = g.substring(0, g.length() - word.get().word().length());
            }
            names = names.replaceFirst("^由", "");
            Group group = names(names, groupEffect, prefix);
            if (group == null) {
                if (strict) {
                    return Optional.empty();
                }
                continue;
            }
            for (Name n : group.names()) {
                String p = UnitNames.prefix(n.name());
                if (p != null && n.body()) {
                    prefix = "省市区县".indexOf(p.charAt(0)) >= 0 ? p.substring(0, 1) : null;
                }
            }
            groups.add(group);
        }
        // （各辖市区人民政府，市税务局、市财政局按职责分工负责）: a list without a word of its own shares the next one's
        for (int i = groups.size() - 2; i >= 0; i--) {
            if (groups.get(i).effect() == null && groups.get(i + 1).effect() != null) {
                groups.set(i, new Group(groups.get(i + 1).effect(), groups.get(i).names()));
            }
        }
        boolean anyNames = groups.stream().anyMatch(g -> g.effect() != null && !g.names().isEmpty());
        if (!roleGiven || !anyNames) {
            return Optional.empty();
        }
        return Optional.of(new Statement(0, 0, strict, List.copyOf(groups), List.copyOf(deadlines), declares));
    }

    /** Whether what is left of a group after its deadline is a progress note, not names (完成, 取得明显成效并持续推进). */
    private static boolean onlyProgress(String rest) {
        String r = rest.strip();
        return r.isEmpty() || r.matches("(完成|取得|基本|全面|实现|建成|见效|推进|持续|并|初步|明显|阶段性|成效|有|效|出台|上线|开展|启动|达到|按|进度)+.*")
                && !r.matches(".*(局|厅|委|办|部|署|政府)$");
    }

    /** Spans of the groups: separated by ，；。 outside inner brackets. */
    private static List<int[]> groups(String folded) {
        List<int[]> spans = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && (c == ',' || c == ';' || c == '。' || c == '，' || c == '；')) {
                spans.add(new int[]{start, i});
                start = i + 1;
            }
        }
        spans.add(new int[]{start, folded.length()});
        return spans;
    }

    /**
     * The names of one group ({@code 财政部、国家发展改革委…等国务院相关部门及各地区}), or null when the text is not a
     * list of names. {@code prefix} is the level prefix in force from earlier groups of the statement.
     */
    static Group names(String text, Effect effect, String prefix) {
        List<Name> names = new ArrayList<>();
        String list = text.strip();
        if (list.isEmpty()) {
            return effect == null ? null : new Group(effect, List.of());
        }
        boolean functionList = false;
        Matcher departments = Pattern.compile("^(.+?)等?(部门|有关部门|相关部门)$").matcher(list);
        if (departments.matches() && !departments.group(1).endsWith("各")) {
            String before = departments.group(1);
            if (!UnitNames.isBody(UnitNames.classify(lastItem(before)))) {
                functionList = true;
                list = before;
            }
        }
        String inForce = prefix;
        for (String piece : split(list)) {
            String item = piece.strip();
            if (item.isEmpty()) {
                continue;
            }
            String collectiveTail = null;
            Matcher etc = ETC.matcher(item);
            if (etc.matches() && !etc.group(1).isEmpty()) {
                item = etc.group(1);
                String tail = etc.group(2).strip();
                if (!tail.isEmpty() && !tail.equals("部门") && !tail.equals("单位")) {
                    collectiveTail = tail;
                }
            }
            String alias = null;
            Matcher a = ALIAS.matcher(item);
            if (a.matches() && UnitNames.isBody(UnitNames.classify(a.group(2)))) {
                item = a.group(1);
                alias = a.group(2);
            }
            if (!NAME_CHARS.matcher(item.startsWith("各") ? item.replace("、", "") : item).matches() || item.length() > 30) {
                return null;
            }
            List<String> glued = UnitNames.classify(item) == UnitNames.Kind.GENERIC
                    ? UnitNames.splitGlued(item) : List.of(item);
            for (String one : glued) {
                UnitNames.Kind kind = UnitNames.classify(one);
                boolean function = functionList && !UnitNames.isBody(kind) && kind != UnitNames.Kind.COLLECTIVE;
                if (!UnitNames.isBody(kind) && kind != UnitNames.Kind.COLLECTIVE && !function) {
                    if (one.length() > 12 || glued.size() > 1) {
                        return null;
                    }
                }
                if (kind == UnitNames.Kind.ORGANISATION && !names.isEmpty()
                        && names.getLast().kind() == UnitNames.Kind.COLLECTIVE && UnitNames.isPlace(one)) {
                    kind = UnitNames.Kind.COLLECTIVE; // 各设区市、平潭综合实验区: the places listed with a collective
                }
                String name = one;
                String own = UnitNames.prefix(one);
                if (own != null && UnitNames.isBody(kind)) {
                    inForce = "省市区县".indexOf(own.charAt(0)) >= 0 ? own.substring(0, 1) : null;
                } else if (inForce != null && UnitNames.takesListPrefix(one)) {
                    name = inForce + one;
                }
                names.add(new Name(one, name, kind, alias, function));
                alias = null;
            }
            if (collectiveTail != null) {
                for (String tail : splitJoined(collectiveTail)) {
                    names.add(new Name(tail, tail, UnitNames.Kind.COLLECTIVE, null, false));
                }
            }
        }
        return new Group(effect, List.copyOf(names));
    }

    private static String lastItem(String list) {
        String[] items = list.split("、");
        return items[items.length - 1];
    }

    /** Splits at 、, and at 和/及/与/以及 only where both sides are names on their own (银保监会及各地区). */
    private static List<String> split(String list) {
        List<String> pieces = new ArrayList<>();
        for (String piece : list.split("、")) {
            if (!pieces.isEmpty() && pieces.getLast().startsWith("各") && LEVEL_WORD.matcher(piece).matches()) {
                pieces.set(pieces.size() - 1, pieces.getLast() + "、" + piece); // 各区、县级市 is one collective
                continue;
            }
            pieces.addAll(splitJoined(piece));
        }
        return pieces;
    }

    private static final Pattern LEVEL_WORD = Pattern.compile("(县级市|县|区|市|乡镇|镇|街道|县区|市区)(人民政府|政府)?");

    private static List<String> splitJoined(String piece) {
        Matcher j = JOINERS.matcher(piece);
        while (j.find()) {
            if (j.group().equals("、")) {
                continue;
            }
            String left = piece.substring(0, j.start());
            String right = piece.substring(j.end());
            if (left.isEmpty() || right.isEmpty()) {
                continue;
            }
            UnitNames.Kind l = UnitNames.classify(left);
            UnitNames.Kind r = UnitNames.classify(right.replaceFirst("等.*$", ""));
            boolean leftName = UnitNames.isBody(l) || l == UnitNames.Kind.COLLECTIVE;
            boolean rightName = UnitNames.isBody(r) || r == UnitNames.Kind.COLLECTIVE || right.startsWith("各");
            if (leftName && rightName) {
                List<String> out = new ArrayList<>(splitJoined(left));
                out.addAll(splitJoined(right));
                return out;
            }
        }
        return List.of(piece);
    }

    /** A deadline written in a statement or a table cell: 6月底, 11月, 年底前, 二季度. */
    static ParsedDeadline deadline(String written, Matcher time) {
        if (time.group(2) != null) {
            return new ParsedDeadline(written, ParsedDeadline.Kind.MONTH, Numerals.parse(time.group(2)));
        }
        if (time.group(4) != null) {
            return switch (time.group(4)) {
                case "上半年" -> new ParsedDeadline(written, ParsedDeadline.Kind.MONTH, 6);
                default -> new ParsedDeadline(written, ParsedDeadline.Kind.YEAR_END, 12);
            };
        }
        int quarter = Numerals.parse(time.group(5).replace("第", ""));
        return new ParsedDeadline(written, ParsedDeadline.Kind.QUARTER, quarter * 3);
    }
}
