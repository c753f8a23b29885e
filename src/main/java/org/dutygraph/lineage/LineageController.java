package org.dutygraph.lineage;

import org.dutygraph.model.Document;
import org.dutygraph.model.Task;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** GraphQL: a task's chain up and down (Task.lineage), what the documents below a document made of its tasks (Document.lineage). */
@Controller
class LineageController {

    private final LineageRepository lineage;

    LineageController(LineageRepository lineage) {
        this.lineage = lineage;
    }

    @BatchMapping(typeName = "Task", field = "lineage")
    Map<Task, TaskLineage> taskLineage(List<Task> tasks) {
        Map<String, TaskLineage> byId = lineage.tasks(tasks.stream().map(Task::id).distinct().toList());
        return tasks.stream().collect(Collectors.toMap(Function.identity(), t -> byId.get(t.id()), (a, b) -> a));
    }

    @BatchMapping(typeName = "Document", field = "lineage")
    Map<Document, List<DocumentLineage>> documentLineage(List<Document> documents) {
        Map<String, List<DocumentLineage>> byId = lineage.documents(documents.stream().map(Document::id).distinct().toList());
        return documents.stream().collect(Collectors.toMap(Function.identity(), d -> byId.get(d.id()), (a, b) -> a));
    }
}
