package org.dutygraph.parser;

import org.dutygraph.genre.Characters;
import org.dutygraph.genre.Labels.Style;
import org.dutygraph.model.Role;
import org.dutygraph.genre.RoleWords.Effect;
import org.dutygraph.genre.Sentences;
import org.dutygraph.genre.UnitNames;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the task-division layouts: topic sections whose tasks carry role statements (parentheticals, role lines,
 * or the cells of a flattened table). A task is an item (at any depth) whose own text holds a statement, an
 * unnumbered paragraph with one under a heading ({@code ¶1}), or a sibling of such items that states no roles
 * (merged table cells: a task with no department). Each statement governs the text between the previous one and
 * itself; a task's roles are the union of its statements' and of its running text's role phrases.
 *
 * <p>Size: one pass over the outline deciding which items are tasks, which statement governs which text and how
 * merged cells read; the decisions share the pass's state.
 */
final class TopicReader {

    private static final Pattern POINTS = Pattern.compile("[（(]\\s*\\d+(?:\\.\\d+)?\\s*分\\s*[）)]");
    private static final Pattern MEASURES = Pattern.compile("(具体措施|主要措施|工作措施|具体任务|重点任务)\\s*[:：]");

    /** The spans of one task before its roles are read. */
    private record Draft(Outline.Item item, String label, String path, int start, int end,
                         List<Statements.Statement> statements) {
    }

    /** A role given by a statement, with the text it governs as evidence. */
    private record Assigned(String unit, Role role, String evidence) {
    }

    private TopicReader() {
    }

    static Reading read(Body body, Outline outline, DocumentMetadata metadata, List<Statements.Statement> statements,
                        UnitNames.Tier tier, List<String> warnings) {
        Statements.Rule rule = rule(body, statements);
        Units units = new Units(tier);
        for (Statements.Statement s : statements) {
            for (Statements.Group g : s.groups()) {
                for (Statements.Name n : g.names()) {
                    if (UnitNames.isBody(n.kind())) {
                        String canonical = units.register(n.name(), n.kind() == UnitNames.Kind.ORGANISATION);
                        if (n.alias() != null) {
                            units.alias(canonical, n.alias());
                        }
                    }
                }
            }
        }
        List<Draft> drafts = drafts(body, outline, statements);
        for (Draft d : drafts) {
            registerRunningText(body, d, units);
        }
        units.settleTier();
        List<String> registered = units.departments().stream().map(ParsedDepartment::name).toList();
        DepartmentDirectory directory = new DepartmentDirectory(registered, metadata, ownLevelWord(tier));
        ClauseRoles running = new ClauseRoles(directory);

        // items that are tasks themselves (not headings over unnumbered ¶ tasks), and where each heading's own text ends
        Set<Outline.Item> tasks = new java.util.HashSet<>();
        Map<Outline.Item, Integer> headingEnds = new java.util.HashMap<>();
        for (Draft d : drafts) {
            if (d.label().startsWith("¶")) {
                headingEnds.merge(d.item(), d.start(), Math::min);
            } else {
                tasks.add(d.item());
            }
        }
        Map<Outline.Item, List<ParsedTask>> bySection = new LinkedHashMap<>();
        Map<Outline.Item, Outline.Part> sectionPart = new LinkedHashMap<>();
        List<int[]> read = new ArrayList<>();
        for (Draft d : drafts) {
            read.add(new int[]{d.start(), d.end()});
            ParsedTask clause = clause(body, d, units, rule, running);
            Outline.Item top = d.item();
            while (top.parent != null) {
                top = top.parent;
            }
            Outline.Item sectionKey = (top.children.isEmpty() && !headingEnds.containsKey(top)) || tasks.contains(top) ? null : top;
            if (sectionKey != null) {
                for (Outline.Item i = d.item(); i != null; i = i.parent) {
                    int headEnd = i.children.isEmpty() ? headingEnds.getOrDefault(i, i.bodyStart) : i.children.getFirst().start;
                    read.add(new int[]{i.start, headEnd});
                }
            }
            Outline.Item key = sectionKey != null ? sectionKey : partKey(outline, top);
            bySection.computeIfAbsent(key, k -> new ArrayList<>()).add(clause);
        }

        List<ParsedSection> sections = new ArrayList<>();
        int ordinal = 0;
        for (Map.Entry<Outline.Item, List<ParsedTask>> e : bySection.entrySet()) {
            Outline.Item head = e.getKey();
            List<ParsedTask> clauses = new ArrayList<>();
            int n = 0;
            for (ParsedTask c : e.getValue()) {
                clauses.add(c.withOrdinal(++n));
            }
            boolean heading = (!head.children.isEmpty() || headingEnds.containsKey(head)) && !tasks.contains(head);
            int titleEnd = Math.min(head.children.isEmpty() ? head.end : head.children.getFirst().start,
                    headingEnds.getOrDefault(head, Integer.MAX_VALUE));
            String title = heading ? POINTS.matcher(body.text(head.bodyStart, titleEnd)).replaceAll("").strip() : "";
            String label = heading ? head.path() : (head.part > 1 ? "P" + head.part : "");
            sections.add(new ParsedSection(++ordinal, label, title, null, body.line(head.start), clauses));
        }
        List<ParsedDepartment> departments = new ArrayList<>(units.departments());
        Set<String> named = new java.util.HashSet<>();
        departments.forEach(d -> named.add(d.name()));
        directory.externals().forEach((name, level) -> {
            if (named.add(name)) {
                departments.add(new ParsedDepartment(name, List.of(), true, level, false));
            }
        });
        boolean lines = statements.stream().filter(s -> !s.parenthesised()).count()
                > statements.stream().filter(Statements.Statement::parenthesised).count();
        return new Reading(lines ? Layout.ROLE_LINES : Layout.TOPIC_PARENTHETICALS, sections, departments, read);
    }

