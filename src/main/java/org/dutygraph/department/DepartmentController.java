package org.dutygraph.department;

import org.dutygraph.model.Department;
import org.dutygraph.model.DepartmentRepository;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.List;

/** GraphQL: departments by document or by name (a department's tasks and roles are fields of the task slice). */
@Controller
class DepartmentController {

    private final DepartmentRepository departments;
    private final DepartmentResolver resolver;

    DepartmentController(DepartmentRepository departments, DepartmentResolver resolver) {
        this.departments = departments;
        this.resolver = resolver;
    }

    @QueryMapping
    List<Department> departments(@Argument String documentId) {
        return departments.all(documentId == null ? null : List.of(documentId));
    }

    @QueryMapping
    Department department(@Argument String name, @Argument String documentId) {
        return resolver.resolve(name, documentId);
    }
}
