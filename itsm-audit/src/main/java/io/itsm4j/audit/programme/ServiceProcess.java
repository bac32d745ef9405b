package io.itsm4j.audit.programme;

import io.itsm4j.audit.Clause;
import io.itsm4j.audit.internal.Require;
import io.itsm4j.core.ActorId;
import io.vavr.collection.Set;

/**
 * A process of the service management system as the audit programme knows it: which clauses it implements, who
 * owns it and who works in it. The programme uses this to keep auditors from auditing their own work.
 *
 * @param id the process id
 * @param name what people call it
 * @param clauses the clauses of ISO/IEC 20000-1 it implements, possibly empty
 * @param owner who owns it
 * @param members who works in it (besides the owner), possibly empty
 */
public record ServiceProcess(ProcessId id, String name, Set<Clause> clauses, ActorId owner, Set<ActorId> members) {
  /**
   * Checks the arguments.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is blank or longer than 200 characters
   */
  public ServiceProcess {
    Require.notNull(id, "id");
    Require.text(name, "name", 200);
    Require.notNull(clauses, "clauses");
    Require.notNull(owner, "owner");
    Require.notNull(members, "members");
  }

  /** Whether {@code actor} owns or works in this process. */
  public boolean involves(ActorId actor) {
    return owner.equals(actor) || members.contains(actor);
  }

  /** Whether this process implements {@code clause} or one of its sub-clauses, or a clause {@code clause} is within. */
  public boolean implementsClause(Clause clause) {
    return clauses.exists(c -> c.within(clause) || clause.within(c));
  }
}
