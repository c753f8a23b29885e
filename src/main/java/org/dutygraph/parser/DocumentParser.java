package org.dutygraph.parser;

import org.dutygraph.genre.Characters;
import org.dutygraph.genre.UnitNames;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a document that allocates work to departments — a 目标责任书 or one of the task-division family (实施方案,
 * 实施意见, 任务分工方案, 考评办法, 职责规定), as plain text, a scraped web page or a database export — into one
 * {@link ParsedDocument}. The layout is detected, not configured: sections or articles per department
 * ({@link DepartmentReader}), or topic sections whose tasks carry role statements ({@link TopicReader}), possibly
 * in a flattened table ({@link TableReader}). A pure function: no I/O beyond its own resource table, no Spring, no
 * database. It either returns the whole document or throws a {@link ParseException} that says what is wrong and
 * where; never half a result, and never a document most of whose text it could not read.
 */
public final class DocumentParser {

    /** Below this share of its body text read into tasks, a document is refused rather than imported half read. */
    public static final double MIN_COVERAGE = 0.3;

    /** Lines databases and crawlers put before the text: kept for the metadata, not read as the body. */
    private static final Pattern HEADER_LINE = Pattern.compile(
            "^(【法宝引证码】|原文链接\\s*[:：]|标\\s*题\\s*[:：]|发布时间\\s*[:：]|文\\s*号\\s*[:：]|发布机构\\s*[:：]|栏\\s*目\\s*[:：]"
                    + "|本地目录\\s*[:：]|页面链接|来\\s*源\\s*[:：]|=+\\s*正文\\s*=+)");

    private DocumentParser() {
    }

    /** Links and paths a scraped page names its source by (原文链接：https://…, 本地目录: zwgk/…): not text. */
    private static final Pattern ADDRESS = Pattern.compile("(https?|ftp)://[^\\s<>\"]{1,500}|(?<![^\\s:：])[\\w.-]+(/[\\w.%-]+){2,}[^\\s]{0,120}");