    private static final Pattern ROLE_AFTER = Pattern.compile("^(牵头|负责(?![人同])|配合|参与|协助)");
    private static final Pattern ROLE_BEFORE = Pattern.compile("(会同|配合|协助|协同|由)$");

    /**
     * Registers the bodies a task's running text gives roles to without naming them in a statement (按分工交由达茂旗
     * 牵头落实, 市人才工作领导小组负责…): a run of names right before a role word or right after 会同 / 配合 / 由.
     */
    private static void registerRunningText(Body body, Draft d, Units units) {
        String f = body.folded();
        for (NameRuns.Run run : NameRuns.find(f, d.start(), d.end())) {
            if (d.statements().stream().anyMatch(s -> run.start() >= s.start() && run.start() < s.end())) {
                continue;
            }
            boolean roleAfter = ROLE_AFTER.matcher(f.substring(run.end(), Math.min(f.length(), run.end() + 3))).find();
            boolean roleBefore = ROLE_BEFORE.matcher(f.substring(Math.max(0, run.start() - 2), run.start())).find();
            if (roleAfter || roleBefore) {
                for (NameRuns.Token t : run.tokens()) {
                    if (UnitNames.isBody(t.kind())) {
                        units.register(t.text(), t.kind() == UnitNames.Kind.ORGANISATION);
                    }
                }
            }
        }
        Matcher word = ROLE_WORD_ANYWHERE.matcher(f).region(d.start(), d.end());
        while (word.find()) {
            int at = word.start();
            if (d.statements().stream().anyMatch(s -> at >= s.start() && at < s.end())) {
                continue;
            }
            String name = nameBefore(f, at, d.start());
            if (name != null) {
                units.register(name, UnitNames.classify(name) == UnitNames.Kind.ORGANISATION);
            }
        }
    }

    private static final Pattern ROLE_WORD_ANYWHERE = Pattern.compile("牵头|负责(?![人同])");
    private static final String NAME_BOUNDARY = "。;:,!?)\n 由要";

    /**
     * The body named right before {@code at} without a level prefix (交由达茂旗牵头, 。市人才工作领导小组负责): the shortest
     * name that starts after a boundary (punctuation, 由, 要) and ends at {@code at}.
     */
    private static String nameBefore(String f, int at, int limit) {
        for (int start = at - 3; start >= Math.max(limit, at - 14); start--) {
            char before = start == 0 ? '\n' : f.charAt(start - 1);
            String candidate = f.substring(start, at);
            if (NAME_BOUNDARY.indexOf(before) >= 0 && candidate.matches("[\\u4e00-\\u9fa5]+")
                    && UnitNames.isBody(UnitNames.classify(candidate))) {
                return candidate;
            }
        }
        return null;
    }

    /** Top-level items with no children (tasks themselves) are grouped under their part's first item. */
    private static Outline.Item partKey(Outline outline, Outline.Item top) {
        return outline.parts().get(top.part - 1).items().getFirst();
    }

    private static String ownLevelWord(UnitNames.Tier tier) {
        return switch (tier) {
            case PROVINCE -> "省";
            case CITY -> "市";
            case DISTRICT -> "区";
            default -> null;
        };
    }

