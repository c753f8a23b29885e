package org.dutygraph.model;

import java.util.List;

/**
 * A task as stored: a numbered clause of a department's section, or a task of a task-division document.
 * {@code ownerIds} are the departments whose task it is: the section's department, or the task's leads (several
 * leads are co-owners); empty when no department leads it. {@code path} is its label path (二/(一)/3).
 */
public record Task(String id, String documentId, List<String> ownerIds, int section, int ordinal, String label,
                   String path, String text, int line, boolean boilerplate, List<String> deadlines,
                   List<String> unresolvedMentions) {

    /** The single department whose task it is, or null when it has none or several. */
    public String ownerId() {
        return ownerIds.size() == 1 ? ownerIds.getFirst() : null;
    }

    /**
     * How the API and the reports name the task: its owner's name and its ordinal (区工信局 #4) for a clause of a
     * department's section (whose id is document/owner's name/ordinal, and a department's id ends in its name:
     * 常州市钟楼区/区工信局), its label path (一/(二)/3) for a task of any other layout.
     */
    public String name() {
        if (ownerIds.size() == 1) {
            String owner = ownerIds.getFirst();
            String name = owner.substring(owner.lastIndexOf('/') + 1);
            if (id.equals(documentId + "/" + name + "/" + ordinal)) {
                return name + " #" + ordinal;
            }
        }
        return path;
    }
}
