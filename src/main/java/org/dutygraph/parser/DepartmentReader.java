package org.dutygraph.parser;

import org.dutygraph.genre.Characters;

import org.dutygraph.genre.Labels.Style;
import org.dutygraph.model.Level;
import org.dutygraph.genre.Sentences;
import org.dutygraph.genre.UnitNames;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the layouts where each section belongs to a department: headings that name a department
 * ({@code 一、区发改局} → DEPARTMENT_SECTIONS) or articles that do ({@code 第九条 区经济发展局工作职责：} →
 * DEPARTMENT_ARTICLES). The section's numbered clauses at any depth are its tasks; the department leads its own
 * work unless a role phrase in the clause says otherwise ({@link ClauseRoles}).
 *
 * <p>Size: both department layouts (sections and articles) share heading recognition and the collection of a
 * section's clauses.
 */
final class DepartmentReader {

    private static final Pattern HEADING_TAIL = Pattern.compile(
            "[:：]$|(的)?(目标任务|工作任务|责任目标|目标责任|主要任务|工作职责|责任清单|职责|任务)[:：]?$");
    private static final Pattern DEPARTMENT_LIKE = Pattern.compile(
            "^[^,。;、:!?\\s]{1,28}(局|分局|大队|支队|中心|委员会|委|办公室|办|院|所|站|部|处|公司|集团|政府|街道|镇|乡|管委会|园区|园|队|会|署|厅|室)"
                    + "(\\([^()]{1,16}\\))?$");
    private static final Pattern ARTICLE_HEADING = Pattern.compile(
            "^\\s*(.{2,60}?)(的)?(工作职责|主要职责|职责|工作任务)\\s*[:：]");

    /** A section found: its heading item, its owners (empty for a collective) and its title. */
    record Owned(Outline.Item item, String title, List<String> owners, int headingEnd) {
    }

    private DepartmentReader() {
    }

    /** The department sections of the first part whose top-level headings name departments, or none. */
    static List<Owned> sections(Body body, Outline outline) {
        for (Outline.Part part : outline.parts()) {
            List<Owned> found = new ArrayList<>();
            int others = 0;
            for (Outline.Item item : part.items()) {
                if (item.style == Style.CHAPTER || item.style == Style.ARTICLE || item.style == Style.PART) {
                    others++;
                    continue;
                }
                String heading = headingText(body, item);
                String name = HEADING_TAIL.matcher(heading).replaceFirst("").trim();
                if (DEPARTMENT_LIKE.matcher(name).matches() && UnitNames.classify(name) != UnitNames.Kind.COLLECTIVE) {
                    found.add(new Owned(item, name, List.of(name), headingEnd(body, item)));
                } else {
                    others++;
                }
            }
            if (!found.isEmpty() && found.size() >= others) {
                return found;
            }
        }
        return List.of();
    }

    /** The articles that name a department ({@code 第九条 区经济发展局工作职责：}), or none when fewer than two. */
    static List<Owned> articles(Body body, Outline outline) {
        List<Owned> found = new ArrayList<>();
        for (Outline.Item item : outline.items()) {
            if (item.style != Style.ARTICLE) {
                continue;
            }
            String own = body.foldedText(item.bodyStart, item.ownEnd());
            Matcher m = ARTICLE_HEADING.matcher(own);
            if (!m.lookingAt()) {
                continue;
            }
            String names = m.group(1).trim();
            List<String> owners = new ArrayList<>();
            boolean bodies = true;
            for (String name : ownerNames(names)) {
                UnitNames.Kind kind = UnitNames.classify(name.trim());
                if (UnitNames.isBody(kind)) {
                    owners.add(name.trim());
                } else if (kind != UnitNames.Kind.COLLECTIVE && !DEPARTMENT_LIKE.matcher(name.trim()).matches()) {
                    bodies = false;
                }
            }
            if (!bodies) {
                continue;
            }
            int headingEnd = item.bodyStart + offsetOf(body.folded(), item.bodyStart, m.end());
            found.add(new Owned(item, names, owners, headingEnd));
        }
        return found.size() >= 2 ? found : List.of();
    }