    /** The positional rule the document declares, in a statement or a note (注：…第一个为牵头单位), if any. */
    static Statements.Rule rule(Body body, List<Statements.Statement> statements) {
        for (Statements.Statement s : statements) {
            if (s.declares() != null) {
                return s.declares();
            }
        }
        Matcher m = Statements.RULE.matcher(body.folded());
        if (m.find()) {
            int end = body.folded().indexOf('。', m.end());
            String sentence = body.folded().substring(m.start(), end < 0 ? body.length() : end);
            return sentence.matches(".*其(余|他)(的)?(为|是)(主要)?(配合|协办).*")
                    ? Statements.Rule.FIRST_LEADS_REST_SUPPORT : Statements.Rule.FIRST_LEADS_REST_JOINT;
        }
        return null;
    }

    /** The tasks of the outline, in reading order, with the statements each holds. */
    private static List<Draft> drafts(Body body, Outline outline, List<Statements.Statement> statements) {
        List<Statements.Statement> byStart = new ArrayList<>(statements);
        byStart.sort(Comparator.comparingInt(Statements.Statement::start));
        int[] starts = byStart.stream().mapToInt(Statements.Statement::start).toArray();
        Map<Outline.Item, List<Statements.Statement>> own = new LinkedHashMap<>();
        for (Outline.Item item : outline.items()) {
            int from = firstAtOrAfter(starts, item.bodyStart);
            int to = firstAtOrAfter(starts, item.ownEnd());
            own.put(item, from < to ? byStart.subList(from, to) : List.of());
        }
        Map<List<Outline.Item>, Set<Style>> withStatements = stylesWithStatements(outline, own);
        List<Draft> drafts = new ArrayList<>();
        for (Outline.Item item : outline.items()) {
            if (item.style == Style.CHAPTER) {
                continue;
            }
            List<Statements.Statement> mine = own.get(item);
            int start = item.bodyStart;
            int end = item.ownEnd();
            if (mine.isEmpty()) {
                if (item.children.isEmpty()
                        && withStatements.getOrDefault(siblings(item, outline), Set.of()).contains(item.style)) {
                    drafts.add(new Draft(item, Outline.writtenNumber(item), item.path(), start, trimEnd(body, start, end), List.of()));
                }
                continue;
            }
            Matcher measures = MEASURES.matcher(body.folded()).region(start, end);
            int split = -1;
            while (measures.find()) {
                int at = measures.start();
                if (mine.stream().anyMatch(s -> s.start() > at) && mine.stream().anyMatch(s -> s.start() < at)) {
                    split = at;
                    break;
                }
            }
            if (split >= 0) {
                int at = split;
                List<Statements.Statement> before = mine.stream().filter(s -> s.start() < at).toList();
                List<Statements.Statement> after = mine.stream().filter(s -> s.start() > at).toList();
                drafts.add(new Draft(item, Outline.writtenNumber(item), item.path(), start, before.getLast().end(), before));
                int measuresEnd = body.folded().indexOf(':', split) >= 0 ? skipColon(body, split) : split;
                paragraphs(body, item, measuresEnd, after, drafts, 0);
                continue;
            }
            int headingEnd = headingLineEnd(body, item, mine);
            if (headingEnd > 0) {
                paragraphs(body, item, headingEnd, mine, drafts, 0);
                continue;
            }
            if (mine.size() >= 2 && item.depth() == 0 && item.children.isEmpty()) {
                paragraphs(body, item, start, mine, drafts, 0);
                continue;
            }
            drafts.add(new Draft(item, Outline.writtenNumber(item), item.path(), start, trimEnd(body, start, end), mine));
        }
        return drafts;
    }

    private static int skipColon(Body body, int from) {
        String f = body.folded();
        int at = from;
        while (at < f.length() && f.charAt(at) != ':') {
            at++;
        }
        return Math.min(f.length(), at + 1);
    }

    /** One ¶ task per statement-closed paragraph after {@code from}; text after the last statement is closing remarks. */
    private static void paragraphs(Body body, Outline.Item item, int from, List<Statements.Statement> statements,
                                   List<Draft> drafts, int unused) {
        int start = from;
        int n = 0;
        for (Statements.Statement s : statements) {
            while (start < s.start() && Characters.isSpace(body.folded().charAt(start))) {
                start++;
            }
            n++;
            drafts.add(new Draft(item, "¶" + n, item.path() + "/¶" + n, start, s.end(), List.of(s)));
            start = s.end();
        }
    }

    /**
     * When the item's own text begins with a heading line (短 title, no sentence ended, no statement) followed by
     * paragraphs on lines of their own, the position after that line; else -1.
     */
    private static int headingLineEnd(Body body, Outline.Item item, List<Statements.Statement> mine) {
        String f = body.folded();
        int newline = f.indexOf('\n', item.bodyStart);
        if (newline < 0 || newline >= mine.getFirst().start()) {
            return -1;
        }
        String first = body.foldedText(item.bodyStart, newline);
        if (first.isEmpty() || first.length() > 40 || first.endsWith("。") || first.contains("。")) {
            return -1;
        }
        return newline + 1;
    }

