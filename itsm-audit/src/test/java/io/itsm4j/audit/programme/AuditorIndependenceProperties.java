package io.itsm4j.audit.programme;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.audit.ActionContext;
import io.itsm4j.audit.Clause;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * ISO/IEC 20000-1 9.2.2: auditors do not audit their own work. For random processes (owners, members, clauses),
 * random scopes and random auditors, the programme refuses exactly the auditors a brute-force oracle finds
 * involved in a process in scope, and names every conflict; whether the auditor comes with the plan, is assigned
 * later, or a process is redefined under a running audit.
 */
class AuditorIndependenceProperties {
  static final TenantId ACME = TenantId.of("acme");
  static final ProgrammeId PROGRAMME = ProgrammeId.of("programme-2026");
  static final Seq<ActorId> PEOPLE = Vector.of("ann", "ben", "cat", "dan", "eve", "fay").map(ActorId::of);
  static final Seq<Clause> CLAUSES = Vector.of(Clause.C8_2_6, Clause.C8_5_1, Clause.C8_6, Clause.C8_6_1, Clause.C8_6_2,
      Clause.C8_6_3, Clause.C9_2);
  static final ActionContext QM = ActionContext.of(ACME, ActorId.of("quality-manager"), Instant.parse("2026-01-05T09:00:00Z"));

  /** The oracle, by clause numbers: a process is in scope if named, or if a scoped clause and one of its clauses nest. */
  static Seq<ProcessId> involvedInScope(Seq<ServiceProcess> processes, Set<ProcessId> scope, Set<Clause> clauses,
      ActorId auditor) {
    Vector<ProcessId> out = Vector.empty();
    for (ServiceProcess p : processes) {
      boolean inScope = scope.contains(p.id());
      for (Clause mine : p.clauses()) {
        for (Clause scoped : clauses) {
          String a = mine.number();
          String b = scoped.number();
          inScope |= a.equals(b) || a.startsWith(b + ".") || b.startsWith(a + ".");
        }
      }
      boolean involved = p.owner().equals(auditor) || p.members().contains(auditor);
      if (inScope && involved) {
        out = out.append(p.id());
      }
    }
    return out;
  }