    /**
     * The owners an article names: 、-separated, except that a list of committees closed by their shared office is
     * that one office (区党工委、管委会办公室).
     */
    static List<String> ownerNames(String names) {
        String[] items = names.split("、");
        String last = items[items.length - 1];
        boolean sharedOffice = items.length > 1 && last.matches(".*(办公室|办公厅|办)$")
                && java.util.Arrays.stream(items, 0, items.length - 1).allMatch(i -> i.matches(".*(委|工委|党委|委员会|政府)$"));
        return sharedOffice ? List.of(names) : List.of(items);
    }

    /** Position in the body after the {@code length} non-line-break chars of own text from {@code from}. */
    private static int offsetOf(String folded, int from, int length) {
        int at = from;
        int seen = 0;
        while (at < folded.length() && (seen < length || folded.charAt(at) == ' ')) {
            if (folded.charAt(at) != '\n') {
                seen++;
            }
            at++;
            if (seen >= length && (at >= folded.length() || folded.charAt(at) != ' ')) {
                break;
            }
        }
        return at - from;
    }

    /** The heading of a top-level item: its own text up to the first line break or child. */
    static String headingText(Body body, Outline.Item item) {
        return body.foldedText(item.bodyStart, headingEnd(body, item));
    }

    private static int headingEnd(Body body, Outline.Item item) {
        int end = item.ownEnd();
        int newline = body.folded().indexOf('\n', item.bodyStart);
        return newline >= 0 && newline < end ? newline : end;
    }

