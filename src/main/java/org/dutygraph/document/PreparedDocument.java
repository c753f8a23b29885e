package org.dutygraph.document;

import org.dutygraph.parser.DocumentParser;
import org.dutygraph.parser.ParsedDocument;
import org.dutygraph.similarity.SimilarityFinder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The first two steps of an import, without the database: <b>read</b> (the text within the size limit, with the
 * warnings of reading its file) and <b>parse</b> (its structure, the hash that identifies the text, and its similar
 * task pairs). Every way in (the mutation, an upload, the command line, the seed, a preview) passes here, so the same
 * limit and the same reading apply to all.
 *
 * @param similar its similar task pairs when they were found ahead (a batch's background threads), or null: then
 *                they are found only if the document is written (an unchanged text skips the search)
 */
record PreparedDocument(ParsedDocument document, String hash, List<SimilarityFinder.Pair> similar, long started,
                        long parsed) {

    /** Reads and parses {@code text}; {@code findSimilarAhead} also runs the similarity search now. */
    static PreparedDocument prepare(String text, List<String> readingWarnings, int maxChars, boolean findSimilarAhead) {
        checkSize(text, maxChars);
        long started = System.nanoTime();
        ParsedDocument document = DocumentParser.parse(text).withWarningsFirst(readingWarnings);
        String hash = sha256(text);
        long parsed = System.nanoTime();
        return new PreparedDocument(document, hash, findSimilarAhead ? findSimilar(document) : null, started, parsed);
    }

    /** The read step's limit: a text longer than any responsibility document is refused before it is parsed. */
    static void checkSize(String text, int maxChars) {
        if (text.length() > maxChars) {
            throw new IllegalArgumentException("the text has " + text.length() + " characters; the limit is " + maxChars
                    + " (dutygraph.import.max-chars): responsibility documents are far smaller, so this is not one");
        }
    }

    /** The id the text gets when none is given: its place and year (zhonglou-2021), else one from its hash. */
    String derivedId() {
        return DocumentIds.derive(document.metadata(), hash);
    }

    List<SimilarityFinder.Pair> similarPairs() {
        return similar != null ? similar : findSimilar(document);
    }

    private static List<SimilarityFinder.Pair> findSimilar(ParsedDocument document) {
        List<SimilarityFinder.Item> texts = new ArrayList<>();
        // Clauses of one department's section are never each other's duplicates; any two tasks of a task-division
        // document may be (the same work assigned twice), so each is its own "owner" there.
        document.sections().forEach(s -> s.tasks().forEach(c -> texts.add(new SimilarityFinder.Item(
                s.department() != null ? s.department() : c.path(), c.text()))));
        return SimilarityFinder.find(texts);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
