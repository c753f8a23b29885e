package org.dutygraph.document;

import org.dutygraph.model.Document;
import org.dutygraph.model.DocumentRepository;
import org.dutygraph.model.Section;

import org.dutygraph.access.AdminToken;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** GraphQL: documents, their sections, and importing a document. */
@Controller
class DocumentController {

    private final DocumentRepository documents;
    private final DocumentImporter importer;
    private final AdminToken adminToken;

    DocumentController(DocumentRepository documents, DocumentImporter importer, AdminToken adminToken) {
        this.documents = documents;
        this.importer = importer;
        this.adminToken = adminToken;
    }

    @QueryMapping
    List<Document> documents() {
        return documents.all();
    }

    @QueryMapping
    Document document(@Argument String id) {
        return documents.byId(id).orElse(null);
    }

    @BatchMapping
    Map<Document, List<Section>> sections(List<Document> parents) {
        Map<String, List<Section>> byId = documents.sections(parents.stream().map(Document::id).toList());
        return parents.stream().collect(Collectors.toMap(Function.identity(), d -> byId.get(d.id()), (a, b) -> a));
    }

    @BatchMapping
    Map<Document, List<Document>> derivedFrom(List<Document> parents) {
        Map<String, List<Document>> byId = documents.derivedFrom(parents.stream().map(Document::id).toList());
        return parents.stream().collect(Collectors.toMap(Function.identity(), d -> byId.get(d.id()), (a, b) -> a));
    }

    /** What to call a document's sections and tasks where people read it. */
    record Nouns(String section, String task) {
    }

    /** 部门 and 条款 when each section is a department's, 部分 and 任务 when sections are topics. */
    @SchemaMapping
    Nouns nouns(Document document) {
        return switch (org.dutygraph.parser.Layout.valueOf(document.layout())) {
            case DEPARTMENT_SECTIONS, DEPARTMENT_ARTICLES -> new Nouns("部门", "条款");
            case TOPIC_PARENTHETICALS, ROLE_LINES, TABLE -> new Nouns("部分", "任务");
        };
    }

    @QueryMapping
    ImportPreview previewDocument(@Argument String text, @Argument String id) {
        return importer.preview(text, id, List.of());
    }

    @MutationMapping
    ImportResult importDocument(@Argument String text, @Argument String id,
                                @ContextValue(name = "authorization", required = false) String authorization) {
        adminToken.check(authorization);
        return importer.importText(text, id);
    }

    @SchemaMapping(typeName = "ImportResult", field = "document")
    Document importedDocument(ImportResult result) {
        return documents.byId(result.documentId()).orElseThrow();
    }
}
