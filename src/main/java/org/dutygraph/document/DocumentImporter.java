package org.dutygraph.document;

import org.dutygraph.cypher.CypherClient;
import org.dutygraph.genre.Characters;
import org.dutygraph.parser.DocumentParser;
import org.dutygraph.parser.ParsedDocument;
import org.dutygraph.settings.DutygraphProperties;
import org.dutygraph.similarity.SimilarityFinder;
import org.dutygraph.cypher.Row;
import org.springframework.stereotype.Service;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Writes a parsed document into the graph in one transaction: it commits whole or writes nothing. The same text
 * imported again writes nothing; a changed text under the same id replaces the old version atomically.
 */
@Service
public class DocumentImporter {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DocumentImporter.class);

    private final CypherClient cypher;
    private final TransactionTemplate transactions;

    private final int maxChars;

    public DocumentImporter(CypherClient cypher, TransactionTemplate transactions, DutygraphProperties properties) {
        this.cypher = cypher;
        this.transactions = transactions;
        this.maxChars = properties.imports().maxChars();
    }

    /**
     * Parses {@code text} and imports it.
     *
     * @param id the document id to use, or null to derive one from the text (zhonglou-2021)
     * @throws org.dutygraph.parser.ParseException when the text is not a responsibility document
     * @throws IllegalArgumentException            when {@code id} is not a valid id
     */
    public ImportResult importText(String text, String id) {
        return importText(text, id, List.of());
    }

    /**
     * Imports the text read from a file, with the warnings of its reading ({@link DocumentFiles.Reading}) kept with
     * the parser's.
     */
    public ImportResult importText(String text, String id, List<String> readingWarnings) {
        return importPrepared(prepare(text, false, readingWarnings), id);
    }

    /**
     * One document to import in a batch: a name for messages (a file name), its text, an id or null, and the
     * warnings of reading its file.
     */
    public record Source(String name, String text, String id, List<String> warnings) {
        public Source(String name, String text, String id) {
            this(name, text, id, List.of());
        }
    }

    /** What became of one document of a batch: its result, or why nothing of it was written. */
    public record Outcome(Source source, ImportResult result, RuntimeException error) {
        public boolean failed() {
            return error != null;
        }
    }

    /**
     * Imports many documents, in order, each in its own transaction (each commits whole or writes nothing; a bad
     * document does not stop the others). Parsing, hashing and the within-document similarity search run on
     * {@code parsers} background threads a few documents ahead of the writer, so the CPU work of document n+1
     * overlaps the database work of document n.
     *
     * @param progress told of each outcome as soon as it is known, in input order
     */
    public List<Outcome> importAll(List<Source> sources, int parsers, Consumer<Outcome> progress) {
        int threads = Math.max(1, parsers);
        ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().daemon().name("dutygraph-parse-", 1).factory());
        try {
            Deque<Future<Prepared>> ahead = new ArrayDeque<>();
            List<Outcome> outcomes = new ArrayList<>();
            int submitted = 0;
            for (Source source : sources) {
                while (submitted < sources.size() && ahead.size() < 2 * threads + 1) {
                    Source next = sources.get(submitted++);
                    ahead.add(pool.submit(() -> prepare(next.text(), true, next.warnings())));
                }
                Outcome outcome;
                try {
                    outcome = new Outcome(source, importPrepared(resolve(ahead.poll()), source.id()), null);
                } catch (RuntimeException e) {
                    outcome = new Outcome(source, null, e);
                }
                outcomes.add(outcome);
                progress.accept(outcome);
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Prepared resolve(Future<Prepared> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while importing", e);
        }
    }

    /**
     * A document ready to write: parsed and hashed, without the database. {@code similar} is its similar clause
     * pairs when they were found ahead (importAll's background threads), or null: then they are found only if the
     * document is written (an unchanged text skips the search).
     */
    private record Prepared(ParsedDocument document, String hash, List<SimilarityFinder.Pair> similar, long started,
                            long parsed) {
        List<SimilarityFinder.Pair> similarPairs() {
            return similar != null ? similar : findSimilar(document);
        }
    }

    /**
     * What importing {@code text} would write, without writing: the same size limit and reading as an import (a
     * preview needs no token, so it must cost no more than an import may).
     */
    DocumentController.ImportPreview preview(String text, String id, List<String> readingWarnings) {
        checkSize(text);
        return DocumentController.ImportPreview.of(text, id, readingWarnings);
    }

    private void checkSize(String text) {
        if (text.length() > maxChars) {
            throw new IllegalArgumentException("the text has " + text.length() + " characters; the limit is " + maxChars
                    + " (dutygraph.import.max-chars): responsibility documents are far smaller, so this is not one");
        }
    }

    private Prepared prepare(String text, boolean findSimilarAhead, List<String> readingWarnings) {
        checkSize(text);
        long started = System.nanoTime();
        ParsedDocument document = DocumentParser.parse(text).withWarningsFirst(readingWarnings);
        String hash = sha256(text);
        long parsed = System.nanoTime();
        return new Prepared(document, hash, findSimilarAhead ? findSimilar(document) : null, started, parsed);
    }

    private static List<SimilarityFinder.Pair> findSimilar(ParsedDocument document) {
        List<SimilarityFinder.Item> texts = new ArrayList<>();
        // Clauses of one department's section are never each other's duplicates; any two tasks of a task-division
        // document may be (the same work assigned twice), so each is its own "owner" there.
        document.sections().forEach(s -> s.tasks().forEach(c -> texts.add(new SimilarityFinder.Item(
                s.department() != null ? s.department() : c.path(), c.text()))));
        return SimilarityFinder.find(texts);
    }

    /** Writes an already parsed document; {@code hash} identifies the text it came from. */
    ImportResult importParsed(ParsedDocument document, String hash, String id, long started) {
        return importPrepared(new Prepared(document, hash, null, started, System.nanoTime()), id);
    }

    private ImportResult importPrepared(Prepared prepared, String id) {
        ParsedDocument document = prepared.document();
        String hash = prepared.hash();
        long started = prepared.started();
        boolean derived = id == null || id.isBlank();
        String requested = derived ? DocumentIds.derive(document.metadata(), hash) : DocumentIds.validate(id);
        for (int attempt = 1; ; attempt++) {
            try {
                var phases = new Phases();
                ImportResult result = transactions.execute(status -> {
                    long turn = System.nanoTime();
                    String documentId = requested;
                    Row claimed = cypher.rows("document/claim-document", Map.of("id", documentId)).getFirst();
                    if (derived && isAnotherDocument(claimed, document, hash)) {
                        // The id the text derives (its place and year) holds a different document of that place and
                        // year: this one takes the id that adds its own number (or title), never replacing the other.
                        String held = describe(claimed);
                        documentId = DocumentIds.alternative(requested, document.metadata()).orElseThrow(() ->
                                new IllegalArgumentException("document " + requested + " already holds another document ("
                                        + held + ") and this text names neither a 文号 nor a title that "
                                        + "tells it apart: give it an id of its own"));
                        claimed = cypher.rows("document/claim-document", Map.of("id", documentId)).getFirst();
                        if (isAnotherDocument(claimed, document, hash)) {
                            throw new IllegalArgumentException("document " + documentId + " already holds another document ("
                                    + describe(claimed) + "): give this one an id of its own");
                        }
                    }
                    boolean exists = claimed.flag("existed");
                    boolean changed = !exists || !hash.equals(claimed.text("sourceHash"));
                    DocumentCounts counts = changed ? write(documentId, prepared, exists, turn, phases)
                            : counts(documentId);
                    phases.committing = System.nanoTime();
                    return ImportResult.of(documentId, !exists, changed, document.layout().name(), document.coverage(),
                            counts, document.warnings(), (System.nanoTime() - started) / 1_000_000);
                });
                if (result.changed()) {
                    LOG.info("import of {}: {}, commit {} ms", result.documentId(), phases.written,
                            millis(phases.committing, System.nanoTime()));
                }
                return result;
            } catch (TransientDataAccessException conflict) {
                // Imports take their locks in one order (the document, then its departments sorted), so two imports
                // should wait for each other, not deadlock; what Neo4j still ends (a lock it could not take, a
                // deadlock with a lineage link) is rolled back whole and run again once the other has committed:
                // the same text then reads as unchanged, a different one replaces it.
                LOG.info("import of {} conflicted with another import (attempt {} of {}): {}", requested, attempt,
                        MAX_ATTEMPTS, conflict.getMostSpecificCause().getMessage());
                if (attempt == MAX_ATTEMPTS) {
                    throw new ImportConflictException(requested, attempt, conflict);
                }
                backOff(attempt);
            }
        }
    }

    /**
     * Whether the claimed id holds a document other than {@code document}: a different 文号, or, where either lacks
     * one, a different title. The same text, or a revision (same number, or same title), is the same document.
     */
    static boolean isAnotherDocument(Row claimed, ParsedDocument document, String hash) {
        if (!claimed.flag("existed") || hash.equals(claimed.text("sourceHash"))) {
            return false;
        }
        String number = claimed.text("number");
        String title = claimed.text("title");
        var metadata = document.metadata();
        if (number != null && metadata.number() != null) {
            return !Characters.squeeze(number).equals(Characters.squeeze(metadata.number()));
        }
        if (title != null && metadata.title() != null) {
            return !Characters.squeeze(title).equals(Characters.squeeze(metadata.title()));
        }
        return false; // nothing tells them apart: a revision, as the id says
    }

    private static String describe(Row claimed) {
        String number = claimed.text("number");
        String title = claimed.text("title");
        return (title == null ? "untitled" : "《" + title + "》") + (number == null ? "" : " " + number);
    }

    /** How many times an import is tried when concurrent imports conflict with it. */
    static final int MAX_ATTEMPTS = 8;

    static void backOff(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(10, 50L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportAbandonedException();
        }
    }

    /**
     * The import was given up while it waited to try again (its request was abandoned at its timeout); nothing of it
     * was written. An expected end, not a fault: it carries no stack trace.
     */
    public static final class ImportAbandonedException extends RuntimeException {
        ImportAbandonedException() {
            super("the import was abandoned while it waited for concurrent imports; nothing of it was written, try again",
                    null, false, false);
        }
    }

    /** Concurrent imports kept conflicting with this one; nothing of it was written. */
    public static final class ImportConflictException extends RuntimeException {
        ImportConflictException(String id, int attempts, RuntimeException cause) {
            super("document " + id + " was not imported: " + attempts + " attempts conflicted with other imports "
                    + "writing the same document or departments at the same time; nothing of it was written, try again",
                    cause);
        }
    }

    /**
     * Locks the departments of the old and the new version in id order (lock-departments), removes the old version,
     * writes the new one in one statement (write-document), then links lineage; returns what the store holds for it
     * (count-document, the same figures an unchanged re-import reports) and leaves its phases in {@code phases}.
     */
    private DocumentCounts write(String id, Prepared prepared, boolean exists, long turn, Phases phases) {
        ParsedDocument document = prepared.document();
        List<String> oldDepartments = exists
                ? cypher.row("document/document-departments", Map.of("id", id)).texts("departmentIds")
                : List.of();
        DocumentRows rows = DocumentRows.of(id, document, prepared.hash(), prepared.similarPairs());
        long rowsMade = System.nanoTime();
        SortedSet<String> departments = new TreeSet<>(oldDepartments);
        departments.addAll(rows.departmentIds());
        run("document/lock-departments", Map.of("ids", List.copyOf(departments)));
        long locked = System.nanoTime();
        if (exists) {
            run("document/delete-document-content", Map.of("id", id));
        }
        long cleared = System.nanoTime();
        Map<String, Object> parameters = Map.of("id", id, "document", rows.document(), "content", rows.content());
        Row written = cypher.rows("document/write-document", parameters).getFirst();
        long linking = System.nanoTime();
        written.texts("parents").forEach(parent -> link(id, parent));
        written.texts("children").forEach(child -> link(child, id));
        if (!oldDepartments.isEmpty()) {
            run("document/delete-orphan-departments", Map.of("ids", oldDepartments));
        }
        DocumentCounts counts = counts(id);
        long done = System.nanoTime();
        phases.written = counts.taskCount() + " tasks, " + rows.similarities().size() + " similar pairs; read "
                + millis(prepared.started(), prepared.parsed()) + " ms, waiting " + millis(prepared.parsed(), turn)
                + " ms, similar tasks and rows " + millis(turn, rowsMade) + " ms, departments locked "
                + millis(rowsMade, locked) + " ms, old version removed " + millis(locked, cleared) + " ms, write "
                + millis(cleared, linking) + " ms, lineage and counts " + millis(linking, done) + " ms";
        return counts;
    }

    /** What one import's log line says: where its time went, the commit's included. */
    private static final class Phases {
        String written;
        long committing;
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** Lowest similarity at which a district clause counts as copied from its city document's clause. */
    static final double DERIVATION_MIN = 0.5;

    private void link(String child, String parent) {
        List<Row> parentTasks = cypher.rows("document/task-texts", Map.of("id", parent));
        List<Row> childTasks = cypher.rows("document/task-texts", Map.of("id", child));
        List<SimilarityFinder.Item> items = new ArrayList<>();
        parentTasks.forEach(t -> items.add(new SimilarityFinder.Item("parent", t.text("text"))));
        childTasks.forEach(t -> items.add(new SimilarityFinder.Item("child", t.text("text"))));
        Map<String, Map<String, Object>> best = new LinkedHashMap<>();
        for (SimilarityFinder.Pair pair : SimilarityFinder.find(items)) {
            if (pair.score() < DERIVATION_MIN || pair.first() >= parentTasks.size() || pair.second() < parentTasks.size()) {
                continue;
            }
            String from = childTasks.get(pair.second() - parentTasks.size()).text("id");
            Map<String, Object> known = best.get(from);
            if (known == null || (double) known.get("score") < pair.score()) {
                best.put(from, Map.of("from", from, "to", parentTasks.get(pair.first()).text("id"), "score", pair.score()));
            }
        }
        run("document/create-derivations", Map.of("child", child, "parent", parent, "links", List.copyOf(best.values())));
    }

    DocumentCounts counts(String id) {
        Row row = cypher.rows("document/count-document", Map.of("id", id)).getFirst();
        return new DocumentCounts(row.count("sectionCount"), row.count("departmentCount"),
                row.count("taskCount"), row.count("participationCount"),
                row.count("targetCount"), row.count("deadlineCount"));
    }

    private void run(String query, Map<String, Object> parameters) {
        cypher.run(query, parameters);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
