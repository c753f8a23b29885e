package org.dutygraph.department;

import org.dutygraph.model.Department;
import org.dutygraph.model.DepartmentRepository;
import org.dutygraph.parser.DepartmentDirectory;
import org.springframework.stereotype.Service;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Finds the department a name given by a user denotes, as the parser resolves the names in a text. */
@Service
public class DepartmentResolver {

    private static final Pattern ORGAN = Pattern.compile("(部门|分局|大队|支队|中心|委员会|办公室|局|委|厅|办)$");

    private final DepartmentRepository departments;

    public DepartmentResolver(DepartmentRepository departments) {
        this.departments = departments;
    }

    /**
     * The department a name or alias denotes, else the one department of the document that does the line of work the
     * name names, as the parser resolves names in a text (工信部门 → 区工业和信息化局; without a document, the latest
     * document with such a department decides), else an {@link UnknownDepartmentException} with the nearest names.
     */
    public Department resolve(String name, String documentId) {
        return resolve(name, documentId == null ? null : List.of(documentId));
    }

    /** The same over several documents (any when null): the most recently imported document naming it decides. */
    public Department resolve(String name, List<String> documentIds) {
        return departments.byName(name, documentIds).or(() -> byWork(name, documentIds))
                .orElseThrow(() -> new UnknownDepartmentException(name,
                        NameSuggestions.nearest(name.strip(), departments.names(documentIds))));
    }

    private Optional<Department> byWork(String name, List<String> documentIds) {
        Set<String> work = DepartmentDirectory.workOf(name.strip());
        if (work.isEmpty() || !ORGAN.matcher(name.strip()).find()) {
            return Optional.empty(); // the parser reads a line of work only with an organ after it: 工信部门, not 区工信
        }
        Map<String, Set<String>> byDocument = new LinkedHashMap<>();
        Map<String, Department> byId = new HashMap<>();
        for (DepartmentRepository.Involvement involved : departments.involvements(documentIds)) {
            Department d = involved.department();
            if (DepartmentDirectory.workOf(d.name()).containsAll(work) && !d.organisation()) {
                byDocument.computeIfAbsent(involved.documentId(), k -> new LinkedHashSet<>()).add(d.id());
                byId.put(d.id(), d);
            }
        }
        return byDocument.values().stream().filter(ids -> !ids.isEmpty()).findFirst()
                .filter(ids -> ids.size() == 1).map(ids -> byId.get(ids.iterator().next()));
    }
}
