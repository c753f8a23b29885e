package org.dutygraph.genre;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering of the genre: the label styles items are numbered with (一、 （一） 1. 1、 (1) ① 第九条 第二章 第一部分),
 * where each can stand in a text, and the canonical form a label path is written in ({@code 二/(一)/3}).
 * Which of the candidates are items and which are numbers inside sentences is the parser's business; this class only
 * finds where a label could be.
 */
public final class Labels {

    /** A numbering style. The order is no hierarchy: documents nest the styles as they like. */
    public enum Style {
        /** 第一部分. */
        PART,
        /** 第二章: groups articles; not part of label paths. */
        CHAPTER,
        /** 第九条. */
        ARTICLE,
        /** 一、 (also 一. 一．). */
        CN_DUN,
        /** （一）. */
        CN_PAREN,
        /** 1. 1． 1﹒. */
        AR_DOT,
        /** 1、. */
        AR_DUN,
        /** （1）. */
        AR_PAREN,
        /** ① … ⑳. */
        CIRCLED,
        /** A bare number at a line's start followed by a tab: the 序号 cell of a table row pasted as text. */
        ROW
    }

    /**
     * A place where a label could stand, in the folded text (full-width ASCII folded, one char for one char).
     *
     * @param start  first char of the label
     * @param end    first char after the label and the spaces that follow it
     * @param number        its value (一 → 1, ③ → 3)
     * @param numberFollows true when a number (not a date) follows directly: 11.121人才梯队项目, or a decimal 2.5万
     */
    public record Candidate(Style style, int number, int start, int end, boolean numberFollows) {
    }

    private static final String CN = "[" + Numerals.CHARACTERS + "]";
    private static final Pattern PATTERN = Pattern.compile(
            "(?<part>第(?<partN>" + CN + "{1,4})部分)"
                    + "|(?<chapter>第(?<chapterN>" + CN + "{1,4})章)"
                    + "|(?<article>第(?<articleN>" + CN + "{1,7})条)"
                    + "|(?<cnDun>(?<![第" + Numerals.CHARACTERS + "])(?<cnDunN>" + CN + "{1,7})[ \\t]*[、.](?!" + CN + "|\\d))"
                    + "|(?<cnParen>\\((?<cnParenN>" + CN + "{1,4})\\))"
                    + "|(?<arDot>(?<![\\d.A-Za-z])(?<arDotN>\\d{1,3})[ \\t]*[.\\uFE52])"
                    + "|(?<arDun>(?<![\\d.A-Za-z])(?<arDunN>\\d{1,3})[ \\t]*、)"
                    + "|(?<arParen>\\((?<arParenN>\\d{1,3})\\))"
                    + "|(?<circled>[\\u2460-\\u2473])"
                    + "|(?<row>(?<=^|\\n)(?<rowN>\\d{1,3})\\t)");

    /** Every label begins with 第, a Chinese or Arabic numeral, a bracket or a circled number. */
    private static final StartChars STARTS = StartChars.of("第(0123456789" + Numerals.CHARACTERS, '\u2460', '\u2473');

    private Labels() {
    }

    /** Every place in {@code folded} where a label could stand, left to right. */
    public static List<Candidate> candidates(String folded) {
        List<Candidate> found = new ArrayList<>();
        Matcher m = PATTERN.matcher(folded);
        int from = 0;
        while (StartChars.find(m, folded, from, STARTS::at)) {
            from = Math.max(m.end(), m.start() + 1);
            Style style;
            String numeral;
            if (m.group("part") != null) {
                style = Style.PART;
                numeral = m.group("partN");
            } else if (m.group("chapter") != null) {
                style = Style.CHAPTER;
                numeral = m.group("chapterN");
            } else if (m.group("article") != null) {
                style = Style.ARTICLE;
                numeral = m.group("articleN");
            } else if (m.group("cnDun") != null) {
                style = Style.CN_DUN;
                numeral = m.group("cnDunN");
            } else if (m.group("cnParen") != null) {
                style = Style.CN_PAREN;
                numeral = m.group("cnParenN");
            } else if (m.group("arDot") != null) {
                style = Style.AR_DOT;
                numeral = m.group("arDotN");
            } else if (m.group("arDun") != null) {
                style = Style.AR_DUN;
                numeral = m.group("arDunN");
            } else if (m.group("arParen") != null) {
                style = Style.AR_PAREN;
                numeral = m.group("arParenN");
            } else if (m.group("row") != null) {
                style = Style.ROW;
                numeral = m.group("rowN");
            } else {
                style = Style.CIRCLED;
                numeral = String.valueOf(m.group("circled").charAt(0) - '\u2460' + 1);
            }
            int number = Numerals.parse(numeral);
            if (number <= 0) {
                continue;
            }
            int end = m.end();
            while (end < folded.length() && (folded.charAt(end) == ' ' || folded.charAt(end) == '\t')) {
                end++;
            }
            boolean numberFollows = end < folded.length() && Character.isDigit(folded.charAt(end))
                    && !folded.substring(end, Math.min(folded.length(), end + 6)).matches("\\d{1,4}[年月].*");
            found.add(new Candidate(style, number, m.start(), end, numberFollows));
        }
        found.sort(Comparator.comparingInt(Candidate::start));
        return found;
    }

    /** The label in the canonical form of label paths: 一, (一), 1, (1), ①, 第九条, 第一部分. */
    public static String canonical(Style style, int number) {
        return switch (style) {
            case PART -> "第" + Numerals.chinese(number) + "部分";
            case CHAPTER -> "第" + Numerals.chinese(number) + "章";
            case ARTICLE -> "第" + Numerals.chinese(number) + "条";
            case CN_DUN -> Numerals.chinese(number);
            case CN_PAREN -> "(" + Numerals.chinese(number) + ")";
            case AR_DOT, AR_DUN, ROW -> String.valueOf(number);
            case AR_PAREN -> "(" + number + ")";
            case CIRCLED -> String.valueOf((char) ('\u2460' + number - 1));
        };
    }
}
