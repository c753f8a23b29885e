package org.dutygraph.model;

/** The part a department plays in a clause. One name for one idea: the same word is the GraphQL enum and the Neo4j relationship type. */
public enum Role {
    /** Leads the work: the clause owner by default, X in 配合X / 协助X, X in X牵头 or 牵头单位:X. */
    LEAD("牵头"),
    /** Works jointly under the owner's lead: X in 会同X / 协同X. */
    JOINT("会同"),
    /** Supports someone else's lead: the owner in 配合X / 协助X / 配合做好…, X in X参与 or 配合单位:X. */
    SUPPORT("配合");

    private final String word;

    Role(String word) {
        this.word = word;
    }

    /** The word that names the role where people read it: 牵头, 会同, 配合. */
    public String word() {
        return word;
    }
}
