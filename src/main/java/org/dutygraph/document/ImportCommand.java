package org.dutygraph.document;

import org.dutygraph.database.DutygraphProperties;
import org.dutygraph.parser.ParseException;
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
import java.util.List;

/**
 * {@code java -jar dutygraph.jar import FILE [--id=ID]}: imports a document file straight into the database and
 * exits. Like the GraphQL mutation it needs the admin token to be configured (env DUTYGRAPH_ADMIN_TOKEN).
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
        List<String> files = args.getNonOptionArgs().stream().skip(1).toList(); // first is the word "import"
        List<String> ids = args.getOptionValues("id");
        if (properties.adminToken() == null || properties.adminToken().isBlank()) {
            fail("imports are refused: no admin token is configured (set DUTYGRAPH_ADMIN_TOKEN)");
            return;
        }
        if (files.size() != 1) {
            fail("usage: java -jar dutygraph.jar import FILE [--id=ID]");
            return;
        }
        Path file = Path.of(files.getFirst());
        try {
            String text = SourceFiles.decode(Files.readAllBytes(file), file.toString());
            ImportResult result = importer.importText(text, ids == null || ids.isEmpty() ? null : ids.getFirst());
            out.printf("%s %s: %d sections, %d tasks, %d role edges, %d targets, %d deadlines (%d ms)%n",
                    result.changed() ? (result.created() ? "imported" : "replaced") : "unchanged", result.documentId(),
                    result.sectionCount(), result.taskCount(), result.participationCount(),
                    result.targetCount(), result.deadlineCount(), result.millis());
            result.warnings().forEach(w -> out.println("warning: " + w));
        } catch (IOException e) {
            fail("cannot read " + file + ": " + e.getMessage());
        } catch (ParseException e) {
            fail(file + ": " + e.getMessage() + " (nothing was written)");
        } catch (SourceFiles.UnreadableException e) {
            fail(e.getMessage() + " (nothing was written)");
        } catch (IllegalArgumentException e) {
            fail(e.getMessage() + " (nothing was written)");
        }
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
