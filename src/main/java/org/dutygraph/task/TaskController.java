package org.dutygraph.task;

import org.dutygraph.model.Deadline;
import org.dutygraph.model.Participation;
import org.dutygraph.model.Target;
import org.dutygraph.model.Task;
import org.dutygraph.model.TaskConnection;
import org.dutygraph.model.TaskRepository;

import org.dataloader.DataLoader;
import org.dutygraph.department.DepartmentResolver;
import org.dutygraph.model.Department;
import org.dutygraph.model.DepartmentRepository;
import org.dutygraph.model.Document;
import org.dutygraph.model.DocumentRepository;
import org.dutygraph.model.Role;
import org.dutygraph.model.Section;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * GraphQL: tasks by id or by filter (a cursor connection), what hangs off a task, and every field that returns tasks
 * (a section's, a department's), loaded in batches. Department.ownedTasks and Department.participations take
 * arguments, so they load through DataLoaders keyed by (department, arguments): one query for all departments of a
 * response, not one each.
 */
@Controller
class TaskController {

    static final int DEFAULT_PAGE = 20;
    static final int MAX_PAGE = 500;

    private final TaskRepository tasks;
    private final DepartmentRepository departments;
    private final DocumentRepository documents;
    private final DepartmentResolver resolver;

    TaskController(TaskRepository tasks, DepartmentRepository departments, DocumentRepository documents,
                   DepartmentResolver resolver, BatchLoaderRegistry loaders) {
        this.tasks = tasks;
        this.departments = departments;
        this.documents = documents;
        this.resolver = resolver;
        loaders.<TaskRepository.OwnedKey, List<Task>>forName("ownedTasks")
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> tasks.owned(keys)));
        loaders.<TaskRepository.ParticipationKey, List<Participation>>forName("participations")
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> tasks.participations(keys)));
    }

    @QueryMapping
    Task task(@Argument String id) {
        return tasks.byIds(List.of(id)).get(id);
    }

    @QueryMapping
    TaskConnection tasks(@Argument String documentId, @Argument String department, @Argument Role role,
                   @Argument String text, @Argument Integer first, @Argument String after) {
        int limit = first == null ? DEFAULT_PAGE : first;
        if (limit < 0 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("first must be between 0 and " + MAX_PAGE + ", was " + limit);
        }
        List<String> departmentIds = department == null ? null : List.of(resolver.resolve(department, documentId).id());
        return tasks.search(new TaskRepository.Filter(documentId, departmentIds, role, text), TaskConnection.offsetAfter(after), limit);
    }

    @SchemaMapping(typeName = "Department")
    CompletableFuture<List<Task>> ownedTasks(Department department, @Argument String documentId,
                                             DataLoader<TaskRepository.OwnedKey, List<Task>> ownedTasks) {
        return ownedTasks.load(new TaskRepository.OwnedKey(department.id(), documentId));
    }

    @SchemaMapping(typeName = "Department")
    CompletableFuture<List<Participation>> participations(Department department, @Argument Role role,
                                                          @Argument String documentId,
                                                          DataLoader<TaskRepository.ParticipationKey, List<Participation>> participations) {
        return participations.load(new TaskRepository.ParticipationKey(department.id(), role, documentId));
    }

    @BatchMapping(typeName = "Section", field = "tasks")
    Map<Section, List<Task>> sectionTasks(List<Section> sections) {
        Map<TaskRepository.SectionKey, List<Task>> byKey = tasks.bySections(
                sections.stream().map(s -> new TaskRepository.SectionKey(s.documentId(), s.ordinal())).toList());
        return sections.stream().collect(Collectors.toMap(Function.identity(),
                s -> byKey.get(new TaskRepository.SectionKey(s.documentId(), s.ordinal())), (a, b) -> a));
    }

    @BatchMapping
    Map<Task, Document> document(List<Task> parents) {
        Map<String, Document> byId = documents.byIds(parents.stream().map(Task::documentId).distinct().toList());
        return by(parents, t -> byId.get(t.documentId()));
    }

    @BatchMapping
    Map<Task, Department> owner(List<Task> parents) {
        Map<String, Department> byId = departments.byIds(parents.stream().flatMap(t -> t.ownerIds().stream()).distinct().toList());
        Map<Task, Department> owners = new java.util.HashMap<>();
        parents.forEach(t -> owners.put(t, t.ownerId() == null ? null : byId.get(t.ownerId())));
        return owners;
    }

    @BatchMapping
    Map<Task, List<Department>> owners(List<Task> parents) {
        Map<String, Department> byId = departments.byIds(parents.stream().flatMap(t -> t.ownerIds().stream()).distinct().toList());
        return by(parents, t -> t.ownerIds().stream().map(byId::get).toList());
    }

    @BatchMapping
    Map<Task, List<Participation>> participants(List<Task> parents) {
        Map<String, List<Participation>> byId = tasks.participants(ids(parents));
        return by(parents, t -> byId.get(t.id()));
    }

    @BatchMapping
    Map<Task, List<Department>> mentions(List<Task> parents) {
        Map<String, List<Department>> byId = tasks.mentions(ids(parents));
        return by(parents, t -> byId.get(t.id()));
    }

    @BatchMapping
    Map<Task, List<Target>> targets(List<Task> parents) {
        Map<String, List<Target>> byId = tasks.targets(ids(parents));
        return by(parents, t -> byId.get(t.id()));
    }

    @BatchMapping
    Map<Task, List<Deadline>> deadlineDetails(List<Task> parents) {
        Map<String, List<Deadline>> byId = tasks.deadlines(ids(parents));
        return by(parents, t -> byId.get(t.id()));
    }

    @BatchMapping
    Map<Task, List<Task>> derivedFrom(List<Task> parents) {
        Map<String, List<Task>> byId = tasks.derivedFrom(ids(parents));
        return by(parents, t -> byId.get(t.id()));
    }

    @BatchMapping(typeName = "Target", field = "task")
    Map<Target, Task> targetTask(List<Target> targets) {
        Map<String, Task> byId = tasks.byIds(targets.stream().map(Target::taskId).distinct().toList());
        return targets.stream().collect(Collectors.toMap(Function.identity(), t -> byId.get(t.taskId()), (a, b) -> a));
    }

    private static List<String> ids(List<Task> parents) {
        return parents.stream().map(Task::id).distinct().toList();
    }

    private static <V> Map<Task, V> by(List<Task> parents, Function<Task, V> value) {
        return parents.stream().collect(Collectors.toMap(Function.identity(), value, (a, b) -> a));
    }
}
