package org.dutygraph.bench;

import org.dutygraph.parser.ParsedTask;
import org.dutygraph.parser.DocumentParser;
import org.dutygraph.parser.ParsedDocument;
import org.dutygraph.parser.ParsedSection;
import org.dutygraph.similarity.Shingles;
import org.dutygraph.similarity.SimilarityFinder.Item;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A synthetic corpus of responsibility clauses in the seed document's genre, for benchmarks that need many more
 * clauses than one 目标责任书 has. Deterministic: the same size and seed always give the same corpus.
 *
 * <p>How it is built:
 * <ol>
 *   <li><b>Vocabulary.</b> The seed document ({@code seed/zhonglou-2021.txt}, 123 clauses) is parsed with
 *       {@link DocumentParser}. Each clause is cut into sentences (after 。;！？) and each sentence into phrases (at the
 *       other punctuation: ，、：“”《》（）…). Each phrase is cut into chunks: a new chunk starts at a role or action word
 *       ({@link #BREAKS}: 会同, 配合, 推进, 加强, 做好 …), and a chunk longer than 6 characters is cut again at random
 *       into pieces of 2–6 characters. All chunks are kept <i>with their multiplicity</i>, so drawing a chunk uniformly
 *       draws it with its frequency in the seed and generated text keeps the seed's character and bigram distribution.
 *       The shapes are kept too: the observed numbers of chunks per phrase and of phrases per sentence.</li>
 *   <li><b>Clauses.</b> A clause is 2–5 sentences; a sentence takes a phrase count and, per phrase, a chunk count
 *       from the observed shapes, fills them with random chunks, joins phrases with ，and ends with 。. Lengths come out
 *       at roughly 40–250 characters (median about 110). Owners are drawn uniformly from {@link #OWNER_COUNT} names:
 *       the seed's departments under several district prefixes (钟楼区发改局, 天宁区发改局 …).</li>
 *   <li><b>Injected similar pairs</b>, recorded in {@link Corpus#injected()} as ground truth:
 *       <ul>
 *         <li>{@value #NEAR_DUPLICATE_SHARE} of all clauses are {@link Kind#NEAR_DUPLICATE near-duplicates}: a copy
 *             of an earlier (non-injected) clause under a different owner, with one number changed (when the text
 *             has one) or else one word (2–6 characters inside one phrase) replaced by a random chunk;</li>
 *         <li>{@value #SHARED_SENTENCE_SHARE} are {@link Kind#SHARED_SENTENCE shared sentences}: a freshly generated
 *             clause, under a different owner, one of whose sentences is replaced by a copy of a sentence (at least
 *             {@value #MIN_SHARED} characters without punctuation) of an earlier clause.</li>
 *       </ul></li>
 * </ol>
 * Two generated clauses that are not injected share chunks by chance only, so their bigram Jaccard similarity is
 * low (the bulk of it from the genre's common bigrams such as 推进, 工作, 环境), like unrelated clauses of the seed;
 * {@link DuplicateRecall} prints both distributions side by side.
 */
public final class ClauseCorpus {

    /** Default seed of the generator. */
    public static final long SEED = 20210514L;
    /** Share of clauses that are near-duplicates of an earlier clause. */
    public static final double NEAR_DUPLICATE_SHARE = 0.02;
    /** Share of clauses that copy one sentence of an earlier clause. */
    public static final double SHARED_SENTENCE_SHARE = 0.01;
    /** Number of distinct owners. */
    public static final int OWNER_COUNT = 120;
    /** Shortest copied sentence (characters without punctuation); SimilarityFinder's passage minimum is 16. */
    static final int MIN_SHARED = 20;

    /** Role and action words at which a chunk starts. */
    static final Pattern BREAKS = Pattern.compile(
            "会同|配合|牵头|协同|协助|参与|负责|做好|推进|推动|加强|加大|落实|开展|实施|完成|严格|全面|确保|督促|指导|组织|建立|健全|完善|按照|根据|持续|深入|强化|提升|以及|和|及|等|与|对|在");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final String[] DISTRICTS = {"钟楼区", "天宁区", "新北区", "武进区", "金坛区", "溧阳市", "经开区"};

    public enum Kind { NEAR_DUPLICATE, SHARED_SENTENCE }

    /** An injected similar pair: {@code copy} was made from {@code original} ({@code original < copy}). */
    public record Injected(int original, int copy, Kind kind) {
    }

    public record Corpus(List<Item> items, List<Injected> injected) {
    }

    /** The seed's clauses (text and owner), and the vocabulary cut from them. */
    record Vocabulary(List<Item> seedClauses, List<String> chunks, int[] chunksPerPhrase, int[] phrasesPerSentence,
                      List<String> owners) {
    }

    private final Vocabulary vocabulary;
    private final SplittableRandom random;

    private ClauseCorpus(Vocabulary vocabulary, long seed) {
        this.vocabulary = vocabulary;
        this.random = new SplittableRandom(seed);
    }

    public static Corpus generate(int size) {
        return generate(size, SEED);
    }

    public static Corpus generate(int size, long seed) {
        return new ClauseCorpus(vocabulary(seed), seed ^ 0x5DEECE66DL).build(size);
    }

    /** The seed document's own clauses, as finder items (owner = section department). */
    public static List<Item> seedClauses() {
        return vocabulary(SEED).seedClauses();
    }

    private Corpus build(int size) {
        List<Item> items = new ArrayList<>(size);
        List<Injected> injected = new ArrayList<>();
        List<Integer> plain = new ArrayList<>(size);
        List<String> owners = vocabulary.owners();
        for (int i = 0; i < size; i++) {
            String owner = owners.get(random.nextInt(owners.size()));
            double draw = random.nextDouble();
            if (!plain.isEmpty() && draw < NEAR_DUPLICATE_SHARE) {
                int original = plain.get(random.nextInt(plain.size()));
                owner = otherOwner(items.get(original).owner());
                items.add(new Item(owner, nearDuplicate(items.get(original).text())));
                injected.add(new Injected(original, i, Kind.NEAR_DUPLICATE));
            } else if (!plain.isEmpty() && draw < NEAR_DUPLICATE_SHARE + SHARED_SENTENCE_SHARE
                    && sharedSentence(items, plain, i, injected)) {
                continue;
            } else {
                items.add(new Item(owner, clause()));
                plain.add(i);
            }
        }
        return new Corpus(List.copyOf(items), List.copyOf(injected));
    }

    /** Adds clause {@code index} with one sentence of an earlier clause; false (nothing added) if none is long enough. */
    private boolean sharedSentence(List<Item> items, List<Integer> plain, int index, List<Injected> injected) {
        int original = plain.get(random.nextInt(plain.size()));
        List<String> long_ = new ArrayList<>();
        for (String s : sentences(items.get(original).text())) {
            if (Shingles.normalize(s).length() >= MIN_SHARED) {
                long_.add(s);
            }
        }
        if (long_.isEmpty()) {
            return false;
        }
        List<String> sentences = sentences(clause());
        sentences.set(random.nextInt(sentences.size()), long_.get(random.nextInt(long_.size())));
        items.add(new Item(otherOwner(items.get(original).owner()), String.join("", sentences)));
        injected.add(new Injected(original, index, Kind.SHARED_SENTENCE));
        return true;
    }

    private String otherOwner(String owner) {
        List<String> owners = vocabulary.owners();
        String other;
        do {
            other = owners.get(random.nextInt(owners.size()));
        } while (other.equals(owner));
        return other;
    }

    /** The text with one number changed, or (without numbers) one word (2–6 characters) replaced. */
    private String nearDuplicate(String text) {
        List<int[]> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            numbers.add(new int[]{m.start(), m.end()});
        }
        if (!numbers.isEmpty()) {
            int[] at = numbers.get(random.nextInt(numbers.size()));
            long value = Long.parseLong(text.substring(at[0], Math.min(at[1], at[0] + 12)));
            long changed = value + 1 + random.nextInt(9);
            return text.substring(0, at[0]) + changed + text.substring(at[1]);
        }
        // One word: 2–6 characters inside one phrase, replaced by a random chunk of the vocabulary.
        List<int[]> phrases = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isPunctuation(text.charAt(i))) {
                if (i - start >= 2) {
                    phrases.add(new int[]{start, i});
                }
                start = i + 1;
            }
        }
        int[] phrase = phrases.get(random.nextInt(phrases.size()));
        int length = Math.min(phrase[1] - phrase[0], 2 + random.nextInt(5));
        int at = phrase[0] + random.nextInt(phrase[1] - phrase[0] - length + 1);
        String word;
        do {
            word = vocabulary.chunks().get(random.nextInt(vocabulary.chunks().size()));
        } while (word.equals(text.substring(at, at + length)));
        return text.substring(0, at) + word + text.substring(at + length);
    }

    private String clause() {
        int sentences = 2 + random.nextInt(4);
        StringBuilder out = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            int phrases = pick(vocabulary.phrasesPerSentence());
            for (int p = 0; p < phrases; p++) {
                out.append(phrase()).append(p + 1 < phrases ? '，' : '。');
            }
        }
        return out.toString();
    }

    private String phrase() {
        int chunks = pick(vocabulary.chunksPerPhrase());
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < chunks; c++) {
            out.append(vocabulary.chunks().get(random.nextInt(vocabulary.chunks().size())));
        }
        return out.toString();
    }

    private int pick(int[] observed) {
        return observed[random.nextInt(observed.length)];
    }

    // ---- vocabulary from the seed ----

    static Vocabulary vocabulary(long seed) {
        ParsedDocument document = DocumentParser.parse(seedText());
        SplittableRandom random = new SplittableRandom(seed);
        List<Item> seedClauses = new ArrayList<>();
        List<String> chunks = new ArrayList<>();
        List<Integer> chunksPerPhrase = new ArrayList<>();
        List<Integer> phrasesPerSentence = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        for (ParsedSection section : document.sections()) {
            for (ParsedTask clause : section.tasks()) {
                seedClauses.add(new Item(section.department(), clause.text()));
                for (String sentence : sentences(clause.text())) {
                    int phrases = 0;
                    for (String phrase : phrases(sentence)) {
                        List<String> cut = chunks(phrase, random);
                        if (!cut.isEmpty()) {
                            chunks.addAll(cut);
                            chunksPerPhrase.add(cut.size());
                            phrases++;
                        }
                    }
                    if (phrases > 0) {
                        phrasesPerSentence.add(phrases);
                    }
                }
            }
        }
        String[] departments = document.sections().stream().map(ParsedSection::department).toArray(String[]::new);
        for (int i = 0; owners.size() < OWNER_COUNT; i++) {
            String department = departments[i % departments.length];
            String district = DISTRICTS[(i / departments.length) % DISTRICTS.length];
            owners.add(district + (department.startsWith("区") ? department.substring(1) : department)
                    + (i >= departments.length * DISTRICTS.length ? "#" + i : ""));
        }
        return new Vocabulary(List.copyOf(seedClauses), List.copyOf(chunks),
                chunksPerPhrase.stream().mapToInt(Integer::intValue).toArray(),
                phrasesPerSentence.stream().mapToInt(Integer::intValue).toArray(), List.copyOf(owners));
    }

    /** A phrase cut at role/action words, long pieces cut again into random pieces of 2–6 characters. */
    static List<String> chunks(String phrase, SplittableRandom random) {
        List<String> pieces = new ArrayList<>();
        Matcher m = BREAKS.matcher(phrase);
        int start = 0;
        while (m.find()) {
            if (m.start() > start) {
                pieces.add(phrase.substring(start, m.start()));
            }
            start = m.start();
        }
        pieces.add(phrase.substring(start));
        List<String> out = new ArrayList<>();
        for (String piece : pieces) {
            int at = 0;
            while (piece.length() - at > 6) {
                int length = 2 + random.nextInt(5);
                if (piece.length() - at - length < 2) {
                    length = piece.length() - at - 2;
                }
                out.add(piece.substring(at, at + length));
                at += length;
            }
            if (at < piece.length()) {
                out.add(piece.substring(at));
            }
        }
        // A single character reads as a fragment: join it to its neighbour.
        List<String> joined = new ArrayList<>();
        for (String piece : out) {
            if (piece.isBlank()) {
                continue;
            }
            if (piece.length() == 1 && !joined.isEmpty()) {
                joined.set(joined.size() - 1, joined.getLast() + piece);
            } else {
                joined.add(piece);
            }
        }
        return joined;
    }

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if ("。;；!！?？".indexOf(text.charAt(i)) >= 0) {
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length() && !text.substring(start).isBlank()) {
            out.add(text.substring(start));
        }
        return out;
    }

    private static List<String> phrases(String sentence) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (isPunctuation(c) || Character.isWhitespace(c)) {
                if (!current.isEmpty()) {
                    out.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            out.add(current.toString());
        }
        return out;
    }

    /** Punctuation in the sense of {@link Shingles#normalize}, except the decimal point inside PM2.5. */
    private static boolean isPunctuation(char c) {
        return c != '.' && Shingles.normalize(String.valueOf(c)).isEmpty();
    }

    static String seedText() {
        try (InputStream in = ClauseCorpus.class.getResourceAsStream("/seed/zhonglou-2021.txt")) {
            if (in == null) {
                throw new IllegalStateException("seed/zhonglou-2021.txt is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