    /** Reads the sections found into parsed sections, with their clauses' roles, targets and deadlines. */
    static Reading read(Body body, Outline outline, List<Owned> owned, DocumentMetadata metadata, Layout layout,
                        List<String> warnings) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        Set<String> owners = new LinkedHashSet<>();
        for (Owned o : owned) {
            for (String name : o.owners()) {
                Integer first = seen.putIfAbsent(name, body.line(o.item().start));
                if (first != null && layout == Layout.DEPARTMENT_SECTIONS) {
                    throw new ParseException("department " + name + " has a second section (the first is at line "
                            + first + ")", body.line(o.item().start), name);
                }
                owners.add(name);
            }
        }
        DepartmentDirectory directory = new DepartmentDirectory(List.copyOf(owners), metadata);
        ClauseRoles roles = new ClauseRoles(directory);
        List<ParsedSection> sections = new ArrayList<>();
        List<int[]> read = new ArrayList<>();
        int ordinal = 0;
        for (Owned o : owned) {
            Outline.Item item = o.item();
            String where = o.owners().isEmpty() ? o.title() : o.owners().getFirst();
            List<RawClause> raw = clauses(body, item, o.headingEnd(), where, warnings);
            if (raw.isEmpty()) {
                throw new ParseException("section has no clauses", body.line(item.start), where);
            }
            List<ParsedTask> clauses = new ArrayList<>();
            int n = 0;
            int expected = 1;
            String parent = null;
            for (RawClause rc : raw) {
                String under = rc.path().contains("/") ? rc.path().substring(0, rc.path().lastIndexOf('/')) : "";
                if (!under.equals(parent)) {
                    parent = under;
                    expected = 1; // numbering restarts under each sub-heading ((一)…方面 1. 2. (二)…方面 1.)
                }
                if (rc.label().chars().allMatch(Character::isDigit)) {
                    int number = Integer.parseInt(rc.label());
                    if (number != expected && !rc.path().contains("¶")) {
                        warnings.add("line " + body.line(rc.start()) + ", section " + where + ": clause numbered " + number
                                + " where " + expected + " was expected");
                    }
                    expected = number + 1;
                }
                read.add(new int[]{rc.start(), rc.end()});
                String original = body.text(rc.start(), rc.end());
                if (original.isEmpty()) {
                    throw new ParseException("clause " + rc.label() + " has no text", body.line(rc.start()), where);
                }
                String masked = Sentences.mask(Characters.fold(original));
                String owner = o.owners().isEmpty() ? null : o.owners().getFirst();
                ClauseRoles.Result who = roles.read(owner, original, masked);
                List<ParsedParticipation> participants = new ArrayList<>(who.participants());
                for (String coOwner : o.owners().subList(Math.min(1, o.owners().size()), o.owners().size())) {
                    for (ParsedParticipation p : who.participants()) {
                        if (p.department().equals(owner)) {
                            participants.add(new ParsedParticipation(coOwner, p.role(), p.evidence(), p.stated()));
                        }
                    }
                }
                Quantities.Result how = Quantities.read(original, masked);
                clauses.add(new ParsedTask(++n, rc.label(), rc.path(), original, body.line(rc.start()), o.owners(),
                        participants, who.mentions(), who.unresolved(), how.targets(), how.deadlines(), false));
            }
            read.add(new int[]{item.start, o.headingEnd()});
            String label = item.style == Style.ARTICLE ? item.label() : Outline.writtenNumber(item);
            sections.add(new ParsedSection(++ordinal, label, o.title(), o.owners().isEmpty() ? null : o.owners().getFirst(),
                    body.line(item.start), clauses));
        }
        List<ParsedDepartment> departments = new ArrayList<>();
        for (String name : owners) {
            boolean organisation = UnitNames.classify(name) == UnitNames.Kind.ORGANISATION;
            departments.add(new ParsedDepartment(name, directory.aliasesOf(name), false, Level.OWN, organisation));
        }
        directory.externals().forEach((name, level) -> departments.add(new ParsedDepartment(name, List.of(), true, level, false)));
        return new Reading(layout, sections, departments, read);
    }

    /** A clause before it is read: its numbers, path and span in the body. */
    record RawClause(String label, String path, int start, int end) {
    }

    /**
     * The clauses of one section: its numbered items without numbered children, at any depth; a section with none
     * takes each paragraph of its text as a clause.
     */
    private static List<RawClause> clauses(Body body, Outline.Item section, int headingEnd, String where,
                                           List<String> warnings) {
        List<RawClause> clauses = new ArrayList<>();
        collectLeaves(section, clauses, body, warnings, where);
        int textEnd = section.ownEnd();
        if (clauses.isEmpty()) {
            int n = 0;
            for (int[] paragraph : paragraphs(body, headingEnd, textEnd)) {
                clauses.add(new RawClause(String.valueOf(++n), section.path() + "/¶" + n, paragraph[0], paragraph[1]));
            }
            if (!clauses.isEmpty()) {
                warnings.add("line " + body.line(section.start) + ", section " + where + ": no numbered clauses; each of its "
                        + clauses.size() + " paragraphs is read as a clause");
            }
        } else {
            List<int[]> before = paragraphs(body, headingEnd, textEnd);
            if (!before.isEmpty()) {
                warnings.add("line " + body.line(before.getFirst()[0]) + ", section " + where
                        + ": text before the first numbered clause was not read: '"
                        + abbreviate(body.text(before.getFirst()[0], before.getFirst()[1])) + "'");
            }
        }
        return clauses;
    }

    private static void collectLeaves(Outline.Item item, List<RawClause> into, Body body, List<String> warnings,
                                      String where) {
        for (Outline.Item child : item.children) {
            if (child.children.isEmpty()) {
                into.add(new RawClause(Outline.writtenNumber(child), child.path(), child.bodyStart, child.end));
            } else {
                collectLeaves(child, into, body, warnings, where);
            }
        }
    }

    /** The non-empty lines of [from, to), as spans. */
    private static List<int[]> paragraphs(Body body, int from, int to) {
        List<int[]> spans = new ArrayList<>();
        String f = body.folded();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || f.charAt(i) == '\n') {
                if (!body.text(start, i).isEmpty()) {
                    spans.add(new int[]{start, i});
                }
                start = i + 1;
            }
        }
        return spans;
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
