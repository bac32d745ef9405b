package io.itsm4j.core.application;

import io.itsm4j.core.Actor;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.monitoring.AlertCorrelator;
import io.itsm4j.core.monitoring.AlertDecision;
import io.itsm4j.core.monitoring.AlertSeverity;
import io.itsm4j.core.monitoring.MonitoringEvent;
import io.itsm4j.core.monitoring.RestoreAction;
import io.itsm4j.core.monitoring.Suppression;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Link;
import io.itsm4j.core.ticket.LinkType;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketFields;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketSubject;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * Monitoring into the service desk: runs an {@link AlertCorrelator} for one tenant and turns its decisions into
 * ticket commands through a {@link ServiceDesk}, so alerts become incidents under the same pipeline, policies,
 * audit and SLAs as every other ticket.
 *
 * <ul>
 *   <li>{@link AlertDecision.IncidentRequested}: an incident, its subject the alert's item and first service,
 *       impact and urgency from the severity (critical: high/high; major: high/medium; minor: medium/medium;
 *       warning and info: low/low), fields {@value #GROUP_FIELD} and {@value #ALERT_FIELD};
 *   <li>{@link AlertDecision.Grouped}: a work note on the group's incident naming the alert;
 *   <li>{@link AlertDecision.SeverityChanged}, escalated, of an alert of an open incident: the incident's impact
 *       and urgency raised to the new severity's (never lowered);
 *   <li>{@link AlertDecision.Restored}: the incident resolved (resolution code {@value #RESTORED_CODE}), or a work
 *       note when the policy says so or the incident cannot be resolved from where it is (a person moved it);
 *   <li>{@link AlertDecision.StormDeclared}: a major incident (high/high) that is the parent of the children's
 *       incidents; {@link AlertDecision.StormEnded}: a work note on it;
 *   <li>{@link AlertDecision.Suppressed} by a change: a work note on the change, which is how the alert is linked to
 *       it.
 * </ul>
 *
 * <p>Idempotency keys are a fingerprint of the stream's id, the group and the decision, so feeding the same stream again under
 * the same stream id opens nothing twice (a new correlator numbers its groups from {@code G-1} again: give each
 * correlator lifetime a stream id of its own). A command the desk refuses is reported in {@link Applied#refused()},
 * never thrown; the decisions stand. Thread-safe: calls are serialised, as the correlator needs.
 */
public final class MonitoringDesk {
  /** The field naming the correlator's group on its incident. */
  public static final String GROUP_FIELD = "monitoring.group";
  /** The field naming the alert that opened the incident. */
  public static final String ALERT_FIELD = "monitoring.alert";
  /** The resolution code of an incident its alerts restored. */
  public static final String RESTORED_CODE = "restored-by-monitoring";

  private final ServiceDesk desk;
  private final TenantId tenant;
  private final Actor actor;
  private final String stream;
  private final AlertCorrelator correlator;
  private Map<String, TicketId> incidents = HashMap.empty();

  private MonitoringDesk(ServiceDesk desk, TenantId tenant, Actor actor, String stream, AlertCorrelator correlator) {
    this.desk = desk;
    this.tenant = tenant;
    this.actor = actor;
    this.stream = stream;
    this.correlator = correlator;
  }

  /**
   * A monitoring desk.
   *
   * @param desk the service desk that opens and updates the incidents
   * @param tenant the tenant the alerts belong to
   * @param actor who the commands are sent as (the monitoring integration's account; the desk's access policy
   *     applies to it)
   * @param stream an identifier for this correlator's lifetime, part of every idempotency key
   * @param correlator the correlator, used by this desk only from now on
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code stream} is not an identifier
   */
  public static MonitoringDesk of(ServiceDesk desk, TenantId tenant, Actor actor, String stream,
      AlertCorrelator correlator) {
    return new MonitoringDesk(Checks.notNull(desk, "desk"), Checks.notNull(tenant, "tenant"),
        Checks.notNull(actor, "actor"), Checks.id(stream, "stream"), Checks.notNull(correlator, "correlator"));
  }

  /**
   * What one event or tick did: the correlator's decisions, the incidents it opened, and the commands the desk
   * refused.
   *
   * @param decisions the correlator's decisions, in order
   * @param opened per group opened by these decisions, its incident
   * @param refused the desk's rejections, in order
   */
  public record Applied(Seq<AlertDecision> decisions, Map<String, TicketId> opened, Seq<Rejection> refused) {}

  /**
   * Folds an event and applies its decisions.
   *
   * @return what happened, or the rejection of a malformed event (nothing happened then)
   * @throws NullPointerException if {@code event} is null
   */
  public synchronized Either<Rejection, Applied> accept(MonitoringEvent event) {
    return correlator.accept(Checks.notNull(event, "event")).map(this::apply);
  }

  /**
   * Applies the time-driven rules ({@link AlertCorrelator#tick}) and their decisions.
   *
   * @throws NullPointerException if {@code now} is null
   */
  public synchronized Applied tick(Instant now) {
    return apply(correlator.tick(Checks.notNull(now, "now")));
  }

  /** The incident of a group, if this desk opened one. */
  public synchronized Option<TicketId> incident(String group) {
    return incidents.get(Checks.notNull(group, "group"));
  }

  private Applied apply(Seq<AlertDecision> decisions) {
    Map<String, TicketId> opened = HashMap.empty();
    Vector<Rejection> refused = Vector.empty();
    for (AlertDecision d : decisions) {
      Either<Rejection, ?> done = Either.right(d);
      if (d instanceof AlertDecision.IncidentRequested r) {
        TicketSubject subject = TicketSubject.none().withConfigurationItem(r.subject());
        if (!r.services().isEmpty()) {
          subject = subject.withService(r.services().head());
        }
        // A check's name may be longer than a ticket's title allows: the title is cut, the fields keep the alert.
        TicketCommand.Open open = TicketCommand.Open.incident(
                io.itsm4j.core.TextPolicy.truncate(r.summary(), TicketCommand.TITLE_MAX), impact(r.severity()),
                urgency(r.severity()))
            .withDescription(r.reason()).withSubject(subject).withField(GROUP_FIELD, r.group())
            .withField(ALERT_FIELD, r.alert());
        Either<Rejection, CommandResult> result = desk.open(tenant, actor, key(r.group(), "open"), open);
        if (result.isRight()) {
          opened = opened.put(r.group(), result.get().ticket().id());
          incidents = incidents.put(r.group(), result.get().ticket().id());
        }
        done = result;
      } else if (d instanceof AlertDecision.StormDeclared s) {
        TicketCommand.Open open = TicketCommand.Open.incident("Alert storm: " + s.scope(), Impact.HIGH, Urgency.HIGH)
            .withDescription(s.reason()).withField(GROUP_FIELD, s.group());
        Either<Rejection, CommandResult> result = desk.open(tenant, actor, key(s.group(), "open"), open);
        if (result.isRight()) {
          TicketId parent = result.get().ticket().id();
          opened = opened.put(s.group(), parent);
          incidents = incidents.put(s.group(), parent);
          for (String child : s.children()) {
            Option<TicketId> childIncident = incidents.get(child);
            if (childIncident.isDefined()) {
              refused = collect(refused, desk.execute(tenant, actor, parent, key(s.group(), "child-" + child),
                  new TicketCommand.AddLink(Link.of(LinkType.PARENT_OF, childIncident.get()))));
            }
          }
        }
        done = result;
      } else if (d instanceof AlertDecision.Grouped g) {
        String text = "Alert " + g.dedupKey() + " on " + g.item().value() + " joined this incident: " + g.reason();
        // The text is part of the key: an alert that joins the same group twice at one instant, for another reason,
        // is another note, not a reuse of the first one's key.
        done = note(g.group(), "alert-" + g.dedupKey() + "-" + g.at().toEpochMilli() + "-" + text, text);
      } else if (d instanceof AlertDecision.SeverityChanged c && c.escalated()) {
        done = escalate(c);
      } else if (d instanceof AlertDecision.StormEnded s) {
        done = note(s.group(), "storm-ended", "The alert storm ended: " + s.reason());
      } else if (d instanceof AlertDecision.Restored r) {
        done = restore(r);
      } else if (d instanceof AlertDecision.Suppressed s && s.by().kind() == Suppression.Kind.CHANGE) {
        done = desk.execute(tenant, actor, TicketId.of(s.by().reference()), key("suppressed-" + s.alert().dedupKey(),
            String.valueOf(s.at().toEpochMilli())), TicketCommand.AddNote.workNote("Alert " + s.alert().dedupKey()
                + " (" + s.alert().check() + " on " + s.alert().configurationItem().value()
                + ") was suppressed: it fired inside this change's window " + s.by().window()));
      }
      refused = collect(refused, done);
    }
    return new Applied(decisions, opened, refused);
  }

  /**
   * An alert of an open incident escalated: the incident's impact and urgency rise to the new severity's, never
   * fall (a person may have raised them further).
   */
  private Either<Rejection, ?> escalate(AlertDecision.SeverityChanged c) {
    Option<String> group = correlator.alert(c.dedupKey()).flatMap(io.itsm4j.core.monitoring.Alert::group);
    Option<TicketId> id = group.flatMap(incidents::get);
    if (id.isEmpty()) {
      return Either.right(c);
    }
    Either<Rejection, io.itsm4j.core.ticket.Ticket> ticket = desk.ticket(tenant, id.get());
    if (ticket.isLeft()) {
      return ticket;
    }
    // Impact and urgency list their values highest first: a smaller ordinal is higher.
    Impact toImpact = min(ticket.get().impact(), impact(c.to()));
    Urgency toUrgency = min(ticket.get().urgency(), urgency(c.to()));
    if (toImpact == ticket.get().impact() && toUrgency == ticket.get().urgency()) {
      return Either.right(c);
    }
    return desk.execute(tenant, actor, id.get(), key(group.get(), "escalate-" + c.dedupKey() + "-"
        + c.at().toEpochMilli()), new TicketCommand.ChangePriority(toImpact, toUrgency, "alert " + c.dedupKey()
            + " escalated from " + c.from() + " to " + c.to()));
  }

  private static <E extends Enum<E>> E min(E a, E b) {
    return a.ordinal() <= b.ordinal() ? a : b;
  }

  private Either<Rejection, ?> restore(AlertDecision.Restored r) {
    if (r.action() == RestoreAction.RESOLVE_INCIDENT) {
      Option<TicketId> id = incidents.get(r.group());
      if (id.isDefined()) {
        Either<Rejection, CommandResult> resolved = desk.execute(tenant, actor, id.get(), key(r.group(), "resolve"),
            TicketCommand.ChangeState.to("resolved").withField(TicketFields.RESOLUTION_CODE, RESTORED_CODE)
                .withField(TicketFields.RESOLUTION_NOTES, r.reason()));
        if (resolved.isRight()) {
          return resolved;
        }
      }
    }
    return note(r.group(), "restored", "Every alert of this incident is resolved: " + r.reason());
  }

  private Either<Rejection, ?> note(String group, String what, String text) {
    Option<TicketId> id = incidents.get(group);
    if (id.isEmpty()) {
      // The group's incident was refused when it was requested; that rejection was reported then.
      return Either.right(group);
    }
    return desk.execute(tenant, actor, id.get(), key(group, what), TicketCommand.AddNote.workNote(text));
  }

  /**
   * The idempotency key of one command: the stream, the group and what is done, through the canonical fingerprint,
   * so that a dedup key of any length or alphabet still gives a key the desk accepts.
   */
  private String key(String group, String what) {
    return "monitoring:" + io.itsm4j.core.Fingerprint.of(stream, group, what);
  }

  private static Vector<Rejection> collect(Vector<Rejection> refused, Either<Rejection, ?> result) {
    return result.isLeft() ? refused.append(result.getLeft()) : refused;
  }

  private static Impact impact(AlertSeverity severity) {
    return switch (severity) {
      case CRITICAL, MAJOR -> Impact.HIGH;
      case MINOR -> Impact.MEDIUM;
      default -> Impact.LOW;
    };
  }

  private static Urgency urgency(AlertSeverity severity) {
    return switch (severity) {
      case CRITICAL -> Urgency.HIGH;
      case MAJOR, MINOR -> Urgency.MEDIUM;
      default -> Urgency.LOW;
    };
  }
}
