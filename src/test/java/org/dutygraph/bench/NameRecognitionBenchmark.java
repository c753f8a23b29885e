package org.dutygraph.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.NShort.NShortSegment;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How well a general-purpose recognizer of organisation names finds the units (departments and organisations) named
 * in the role statements of the development corpus, scored against the hand-labelled truth. It answers one question:
 * can such a library replace, or back, hand-written department-name rules? Not a JMH benchmark, and not a test:
 * nothing here asserts a score.
 *
 * <p><b>Inputs.</b> Every {@code ../shared/corpus/*.txt} that has a truth file
 * {@code src/test/resources/corpus-truth/<same base name>.tsv} (format in that folder's README). The truth units of a
 * document are the distinct unit names of its triples, each grouped with its {@code =name} variants; a group is one
 * unit. Relative paths are resolved against the working directory, which {@code exec:exec} sets to the project folder.
 *
 * <p><b>Statements</b> ({@link #statements}): the same spans are given to every recognizer.
 * <ol>
 *   <li>Parenthesised spans {@code （…）} / {@code (…)} (full-width and ASCII brackets are interchangeable, nesting
 *       is followed) whose content contains 牵头, 负责, 配合, 参与, 单位： or 单位:, at most {@value #MAX_SPAN}
 *       characters and without a line break; a span inside another such span is not taken again. The recognizer
 *       gets the content without the brackets.</li>
 *   <li>Outside those spans, phrases starting with 责任单位： / 牵头单位： / 配合单位： (either colon), from the label up
 *       to the next 。, line break, white space (the one-line documents join their paragraphs with spaces) or
 *       unbalanced closing bracket, at most {@value #MAX_PHRASE} characters; a label inside a phrase already taken
 *       is part of that phrase.</li>
 * </ol>
 * Documents whose roles are given by layout only (an article owned by a department, a flattened table's column)
 * yield few or no statements; the column "in statements" says how many truth units occur in the statements' text
 * at all (literally, or without their leading 省/市/区/县), which is the most any recognizer can find here.
 *
 * <p><b>Scoring</b>, per document and in total (sums of the documents' counts). The recognised units of a document
 * are the distinct strings its recognizer returned over all of the document's statements. Two names match when
 * they are equal, or equal after removing a leading 省/市/区/县 from both (or from one: 区市场监督管理局 matches
 * 市场监督管理局, whose 市 is not a prefix). Recall: truth units (groups) of which some name matches a recognised
 * unit, over all truth units. Precision: recognised units that match a truth name, over recognised units that are
 * not collectives; a collective (starts with 各/相关/有关/其他, or contains 相关部门/有关部门/各部门/各地区) is a
 * legitimate thing to return and counts neither right nor wrong. F1: their harmonic mean.
 *
 * <p><b>Recognizers</b> ({@link #RECOGNIZERS}): HanLP portable 1.8.6 (its jar holds the mini core dictionary and
 * the person/place/organisation role-tagging models; no CRF or perceptron model), with organisation and place
 * recognition on, through two of its segmenters: {@code HanLP.newSegment()} (a {@code ViterbiSegment};
 * {@code DijkstraSegment} segments every statement of this corpus exactly as it does) and {@code NShortSegment}.
 * Per segmenter three variants, see {@link HanLpRecognizer}: the terms tagged {@code nt*} as they are; the same with
 * neighbouring name-like terms merged onto them; and that merge also around HanLP's {@code nis} ("organ suffix")
 * terms. Last, dutygraph's own reader ({@link ReaderRecognizer}): the statement grammar and unit-name rules the
 * product uses, given each statement as a one-task document. Add a recognizer by adding an instance of
 * {@link Recognizer} to the list.
 *
 * <p><b>Time:</b> per recognizer, the wall time of its first call (segmenter construction and, for the first HanLP
 * recognizer, loading HanLP's dictionaries) apart from the time of all its other calls in the scored pass, and the
 * time of a pass over the same statements once every recognizer is warm ({@link #warmTimes}).
 *
 * <p>Run: {@code ./mvnw -B -Pbench test-compile exec:exec -Dbench.main=org.dutygraph.bench.NameRecognitionBenchmark
 * -Dbench.args=FILE.md}: the tables and, per recognizer, the missed and the false units (names only) go to
 * standard output and, when given, to FILE.md. Results: {@code benchmarks/name-recognition.md}.
 */
public final class NameRecognitionBenchmark {

    /** Something that names the units (departments, organisations) written in a role statement. */
    public interface Recognizer {
        String name();

        /** The units named in one statement (the text of a role parenthetical or labelled phrase), in any order. */
        List<String> units(String statementText);
    }

    /**
     * The recognizers {@link #main} runs, in this order (the first HanLP one pays for loading HanLP's dictionaries).
     */
    static final List<Recognizer> RECOGNIZERS = List.of(
            new HanLpRecognizer(HanLpRecognizer.Segmenter.VITERBI, HanLpRecognizer.Variant.NT_TERMS),
            new HanLpRecognizer(HanLpRecognizer.Segmenter.NSHORT, HanLpRecognizer.Variant.NT_TERMS),
            new HanLpRecognizer(HanLpRecognizer.Segmenter.VITERBI, HanLpRecognizer.Variant.NT_MERGE),
            new HanLpRecognizer(HanLpRecognizer.Segmenter.NSHORT, HanLpRecognizer.Variant.NT_MERGE),
            new HanLpRecognizer(HanLpRecognizer.Segmenter.VITERBI, HanLpRecognizer.Variant.NT_NIS_MERGE),
            new HanLpRecognizer(HanLpRecognizer.Segmenter.NSHORT, HanLpRecognizer.Variant.NT_NIS_MERGE),
            new ReaderRecognizer());

    static final Path CORPUS = Path.of("../shared/corpus");
    static final Path TRUTH = Path.of("src/test/resources/corpus-truth");

    static final int MAX_SPAN = 300;
    static final int MAX_PHRASE = 200;
    static final int WARM_ROUNDS = 5;
    static final List<String> ROLE_WORDS = List.of("牵头", "负责", "配合", "参与", "单位：", "单位:");
    static final Pattern LABEL = Pattern.compile("(?:责任|牵头|配合)单位[：:]");
    static final String LEVEL_PREFIXES = "省市区县";

    private NameRecognitionBenchmark() {
    }

    // ------------------------------------------------------------------ dutygraph's own reader

    /**
     * dutygraph's reader ({@code org.dutygraph.parser}: the statement grammar of {@code Statements} with the name
     * rules of {@code org.dutygraph.genre.UnitNames}), given each statement as the role parenthetical of a one-task
     * document ({@code 一、任务\n（一）工作。（statement）}); its units are the departments and organisations the
     * parsed task's participations name. Collectives the reader keeps apart (各区、有关部门) are not returned.
     */
    static final class ReaderRecognizer implements Recognizer {

        @Override
        public String name() {
            return "dutygraph reader (role-statement grammar + unit-name rules)";
        }

        @Override
        public List<String> units(String statementText) {
            String text = "某市重点任务分工方案\n一、重点任务\n（一）做好工作。（" + statementText.replace('\n', ' ') + "）\n";
            try {
                return org.dutygraph.parser.DocumentParser.parse(text).tasks().stream()
                        .flatMap(c -> c.participants().stream())
                        .map(org.dutygraph.parser.ParsedParticipation::department)
                        .distinct().toList();
            } catch (org.dutygraph.parser.ParseException refused) {
                return List.of();
            }
        }
    }

    // ------------------------------------------------------------------ HanLP

    /**
     * HanLP with organisation and place recognition on ({@code enableOrganizationRecognize(true)},
     * {@code enablePlaceRecognize(true)}), in one of three variants.
     * <ul>
     *   <li><b>nt terms</b>: every term whose nature starts with {@code nt} (HanLP's organisation tags: nt, ntc,
     *       nto, ntu, …) is a unit, exactly as segmented.</li>
     *   <li><b>nt + merge</b>: the statement's terms are cut into items at the separators 、，,；; and also at ：:
     *       and white space (a role label ends with a colon). Inside an item, each maximal run of name-like terms
     *       (nature starting with {@code n} — nt, nis "organ suffix", ns, nz, n, … — or {@code j} "abbreviation",
     *       or {@code vn}; a conjunction 和 or 与 tagged {@code cc} only between two name-like terms) that contains
     *       an {@code nt} term is one unit, its terms joined; runs without an nt term give nothing. So
     *       {@code 区/n 环境/n 与/cc 国土资源局/nt 牵头/vi} gives 区环境与国土资源局 and {@code 银保/nz 监会/nt 等/udeng}
     *       gives 银保监会. The role labels the statement extraction keys on (责任单位, 牵头单位, 配合单位,
     *       主要责任单位, 牵头考核单位: HanLP tags 责任单位 nt) are dropped: they are the benchmark's own keys, not
     *       units of the document.</li>
     *   <li><b>nt/nis + merge</b>: as nt + merge, but a run is a unit when it contains an {@code nt} or an
     *       {@code nis} term. {@code nis} is HanLP's "organ suffix" noun (it tags 民政部, 税务总局, 人民银行, 公安局,
     *       市委 so); this goes beyond organisation recognition to HanLP's part-of-speech tags, to give it its
     *       best chance.</li>
     * </ul>
     * A segmenter is built on the first call, so the first call's time includes it.
     */
    static final class HanLpRecognizer implements Recognizer {

        enum Segmenter {
            VITERBI("Viterbi (HanLP.newSegment())"),
            NSHORT("NShort (new NShortSegment())");

            final String label;

            Segmenter(String label) {
                this.label = label;
            }
        }

        enum Variant {
            NT_TERMS("nt terms"),
            NT_MERGE("nt + merge"),
            NT_NIS_MERGE("nt/nis + merge");

            final String label;

            Variant(String label) {
                this.label = label;
            }
        }

        static final Set<String> LABEL_WORDS = Set.of("责任单位", "牵头单位", "配合单位", "主要责任单位", "牵头考核单位");
        static final Set<String> ITEM_SEPARATORS = Set.of("、", "，", ",", "；", ";", "：", ":");

        final Segmenter segmenter;
        final Variant variant;
        private Segment segment;

        HanLpRecognizer(Segmenter segmenter, Variant variant) {
            this.segmenter = segmenter;
            this.variant = variant;
        }

        @Override
        public String name() {
            return "HanLP " + segmenter.label + ", " + variant.label;
        }

        /** The class of the segmenter in use (after the first call). */
        String segmentClass() {
            return segment == null ? "?" : segment.getClass().getSimpleName();
        }

        List<Term> terms(String text) {
            if (segment == null) {
                Segment s = segmenter == Segmenter.VITERBI ? HanLP.newSegment() : new NShortSegment();
                segment = s.enableOrganizationRecognize(true).enablePlaceRecognize(true);
            }
            return segment.seg(text);
        }

        @Override
        public List<String> units(String statementText) {
            List<Term> terms = terms(statementText);
            Set<String> units = new LinkedHashSet<>();
            if (variant == Variant.NT_TERMS) {
                for (Term t : terms) {
                    if (isOrganisation(t)) {
                        units.add(t.word);
                    }
                }
                return new ArrayList<>(units);
            }
            List<Term> item = new ArrayList<>();
            for (Term t : terms) {
                if (ITEM_SEPARATORS.contains(t.word) || t.word.isBlank()) {
                    mergeItem(item, units, variant == Variant.NT_NIS_MERGE);
                    item.clear();
                } else {
                    item.add(t);
                }
            }
            mergeItem(item, units, variant == Variant.NT_NIS_MERGE);
            units.removeAll(LABEL_WORDS);
            return new ArrayList<>(units);
        }

        /** The runs of name-like terms of one item that hold an nt (or nis) term, each joined into one unit. */
        static void mergeItem(List<Term> item, Set<String> units, boolean nis) {
            int i = 0;
            while (i < item.size()) {
                if (!isNameLike(item.get(i))) {
                    i++;
                    continue;
                }
                int end = i + 1;
                while (end < item.size()) {
                    if (isNameLike(item.get(end))) {
                        end++;
                    } else if (isConjunction(item.get(end)) && end + 1 < item.size() && isNameLike(item.get(end + 1))) {
                        end += 2;
                    } else {
                        break;
                    }
                }
                StringBuilder run = new StringBuilder();
                boolean organisation = false;
                for (int k = i; k < end; k++) {
                    run.append(item.get(k).word);
                    organisation |= isOrganisation(item.get(k))
                            || nis && "nis".equals(String.valueOf(item.get(k).nature));
                }
                if (organisation) {
                    units.add(run.toString());
                }
                i = end;
            }
        }

        static boolean isOrganisation(Term t) {
            return t.nature != null && t.nature.toString().startsWith("nt");
        }

        static boolean isNameLike(Term t) {
            if (t.nature == null) {
                return false;
            }
            String n = t.nature.toString();
            return n.startsWith("n") || n.startsWith("j") || n.equals("vn");
        }

        static boolean isConjunction(Term t) {
            return t.nature != null && t.nature.toString().equals("cc")
                    && (t.word.equals("和") || t.word.equals("与"));
        }

        /** The terms covering [from, to) of the text, as {@code word/nature}: how HanLP saw a missed name. */
        String tokensAt(String text, int from, int to) {
            StringBuilder sb = new StringBuilder();
            int offset = 0;
            for (Term t : terms(text)) {
                int start = offset;
                offset += t.word.length();
                if (offset > from && start < to) {
                    sb.append(sb.isEmpty() ? "" : " ").append(t.word).append('/').append(t.nature);
                }
            }
            return sb.toString();
        }
    }

    // ------------------------------------------------------------------ statements

    /** The role statements of a document, in text order (see the class comment). */
    static List<String> statements(String text) {
        // Parenthesised spans: [open, close] of each matched pair whose content carries a role word.
        List<int[]> spans = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                open.add(i);
            } else if ((c == '）' || c == ')') && !open.isEmpty()) {
                int o = open.remove(open.size() - 1);
                String content = text.substring(o + 1, i);
                if (content.length() <= MAX_SPAN && content.indexOf('\n') < 0 && content.indexOf('\r') < 0
                        && ROLE_WORDS.stream().anyMatch(content::contains)) {
                    spans.add(new int[]{o, i});
                }
            }
        }
        // Outermost only (an inner span closes before its outer one, so it was added first).
        List<int[]> taken = new ArrayList<>();
        for (int[] s : spans) {
            taken.removeIf(t -> t[0] > s[0] && t[1] < s[1]);
            taken.add(s);
        }
        // Labelled phrases outside the spans.
        Matcher m = LABEL.matcher(text);
        int phraseEnd = -1;
        while (m.find()) {
            int start = m.start();
            if (start < phraseEnd || inside(taken, start)) {
                continue;
            }
            int end = start;
            int limit = Math.min(text.length(), start + MAX_PHRASE);
            while (end < limit && !endsPhrase(text.charAt(end))) {
                end++;
            }
            taken.add(new int[]{start, end});
            phraseEnd = end;
        }
        taken.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<String> statements = new ArrayList<>();
        for (int[] t : taken) {
            boolean bracketed = text.charAt(t[0]) == '（' || text.charAt(t[0]) == '(';
            statements.add(bracketed ? text.substring(t[0] + 1, t[1]) : text.substring(t[0], t[1]));
        }
        return statements;
    }

    private static boolean inside(List<int[]> spans, int position) {
        for (int[] s : spans) {
            if (position > s[0] && position < s[1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsPhrase(char c) {
        return c == '。' || c == '\n' || c == '\r' || Character.isWhitespace(c) || c == '\u3000'
                || c == '）' || c == ')';
    }

    // ------------------------------------------------------------------ truth and matching

    /** A document's truth units: each a group of names (the triple's name and its {@code =name} variants). */
    record Truth(List<Set<String>> units) {
        boolean matches(String recognised) {
            return units.stream().anyMatch(g -> g.stream().anyMatch(n -> sameName(n, recognised)));
        }
    }

    static Truth readTruth(Path file) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        List<Set<String>> variants = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f[0].equals("=name")) {
                Set<String> v = new LinkedHashSet<>();
                for (int i = 1; i < f.length; i++) {
                    v.add(f[i].strip());
                }
                variants.add(v);
            } else if (!f[0].startsWith("=") && f.length >= 3) {
                names.add(f[1].strip());
            }
        }
        List<Set<String>> groups = new ArrayList<>();
        Set<String> grouped = new LinkedHashSet<>();
        for (String n : names) {
            if (grouped.contains(n)) {
                continue;
            }
            Set<String> g = new LinkedHashSet<>();
            g.add(n);
            boolean grew = true;
            while (grew) {
                grew = false;
                for (Set<String> v : variants) {
                    if (v.stream().anyMatch(g::contains) && g.addAll(v)) {
                        grew = true;
                    }
                }
            }
            grouped.addAll(g);
            groups.add(g);
        }
        return new Truth(groups);
    }

    /**
     * Equal, or equal once a leading 省/市/区/县 is removed from both, or from one of them (市场监督管理局 against
     * 区市场监督管理局: the 市 of 市场 is not a level prefix).
     */
    static boolean sameName(String a, String b) {
        String a1 = withoutLevel(a), b1 = withoutLevel(b);
        return a.equals(b) || a1.equals(b1) || a1.equals(b) || a.equals(b1);
    }

    static String withoutLevel(String name) {
        return name.length() > 1 && LEVEL_PREFIXES.indexOf(name.charAt(0)) >= 0 ? name.substring(1) : name;
    }

    /** A generic mention a recognizer may return (各地区, 有关部门, …): neither right nor wrong. */
    static boolean isCollective(String unit) {
        return unit.startsWith("各") || unit.startsWith("相关") || unit.startsWith("有关") || unit.startsWith("其他")
                || unit.contains("相关部门") || unit.contains("有关部门") || unit.contains("各部门")
                || unit.contains("各地区");
    }

    // ------------------------------------------------------------------ running and scoring

    record Document(String name, List<String> statements, Truth truth, int reachable) {
    }

    /** Counts of one recognizer on one document (or summed). */
    record Score(int truthUnits, int reachable, int found, int recognised, int correct, int collective, int wrong) {
        static final Score ZERO = new Score(0, 0, 0, 0, 0, 0, 0);

        Score plus(Score o) {
            return new Score(truthUnits + o.truthUnits, reachable + o.reachable, found + o.found,
                    recognised + o.recognised, correct + o.correct, collective + o.collective, wrong + o.wrong);
        }

        double precision() {
            return correct + wrong == 0 ? 0 : (double) correct / (correct + wrong);
        }

        double recall() {
            return truthUnits == 0 ? 0 : (double) found / truthUnits;
        }

        double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    record Result(Recognizer recognizer, Map<String, Score> scores, Map<String, List<String>> misses,
                  Map<String, List<String>> falseUnits, long firstCallNanos, long restNanos, int calls) {
    }

    public static void main(String[] args) throws IOException {
        Path out = args.length > 0 ? Path.of(args[0]) : null;
        if (!Files.isDirectory(CORPUS)) {
            System.out.println("No corpus at " + CORPUS.toAbsolutePath().normalize()
                    + " (a clone without shared/): nothing to measure.");
            return;
        }
        List<Document> documents = documents();
        List<Result> results = new ArrayList<>();
        for (Recognizer r : RECOGNIZERS) {
            results.add(run(r, documents));
        }
        Map<Recognizer, Long> warm = warmTimes(documents);
        String report = report(documents, results, warm);
        System.out.print(report);
        if (out != null) {
            Files.writeString(out, report, StandardCharsets.UTF_8);
            System.out.println("Written to " + out.toAbsolutePath().normalize());
        }
    }

    static List<Document> documents() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(CORPUS)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        List<Document> documents = new ArrayList<>();
        for (Path f : files) {
            String base = f.getFileName().toString().replaceFirst("\\.txt$", "");
            Path truthFile = TRUTH.resolve(base + ".tsv");
            if (!Files.exists(truthFile)) {
                continue;
            }
            String text = Files.readString(f, StandardCharsets.UTF_8);
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            List<String> statements = statements(text);
            Truth truth = readTruth(truthFile);
            int reachable = 0;
            for (Set<String> g : truth.units()) {
                if (g.stream().anyMatch(n -> statements.stream().anyMatch(
                        s -> s.contains(n) || s.contains(withoutLevel(n))))) {
                    reachable++;
                }
            }
            documents.add(new Document(base, statements, truth, reachable));
        }
        return documents;
    }

    static Result run(Recognizer recognizer, List<Document> documents) {
        Map<String, Score> scores = new LinkedHashMap<>();
        Map<String, List<String>> misses = new LinkedHashMap<>();
        Map<String, List<String>> falseUnits = new LinkedHashMap<>();
        long first = -1, rest = 0;
        int calls = 0;
        for (Document d : documents) {
            Set<String> recognised = new LinkedHashSet<>();
            for (String s : d.statements()) {
                long t0 = System.nanoTime();
                List<String> units = recognizer.units(s);
                long t = System.nanoTime() - t0;
                if (first < 0) {
                    first = t;
                } else {
                    rest += t;
                }
                calls++;
                for (String u : units) {
                    if (!u.isBlank()) {
                        recognised.add(u.strip());
                    }
                }
            }
            int found = 0;
            List<String> missed = new ArrayList<>();
            for (Set<String> g : d.truth().units()) {
                if (g.stream().anyMatch(n -> recognised.stream().anyMatch(r -> sameName(n, r)))) {
                    found++;
                } else {
                    missed.add(explainMiss(recognizer, d, g, recognised));
                }
            }
            int correct = 0, collective = 0, wrong = 0;
            List<String> falses = new ArrayList<>();
            for (String r : recognised) {
                if (d.truth().matches(r)) {
                    correct++;
                } else if (isCollective(r)) {
                    collective++;
                } else {
                    wrong++;
                    falses.add(r);
                }
            }
            scores.put(d.name(), new Score(d.truth().units().size(), d.reachable(), found, recognised.size(),
                    correct, collective, wrong));
            misses.put(d.name(), missed);
            falseUnits.put(d.name(), falses);
        }
        return new Result(recognizer, scores, misses, falseUnits, Math.max(first, 0), rest, calls);
    }

    /**
     * The time of one pass over all statements per recognizer once everything is warm: {@value #WARM_ROUNDS} rounds,
     * each running every recognizer over every statement in turn; the median round of each.
     */
    static Map<Recognizer, Long> warmTimes(List<Document> documents) {
        Map<Recognizer, List<Long>> rounds = new LinkedHashMap<>();
        for (int round = 0; round < WARM_ROUNDS; round++) {
            for (Recognizer r : RECOGNIZERS) {
                long t0 = System.nanoTime();
                for (Document d : documents) {
                    for (String s : d.statements()) {
                        r.units(s);
                    }
                }
                rounds.computeIfAbsent(r, k -> new ArrayList<>()).add(System.nanoTime() - t0);
            }
        }
        Map<Recognizer, Long> median = new LinkedHashMap<>();
        rounds.forEach((r, times) -> median.put(r, times.stream().sorted().toList().get(times.size() / 2)));
        return median;
    }

    /**
     * A missed unit, its name and, where it occurs in a statement, what the recognizer returned over it: the
     * recognised units of those statements that overlap the name (for HanLP, the terms covering it, as segmented).
     */
    static String explainMiss(Recognizer recognizer, Document d, Set<String> group, Set<String> recognised) {
        String name = group.iterator().next();
        for (String n : group) {
            for (String form : List.of(n, withoutLevel(n))) {
                for (String s : d.statements()) {
                    int at = s.indexOf(form);
                    if (at < 0) {
                        continue;
                    }
                    String seen;
                    if (recognizer instanceof HanLpRecognizer h) {
                        seen = h.tokensAt(s, at, at + form.length());
                    } else {
                        List<String> overlapping = recognizer.units(s).stream()
                                .filter(u -> form.contains(u) || u.contains(form)).toList();
                        seen = overlapping.isEmpty() ? "nothing over it" : String.join("、", overlapping);
                    }
                    return name + " (as " + form + ": " + seen + ")";
                }
            }
        }
        return name + " (not in the statements)";
    }

    // ------------------------------------------------------------------ report

    static String report(List<Document> documents, List<Result> results, Map<Recognizer, Long> warm) {
        StringBuilder sb = new StringBuilder();
        int statements = documents.stream().mapToInt(d -> d.statements().size()).sum();
        sb.append("## Totals\n\n");
        sb.append(String.format(Locale.ROOT, "%d documents, %d role statements.%n%n", documents.size(), statements));
        sb.append("| recognizer | documents | truth units | in statements | found | recognised | correct | collective | wrong | precision | recall | F1 |\n");
        sb.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Result r : results) {
            totalRows(sb, documents, r, "| " + r.recognizer().name() + " ");
        }
        sb.append("\nTotals are sums of the documents' counts. \"with statements\": only the documents from which the"
                + " extraction took at least one statement.\n\n");

        sb.append("## Time\n\n");
        sb.append("| recognizer | class | first call ms | other calls | other calls ms | µs per call | warm pass ms | µs per call, warm |\n");
        sb.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Result r : results) {
            int others = Math.max(r.calls() - 1, 0);
            String type = r.recognizer() instanceof HanLpRecognizer h ? h.segmentClass()
                    : r.recognizer().getClass().getSimpleName();
            sb.append(String.format(Locale.ROOT, "| %s | %s | %.0f | %d | %.0f | %.0f | %.0f | %.0f |%n",
                    r.recognizer().name(), type, r.firstCallNanos() / 1e6, others, r.restNanos() / 1e6,
                    others == 0 ? 0 : r.restNanos() / 1e3 / others, warm.get(r.recognizer()) / 1e6,
                    r.calls() == 0 ? 0 : warm.get(r.recognizer()) / 1e3 / r.calls()));
        }
        sb.append("\nRecognizers run one after the other in one JVM, in this order. The first call of the first HanLP "
                + "recognizer includes loading HanLP's dictionaries; a later recognizer's first call includes only "
                + "building its segmenter (and whatever that segmenter loads that the earlier ones did not). "
                + "\"Other calls\" are the rest of that first, scored pass (the JIT still warming up). Warm: the "
                + "median of " + WARM_ROUNDS + " further unscored passes over the same statements, run after all "
                + "recognizers were scored, each round running every recognizer in turn.\n\n");

        for (Result r : results) {
            sb.append("## ").append(r.recognizer().name()).append("\n\n");
            sb.append("| document | statements | truth units | in statements | found | recognised | correct | collective | wrong | precision | recall | F1 |\n");
            sb.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
            for (Document d : documents) {
                Score s = r.scores().get(d.name());
                sb.append("| ").append(d.name()).append(" | ").append(d.statements().size()).append(' ');
                row(sb, s);
            }
            Score all = total(documents, r, false), with = total(documents, r, true);
            sb.append("| **total** | ").append(statements).append(' ');
            row(sb, all);
            sb.append("| **total, with statements** | ").append(statements).append(' ');
            row(sb, with);
            sb.append('\n');
        }

        sb.append("## Missed and false units (names only)\n\n");
        for (Result r : results) {
            sb.append("### ").append(r.recognizer().name()).append("\n\n");
            for (Document d : documents) {
                if (d.statements().isEmpty()) {
                    continue;
                }
                List<String> missed = r.misses().get(d.name()).stream()
                        .filter(m -> !m.endsWith("(not in the statements)")).toList();
                sb.append("- ").append(d.name()).append(": missed ").append(missed.isEmpty() ? "none"
                        : String.join("; ", missed));
                List<String> falses = r.falseUnits().get(d.name());
                sb.append(" — false: ").append(falses.isEmpty() ? "none" : String.join("、", falses)).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void totalRows(StringBuilder sb, List<Document> documents, Result r, String prefix) {
        long withStatements = documents.stream().filter(d -> !d.statements().isEmpty()).count();
        sb.append(prefix).append("| all ").append(documents.size()).append(' ');
        row(sb, total(documents, r, false));
        sb.append(prefix).append("| with statements (").append(withStatements).append(") ");
        row(sb, total(documents, r, true));
    }

    private static Score total(List<Document> documents, Result r, boolean withStatementsOnly) {
        Score total = Score.ZERO;
        for (Document d : documents) {
            if (!withStatementsOnly || !d.statements().isEmpty()) {
                total = total.plus(r.scores().get(d.name()));
            }
        }
        return total;
    }

    /** One table row's counts and scores; precision and F1 are "—" where nothing non-collective was recognised. */
    private static void row(StringBuilder sb, Score s) {
        boolean none = s.correct() + s.wrong() == 0;
        sb.append(String.format(Locale.ROOT, "| %d | %d | %d | %d | %d | %d | %d | %s | %.3f | %s |%n",
                s.truthUnits(), s.reachable(), s.found(), s.recognised(), s.correct(), s.collective(), s.wrong(),
                none ? "—" : String.format(Locale.ROOT, "%.3f", s.precision()), s.recall(),
                none ? "—" : String.format(Locale.ROOT, "%.3f", s.f1())));
    }
}
