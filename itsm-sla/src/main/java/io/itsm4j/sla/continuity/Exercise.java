package io.itsm4j.sla.continuity;

import io.itsm4j.core.catalogue.ServiceId;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A continuity exercise, or a real invocation, and what it achieved per service. Immutable.
 *
 * @param plan the plan exercised
 * @param kind tabletop, simulation, full failover, or a real invocation
 * @param at when it took place
 * @param outcomes what was achieved per service (a tabletop exercise may measure nothing)
 * @param findings what the participants noted
 */
public record Exercise(String plan, Kind kind, Instant at, Seq<Outcome> outcomes, Seq<String> findings) {
  /** How the plan was tried. */
  public enum Kind {
    /** Walked through on paper: nothing is measured. */
    TABLETOP,
    /** Recovery rehearsed without touching production. */
    SIMULATION,
    /** Production failed over for real. */
    FULL_FAILOVER,
    /** Not an exercise: a major incident declared a continuity event and the plan was invoked. */
    INVOCATION
  }

  /**
   * What one service achieved.
   *
   * @param service the service
   * @param recoveryTime how long it took to bring it back, if measured
   * @param dataLoss how much data (as time) was lost, if measured
   */
  public record Outcome(ServiceId service, Option<Duration> recoveryTime, Option<Duration> dataLoss) {
    /** Checks that no argument is null. */
    public Outcome {
      Objects.requireNonNull(service, "service must not be null");
      Objects.requireNonNull(recoveryTime, "recoveryTime must not be null");
      Objects.requireNonNull(dataLoss, "dataLoss must not be null");
    }
  }

  /**
   * A requirement not met.
   *
   * @param service the service
   * @param objective which: RTO, RPO, or a service of the plan not measured
   * @param achieved what was achieved (none when not measured)
   * @param required what the requirement asks (none when the service has no requirement)
   */
  public record Shortfall(ServiceId service, Objective objective, Option<Duration> achieved,
      Option<Duration> required) {}

  /** What a shortfall misses. */
  public enum Objective {
    /** The recovery took longer than the RTO. */
    RTO,
    /** More data was lost than the RPO allows. */
    RPO,
    /** A service of the plan was not measured, in an exercise that measures. */
    NOT_MEASURED
  }

  /**
   * Checks that no argument is null.
   *
   * @throws NullPointerException if an argument is null
   */
  public Exercise {
    Objects.requireNonNull(plan, "plan must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(at, "at must not be null");
    Objects.requireNonNull(outcomes, "outcomes must not be null");
    Objects.requireNonNull(findings, "findings must not be null");
  }

  /**
   * The shortfalls against the requirements: each measured recovery beyond its service's RTO, each data loss beyond
   * its RPO, and, unless it is a tabletop exercise, each service of the plan with no recovery time measured. None
   * means the exercise passed; each one is a nonconformity to correct (a corrective action).
   *
   * @param plan the plan exercised
   * @param requirements the services' requirements; a service without one is judged on measurement only
   */
  public Seq<Shortfall> shortfalls(ContinuityPlan plan, Seq<ContinuityRequirement> requirements) {
    Objects.requireNonNull(plan, "plan must not be null");
    Objects.requireNonNull(requirements, "requirements must not be null");
    Vector<Shortfall> out = Vector.empty();
    for (Outcome o : outcomes) {
      Option<ContinuityRequirement> r = requirements.find(q -> q.service().equals(o.service()));
      if (r.isEmpty()) {
        continue;
      }
      if (o.recoveryTime().isDefined() && o.recoveryTime().get().compareTo(r.get().rto()) > 0) {
        out = out.append(new Shortfall(o.service(), Objective.RTO, o.recoveryTime(), Option.some(r.get().rto())));
      }
      if (o.dataLoss().isDefined() && o.dataLoss().get().compareTo(r.get().rpo()) > 0) {
        out = out.append(new Shortfall(o.service(), Objective.RPO, o.dataLoss(), Option.some(r.get().rpo())));
      }
    }
    if (kind != Kind.TABLETOP) {
      for (ServiceId s : plan.services()) {
        if (!outcomes.exists(o -> o.service().equals(s) && o.recoveryTime().isDefined())) {
          out = out.append(new Shortfall(s, Objective.NOT_MEASURED, Option.none(),
              requirements.find(q -> q.service().equals(s)).map(ContinuityRequirement::rto)));
        }
      }
    }
    return out;
  }
}
