package org.dutygraph.parser;

import org.dutygraph.model.Comparison;

import org.dutygraph.genre.Characters;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dutygraph.genre.Numerals;
import org.dutygraph.genre.ScopeWords;

/**
 * Reads quantified targets and deadlines from a clause.
 *
 * <ul>
 *   <li>frequencies: 每季度不少于1次, 每月至少开展一次, 每周至少联合开展一次; a bare 每季度更新 counts once per period;</li>
 *   <li>percentages: 降低20%以上, 达到95%, 削减0.6%, 不低于保有量的80%;</li>
 *   <li>counts and measures: 源头替代项目30个, 24个挥发性有机物储罐, 12个以上, 不少于50个, 150万平方米, 150亩, 10公里;</li>
 *   <li>deadlines: 4月底前, 6月底前, 一季度, 夏季前, 汛前, 年底前.</li>
 * </ul>
 * A number that qualifies a noun instead of setting a target (500吨以上污水集中处理设施, 面积100平米以上餐饮店) and numbers
 * inside 《…》 titles, standard codes and document numbers are not targets.
 *
 * <p>Size: one reader of the number expressions above; their patterns share the scope, comparator and change rules.
 */
final class Quantities {

    record Result(List<ParsedTarget> targets, List<ParsedDeadline> deadlines) {
    }

    private static final String CN_DIGITS = "一二两三四五六七八九十";
    private static final String NUMBER = "(\\d+(?:\\.\\d+)?)";
    private static final String GE_BEFORE = "不少于|不低于|至少|超过|大于|多于";
    private static final String LE_BEFORE = "不超过|不高于|不多于|低于|小于|控制在";
    private static final String COUNT_UNITS = "台·次|辆·次|台•次|辆•次|台次|辆次|人次|个|家|项|所|条|台|辆|批|座|处|户|人|套|口|只|艘|件|场|次|轮|块|宗|起|份|本|期|座";
    private static final String MEASURE_UNITS = "平方公里|平方千米|平方米|平米|公顷|亩|公里|千米|米|吨|千瓦|兆瓦|立方米|方";
    private static final java.util.Set<String> MEASURE_UNIT_SET = java.util.Set.of(MEASURE_UNITS.split("\\|"));
    private static final Pattern FREQUENCY = Pattern.compile(
            "每(周|月|季度|季|半年|年|日|天|旬)(?:[^,。;\\d" + CN_DIGITS + "]{0,8}?)?(?:(" + GE_BEFORE + ")[^,。;\\d" + CN_DIGITS + "]{0,6}?)?"
                    + "(\\d+|[" + CN_DIGITS + "])\\s*(次|轮)(以上)?");
    private static final Pattern BARE_FREQUENCY = Pattern.compile("每(周|月|季度|季|半年|年)(?![\\d" + CN_DIGITS + "])([\\u4e00-\\u9fa5]{1,12})");
    private static final Pattern PERCENT = Pattern.compile(
            "(" + GE_BEFORE + "|" + LE_BEFORE + ")?([\\u4e00-\\u9fa5]{0,6}的)?" + NUMBER + "\\s*%\\s*(以上|以下|以内|左右)?");
    private static final Pattern AMOUNT = Pattern.compile(
            "(" + GE_BEFORE + "|" + LE_BEFORE + ")?" + NUMBER + "\\s*(万|亿)?(" + MEASURE_UNITS + "|" + COUNT_UNITS + ")(以上|以下|以内|左右)?");
    private static final Pattern DEADLINE = Pattern.compile(
            "(?:(\\d{4})年)?(\\d{1,2}|[" + CN_DIGITS + "]{1,3})月(?:(\\d{1,2})日)?(底|末|中旬|上旬|下旬|初)?(?:之前|前)"
                    + "|(?<![每秋冬春夏])(第?[一二三四1-4])季度(?:末|底)?(?:之前|前)?"
                    + "|(春季|夏季|秋季|冬季|汛期|汛|年底|年末|上半年|下半年)(?:之前|前)");
    private static final Pattern SCOPE = ScopeWords.TERRITORY_PATTERN;
    private static final String NOUN_STOP = ",。;:()“”";
    private static final Pattern DELIMITER = Pattern.compile("[,。;:、()“”]");
    private static final Pattern LEADING_VERBS = Pattern.compile(
            "^.*(完成|新增|实现|建成|开展|组织|推进|确保|争取|力争|打造|培育|创建|督促|达到)");
    private static final Pattern TRAILING_CHANGE = Pattern.compile(
            "(较上年|较去年|比上年|同比|年均)?(降低|下降|削减|减少|提高|提升|增长|增加|达到|达|稳定在|保持在|控制在)?(" + GE_BEFORE + "|" + LE_BEFORE + ")?$");
    private static final Pattern DECREASE = Pattern.compile("降低|下降|削减|减少|压减|减排");
    private static final Pattern INCREASE = Pattern.compile("提高|提升|增长|增加");

