package org.dutygraph.document;

import org.dutygraph.cypher.CypherClient;
import org.dutygraph.lineage.LineageLinks;
import org.dutygraph.settings.DutygraphProperties;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Imports documents as a pipeline of named steps: <b>read</b> and <b>parse</b> ({@link PreparedDocument}, no
 * database), then in one transaction <b>match</b> ({@link DocumentClaim}: which stored document it is), <b>write</b>
 * ({@link DocumentWriter}) and <b>link</b> ({@link LineageLinks}). Every way in (the mutation, an upload, the command line,
 * the seed, a preview, which stops after parse) takes the same steps, so the same limits apply to all. An import
 * commits whole or writes nothing; the same text imported again writes nothing; a changed text under the same id
 * replaces the old version atomically. Imports that conflict with concurrent ones are rolled back and run again.
 */
@Service
public class DocumentImporter {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DocumentImporter.class);

    /** How many times an import is tried when concurrent imports conflict with it. */
    static final int MAX_ATTEMPTS = 8;

    private final CypherClient cypher;
    private final TransactionTemplate transactions;
    private final DocumentWriter writer;
    private final LineageLinks lineage;
    private final SiblingSimilarities siblings;
    private final int maxChars;

    DocumentImporter(CypherClient cypher, TransactionTemplate transactions, DocumentWriter writer, LineageLinks lineage,
                     SiblingSimilarities siblings, DutygraphProperties properties) {
        this.cypher = cypher;
        this.transactions = transactions;
        this.writer = writer;
        this.lineage = lineage;
        this.siblings = siblings;
        this.maxChars = properties.imports().maxChars();
    }

    /**
     * Parses {@code text} and imports it.
     *
     * @param id the document id to use, or null to derive one from the text (zhonglou-2021)
     * @throws org.dutygraph.parser.ParseException when the text is not a responsibility document
     * @throws IllegalArgumentException            when {@code id} is not a valid id, or the text is past the size limit
     */
    public ImportResult importText(String text, String id) {
        return importText(text, id, List.of());
    }

    /**
     * Imports the text read from a file, with the warnings of its reading ({@link DocumentFiles.Reading}) kept with
     * the parser's.
     */
    public ImportResult importText(String text, String id, List<String> readingWarnings) {
        return store(PreparedDocument.prepare(text, readingWarnings, maxChars, false), id);
    }

    /**
     * What importing {@code text} would write, without writing: the read and parse steps of an import (its size limit
     * included: a preview needs no token, so it must cost no more than an import may) and the id it would get.
     */
    ImportPreview preview(String text, String id, List<String> readingWarnings) {
        PreparedDocument prepared = PreparedDocument.prepare(text, readingWarnings, maxChars, false);
        return ImportPreview.of(prepared, id == null || id.isBlank() ? prepared.derivedId() : DocumentIds.validate(id));
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
     * document does not stop the others). The read and parse steps (and the similarity search) run on {@code parsers}
     * background threads a few documents ahead of the writer, so the CPU work of document n+1 overlaps the database
     * work of document n.
     *
     * @param progress told of each outcome as soon as it is known, in input order
     */
    public List<Outcome> importAll(List<Source> sources, int parsers, Consumer<Outcome> progress) {
        int threads = Math.max(1, parsers);
        ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().daemon().name("dutygraph-parse-", 1).factory());
        try {
            Deque<Future<PreparedDocument>> ahead = new ArrayDeque<>();
            List<Outcome> outcomes = new ArrayList<>();
            int submitted = 0;
            for (Source source : sources) {
                while (submitted < sources.size() && ahead.size() < 2 * threads + 1) {
                    Source next = sources.get(submitted++);
                    ahead.add(pool.submit(() -> PreparedDocument.prepare(next.text(), next.warnings(), maxChars, true)));
                }
                Outcome outcome;
                try {
                    outcome = new Outcome(source, store(resolve(ahead.poll()), source.id()), null);
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

    private static PreparedDocument resolve(Future<PreparedDocument> future) {
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

    /** Writes an already parsed document; {@code hash} identifies the text it came from (a seam for tests). */
    ImportResult importParsed(org.dutygraph.parser.ParsedDocument document, String hash, String id, long started) {
        return store(new PreparedDocument(document, hash, null, started, System.nanoTime()), id);
    }

    /** The match, write and link steps, in one transaction, run again when a concurrent import conflicts. */
    private ImportResult store(PreparedDocument prepared, String id) {
        boolean derived = id == null || id.isBlank();
        String requested = derived ? prepared.derivedId() : DocumentIds.validate(id);
        for (int attempt = 1; ; attempt++) {
            try {
                long[] committing = new long[1];
                String[] phases = new String[1];
                ImportResult result = transactions.execute(status -> {
                    long turn = System.nanoTime();
                    DocumentClaim claim = DocumentClaim.claim(cypher, prepared, requested, derived);
                    if (claim.changed()) {
                        DocumentWriter.Written written = writer.write(claim, prepared);
                        lineage.link(claim.id(), claim.exists());
                        siblings.link(claim.id());
                        phases[0] = phases(prepared, turn, written);
                    }
                    DocumentCounts counts = writer.counts(claim.id());
                    committing[0] = System.nanoTime();
                    return ImportResult.of(claim.id(), !claim.exists(), claim.changed(), prepared.document().layout().name(),
                            prepared.document().coverage(), counts, prepared.document().warnings(),
                            (System.nanoTime() - prepared.started()) / 1_000_000);
                });
                if (result.changed()) {
                    LOG.info("import of {}: {} tasks, {}, commit {} ms", result.documentId(), result.taskCount(), phases[0],
                            millis(committing[0], System.nanoTime()));
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

    /** Where an import's time went, step by step, for its log line. */
    private static String phases(PreparedDocument prepared, long turn, DocumentWriter.Written w) {
        return w.similarPairs() + " similar pairs; read and parse " + millis(prepared.started(), prepared.parsed())
                + " ms, waiting " + millis(prepared.parsed(), turn) + " ms, similar tasks and rows "
                + millis(turn, w.rowsMade()) + " ms, departments locked " + millis(w.rowsMade(), w.locked())
                + " ms, old version removed " + millis(w.locked(), w.cleared()) + " ms, write "
                + millis(w.cleared(), w.done()) + " ms, lineage and counts " + millis(w.done(), System.nanoTime()) + " ms";
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

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
}
