package org.dutygraph.department;

import org.dataloader.DataLoader;
import org.dutygraph.genre.Role;
import org.dutygraph.task.Participation;
import org.dutygraph.task.Task;
import org.dutygraph.task.TaskRepository;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * GraphQL: departments by document or by name, and their tasks and roles. Department.ownedTasks and
 * Department.participations take arguments, so they load through DataLoaders keyed by (department, arguments):
 * one query for all departments of a response, not one each.
 */
@Controller
class DepartmentController {

    private final DepartmentRepository departments;

    DepartmentController(DepartmentRepository departments, TaskRepository tasks, BatchLoaderRegistry loaders) {
        this.departments = departments;
        loaders.<TaskRepository.OwnedKey, List<Task>>forName("ownedTasks")
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> tasks.owned(keys)));
        loaders.<TaskRepository.ParticipationKey, List<Participation>>forName("participations")
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> tasks.participations(keys)));
    }

    @QueryMapping
    List<Department> departments(@Argument String documentId) {
        return departments.all(documentId);
    }

    @QueryMapping
    Department department(@Argument String name, @Argument String documentId) {
        return departments.resolve(name, documentId);
    }

    @SchemaMapping
    CompletableFuture<List<Task>> ownedTasks(Department department, @Argument String documentId,
                                             DataLoader<TaskRepository.OwnedKey, List<Task>> ownedTasks) {
        return ownedTasks.load(new TaskRepository.OwnedKey(department.id(), documentId));
    }

    @SchemaMapping
    CompletableFuture<List<Participation>> participations(Department department, @Argument Role role,
                                                          @Argument String documentId,
                                                          DataLoader<TaskRepository.ParticipationKey, List<Participation>> participations) {
        return participations.load(new TaskRepository.ParticipationKey(department.id(), role, documentId));
    }
}