    private Quantities() {
    }

    /** @param folded clause text in matching form, masked (see {@link Sentences#mask}); @param original as written */
    static Result read(String original, String folded) {
        BitSet used = new BitSet(folded.length());
        List<ParsedTarget> targets = new ArrayList<>();
        // Cheap tests first: most clauses have no digit, no 每 and no %, and the patterns below need them.
        boolean each = folded.indexOf('每') >= 0;
        boolean digits = folded.chars().anyMatch(ch -> ch >= '0' && ch <= '9');
        Matcher f = FREQUENCY.matcher(folded);
        while (each && f.find()) {
            used.set(f.start(), f.end());
            boolean ge = f.group(2) != null || f.group(5) != null;
            String subject = following(folded, f.end());
            if (subject.isEmpty()) { // 每周至少监测一次。: the verb between is what is done
                subject = f.group().replaceFirst("^每(周|月|季度|季|半年|年|日|天|旬)", "").replaceAll(GE_BEFORE, "")
                        .replaceFirst("(\\d+|[" + CN_DIGITS + "])\\s*(次|轮)(以上)?$", "").strip();
            }
            targets.add(new ParsedTarget(ParsedTarget.Kind.FREQUENCY, subject, number(f.group(3)), f.group(4) + "/" + period(f.group(1)),
                    ge ? Comparison.GE : Comparison.EQ, null, scope(folded, f.start()),
                    raw(original, f.start(), f.end(), subject)));
        }
        Matcher b = BARE_FREQUENCY.matcher(folded);
        while (each && b.find()) {
            if (used.get(b.start())) {
                continue;
            }
            used.set(b.start(), b.end(1));
            targets.add(new ParsedTarget(ParsedTarget.Kind.FREQUENCY, b.group(2), BigDecimal.ONE, "次/" + period(b.group(1)),
                    Comparison.EQ, null, null, original.substring(b.start(), b.end())));
        }
        Matcher p = PERCENT.matcher(folded);
        while (digits && folded.indexOf('%') >= 0 && p.find()) {
            if (used.get(p.start(3))) {
                continue;
            }
            used.set(p.start(), p.end());
            String before = chunkBefore(folded, p.start());
            ParsedTarget.Change change = DECREASE.matcher(before).find() ? ParsedTarget.Change.DECREASE
                    : INCREASE.matcher(before).find() ? ParsedTarget.Change.INCREASE : null;
            String subject = subjectBefore(before);
            int rawStart = p.start() - before.length();
            targets.add(new ParsedTarget(ParsedTarget.Kind.PERCENT, subject, plain(new BigDecimal(p.group(3))), "%",
                    comparator(p.group(1), p.group(4)), change, scope(folded, p.start()),
                    original.substring(rawStart, p.end()).strip()));
        }
        Matcher a = AMOUNT.matcher(folded);
        while (digits && a.find()) {
            if (used.get(a.start(2)) || partOfLargerNumber(folded, a.start(2))) {
                continue;
            }
            String unit = a.group(4);
            boolean measure = MEASURE_UNIT_SET.contains(unit);
            String after = following(folded, a.end());
            if (measure && "以上".equals(a.group(5)) && !after.isEmpty()) {
                continue; // 500吨以上污水集中处理设施: a size class, not a target
            }
            used.set(a.start(), a.end());
            BigDecimal value = new BigDecimal(a.group(2));
            if ("万".equals(a.group(3))) {
                value = value.multiply(BigDecimal.valueOf(10_000));
            } else if ("亿".equals(a.group(3))) {
                value = value.multiply(BigDecimal.valueOf(100_000_000));
            }
            String before = chunkBefore(folded, a.start());
            boolean subjectFollows = !measure && !after.isEmpty() && a.group(1) == null;
            String subject = subjectFollows ? after : subjectBefore(before);
            int rawStart = subjectFollows ? a.start() : a.start() - before.length();
            int rawEnd = subjectFollows ? a.end() + after.length() : a.end();
            targets.add(new ParsedTarget(measure ? ParsedTarget.Kind.MEASURE : ParsedTarget.Kind.COUNT, subject, plain(value),
                    normalUnit(unit), comparator(a.group(1), a.group(5)), null, scope(folded, a.start()),
                    original.substring(rawStart, rawEnd).strip()));
        }
        targets.sort((x, y) -> Integer.compare(folded.indexOf(Characters.fold(x.raw())), folded.indexOf(Characters.fold(y.raw()))));
        return new Result(targets, deadlines(original, folded));
    }

