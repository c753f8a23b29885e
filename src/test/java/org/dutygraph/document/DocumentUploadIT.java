package org.dutygraph.document;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.dutygraph.support.DocumentForms;
import org.dutygraph.support.ServiceIT;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Files uploaded over real HTTP: POST /api/documents (multipart), its preview, and what it refuses. */
@DisplayName("Uploading document files")
class DocumentUploadIT extends ServiceIT {

    static final HttpClient CLIENT = HttpClient.newHttpClient();

    record Answer(int status, DocumentContext json) {
    }

    Answer post(String path, String fileName, byte[] content, String id, String token) throws Exception {
        String boundary = "dutygraph-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        if (id != null) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"id\"\r\n\r\n" + id + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), JsonPath.parse(response.body()));
    }

    @Test
    void a_word_file_is_previewed_without_writing_then_imported_whole_with_the_token() throws Exception {
        byte[] file = DocumentForms.docx(ImportIT.resource("family/national-2022.txt"));
        long[] before = graphSize();

        Answer preview = post("/api/documents/preview", "plan.docx", file, "upload-national-2022", null);
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.json().read("$.layout", String.class)).isEqualTo("TOPIC_PARENTHETICALS");
        assertThat(preview.json().read("$.id", String.class)).isEqualTo("upload-national-2022");
        int tasks = preview.json().read("$.taskCount", Integer.class);
        assertThat(tasks).isEqualTo(org.dutygraph.parser.DocumentParser.parse(ImportIT.resource("family/national-2022.txt")).clauseCount());
        assertThat(graphSize()).as("a preview writes nothing").containsExactly(before);

        Answer imported = post("/api/documents", "plan.docx", file, "upload-national-2022", ADMIN_TOKEN);
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().read("$.documentId", String.class)).isEqualTo("upload-national-2022");
        assertThat(imported.json().read("$.created", Boolean.class)).isTrue();
        assertThat(imported.json().read("$.taskCount", Integer.class)).isEqualTo(tasks);
        assertThat(graphql().run("task", "id", "upload-national-2022/一/(一)").<List<String>>read(
                "$.data.task.participants[*].department.name")).as("the roles read from the Word file were written")
                .containsExactlyInAnyOrder("国家发展改革委", "商务部");

        Answer again = post("/api/documents", "plan.docx", file, "upload-national-2022", ADMIN_TOKEN);
        assertThat(again.json().read("$.changed", Boolean.class)).isFalse();
    }

    @Test
    void refusals_say_why_with_a_4xx_and_write_nothing() throws Exception {
        byte[] file = DocumentForms.docx(ImportIT.resource("family/national-2022.txt"));
        long[] before = graphSize();

        Answer noToken = post("/api/documents", "plan.docx", file, "upload-refused-2022", null);
        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.json().read("$.error", String.class)).contains("admin token");

        Answer notADocument = post("/api/documents", "notice.docx", DocumentForms.docx("关于做好节日值班工作的通知\n请各单位认真落实。"),
                "upload-notice-2022", ADMIN_TOKEN);
        assertThat(notADocument.status()).isEqualTo(422);
        assertThat(notADocument.json().read("$.error", String.class)).startsWith("no tasks found");

        Answer truncated = post("/api/documents", "cut.docx", Arrays.copyOf(file, file.length / 2), null, ADMIN_TOKEN);
        assertThat(truncated.status()).isEqualTo(415);
        assertThat(truncated.json().read("$.error", String.class)).startsWith("cut.docx is not a readable Word (.docx) document");

        Answer badId = post("/api/documents", "plan.docx", file, "Not An Id!", ADMIN_TOKEN);
        assertThat(badId.status()).isEqualTo(400);

        assertThat(graphSize()).containsExactly(before);
    }

    /**
     * The same document uploaded as text, Word, web page and PDF writes the same graph: the same tasks, each with the
     * same owners, roles (and whether a statement gave them), targets and deadlines, as read back over GraphQL.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"family/role-lines-2023.txt", "family/table-2023.txt",
            "family/parenthetical-rule-2024.txt", "family/seed-variants-2022.txt"})
    void the_same_document_as_text_word_page_and_pdf_writes_the_same_graph(String document) throws Exception {
        String text = ImportIT.resource(document);
        String base = "forms-" + document.replaceAll("\\W", "-").replace("-txt", "");
        java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("txt", text.getBytes(StandardCharsets.UTF_8));
        for (DocumentForms.Form form : DocumentForms.Form.values()) {
            if (form != DocumentForms.Form.PDF || org.dutygraph.support.ChromiumPdf.installed() || System.getenv("CI") != null) {
                files.put(form.name().toLowerCase(java.util.Locale.ROOT), DocumentForms.of(text, form));
            }
        }
        Object reference = null;
        for (var file : files.entrySet()) {
            String id = base + "-" + file.getKey();
            Answer imported = post("/api/documents", "plan." + file.getKey(), file.getValue(), id, ADMIN_TOKEN);
            assertThat(imported.status()).as(file.getKey()).isEqualTo(200);

            Object graph = graphql().run("documentGraph", "documentId", id).read("$.data");
            if (reference == null) {
                reference = graph;
            } else {
                assertThat(graph).as("%s as .%s", document, file.getKey()).isEqualTo(reference);
            }
        }
        // What every form wrote alike is the right graph: one known task of each layout, with its roles.
        Map.Entry<String, List<String>> known = KNOWN_TASKS.get(document);
        List<Map<String, Object>> participants = JsonPath.parse(reference)
                .read("$.tasks.nodes[?(@.path == '" + known.getKey() + "')].participants[*]");
        assertThat(participants).extracting(p -> p.get("role") + " " + ((Map<?, ?>) p.get("department")).get("name"))
                .containsExactlyInAnyOrderElementsOf(known.getValue());
        if (document.contains("role-lines")) {
            assertThat(JsonPath.parse(reference).<List<String>>read("$.tasks.nodes[?(@.path == '二/3')].owners[*].name"))
                    .as("co-owners in the order the document names them").containsExactly("区教育局", "团区委");
        }
    }

    /** Per document of the forms test, a task (its path) and its roles, as DocumentFormsTest reads them. */
    private static final Map<String, Map.Entry<String, List<String>>> KNOWN_TASKS = Map.of(
            "family/role-lines-2023.txt", Map.entry("一/1", List.of("LEAD 区城管局", "SUPPORT 区住建局", "SUPPORT 区财政局")),
            "family/table-2023.txt", Map.entry("2", List.of("LEAD 区住建局", "SUPPORT 区城管局")),
            "family/parenthetical-rule-2024.txt",
            Map.entry("一/(二)", List.of("LEAD 市住建局", "JOINT 市自然资源和规划局", "JOINT 市行政审批局")),
            "family/seed-variants-2022.txt",
            Map.entry("(一)/(2)", List.of("LEAD 区发展和改革委员会", "SUPPORT 区工业和信息化局")));

    @Test
    void what_a_pdf_s_reading_could_not_settle_comes_back_as_a_warning_with_the_import_and_stays_on_the_document()
            throws Exception {
        byte[] pdf = new org.dutygraph.support.LongTable(6).unruledPdf();
        String expected = org.dutygraph.support.LongTable.NO_RULES_WARNING;

        Answer preview = post("/api/documents/preview", "unruled.pdf", pdf, "upload-unruled-2023", null);
        assertThat(preview.json().read("$.warnings[0]", String.class)).startsWith(expected);
        assertThat(preview.json().read("$.taskCount", Integer.class)).isEqualTo(6);

        Answer imported = post("/api/documents", "unruled.pdf", pdf, "upload-unruled-2023", ADMIN_TOKEN);
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().read("$.warnings[0]", String.class)).startsWith(expected);
        assertThat(graphql().execute("query { document(id: \"upload-unruled-2023\") { warnings } }", java.util.Map.of())
                .read("$.data.document.warnings[0]", String.class)).startsWith(expected);
    }
}
