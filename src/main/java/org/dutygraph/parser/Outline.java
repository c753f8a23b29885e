package org.dutygraph.parser;

import org.dutygraph.genre.Labels;
import org.dutygraph.genre.Labels.Candidate;
import org.dutygraph.genre.Labels.Style;
import org.dutygraph.genre.StartChars;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbered items of a body and how they nest, read from the stream without relying on line breaks.
 *
 * <p>Every place a label could stand ({@link Labels#candidates}) is a candidate; it becomes an item when the
 * numbering expects it. Left to right, with the open items on a stack:
 * <ul>
 *   <li>the next number of an open style (4 after 3) is the next sibling at that depth — wherever it stands, even
 *       glued to the previous text (a flattened table) or followed by a digit ({@code 4、6月底前完成…} is item 4 that
 *       begins with a deadline);</li>
 *   <li>a 1 of a style not open starts a level below the current item when it stands at a boundary (a line start,
 *       after 。；：, a closing bracket or a space) or when the current item is still a heading (no sentence has ended
 *       in it: {@code 一、…精准性（一）研究…});</li>
 *   <li>a style's numbering may run on across sections (items 1–45 under several headings): its last number + 1
 *       re-opens it under the current item;</li>
 *   <li>a 1 of a style that is already open is a nested list only when its 2 follows and then the outer list's
 *       expected number ({@code 1、…3月区经发局 1、《工作要点》 2、《实施方案》 2、制定…}: the sources of a table row);
 *       else it is a number inside a sentence;</li>
 *   <li>anything else is a number inside a sentence, not an item.</li>
 * </ul>
 * The top-level style starting again at 1 on a new line, or an 附件 (attachment) heading, starts a new part: a second
 * document bound into the same text (政策 and 行动计划), or an attachment table. The body ends at the page footer,
 * the signature and date, or the 附件下载 / 来源 lines of a scraped page.
 *
 * <p>Size: the item rules above are one ordered decision per line, and the part and footer rules read the same
 * numbering state.
 */
final class Outline {

    /** One numbered item. {@code end} is where its last descendant ends; its own text runs to its first child. */
    static final class Item {
        final Style style;
        final int number;
        final int start;
        final int bodyStart;
        int end;
        final Item parent;
        final List<Item> children = new ArrayList<>();
        final int part;

        Item(Style style, int number, int start, int bodyStart, Item parent, int part) {
            this.style = style;
            this.number = number;
            this.start = start;
            this.bodyStart = bodyStart;
            this.parent = parent;
            this.part = part;
        }

        String label() {
            return Labels.canonical(style, number);
        }

        /** End of the item's own text: its first child, or its end. */
        int ownEnd() {
            return children.isEmpty() ? end : children.getFirst().start;
        }

        int depth() {
            return parent == null ? 0 : parent.depth() + 1;
        }

        /** Label path from the part's top: 二/(一)/3 (chapters left out; P2: for a second part). */
        String path() {
            List<String> labels = new ArrayList<>();
            for (Item i = this; i != null; i = i.parent) {
                if (i.style != Style.CHAPTER) {
                    labels.addFirst(i.label());
                }
            }
            return (part > 1 ? "P" + part + ":" : "") + String.join("/", labels);
        }
    }

    /** An item's own number as the genre writes it without brackets: 一, 3, ③, 第九条 (a section's or clause's label). */
    static String writtenNumber(Item item) {
        return switch (item.style) {
            case CN_PAREN, CN_DUN -> org.dutygraph.genre.Numerals.chinese(item.number);
            case AR_PAREN, AR_DOT, AR_DUN, ROW -> String.valueOf(item.number);
            default -> item.label();
        };
    }

    /** A run of the body whose top-level numbering does not restart; {@code title} is the text before its first item. */
    record Part(int index, int start, int end, List<Item> items) {
    }

    /** The first characters of END_OF_BODY's cues; a dated signature begins with a CJK char after a boundary. */
    private static final StartChars END_OF_BODY_FIRST = StartChars.of("【打关附来联网主版I(抄上下扫注国");

    private static boolean endOfBodyMayStart(CharSequence text, int at) {
        if (END_OF_BODY_FIRST.at(text, at)) {
            return true;
        }
        char c = text.charAt(at);
        return at > 0 && c >= '\u4e00' && c <= '\u9fa5' && (Character.isWhitespace(text.charAt(at - 1))
                || "。;!?)".indexOf(text.charAt(at - 1)) >= 0);
    }

    private enum Boundary { START, LINE, SENTENCE, CLOSE, SPACE, GLUED }

    private static final Pattern ATTACHMENT = Pattern.compile("附件\\s*\\d{0,2}\\s*[:：]?\\s*(?!下载)");
    private static final Pattern END_OF_BODY = Pattern.compile(
            "【?打印本页】?|【?关闭窗口】?|【打印】|【关闭】|附件下载|(?<![\\u4e00-\\u9fa5])来源\\s*[:：]|联系我们|网站地图|"
                    + "主办单位\\s*[:：]|版权所有|ICP备|\\(此件公开发布\\)|\\(此件主动公开\\)|抄送\\s*[:：]|上一篇|下一篇|扫一扫|"
                    + "(?<![\\u4e00-\\u9fa5])注\\s*[:：]|"
                    + "(?<=[\\s。;!?)])(?:[\\u4e00-\\u9fa5]{2,30}(?:办公室|办公厅|人民政府|管委会|委员会|党工委)|国务院)\\s*\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日");
    private static final String QUANTITY_BEFORE = "第约共近至和或及等前后每~-到、";

    private final Body body;
    private final List<Candidate> candidates;
    private final List<Part> parts = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<Item> all = new ArrayList<>();
    /** Candidate indexes by style and number, ascending: where a number of a style next occurs, in log time. */
    private final Map<Style, Map<Integer, List<Integer>>> byNumber = new EnumMap<>(Style.class);
    /** Starts of attachment headings not glued to the text before them, ascending. */
    private final List<Integer> attachments = new ArrayList<>();
    private int bodyStart = -1;
    private int bodyEnd;

    private Outline(Body body) {
        this.body = body;
        this.candidates = Labels.candidates(body.folded());
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            byNumber.computeIfAbsent(c.style(), s -> new HashMap<>())
                    .computeIfAbsent(c.number(), n -> new ArrayList<>()).add(i);
        }
        Matcher a = ATTACHMENT.matcher(body.folded());
        while (a.find()) {
            if (boundary(a.start()) != Boundary.GLUED) {
                attachments.add(a.start());
            }
        }
    }

    static Outline read(Body body) {
        Outline outline = new Outline(body);
        outline.scan();
        return outline;
    }

    List<Part> parts() {
        return parts;
    }

    /** Numbering gaps the outline accepted (an item numbered 3 after 1, on a line of its own). */
    List<String> warnings() {
        return warnings;
    }

    /** Every item, in reading order. */
    List<Item> items() {
        return all;
    }

    /** Where the first item starts; the length when there is none. */
    int bodyStart() {
        return bodyStart < 0 ? body.length() : bodyStart;
    }

    /** Where the body ends: the footer, the signature or the end of the text. */
    int bodyEnd() {
        return bodyEnd;
    }

    private void scan() {
        String f = body.folded();
        bodyEnd = body.length();
        Deque<Item> open = new ArrayDeque<>();
        Map<Style, Integer> last = new EnumMap<>(Style.class);
        int part = 0;
        int partStart = 0;
        List<Item> top = new ArrayList<>();
        int attachmentFrom = -1;
        for (int c = 0; c < candidates.size(); c++) {
            Candidate m = candidates.get(c);
            if (m.start() >= bodyEnd) {
                break;
            }
            Boundary boundary = boundary(m.start());
            if (isArabic(m.style()) && m.start() > 0 && QUANTITY_BEFORE.indexOf(f.charAt(m.start() - 1)) >= 0) {
                continue;
            }
            if (m.numberFollows() && m.style() == Style.AR_DOT) {
                // 2.5万 is a decimal; only the expected number on a line of its own is an item (11.121人才梯队项目)
                Item sibling = expectedSibling(open, m);
                if (sibling == null || boundary == Boundary.GLUED) {
                    continue;
                }
            }
            // an attachment heading between the previous item and this candidate starts a new part
            int previousEnd = all.isEmpty() ? 0 : all.getLast().bodyStart;
            boolean attachment = part > 0 && attachmentBetween(Math.max(previousEnd, attachmentFrom), m.start());
            boolean newPart = part == 0
                    ? m.number() == 1 && followsReadably(m)
                    && (boundary != Boundary.GLUED || headingBefore(m.start()) || successorFollows(c))
                    : m.number() == 1 && (attachment || topRestart(open, m, boundary, c));
            if (part == 0 && !newPart) {
                continue;
            }
            if (newPart) {
                if (part > 0) {
                    close(top, partStart, m.start(), part, false);
                }
                part++;
                partStart = m.start();
                top = new ArrayList<>();
                open.clear();
                last.clear();
                if (bodyStart < 0) {
                    bodyStart = m.start();
                    bodyEnd = endOfBody(m.end());
                }
                Item item = new Item(m.style(), 1, m.start(), m.end(), null, part);
                accept(item, open, last, top);
                attachmentFrom = m.end();
                continue;
            }
            Item sibling = expectedSibling(open, m);
            if (sibling != null) {
                while (open.peek() != sibling) {
                    open.pop();
                }
                open.pop();
                accept(new Item(m.style(), m.number(), m.start(), m.end(), sibling.parent, part), open, last, top);
                continue;
            }
            Item gapped = gap(open, m, boundary, c);
            if (gapped != null) {
                warnings.add("line " + body.line(m.start()) + ": item numbered " + m.number() + " where "
                        + (gapped.number + 1) + " was expected");
                while (open.peek() != gapped) {
                    open.pop();
                }
                open.pop();
                accept(new Item(m.style(), m.number(), m.start(), m.end(), gapped.parent, part), open, last, top);
                continue;
            }
            Item current = open.peek();
            boolean styleOpen = open.stream().anyMatch(i -> i.style == m.style());
            if (m.number() == 1 && !styleOpen && (boundary != Boundary.GLUED || isHeading(current, m.start()))
                    && followsReadably(m)) {
                accept(new Item(m.style(), 1, m.start(), m.end(), current, part), open, last, top);
                continue;
            }
            if (m.number() == 1 && styleOpen && nestedRunConfirmed(c, open)) {
                accept(new Item(m.style(), 1, m.start(), m.end(), current, part), open, last, top);
                continue;
            }
            Integer previous = last.get(m.style());
            if (!styleOpen && previous != null && m.number() == previous + 1) {
                accept(new Item(m.style(), m.number(), m.start(), m.end(), current, part), open, last, top);
            }
        }
        if (part > 0) {
            close(top, partStart, bodyEnd, part, true);
        }
    }

    private void accept(Item item, Deque<Item> open, Map<Style, Integer> last, List<Item> top) {
        if (item.parent == null) {
            top.add(item);
        } else {
            item.parent.children.add(item);
        }
        open.push(item);
        last.put(item.style, item.number);
        all.add(item);
    }

    /**
     * Ends every item of a finished part: each at the next item that is not its descendant, or the part's end. An
     * attachment heading after the part's last item (a roster, a form) ends the part there.
     */
    private void close(List<Item> top, int start, int end, int index, boolean last) {
        int first = all.size();
        while (first > 0 && all.get(first - 1).part == index) {
            first--;
        }
        List<Item> inPart = all.subList(first, all.size());
        Item lastItem = inPart.isEmpty() ? null : inPart.getLast();
        if (lastItem != null) {
            Matcher a = ATTACHMENT.matcher(body.folded()).region(lastItem.bodyStart, end);
            while (a.find()) {
                if (boundary(a.start()) == Boundary.LINE || boundary(a.start()) == Boundary.SENTENCE) {
                    end = a.start();
                    if (last) {
                        bodyEnd = Math.min(bodyEnd, end);
                    }
                    break;
                }
            }
        }
        for (int i = 0; i < inPart.size(); i++) {
            Item item = inPart.get(i);
            item.end = end;
            for (int j = i + 1; j < inPart.size(); j++) {
                if (inPart.get(j).depth() <= item.depth()) {
                    item.end = inPart.get(j).start;
                    break;
                }
            }
        }
        parts.add(new Part(index, start, end, List.copyOf(top)));
    }

    /** The open item this candidate follows as the next number, innermost first. */
    private static Item expectedSibling(Deque<Item> open, Candidate m) {
        for (Item i : open) {
            if (i.style == m.style() && m.number() == i.number + 1) {
                return i;
            }
        }
        return null;
    }

    /**
     * A number or two skipped (a typo, or an item this reading missed): accepted on a line of its own, or after a
     * sentence or bracket when its own next number follows; the open item of that style it follows, with a warning.
     */
    private Item gap(Deque<Item> open, Candidate m, Boundary boundary, int index) {
        if (boundary == Boundary.GLUED || boundary == Boundary.SPACE && m.numberFollows()) {
            return null;
        }
        for (Item i : open) {
            if (i.style != m.style()) {
                continue;
            }
            if (m.number() > i.number + 1 && m.number() <= i.number + 3) {
                return boundary == Boundary.LINE || nextFollows(index) ? i : null;
            }
            if (boundary == Boundary.LINE && m.number() > 1 && m.number() <= i.number) {
                return i; // a number written twice (7. after 6. and 7.) on a line of its own: a slip of the pen
            }
            return null;
        }
        return null;
    }

    /** Whether the candidate's style continues with its number + 1 before restarting. */
    private boolean nextFollows(int index) {
        Candidate m = candidates.get(index);
        for (int j = index + 1; j < candidates.size() && j < index + 400; j++) {
            Candidate n = candidates.get(j);
            if (n.style() == m.style()) {
                if (n.number() == m.number() + 1) {
                    return true;
                }
                if (n.number() <= m.number()) {
                    return false;
                }
            }
        }
        return false;
    }

    /**
     * The part's top style starting again at 1: a new part when on a new line, or after a sentence when the old list
     * never continues (一、…八、 then 一、 二、 … and no 九、: a second document bound into the text).
     */
    private boolean topRestart(Deque<Item> open, Candidate m, Boundary boundary, int index) {
        if (open.isEmpty() || m.number() != 1) {
            return false;
        }
        Item bottom = open.peekLast();
        if (bottom.style != m.style() || bottom.number < 2) {
            return false;
        }
        if (boundary == Boundary.LINE || boundary == Boundary.START) {
            return true;
        }
        if (boundary == Boundary.GLUED) {
            return false;
        }
        return next(m.style(), bottom.number + 1, index) == Integer.MAX_VALUE;
    }

    /**
     * A 1 of a style already open is a nested list when its 2 follows before the outer list's expected number,
     * and that number follows too.
     */
    private boolean nestedRunConfirmed(int index, Deque<Item> open) {
        Candidate m = candidates.get(index);
        Item outer = null;
        for (Item i : open) {
            if (i.style == m.style()) {
                outer = i;
                break;
            }
        }
        if (outer == null) {
            return false;
        }
        int expectedOuter = outer.number + 1;
        boolean two = false;
        for (int j = index + 1; j < candidates.size() && j < index + 400; j++) {
            Candidate n = candidates.get(j);
            if (n.start() >= bodyEnd) {
                break;
            }
            if (n.style() != m.style()) {
                continue;
            }
            if (!two && n.number() == 2) {
                two = true;
            } else if (two && n.number() == expectedOuter) {
                return true;
            } else if (!two && n.number() == expectedOuter) {
                return false;
            }
        }
        return false;
    }

    /** A new level's first item must be followed by text, not by another number (1、2级), unless a date (1．2021年…). */
    private boolean followsReadably(Candidate m) {
        if (m.end() >= body.length()) {
            return false;
        }
        String after = body.folded().substring(m.end(), Math.min(body.length(), m.end() + 6));
        return !Character.isDigit(after.charAt(0)) || after.matches("\\d{1,4}[年月].*"); // 1．2021年6月底前…
    }

    /** Whether no sentence has ended yet in the current item's own text: it is still its heading. */
    private boolean isHeading(Item current, int at) {
        if (current == null) {
            return true;
        }
        if (at - current.bodyStart > 80) {
            return false;
        }
        String own = body.folded().substring(current.bodyStart, at);
        return own.chars().noneMatch(ch -> ch == '。' || ch == ';' || ch == '!' || ch == '?');
    }

    /** A glued first item is still the first when its 2 follows before another 1 of its style (a table's first row). */
    private boolean successorFollows(int index) {
        Style style = candidates.get(index).style();
        int two = next(style, 2, index);
        return two != Integer.MAX_VALUE && two < next(style, 1, index);
    }

    /** The index of the first candidate after {@code index} of this style and number; MAX_VALUE when none. */
    private int next(Style style, int number, int index) {
        List<Integer> at = byNumber.getOrDefault(style, Map.of()).get(number);
        if (at == null) {
            return Integer.MAX_VALUE;
        }
        int i = Collections.binarySearch(at, index + 1);
        int insertion = i >= 0 ? i : -i - 1;
        return insertion < at.size() ? at.get(insertion) : Integer.MAX_VALUE;
    }

    /** Before the first item: the text just before it reads as a title or heading line (no sentence ended). */
    private boolean headingBefore(int at) {
        String f = body.folded();
        int from = Math.max(0, at - 40);
        String before = f.substring(from, at);
        int cut = Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n'));
        return cut >= 0 && before.length() - cut <= 40;
    }

    private boolean attachmentBetween(int from, int to) {
        if (from >= to) {
            return false;
        }
        int i = Collections.binarySearch(attachments, from);
        int insertion = i >= 0 ? i : -i - 1;
        return insertion < attachments.size() && attachments.get(insertion) < to;
    }

    /** The first end-of-body cue after the first item, at a boundary (not a word inside a sentence). */
    private int endOfBody(int from) {
        Matcher e = END_OF_BODY.matcher(body.folded());
        while (from < body.length() && StartChars.find(e, body.folded(), from, Outline::endOfBodyMayStart)) {
            if (boundary(e.start()) != Boundary.GLUED) {
                return e.start();
            }
            from = e.end();
        }
        return body.length();
    }

    private Boundary boundary(int at) {
        String f = body.folded();
        int i = at - 1;
        boolean spaced = false;
        while (i >= 0 && (f.charAt(i) == ' ' || f.charAt(i) == '\t')) {
            spaced = true;
            i--;
        }
        if (i < 0) {
            return Boundary.START;
        }
        char c = f.charAt(i);
        if (c == '\n') {
            return Boundary.LINE;
        }
        if ("。;!?:".indexOf(c) >= 0) {
            return Boundary.SENTENCE;
        }
        if (")]】”\"'》〕".indexOf(c) >= 0) {
            return Boundary.CLOSE;
        }
        return spaced ? Boundary.SPACE : Boundary.GLUED;
    }

    private static boolean isArabic(Style style) {
        return style == Style.AR_DOT || style == Style.AR_DUN || style == Style.AR_PAREN || style == Style.ROW;
    }
}
