package org.dutygraph.document;

import org.dutygraph.DutygraphApplication;
import org.dutygraph.support.Neo4jHarness;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar dutygraph.jar import FILE|DIRECTORY... [--id=ID]}, run against the harness as an external server. */
@DisplayName("The import command")
class ImportCommandIT {

    @TempDir
    Path dir;

    @Test
    void imports_a_file_and_exits_zero() throws IOException {
        Path file = write("tianning.txt", ImportIT.resource("tianning-2023.txt"));
        int exit = run("import", file.toString(), "--id=cli-tianning-2023", "dutygraph.admin-token=cli-token");
        assertThat(exit).isZero();
        assertThat(tasksOf("cli-tianning-2023")).isEqualTo(5);
    }

    @Test
    void imports_a_word_file_and_refuses_a_scanned_pdf_with_the_reason() throws IOException {
        org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
        for (String line : ImportIT.resource("tianning-2023.txt").lines().toList()) {
            doc.createParagraph().createRun().setText(line);
        }
        Path word = dir.resolve("tianning.docx");
        Files.write(word, DocumentFilesTest.bytes(doc));
        assertThat(run("import", word.toString(), "--id=cli-word-2023", "dutygraph.admin-token=cli-token")).isZero();
        assertThat(tasksOf("cli-word-2023")).isEqualTo(5);

        Path scan = dir.resolve("scan.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = new org.apache.pdfbox.pdmodel.PDDocument()) {
            pdf.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            pdf.save(scan.toFile());
        }
        assertThat(run("import", scan.toString(), "--id=cli-scan-2023", "dutygraph.admin-token=cli-token")).isEqualTo(2);
        assertThat(tasksOf("cli-scan-2023")).isZero();
    }

    @Test
    void refuses_without_a_configured_admin_token_and_writes_nothing() throws IOException {
        Path file = write("tianning.txt", ImportIT.resource("tianning-2023.txt"));
        int exit = run("import", file.toString(), "--id=cli-refused-2023", null);
        assertThat(exit).isEqualTo(2);
        assertThat(tasksOf("cli-refused-2023")).isZero();
    }

    @Test
    void a_file_that_is_not_a_responsibility_document_exits_nonzero_and_writes_nothing() throws IOException {
        Path file = write("notice.txt", "关于做好节日值班工作的通知\n请各单位认真落实。");
        int exit = run("import", file.toString(), "--id=cli-bad-2023", "dutygraph.admin-token=cli-token");
        assertThat(exit).isEqualTo(2);
        assertThat(tasksOf("cli-bad-2023")).isZero();
    }

    @Test
    void a_gbk_encoded_file_is_read_as_chinese() throws IOException {
        Path file = dir.resolve("tianning-gbk.txt");
        Files.write(file, ImportIT.resource("tianning-2023.txt").getBytes(java.nio.charset.Charset.forName("GBK")));
        int exit = run("import", file.toString(), "--id=cli-gbk-2023", "dutygraph.admin-token=cli-token");
        assertThat(exit).isZero();
        assertThat(tasksOf("cli-gbk-2023")).isEqualTo(5);
    }

    @Test
    void bytes_in_no_known_encoding_are_refused() throws IOException {
        Path file = dir.resolve("binary.bin");
        byte[] bytes = new byte[4096];
        new java.util.SplittableRandom(3).nextBytes(bytes);
        bytes[0] = (byte) 0xFF; // never valid in UTF-8 or GB18030 as a lead byte
        bytes[1] = (byte) 0xFF;
        Files.write(file, bytes);
        int exit = run("import", file.toString(), "--id=cli-binary-2023", "dutygraph.admin-token=cli-token");
        assertThat(exit).isEqualTo(2);
        assertThat(tasksOf("cli-binary-2023")).isZero();
    }

    @Test
    void imports_every_document_of_a_directory_and_reports_the_bad_one_without_losing_the_others() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("documents"));
        String tianning = ImportIT.resource("tianning-2023.txt").replace("2023年", "2031年");
        String bridge = ImportIT.resource("bridge-2024.txt").replace("2024年", "2032年");
        Files.writeString(folder.resolve("a-tianning.txt"), tianning, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("b-notice.txt"), "关于做好节日值班工作的通知\n请各单位认真落实。", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("c-bridge.txt"), bridge, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("notes.md"), "not a document: skipped by its extension", StandardCharsets.UTF_8);
        long before = documentCount();

        int exit = SpringApplication.exit(DutygraphApplication.runImport(new String[]{"import", folder.toString()},
                "spring.neo4j.uri=" + Neo4jHarness.boltUri(), "dutygraph.admin-token=cli-token"));

        assertThat(exit).as("one file of three was not a responsibility document").isEqualTo(2);
        assertThat(documentCount() - before).as("the notice wrote nothing").isEqualTo(2);
        assertThat(tasksOf(derivedId(tianning))).as("tianning, whole").isEqualTo(5);
        assertThat(tasksOf(derivedId(bridge))).as("bridge, whole")
                .isEqualTo(org.dutygraph.parser.DocumentParser.parse(bridge).clauseCount());
    }

    @Test
    void an_id_with_several_files_is_refused_before_anything_is_written() throws IOException {
        Path a = write("one.txt", ImportIT.resource("tianning-2023.txt"));
        Path b = write("two.txt", ImportIT.resource("bridge-2024.txt"));
        int exit = SpringApplication.exit(DutygraphApplication.runImport(
                new String[]{"import", a.toString(), b.toString(), "--id=cli-two-files-2023"},
                "spring.neo4j.uri=" + Neo4jHarness.boltUri(), "dutygraph.admin-token=cli-token"));
        assertThat(exit).isEqualTo(2);
        assertThat(tasksOf("cli-two-files-2023")).isZero();
    }

    /** The id the import gives a text imported without --id. */
    private static String derivedId(String text) {
        return DocumentIds.derive(org.dutygraph.parser.DocumentParser.parse(text).metadata(), PreparedDocument.sha256(text));
    }

    private static long documentCount() {
        return (Long) Neo4jHarness.query("count-documents", Map.of()).getFirst().get("documents");
    }

    private int run(String command, String file, String idOption, String tokenProperty) {
        String[] properties = tokenProperty == null
                ? new String[]{"spring.neo4j.uri=" + Neo4jHarness.boltUri()}
                : new String[]{"spring.neo4j.uri=" + Neo4jHarness.boltUri(), tokenProperty};
        return SpringApplication.exit(DutygraphApplication.runImport(new String[]{command, file, idOption}, properties));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static long tasksOf(String documentId) {
        return (Long) Neo4jHarness.query("count-document-tasks", Map.of("id", documentId)).getFirst().get("count");
    }
}
