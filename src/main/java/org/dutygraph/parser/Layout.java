package org.dutygraph.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document's skeleton: which lines are department headings (一、区发改局), which start numbered clauses
 * (1. / 2、 / (1) / ①), which continue a clause, and where the body ends (the page footer or the signature).
 * Everything before the first heading is the preamble, everything after the body the epilogue.
 */
final class Layout {

    record RawClause(String label, int line, StringBuilder original, StringBuilder folded) {
    }

    record RawSection(String label, String department, int line, List<RawClause> clauses,
                      List<SourceText.Line> paragraphs) {
    }

    private enum HeadingStyle { DUN, PAREN }

    private static final String CN_NUM = "[一二三四五六七八九十百零〇两]+";
    private static final Pattern DUN_HEADING = Pattern.compile("^(?:第)?(" + CN_NUM + ")\\s*[、.]\\s*(.+)$");
    private static final Pattern PAREN_HEADING = Pattern.compile("^\\((" + CN_NUM + ")\\)\\s*(.+)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})\\s*[.、](?!\\d)\\s*(.*)$");
    private static final Pattern PAREN_NUMBERED = Pattern.compile("^\\((\\d{1,3})\\)\\s*(.*)$");
    private static final Pattern CIRCLED = Pattern.compile("^([\\u2460-\\u2473])\\s*(.*)$");
    private static final Pattern HEADING_TAIL = Pattern.compile(
            "[:：]$|(的)?(目标任务|工作任务|责任目标|目标责任|主要任务|工作职责|责任清单|职责|任务)[:：]?$");
    private static final Pattern DEPARTMENT_LIKE = Pattern.compile(
            "^[^,。;、:!?\\s]{1,28}(局|分局|大队|支队|中心|委员会|委|办公室|办|院|所|站|部|处|公司|集团|政府|街道|镇|乡|管委会|园区|园|队|会|署|厅|室)"
                    + "(\\([^()]{1,16}\\))?$");
    private static final Pattern FOOTER = Pattern.compile(
            "^(【?打印本页】?|【?关闭窗口】?|【?打印】|【?关闭】|联系我们|网站地图|主办单位|承办单位|版权所有|Copyright|©|扫一扫|分享到|"
                    + "附件\\s*[:：\\d]|抄送|上一篇|下一篇|相关链接|相关文件|责任编辑|来源\\s*[:：]).*|.*(ICP备|公网安备|网站标识码).*");
    private static final Pattern DATE_LINE = Pattern.compile("^\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日$");
    private static final Pattern SENTENCE_END = Pattern.compile("[。;;!?!?)]$|[”」』]$");

    private final List<SourceText.Line> preamble = new ArrayList<>();
    private final List<SourceText.Line> epilogue = new ArrayList<>();
    private final List<RawSection> sections = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private Layout() {
    }

    List<SourceText.Line> preamble() {
        return preamble;
    }

    List<SourceText.Line> epilogue() {
        return epilogue;
    }

    List<RawSection> sections() {
        return sections;
    }

    List<String> warnings() {
        return warnings;
    }

    static Layout read(SourceText source) {
        Layout layout = new Layout();
        layout.scan(source.lines());
        return layout;
    }

    private void scan(List<SourceText.Line> lines) {
        HeadingStyle style = null;
        RawSection section = null;
        RawClause clause = null;
        boolean inForeignBlock = false; // under a same-level heading that names no department (附则, 保障措施)
        boolean ended = false;
        for (SourceText.Line line : lines) {
            if (ended) {
                epilogue.add(line);
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            String f = line.folded();
            Heading heading = heading(f);
            if (section == null) {
                if (heading != null && heading.departmentLike()) {
                    style = heading.style();
                    section = startSection(heading, line);
                    clause = null;
                } else {
                    preamble.add(line);
                }
                continue;
            }
            if (FOOTER.matcher(f).matches() || (DATE_LINE.matcher(f).matches())) {
                ended = true;
                epilogue.add(line);
                continue;
            }
            if (heading != null && heading.style() == style) {
                if (heading.departmentLike()) {
                    section = startSection(heading, line);
                    clause = null;
                    inForeignBlock = false;
                } else {
                    inForeignBlock = true;
                    warnings.add("line " + line.number() + ": heading '" + line.original()
                            + "' names no department; its text is not read as clauses");
                }
                continue;
            }
            if (inForeignBlock) {
                continue;
            }
            Matcher numbered = clauseStart(f);
            if (numbered != null) {
                clause = new RawClause(numbered.group(1), line.number(), new StringBuilder(), new StringBuilder());
                int bodyStart = numbered.start(2);
                clause.original().append(line.original().substring(bodyStart));
                clause.folded().append(f.substring(bodyStart));
                section.clauses().add(clause);
                continue;
            }
            if (heading != null && !isProse(f)) {
                continue; // a sub-heading of another numbering level, e.g. (一)大气污染防治 under 一、区发改局
            }
            if (clause == null) {
                section.paragraphs().add(line);
            } else if (clause.folded().isEmpty() || !SENTENCE_END.matcher(clause.folded()).find() || isProse(f)) {
                clause.original().append(line.original());
                clause.folded().append(f);
            } else if (looksLikeSignature(f)) {
                ended = true;
                epilogue.add(line);
            } else {
                warnings.add("line " + line.number() + ", section " + section.department()
                        + ": text after clause " + clause.label() + " is not numbered and was not read: '"
                        + abbreviate(line.original()) + "'");
            }
        }
    }

    private RawSection startSection(Heading heading, SourceText.Line line) {
        RawSection section = new RawSection(heading.label(), heading.name(), line.number(), new ArrayList<>(),
                new ArrayList<>());
        sections.add(section);
        return section;
    }

    private record Heading(HeadingStyle style, String label, String name, boolean departmentLike) {
    }

    private static Heading heading(String folded) {
        HeadingStyle style = null;
        Matcher m = DUN_HEADING.matcher(folded);
        if (m.matches()) {
            style = HeadingStyle.DUN;
        } else {
            m = PAREN_HEADING.matcher(folded);
            if (m.matches()) {
                style = HeadingStyle.PAREN;
            }
        }
        if (style == null) {
            return null;
        }
        String name = m.group(2).trim();
        String stripped = HEADING_TAIL.matcher(name).replaceFirst("").trim();
        boolean departmentLike = DEPARTMENT_LIKE.matcher(stripped).matches();
        return new Heading(style, m.group(1), departmentLike ? stripped : name, departmentLike);
    }

    private static Matcher clauseStart(String folded) {
        for (Pattern p : List.of(NUMBERED, PAREN_NUMBERED, CIRCLED)) {
            Matcher m = p.matcher(folded);
            if (m.matches()) {
                return m;
            }
        }
        return null;
    }

    /** A line of running text rather than a heading or a page fragment. */
    private static boolean isProse(String folded) {
        return folded.length() > 20 || folded.contains("。") || folded.contains(",");
    }

    private static boolean looksLikeSignature(String folded) {
        return folded.length() <= 30 && folded.matches(".*(人民政府|办公室|委员会|指挥部|领导小组)$");
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