    /** A leaf without statements is a task when a sibling states roles (a table row whose merged cells were lost). */
    /** The first index whose value is at least {@code value} in an ascending array; its length when none. */
    private static int firstAtOrAfter(int[] ascending, int value) {
        int low = 0;
        int high = ascending.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ascending[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The styles, per list of siblings, of which some item holds statements of its own. */
    private static Map<List<Outline.Item>, Set<Style>> stylesWithStatements(
            Outline outline, Map<Outline.Item, List<Statements.Statement>> own) {
        Map<List<Outline.Item>, Set<Style>> styles = new IdentityHashMap<>();
        own.forEach((item, statements) -> {
            if (!statements.isEmpty()) {
                styles.computeIfAbsent(siblings(item, outline), l -> EnumSet.noneOf(Style.class)).add(item.style);
            }
        });
        return styles;
    }

    private static List<Outline.Item> siblings(Outline.Item item, Outline outline) {
        return item.parent != null ? item.parent.children : outline.parts().get(item.part - 1).items();
    }

    /** Drops a trailing lead-in (具体措施：) from a task's span. */
    private static int trimEnd(Body body, int start, int end) {
        String own = body.folded().substring(start, end);
        Matcher m = MEASURES.matcher(own);
        int lastStart = -1;
        int lastEnd = -1;
        while (m.find()) {
            lastStart = m.start();
            lastEnd = m.end();
        }
        return lastStart >= 0 && own.substring(lastEnd).isBlank() ? start + lastStart : end;
    }

    private static ParsedTask clause(Body body, Draft d, Units units, Statements.Rule rule, ClauseRoles running) {
        String original = POINTS.matcher(body.text(d.start(), d.end())).replaceAll("").strip();
        List<Assigned> assigned = new ArrayList<>();
        Set<String> generic = new LinkedHashSet<>();
        List<ParsedDeadline> deadlines = new ArrayList<>();
        int governedFrom = d.start();
        BitSet inStatements = new BitSet();
        for (Statements.Statement s : blocks(body, d.statements())) {
            String evidence = body.text(governedFrom, s.end());
            assigned.addAll(assign(s, rule, units, generic, evidence));
            deadlines.addAll(s.deadlines());
            governedFrom = s.end();
        }
        // positions of statements inside the task text (as the text is cut: line breaks and points removed)
        String folded = Characters.fold(original);
        for (Statements.Statement s : d.statements()) {
            String statementText = Characters.fold(body.text(s.start(), s.end()));
            int at = folded.indexOf(statementText);
            if (at >= 0) {
                inStatements.set(at, at + statementText.length());
            }
        }
        Map<String, Map<Role, List<String>>> roles = new LinkedHashMap<>();
        for (Assigned a : assigned) {
            List<String> evidence = roles.computeIfAbsent(a.unit(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(a.role(), k -> new ArrayList<>());
            if (!evidence.contains(a.evidence())) {
                evidence.add(a.evidence());
            }
        }
        List<String> leads = roles.entrySet().stream().filter(e -> e.getValue().containsKey(Role.LEAD))
                .map(Map.Entry::getKey).toList();
        String masked = Sentences.mask(folded);
        ClauseRoles.Result text = running.readRunningText(leads, original, masked, inStatements);
        for (ParsedParticipation p : text.participants()) {
            List<String> evidence = roles.computeIfAbsent(p.department(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(p.role(), k -> new ArrayList<>());
            if (!evidence.contains(p.evidence())) {
                evidence.add(p.evidence());
            }
        }
        Set<String> stated = new java.util.HashSet<>();
        assigned.forEach(a -> stated.add(a.unit() + "\u0000" + a.role()));
        List<ParsedParticipation> participants = new ArrayList<>();
        roles.forEach((unit, byRole) -> byRole.forEach((role, evidence) ->
                participants.add(new ParsedParticipation(unit, role, String.join("", evidence), stated.contains(unit + "\u0000" + role)))));
        participants.sort((a, b) -> a.role().compareTo(b.role()));
        List<String> owners = participants.stream().filter(p -> p.role() == Role.LEAD).map(ParsedParticipation::department)
                .distinct().toList();
        generic.addAll(text.unresolved());
        Quantities.Result how = Quantities.read(original, masked);
        List<ParsedDeadline> allDeadlines = new ArrayList<>(how.deadlines());
        for (ParsedDeadline extra : deadlines) {
            if (allDeadlines.stream().noneMatch(x -> x.text().equals(extra.text()))) {
                allDeadlines.add(extra);
            }
        }
        List<String> mentions = text.mentions().stream().filter(m -> !roles.containsKey(m)).toList();
        return new ParsedTask(0, d.label(), d.path(), original, body.line(d.start()), owners, participants, mentions,
                List.copyOf(generic), how.targets(), allDeadlines, false);
    }

    private static final Pattern BETWEEN_LINES = Pattern.compile("^((完成时限|时间节点|完成时间|时限要求|工作时限)\\s*[:：][^\\n]*)?$");

    /**
     * Role lines of one task read as one statement (牵头单位：X / 责任单位：Y / 完成时限：… on lines of their own): the
     * 责任单位 beside the line's 牵头单位 work jointly under it.
     */
    private static List<Statements.Statement> blocks(Body body, List<Statements.Statement> statements) {
        List<Statements.Statement> blocks = new ArrayList<>();
        for (Statements.Statement s : statements) {
            if (!blocks.isEmpty() && !s.parenthesised() && !blocks.getLast().parenthesised()) {
                Statements.Statement last = blocks.getLast();
                String gap = body.folded().substring(last.end(), s.start()).strip();
                if (BETWEEN_LINES.matcher(gap).matches()) {
                    List<Statements.Group> groups = new ArrayList<>(last.groups());
                    groups.addAll(s.groups());
                    List<ParsedDeadline> deadlines = new ArrayList<>(last.deadlines());
                    deadlines.addAll(s.deadlines());
                    blocks.set(blocks.size() - 1, new Statements.Statement(last.start(), s.end(), false, List.copyOf(groups),
                            List.copyOf(deadlines), last.declares() != null ? last.declares() : s.declares()));
                    continue;
                }
            }
            blocks.add(s);
        }
        return blocks;
    }

    /**
     * The roles one statement gives. The leads are the units of its leading groups (牵头, 牵头单位); with none, the
     * first listed unit under a positional rule, else every unit marked responsible (负责, 责任单位: co-responsible).
     * Responsible units beside a named lead, and units that take part (参与) beside any lead, work jointly (JOINT);
     * units that take part with no lead at all, and units that help (配合, 协办), support (SUPPORT).
     */
    private static List<Assigned> assign(Statements.Statement s, Statements.Rule documentRule, Units units,
                                         Set<String> generic, String evidence) {
        boolean leadNamed = s.namesALead();
        Statements.Rule rule = s.declares() != null ? s.declares() : documentRule;
        List<Statements.Name> responsible = new ArrayList<>();
        boolean responsibleBody = false;
        for (Statements.Group g : s.groups()) {
            if (g.effect() == Effect.RESPONSIBLE || g.effect() == Effect.PARTICIPATES) {
                responsible.addAll(g.names());
            }
            if (g.effect() == Effect.RESPONSIBLE) {
                responsibleBody |= g.names().stream().anyMatch(Statements.Name::body);
            }
        }
        List<Assigned> out = new ArrayList<>();
        for (Statements.Group g : s.groups()) {
            if (g.effect() == null) {
                continue;
            }
            for (Statements.Name n : g.names()) {
                String unit = resolve(n, units);
                if (unit == null) {
                    generic.add(n.written());
                    continue;
                }
                Role role = switch (g.effect()) {
                    case LEADS -> Role.LEAD;
                    case ASSISTS, SUPPORTS -> Role.SUPPORT;
                    case JOINS -> Role.JOINT;
                    case RESPONSIBLE, PARTICIPATES -> {
                        if (leadNamed) {
                            yield Role.JOINT;
                        }
                        if (rule != null) {
                            boolean first = !responsible.isEmpty() && responsible.getFirst() == n;
                            yield first ? Role.LEAD
                                    : rule == Statements.Rule.FIRST_LEADS_REST_SUPPORT ? Role.SUPPORT : Role.JOINT;
                        }
                        if (g.effect() == Effect.RESPONSIBLE) {
                            yield Role.LEAD;
                        }
                        yield responsibleBody ? Role.JOINT : Role.SUPPORT;
                    }
                };
                out.add(new Assigned(unit, role, evidence));
            }
        }
        return out;
    }

    /** The registered body a name stands for; a function name (环保部门) when one body does that work; else null. */
    private static String resolve(Statements.Name n, Units units) {
        if (UnitNames.isBody(n.kind())) {
            return units.canonical(n.name());
        }
        if (n.function()) {
            return units.byFunction(n.name()).orElse(null);
        }
        return null;
    }
}
