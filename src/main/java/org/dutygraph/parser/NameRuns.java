package org.dutygraph.parser;

import org.dutygraph.genre.UnitNames;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs of unit names inside text that has no separators around them (the cells of a flattened table:
 * {@code …责任清单省编办（省审改办）省直各部门，各设区市、平潭综合实验区通过…}). A run starts where a name can start (a
 * level prefix, a collective word, a national body) and takes names one after another, joined by 、，及和与 or
 * nothing; each name is the shortest that ends in an organ suffix and is followed by a joiner or another name,
 * else the longest that is a name at all.
 */
final class NameRuns {

    /** One name of a run, with the separator written before it ("" when glued, 、 , 会同) and an alias in brackets. */
    record Token(String text, UnitNames.Kind kind, String before, String alias, int start, int end) {
    }

    record Run(int start, int end, List<Token> tokens) {
    }

    private static final Pattern START = Pattern.compile("^(国务院|国家|中共|中央|各|相关|有关|人民银行|人行|中国|[省市区县]直)");
    private static final Pattern NAME_TEXT = Pattern.compile("^[\\u4e00-\\u9fa5()A-Za-z]+$");
    private static final Pattern NOT_IN_NAMES = Pattern.compile("[的及或并等是要将对在为把被]|部门.|部署$|特别");
    private static final Pattern ALIAS = Pattern.compile("^\\(([^()]{2,20})\\)");
    private static final Pattern ETC = Pattern.compile("^等(相关|有关|其他)?(部门|单位)");
    private static final int LONGEST = 22;

    private NameRuns() {
    }

    /** The runs in folded text [from, to), left to right. */
    static List<Run> find(String f, int from, int to) {
        List<Run> runs = new ArrayList<>();
        int at = from;
        while (at < to) {
            if (startsName(f, at, to)) {
                Run run = run(f, at, to);
                if (run != null) {
                    runs.add(run);
                    at = run.end();
                    continue;
                }
            }
            at++;
        }
        return runs;
    }

    private static Run run(String f, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int at = from;
        String before = "";
        while (at < to) {
            int end = name(f, at, to);
            if (end < 0) {
                break;
            }
            String text = f.substring(at, end);
            String alias = null;
            int next = end;
            Matcher a = ALIAS.matcher(f.substring(next, Math.min(to, next + 24)));
            if (a.lookingAt() && UnitNames.isBody(UnitNames.classify(a.group(1)))) {
                alias = a.group(1);
                next += a.end();
            }
            Matcher etc = ETC.matcher(f.substring(next, Math.min(to, next + 8)));
            if (etc.lookingAt()) {
                next += etc.end();
            }
            tokens.add(new Token(text, UnitNames.classify(text), before, alias, at, next));
            at = next;
            String rest = f.substring(at, Math.min(to, at + 2));
            if (rest.startsWith("、") || rest.startsWith("及") || rest.startsWith("和") || rest.startsWith("与")) {
                before = "、";
                at += 1;
            } else if (rest.startsWith(",") || rest.startsWith("，")) {
                before = ",";
                at += 1;
            } else if (rest.startsWith("会同")) {
                before = "会同";
                at += 2;
            } else if (at < to && startsName(f, at, to) && name(f, at, to) > 0) {
                before = "";
            } else if (at < to && organisationUpToCell(f, at, to) > 0) {
                before = ""; // 区农发局三十六脚湖水库管理处4…: a body without prefix, ending where the next row begins
            } else {
                break;
            }
        }
        if (tokens.isEmpty()) {
            return null;
        }
        return new Run(from, tokens.getLast().end(), List.copyOf(tokens));
    }

    /**
     * The end of the name starting at {@code at}, or -1: the shortest name followed by a separator (各设区市、…) or by
     * another name (区经发局区环土局), else the shortest not continued by a longer one.
     */
    private static int name(String f, int at, int to) {
        int cell = organisationUpToCell(f, at, to);
        if (cell > 0 && !startsName(f, at, to)) {
            return cell;
        }
        int limit = Math.min(to, at + LONGEST);
        List<Integer> ends = new ArrayList<>();
        for (int end = at + 2; end <= limit; end++) {
            if (!valid(f, at, end)) {
                continue;
            }
            if (end >= to || joinsNext(f, end, to)) {
                return end;
            }
            ends.add(end);
        }
        // followed by running text: the shortest name not continued within two characters (国务院办公厅, not 国务院办)
        for (int i = 0; i < ends.size(); i++) {
            if (i + 1 == ends.size() || ends.get(i + 1) - ends.get(i) > 2) {
                return ends.get(i);
            }
        }
        return -1;
    }

    /** An organisation's name from {@code at} that runs up to a digit, a bracket or the end of the text (a cell's end). */
    private static int organisationUpToCell(String f, int at, int to) {
        for (int end = at + 4; end <= Math.min(to, at + 16); end++) {
            if (cellEnds(f, end, to) && valid(f, at, end)
                    && UnitNames.classify(f.substring(at, end)) == UnitNames.Kind.ORGANISATION) {
                return end;
            }
        }
        return -1;
    }

    /** Whether a cell ends at {@code at}: the text ends, or the next row's number (1–2 digits, not a year) follows. */
    private static boolean cellEnds(String f, int at, int to) {
        if (at >= to) {
            return true;
        }
        int digits = 0;
        while (at + digits < to && Character.isDigit(f.charAt(at + digits))) {
            digits++;
        }
        return digits >= 1 && digits <= 2 && (at + digits >= to || f.charAt(at + digits) != '年');
    }

    private static boolean separates(String f, int at) {
        return "、,，及和与(等".indexOf(f.charAt(at)) >= 0 || f.startsWith("会同", at);
    }

    private static boolean joinsNext(String f, int at, int to) {
        if (separates(f, at)) {
            return true;
        }
        if (!startsName(f, at, to)) {
            return false;
        }
        for (int end = at + 2; end <= Math.min(to, at + LONGEST); end++) {
            if (valid(f, at, end)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsName(String f, int at, int to) {
        String head = f.substring(at, Math.min(to, at + 4));
        return START.matcher(head).lookingAt() || UnitNames.prefix(head) != null;
    }

    /**
     * f[at, end) is a name: a body (a department of at most 14 characters, an organisation of at most 22) or a
     * collective; without separators, 的/及/等 inside, or 部门 before its end; not cut before the 门 of …部门.
     */
    private static boolean valid(String f, int at, int end) {
        String candidate = f.substring(at, end);
        if (!NAME_TEXT.matcher(candidate).matches() || NOT_IN_NAMES.matcher(candidate).find()) {
            return false;
        }
        UnitNames.Kind kind = UnitNames.classify(candidate);
        if (kind != UnitNames.Kind.COLLECTIVE && !UnitNames.isBody(kind)
                || kind == UnitNames.Kind.DEPARTMENT && candidate.length() > 14) {
            return false;
        }
        return !(end < f.length() && f.charAt(end) == '门');
    }
}
