package org.dutygraph.genre;

import org.dutygraph.model.Role;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The words that give departments their roles, with what each does. Three kinds: role words in running text
 * ({@code 会同X}, {@code 配合X}, {@code X牵头}), labels of a role statement ({@code 牵头单位：X}), and the words
 * that close a unit list in a statement ({@code X、Y按职责分工负责}, {@code Y等参与}). The parser, the similarity
 * code (which strips role phrases before comparing texts), the comparison of two texts and the page all read them
 * from here.
 */
public final class RoleWords {

    /** What a word does to the units it names. */
    public enum Effect {
        /** Leads: {@code X牵头}, {@code 牵头单位：X}. */
        LEADS,
        /**
         * Carries the work: {@code X负责}, {@code 责任单位：X}, {@code A、B按职责分工负责}. Units so marked lead when the
         * statement names no lead (co-responsible), and work jointly under the lead when it does (JOINT).
         */
        RESPONSIBLE,
        /** Takes part: {@code Y等参与}, {@code 参与单位：Y}. JOINT beside a named lead, SUPPORT otherwise. */
        PARTICIPATES,
        /** Supports someone else's lead: {@code Y配合}, {@code 配合单位：Y}, {@code 协办单位：Y}. */
        ASSISTS,
        /** In running text before the units: {@code 会同X} / {@code 协同X} — X JOINT, the subject LEAD. */
        JOINS,
        /** In running text before the units: {@code 配合X} / {@code 协助X} / {@code 参与X} — X LEAD, the subject SUPPORT. */
        SUPPORTS
    }

    /** One word and what it does. {@code kind} says where it is written (running text, label, statement). */
    public record Word(String word, Kind kind, Effect effect) {
    }

    /** Where a role word is written. */
    public enum Kind { RUNNING_TEXT, LABEL, STATEMENT }

    /** Role words in running text; the effect is that of the word written before the units it names. */
    public static final List<Word> RUNNING_TEXT = List.of(
            new Word("会同", Kind.RUNNING_TEXT, Effect.JOINS),
            new Word("协同", Kind.RUNNING_TEXT, Effect.JOINS),
            new Word("配合", Kind.RUNNING_TEXT, Effect.SUPPORTS),
            new Word("协助", Kind.RUNNING_TEXT, Effect.SUPPORTS),
            new Word("参与", Kind.RUNNING_TEXT, Effect.SUPPORTS),
            new Word("牵头", Kind.RUNNING_TEXT, Effect.LEADS));

    /** Labels of role statements and table columns ({@code 牵头单位：X}, a 牵头单位 column). */
    public static final List<Word> LABELS = List.of(
            new Word("牵头考核单位", Kind.LABEL, Effect.LEADS),
            new Word("牵头责任单位", Kind.LABEL, Effect.LEADS),
            new Word("牵头单位", Kind.LABEL, Effect.LEADS),
            new Word("牵头部门", Kind.LABEL, Effect.LEADS),
            new Word("主责单位", Kind.LABEL, Effect.LEADS),
            new Word("主责部门", Kind.LABEL, Effect.LEADS),
            new Word("主办单位", Kind.LABEL, Effect.LEADS),
            new Word("主要责任单位", Kind.LABEL, Effect.RESPONSIBLE),
            new Word("责任单位", Kind.LABEL, Effect.RESPONSIBLE),
            new Word("责任部门", Kind.LABEL, Effect.RESPONSIBLE),
            new Word("实施单位", Kind.LABEL, Effect.RESPONSIBLE),
            new Word("主抓单位", Kind.LABEL, Effect.RESPONSIBLE),
            new Word("落实单位", Kind.LABEL, Effect.RESPONSIBLE),
            new Word("承办单位", Kind.LABEL, Effect.RESPONSIBLE),
            new Word("参与单位", Kind.LABEL, Effect.PARTICIPATES),
            new Word("参与部门", Kind.LABEL, Effect.PARTICIPATES),
            new Word("配合单位", Kind.LABEL, Effect.ASSISTS),
            new Word("配合部门", Kind.LABEL, Effect.ASSISTS),
            new Word("协办单位", Kind.LABEL, Effect.ASSISTS),
            new Word("协作单位", Kind.LABEL, Effect.ASSISTS),
            new Word("协同单位", Kind.LABEL, Effect.ASSISTS),
            new Word("协助单位", Kind.LABEL, Effect.ASSISTS));