  record Case(Seq<ServiceProcess> processes, Set<ProcessId> scope, Set<Clause> clauses, ActorId auditor) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<ActorId> person = Arbitraries.of(PEOPLE.toJavaList());
    Arbitrary<Set<ActorId>> members = person.set().ofMaxSize(3).map(HashSet::ofAll);
    Arbitrary<Set<Clause>> clauses = Arbitraries.of(CLAUSES.toJavaList()).set().ofMaxSize(2).map(HashSet::ofAll);
    Arbitrary<Seq<ServiceProcess>> processes = Combinators.combine(person, members, clauses)
        .as((owner, m, c) -> new Object[] {owner, m, c}).list().ofMinSize(1).ofMaxSize(5)
        .map(list -> {
          Vector<ServiceProcess> out = Vector.empty();
          for (int i = 0; i < list.size(); i++) {
            Object[] x = list.get(i);
            @SuppressWarnings("unchecked")
            Set<ActorId> m = (Set<ActorId>) x[1];
            @SuppressWarnings("unchecked")
            Set<Clause> c = (Set<Clause>) x[2];
            out = out.append(new ServiceProcess(ProcessId.of("p" + i), "Process " + i, c, (ActorId) x[0], m));
          }
          return out;
        });
    return processes.flatMap(ps -> Combinators.combine(
        Arbitraries.of(ps.map(ServiceProcess::id).toJavaList()).set().ofMaxSize(2).map(HashSet::ofAll),
        Arbitraries.of(CLAUSES.toJavaList()).set().ofMaxSize(2).map(HashSet::ofAll), person)
        .as((scope, cl, auditor) -> new Case(ps, scope, cl, auditor))
        .filter(c -> !c.scope().isEmpty() || !c.clauses().isEmpty()));
  }

  static AuditProgramme programme(Seq<ServiceProcess> processes) {
    Seq<ProgrammeEvent> h = Vector.empty();
    Seq<ProgrammeCommand> setup = Vector.<ProgrammeCommand>of(
        new ProgrammeCommand.Establish(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .appendAll(processes.map(ProgrammeCommand.DefineProcess::new));
    for (ProgrammeCommand c : setup) {
      h = h.appendAll(ProgrammeDecider.decide(QM, PROGRAMME, c, ProgrammeDecider.replay(h)).get());
    }
    return ProgrammeDecider.replay(h).get();
  }

  static ProgrammeCommand.PlanAudit plan(Case c, Option<ActorId> auditor) {
    return new ProgrammeCommand.PlanAudit(InternalAuditId.of("IA-1"), "Resolution processes", c.scope(), c.clauses(),
        List.of("ISO/IEC 20000-1:2018"), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6), auditor);
  }

  static void assertVerdict(Either<Rejection, ?> result, Seq<ProcessId> conflicts) {
    Statistics.collect(conflicts.isEmpty() ? "independent" : "conflicted");
    if (conflicts.isEmpty()) {
      assertThat(result.isRight()).as("%s", result).isTrue();
    } else {
      assertThat(result.getLeft().code()).isEqualTo(RejectionCode.RULE_VIOLATED);
      conflicts.forEach(p -> assertThat(result.getLeft().message()).contains("process " + p + " "));
    }
  }

  @Property(tries = 300)
  void planningWithAnAuditorRefusesExactlyTheInvolved(@ForAll("cases") Case c) {
    AuditProgramme p = programme(c.processes());
    var result = ProgrammeDecider.decide(QM, PROGRAMME, plan(c, Option.some(c.auditor())), Option.some(p));
    assertVerdict(result, involvedInScope(c.processes(), c.scope(), c.clauses(), c.auditor()));
  }

  @Property(tries = 300)
  void assigningLaterRefusesExactlyTheInvolved(@ForAll("cases") Case c) {
    AuditProgramme p = programme(c.processes());
    Seq<ProgrammeEvent> planned = ProgrammeDecider.decide(QM, PROGRAMME, plan(c, Option.none()), Option.some(p)).get();
    AuditProgramme withAudit = planned.foldLeft(p, (s, e) -> ProgrammeDecider.evolve(Option.some(s), e));
    var result = ProgrammeDecider.decide(QM, PROGRAMME,
        new ProgrammeCommand.AssignAuditor(InternalAuditId.of("IA-1"), c.auditor()), Option.some(withAudit));
    assertVerdict(result, involvedInScope(c.processes(), c.scope(), c.clauses(), c.auditor()));
  }

  @Property(tries = 200)
  void noProcessCanBeRedefinedToPutARunningAuditsAuditorInScope(@ForAll("cases") Case c) {
    Seq<ProcessId> conflicts = involvedInScope(c.processes(), c.scope(), c.clauses(), c.auditor());
    if (!conflicts.isEmpty()) {
      return;
    }
    AuditProgramme p = programme(c.processes());
    AuditProgramme running = ProgrammeDecider.decide(QM, PROGRAMME, plan(c, Option.some(c.auditor())), Option.some(p)).get()
        .foldLeft(p, (s, e) -> ProgrammeDecider.evolve(Option.some(s), e));
    Seq<ServiceProcess> inScope = running.inScope(c.scope(), c.clauses());
    for (ServiceProcess target : c.processes()) {
      ServiceProcess joined = new ServiceProcess(target.id(), target.name(), target.clauses(), target.owner(),
          target.members().add(c.auditor()));
      var result = ProgrammeDecider.decide(QM, PROGRAMME, new ProgrammeCommand.DefineProcess(joined), Option.some(running));
      Statistics.label("redefinition").collect(inScope.contains(target) ? "refused" : "allowed");
      assertThat(result.isLeft()).as("auditor joins %s", target.id()).isEqualTo(inScope.contains(target));
    }
  }
}
