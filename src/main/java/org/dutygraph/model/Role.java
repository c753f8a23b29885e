package org.dutygraph.model;

/** The part a department plays in a clause. One name for one idea: the same word is the GraphQL enum and the Neo4j relationship type. */
public enum Role {
    /** Leads the work: the clause owner by default, X in 配合X / 协助X, X in X牵头 or 牵头单位:X. */
    LEAD,
    /** Works jointly under the owner's lead: X in 会同X / 协同X. */
    JOINT,
    /** Supports someone else's lead: the owner in 配合X / 协助X / 配合做好…, X in X参与 or 配合单位:X. */
    SUPPORT
}