    private static List<ParsedDeadline> deadlines(String original, String folded) {
        Map<String, ParsedDeadline> found = new LinkedHashMap<>();
        if (folded.indexOf('前') < 0 && !folded.contains("季度")) {
            return List.of(); // every deadline form ends in 前 but the bare 第一季度
        }
        Matcher d = DEADLINE.matcher(folded);
        while (d.find()) {
            String text = original.substring(d.start(), d.end());
            ParsedDeadline deadline;
            if (d.group(2) != null) {
                deadline = new ParsedDeadline(text, ParsedDeadline.Kind.MONTH, Numerals.parse(d.group(2)));
            } else if (d.group(5) != null) {
                int quarter = Numerals.parse(d.group(5).replace("第", ""));
                deadline = new ParsedDeadline(text, ParsedDeadline.Kind.QUARTER, quarter * 3);
            } else {
                String season = d.group(6);
                deadline = switch (season) {
                    case "年底", "年末" -> new ParsedDeadline(text, ParsedDeadline.Kind.YEAR_END, 12);
                    case "上半年" -> new ParsedDeadline(text, ParsedDeadline.Kind.MONTH, 6);
                    case "下半年" -> new ParsedDeadline(text, ParsedDeadline.Kind.YEAR_END, 12);
                    default -> new ParsedDeadline(text, ParsedDeadline.Kind.SEASON, null);
                };
            }
            found.putIfAbsent(text, deadline);
        }
        return List.copyOf(found.values());
    }

    private static boolean partOfLargerNumber(String folded, int start) {
        return start > 0 && (Character.isDigit(folded.charAt(start - 1)) || folded.charAt(start - 1) == '.'
                || Character.isLetter(folded.charAt(start - 1)) && folded.charAt(start - 1) < 128);
    }

    /** The noun that follows a number (12个以上无组织排放、储罐治理项目): text up to the next stop, at most 20 chars. */
    private static String following(String folded, int from) {
        int end = from;
        while (end < folded.length() && end - from < 20 && NOUN_STOP.indexOf(folded.charAt(end)) < 0) {
            end++;
        }
        String s = folded.substring(from, end).strip();
        s = s.replaceFirst("^(以上|以下|左右)", "").replaceFirst("(以及|等).*$", "");
        return s.matches(".*[\\u4e00-\\u9fa5A-Za-z].*") ? s : "";
    }

    /** The text between the previous delimiter and {@code at}. */
    private static String chunkBefore(String folded, int at) {
        int start = at;
        while (start > 0 && !DELIMITER.matcher(String.valueOf(folded.charAt(start - 1))).matches()) {
            start--;
        }
        return folded.substring(start, at);
    }

    /** 完成低挥发性有机物等原辅料源头替代项目 → 低挥发性有机物等原辅料源头替代项目; 年度噪声投诉量较上年降低 → 年度噪声投诉量. */
    private static String subjectBefore(String chunk) {
        String s = TRAILING_CHANGE.matcher(chunk).replaceFirst("");
        s = s.replaceFirst("(" + GE_BEFORE + "|" + LE_BEFORE + ")[\\u4e00-\\u9fa5]{0,6}的$", "");
        String afterVerb = LEADING_VERBS.matcher(s).replaceFirst("");
        s = afterVerb.isBlank() ? s : afterVerb;
        s = s.replaceFirst("^(全年|全面|累计|年内|年度内)", "");
        s = SCOPE.matcher(s).replaceFirst("");
        return s.strip();
    }

    private static String scope(String folded, int at) {
        String chunk = chunkBefore(folded, at);
        Matcher m = SCOPE.matcher(chunk);
        String last = null;
        while (m.find()) {
            last = m.group();
        }
        return last;
    }

    private static String raw(String original, int start, int end, String subject) {
        return original.substring(start, Math.min(original.length(), end + subject.length())).strip();
    }

    private static Comparison comparator(String before, String after) {
        if ((before != null && before.matches(GE_BEFORE)) || "以上".equals(after)) {
            return Comparison.GE;
        }
        if ((before != null && before.matches(LE_BEFORE)) || "以下".equals(after) || "以内".equals(after)) {
            return Comparison.LE;
        }
        return Comparison.EQ;
    }

    private static String normalUnit(String unit) {
        return switch (unit) {
            case "台•次", "台次" -> "台·次";
            case "辆•次", "辆次" -> "辆·次";
            case "平米" -> "平方米";
            case "千米" -> "公里";
            default -> unit;
        };
    }

    /** 1500000 rather than 1.5E+6; 0.6 stays 0.6. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String period(String word) {
        return switch (word) {
            case "季" -> "季度";
            case "日" -> "天";
            default -> word;
        };
    }

    private static BigDecimal number(String s) {
        return BigDecimal.valueOf(Numerals.parse(s));
    }
}
