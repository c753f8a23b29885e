package org.dutygraph.document;

import org.dutygraph.settings.DutygraphProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code java -jar dutygraph.jar import FILE|DIRECTORY... [--id=ID]}: imports document files (a directory: its .txt,
 * .html, .htm, .docx and .pdf files, by name; each read by its content, see {@link DocumentFiles}) straight into the
 * database and exits. Each document commits whole or writes
 * nothing; a bad one is reported (exit code 2) and the others still import. Like the GraphQL mutation it needs the
 * admin token to be configured (env DUTYGRAPH_ADMIN_TOKEN).
 */
@Component
@ConditionalOnProperty(name = "dutygraph.command", havingValue = "import")
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

    private final DocumentImporter importer;
    private final DutygraphProperties properties;
    private final PrintStream out = System.out;
    private int exitCode;

    ImportCommand(DocumentImporter importer, DutygraphProperties properties) {
        this.importer = importer;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> paths = args.getNonOptionArgs().stream().skip(1).toList(); // first is the word "import"
        List<String> ids = args.getOptionValues("id");
        String id = ids == null || ids.isEmpty() ? null : ids.getFirst();
        if (properties.adminToken() == null || properties.adminToken().isBlank()) {
            fail("imports are refused: no admin token is configured (set DUTYGRAPH_ADMIN_TOKEN)");
            return;
        }
        if (paths.isEmpty()) {
            fail(USAGE);
            return;
        }
        List<Path> files = new ArrayList<>();
        for (String name : paths) {
            Path path = Path.of(name);
            try {
                files.addAll(documentsIn(path));
            } catch (IOException e) {
                fail("cannot read " + path + ": " + e.getMessage());
                return;
            }
        }
        if (files.isEmpty()) {
            fail("no document files (.txt, .html, .htm, .docx, .pdf) in " + String.join(", ", paths));
            return;
        }
        if (id != null && files.size() != 1) {
            fail("--id names one document, but " + files.size() + " files were given; " + USAGE);
            return;
        }
        List<DocumentImporter.Source> sources = new ArrayList<>();
        for (Path file : files) {
            try {
                DocumentFiles.Reading reading = DocumentFiles.read(Files.readAllBytes(file), file.toString());
                sources.add(new DocumentImporter.Source(file.toString(), reading.text(), id, reading.warnings()));
            } catch (IOException e) {
                fail("cannot read " + file + ": " + e.getMessage() + " (nothing was written)");
            } catch (SourceFiles.UnreadableException | DocumentFiles.UnreadableFileException e) {
                fail(e.getMessage() + " (nothing was written)");
            }
        }
        int parsers = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        importer.importAll(sources, parsers, this::report);
    }

    private static final String USAGE = "usage: java -jar dutygraph.jar import FILE|DIRECTORY... [--id=ID]";

    /** The file itself, or the document files (.txt, .html, .htm, .docx, .pdf) directly in a directory, by name. */
    private static List<Path> documentsIn(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(txt|html?|docx|pdf)$"))
                    .sorted().toList();
        }
    }

    private void report(DocumentImporter.Outcome outcome) {
        String file = outcome.source().name();
        if (outcome.failed()) {
            RuntimeException e = outcome.error();
            fail(file + ": " + e.getMessage() + " (nothing of it was written)");
            return;
        }
        ImportResult result = outcome.result();
        out.printf("%s %s from %s: %d sections, %d tasks, %d role edges, %d targets, %d deadlines (%d ms)%n",
                result.changed() ? (result.created() ? "imported" : "replaced") : "unchanged", result.documentId(), file,
                result.sectionCount(), result.taskCount(), result.participationCount(),
                result.targetCount(), result.deadlineCount(), result.millis());
        result.warnings().forEach(w -> out.println("warning: " + file + ": " + w));
    }

    private void fail(String message) {
        System.err.println("dutygraph import: " + message);
        exitCode = 2;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