    /**
     * The first long line that is not the genre's text at all (fewer than half its characters Chinese, digits or
     * punctuation: random bytes, a base64 blob, text in another script pasted after the document), with the count of
     * such lines; it is read as the clause it follows, so a reader should look.
     */
    static java.util.Optional<String> unlikeText(List<SourceText.Line> lines) {
        int first = 0;
        int count = 0;
        long characters = 0;
        for (SourceText.Line line : lines) {
            if (line.original().length() < 40) {
                continue; // the common case, decided without a regular expression
            }
            String text = ADDRESS.matcher(line.original()).replaceAll("");
            if (text.length() < 40) {
                continue;
            }
            long like = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    || Character.isDigit(c) || Character.isWhitespace(c) || (c >= 0x3000 && c <= 0x303F)
                    || (c >= 0xFF00 && c <= 0xFFEF) || ".,;:()%-/=*#~_·—".indexOf(c) >= 0).count();
            if (like * 2 < text.codePointCount(0, text.length())) {
                first = first == 0 ? line.number() : first;
                count++;
                characters += text.length();
            }
        }
        return count == 0 ? java.util.Optional.empty() : java.util.Optional.of("line " + first + ": " + count
                + " line(s), " + characters + " characters, unlike a responsibility document's text (not Chinese "
                + "prose: random characters, code, another language?); they are read as part of the task before them");
    }

    public static ParsedDocument parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ParseException("the text is empty", 0, null);
        }
        SourceText source = SourceText.of(text);
        List<SourceText.Line> lines = source.lines();
        int header = 0;
        while (header < lines.size() && (lines.get(header).isBlank() || lines.get(header).folded().length() <= 240
                && HEADER_LINE.matcher(lines.get(header).folded()).find())) {
            header++;
        }
        if (header > 0 && lines.subList(0, header).stream().allMatch(SourceText.Line::isBlank)) {
            header = 0;
        }
        Body body = Body.of(lines.subList(header, lines.size()));
        Outline outline = Outline.read(body);
        List<String> warnings = new ArrayList<>();
        if (source.wasHtml()) {
            warnings.add("the input is HTML; line numbers refer to its text after the markup was removed");
        }
        unlikeText(lines).ifPresent(warnings::add);
        if (source.removedControls() > 0) {
            warnings.add("line " + source.firstControlLine() + ": " + source.removedControls() + " invisible control "
                    + "character(s) removed (NUL, zero-width space …), the first on this line");
        }

        List<SourceText.Line> around = new ArrayList<>(lines.subList(0, header));
        around.addAll(lines(body, 0, outline.bodyStart()));
        around.addAll(lines(body, outline.bodyEnd(), body.length()));
        DocumentMetadata metadata = MetadataReader.read(around);

        Reading reading = read(body, outline, metadata, warnings);
        if (reading.sections().isEmpty() || reading.sections().stream().allMatch(s -> s.tasks().isEmpty())) {
            throw new ParseException("no tasks found: expected department sections ('一、区发改局' followed by numbered "
                    + "clauses), articles per department ('第九条 区经济发展局工作职责：'), or numbered tasks with role "
                    + "statements ('（牵头单位：市发展改革委，配合单位：市财政局）', '（财政部牵头，各地区按职责分工负责）', "
                    + "'责任单位：区环境局牵头，区农业局等参与') or a table with 牵头单位 / 责任单位 columns", 0, null);
        }
        double coverage = coverage(body, outline, reading.read());
        long withRoles = reading.sections().stream().flatMap(s -> s.tasks().stream())
                .filter(c -> !c.participants().isEmpty()).count();
        if (coverage < MIN_COVERAGE || withRoles == 0) {
            throw new ParseException(String.format("only %d%% of the body text could be read into tasks (%d task(s), %d with "
                            + "a department): this does not read as a document that allocates work to departments, so "
                            + "nothing is imported", Math.round(coverage * 100), reading.sections().stream()
                            .mapToInt(s -> s.tasks().size()).sum(), withRoles), 0, null);
        }
        if (metadata.title() == null) {
            warnings.add("no title found (a title line such as …目标责任书 / …实施方案 / …分工方案, or 《…》 in a 关于印发 notice)");
        }
        if (metadata.year() == null) {
            warnings.add("no year found in the title, the document number or its dates");
        }
        List<ParsedSection> sections = markBoilerplate(reading.sections(), warnings);
        return new ParsedDocument(metadata, reading.layout(), sections, reading.departments(), coverage, warnings);
    }

    private static Reading read(Body body, Outline outline, DocumentMetadata metadata, List<String> warnings) {
        List<DepartmentReader.Owned> sections = DepartmentReader.sections(body, outline);
        if (!sections.isEmpty()) {
            return DepartmentReader.read(body, outline, sections, metadata, Layout.DEPARTMENT_SECTIONS, warnings);
        }
        List<DepartmentReader.Owned> articles = DepartmentReader.articles(body, outline);
        if (!articles.isEmpty()) {
            return DepartmentReader.read(body, outline, articles, metadata, Layout.DEPARTMENT_ARTICLES, warnings);
        }
        List<Statements.Statement> statements = new ArrayList<>();
        TableReader.Table table = TableReader.find(body, outline);
        if (table != null) {
            statements.addAll(table.rows());
        }
        for (Outline.Item item : outline.items()) {
            for (Statements.Statement s : Statements.find(body, item.bodyStart, Math.min(item.ownEnd(), outline.bodyEnd()))) {
                if (table == null || !table.covers(s.start())) {
                    statements.add(s);
                }
            }
        }
        statements.sort((a, b) -> Integer.compare(a.start(), b.start()));
        warnings.addAll(outline.warnings());
        Reading reading = TopicReader.read(body, outline, metadata, statements, tier(metadata), warnings);
        if (table != null && table.rows().size() * 2 >= statements.size()) {
            return new Reading(Layout.TABLE, reading.sections(), reading.departments(), reading.read());
        }
        return reading;
    }

    /** The tier of the issuing government, from its name or its region. */
    static UnitNames.Tier tier(DocumentMetadata metadata) {
        String issuer = metadata.issuer() == null ? "" : metadata.issuer();
        if (issuer.startsWith("国务院") || issuer.startsWith("中共中央") || issuer.startsWith("国家")) {
            return UnitNames.Tier.NATIONAL;
        }
        if (metadata.district() != null) {
            return UnitNames.Tier.DISTRICT;
        }
        if (metadata.city() != null) {
            return UnitNames.Tier.CITY;
        }
        if (metadata.province() != null) {
            return UnitNames.Tier.PROVINCE;
        }
        return UnitNames.Tier.UNSTATED;
    }

    /** The lines of [from, to) of the body, as lines of the source (numbers kept). */
    private static List<SourceText.Line> lines(Body body, int from, int to) {
        List<SourceText.Line> out = new ArrayList<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || body.folded().charAt(i) == '\n') {
                if (i > start) {
                    String original = Characters.strip(body.original().substring(start, i));
                    out.add(new SourceText.Line(body.line(start), original, Characters.fold(original)));
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** Non-space characters of the body read into tasks and their headings, over all non-space body characters. */
    private static double coverage(Body body, Outline outline, List<int[]> read) {
        int from = outline.bodyStart();
        int to = outline.bodyEnd();
        if (to <= from) {
            return 0;
        }
        BitSet covered = new BitSet();
        for (int[] span : read) {
            covered.set(Math.max(from, span[0]), Math.min(to, Math.max(span[0], span[1])));
        }
        String f = body.folded();
        int all = 0;
        int in = 0;
        for (int i = from; i < to; i++) {
            if (!Characters.isSpace(f.charAt(i))) {
                all++;
                if (covered.get(i)) {
                    in++;
                }
            }
        }
        return all == 0 ? 0 : (double) in / all;
    }

    private static List<ParsedSection> markBoilerplate(List<ParsedSection> sections, List<String> warnings) {
        List<List<String>> texts = sections.stream().map(s -> s.tasks().stream().map(ParsedTask::text).toList()).toList();
        Boilerplate.Marks found = Boilerplate.mark(texts);
        if (found.undecided() > 0) {
            warnings.add(found.undecided() + " clause(s) share most of their words with too many others to be compared "
                    + "with all of them (a document written from one template?): they are kept as work, not marked as "
                    + "boilerplate recurring across sections");
        }
        List<boolean[]> marks = found.flags();
        List<ParsedSection> marked = new ArrayList<>();
        for (int s = 0; s < sections.size(); s++) {
            ParsedSection section = sections.get(s);
            List<ParsedTask> clauses = new ArrayList<>();
            for (int c = 0; c < section.tasks().size(); c++) {
                clauses.add(section.tasks().get(c).withBoilerplate(marks.get(s)[c]));
            }
            marked.add(new ParsedSection(section.ordinal(), section.label(), section.title(), section.department(),
                    section.line(), clauses));
        }
        return marked;
    }
}