    /** Words that close a unit list in a role statement, longest first. */
    public static final List<Word> STATEMENT = Stream.of(
                    new Word("牵头负责", Kind.STATEMENT, Effect.LEADS),
                    new Word("牵头落实", Kind.STATEMENT, Effect.LEADS),
                    new Word("牵头", Kind.STATEMENT, Effect.LEADS),
                    new Word("按职责分工负责", Kind.STATEMENT, Effect.RESPONSIBLE),
                    new Word("按照职责分工负责", Kind.STATEMENT, Effect.RESPONSIBLE),
                    new Word("按职责负责", Kind.STATEMENT, Effect.RESPONSIBLE),
                    new Word("按职能分工负责", Kind.STATEMENT, Effect.RESPONSIBLE),
                    new Word("分别负责", Kind.STATEMENT, Effect.RESPONSIBLE),
                    new Word("共同负责", Kind.STATEMENT, Effect.RESPONSIBLE),
                    new Word("具体负责", Kind.STATEMENT, Effect.RESPONSIBLE),
                    new Word("负责落实", Kind.STATEMENT, Effect.RESPONSIBLE),
                    new Word("按职责落实", Kind.STATEMENT, Effect.RESPONSIBLE),
                    new Word("负责", Kind.STATEMENT, Effect.RESPONSIBLE),
                    new Word("落实", Kind.STATEMENT, Effect.RESPONSIBLE),
                    new Word("参与", Kind.STATEMENT, Effect.PARTICIPATES),
                    new Word("参加", Kind.STATEMENT, Effect.PARTICIPATES),
                    new Word("按职责分工配合", Kind.STATEMENT, Effect.ASSISTS),
                    new Word("配合落实", Kind.STATEMENT, Effect.ASSISTS),
                    new Word("配合", Kind.STATEMENT, Effect.ASSISTS),
                    new Word("协助", Kind.STATEMENT, Effect.ASSISTS),
                    new Word("协办", Kind.STATEMENT, Effect.ASSISTS))
            .sorted(Comparator.comparingInt((Word w) -> w.word().length()).reversed()).toList();

    /**
     * The words after which a clause names its partner in a mirrored commitment (区工信局 writes 会同市场监管部门 where
     * 区市场监管局 writes 会同工信部门): 会同, 协同, 配合, 协助. Comparisons of two texts set them aside with the
     * partners they name.
     */
    public static final List<String> PARTNER_WORDS = List.of("会同", "协同", "配合", "协助");

    /** Any role word of running text: 会同|协同|配合|协助|参与|牵头. */
    public static final Pattern RUNNING_TEXT_PATTERN = Pattern.compile(alternation(RUNNING_TEXT));

    /** A statement label followed by its colon (ASCII or full width): 牵头单位：, 责任单位:. */
    public static final Pattern LABEL_PATTERN = Pattern.compile("(" + alternation(LABELS) + ")\\s*[:：]");

    /**
     * A role statement as written in a task's text — a bracket whose content names who carries the task (（牵头单位：X，
     * 配合单位：Y）, （X牵头，Y按职责分工负责）, （A、B负责）) or a labelled line (责任单位：X牵头，Y等参与) — so that two
     * tasks assigned to different units compare by their work alone.
     */
    public static final Pattern STATEMENT_TEXT = Pattern.compile(
            "[（(][^（()）]{0,300}?(" + alternation(LABELS) + "|" + alternation(STATEMENT) + ")[^（()）]{0,200}?[）)]"
                    + "|(" + alternation(LABELS) + ")\\s*[:：][^。\\n]{0,200}");

    /** Every role word of every kind, for highlighting: the labels and statement words, then running text. */
    public static final List<Word> ALL = Stream.of(LABELS, STATEMENT, RUNNING_TEXT).flatMap(List::stream).toList();

    private RoleWords() {
    }

    /** The label {@code word} (牵头单位), if it is one. */
    public static Optional<Word> label(String word) {
        return LABELS.stream().filter(w -> w.word().equals(word)).findFirst();
    }

    /** The longest statement word that {@code text} ends with (…按职责分工负责, …等参与), if any. */
    public static Optional<Word> statementWordAtEnd(String text) {
        return STATEMENT.stream().filter(w -> text.endsWith(w.word())).findFirst();
    }

    private static String alternation(List<Word> words) {
        return String.join("|", words.stream().map(Word::word)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList());
    }
}
