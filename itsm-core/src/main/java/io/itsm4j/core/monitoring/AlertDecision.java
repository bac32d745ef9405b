package io.itsm4j.core.monitoring;

import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.catalogue.ServiceId;
import io.vavr.collection.Seq;
import java.time.Instant;

/**
 * What the correlator decided about an event or a tick, with the reason in words. The decisions of a stream of
 * events are its record: a host stores them, shows them, and turns the incident decisions into tickets (see
 * {@code io.itsm4j.core.application.MonitoringDesk}). Immutable values; {@code at} is the event's time (or the
 * tick's).
 */
public sealed interface AlertDecision {
  /** When the decision took effect. */
  Instant at();

  /** Why, in words a person reads. */
  String reason();

  /**
   * A new alert, or a resolved one firing again.
   *
   * @param alert the alert as it is now
   */
  record Raised(Alert alert, Instant at, String reason) implements AlertDecision {}

  /**
   * Another event in the alert's current state (firing again, resolved again, or any while it flaps): counted, and
   * its time is the alert's latest; nothing else changes.
   *
   * @param dedupKey the alert
   * @param count its events so far
   */
  record Repeated(String dedupKey, long count, Instant at, String reason) implements AlertDecision {}

  /**
   * A firing event with another severity.
   *
   * @param dedupKey the alert
   * @param from the severity before
   * @param to the severity now
   */
  record SeverityChanged(String dedupKey, AlertSeverity from, AlertSeverity to, Instant at, String reason)
      implements AlertDecision {
    /** Whether the severity rose. */
    public boolean escalated() {
      return to.isAbove(from);
    }
  }

  /**
   * The alert's check passes again, or it was quiet for the policy's period.
   *
   * @param dedupKey the alert
   * @param quiet whether the quiet period resolved it (not its source)
   */
  record Resolved(String dedupKey, boolean quiet, Instant at, String reason) implements AlertDecision {}

  /**
   * The alert changed state too often: it opens and restores nothing until it settles.
   *
   * @param dedupKey the alert
   * @param changes its state changes within the flap window
   */
  record FlappingStarted(String dedupKey, int changes, Instant at, String reason) implements AlertDecision {}

  /**
   * The alert settled; a decision on its settled state follows.
   *
   * @param dedupKey the alert
   * @param changes its state changes within the flap window
   */
  record FlappingStopped(String dedupKey, int changes, Instant at, String reason) implements AlertDecision {}

  /**
   * The alert fired inside a window: recorded, linked to the window, no incident.
   *
   * @param alert the alert as it is now
   * @param by the window
   */
  record Suppressed(Alert alert, Suppression by, Instant at, String reason) implements AlertDecision {}

  /**
   * Open an incident for a new group of alerts.
   *
   * @param group the group's id, unique per correlator ({@code G-1}, {@code G-2}, ...)
   * @param subject the configuration item of its first alert
   * @param services the services its first alert reaches (empty: the item is in no service)
   * @param alert the dedup key of its first alert
   * @param severity that alert's severity
   * @param summary a one-line title for the incident
   */
  record IncidentRequested(String group, ConfigurationItemId subject, Seq<ServiceId> services, String alert,
      AlertSeverity severity, String summary, Instant at, String reason) implements AlertDecision {}

  /**
   * An alert joins an existing group (its incident), instead of opening one.
   *
   * @param dedupKey the alert
   * @param group the group
   * @param item the alert's configuration item
   */
  record Grouped(String dedupKey, String group, ConfigurationItemId item, Instant at, String reason)
      implements AlertDecision {}

  /**
   * Every alert of the group is resolved: its incident is restored.
   *
   * @param group the group
   * @param action resolve the incident, or only note it (when quiet alerts restored it and their sources say so)
   */
  record Restored(String group, RestoreAction action, Instant at, String reason) implements AlertDecision {}

  /**
   * Too many alerts from one source or on one service: one major incident, the groups of the window its children;
   * new alerts of the same source or service join it while the storm lasts.
   *
   * @param group the storm's group id
   * @param scope {@code source:NAME} or {@code service:ID}
   * @param children the groups opened in the window before the storm was declared
   * @param alerts the alerts raised in the window
   */
  record StormDeclared(String group, String scope, Seq<String> children, int alerts, Instant at, String reason)
      implements AlertDecision {}

  /**
   * The storm's rate fell to half its threshold or below: new alerts group normally again.
   *
   * @param group the storm's group id
   * @param scope its scope
   */
  record StormEnded(String group, String scope, Instant at, String reason) implements AlertDecision {}

  /**
   * An event that opens, groups and resolves nothing, and why: a repeated delivery, a late event, a resolution of
   * an alert the correlator does not hold (which is remembered as resolved).
   *
   * @param eventId the event
   * @param dedupKey its alert
   * @param cause which of these it was
   */
  record Ignored(String eventId, String dedupKey, IgnoreCause cause, Instant at, String reason)
      implements AlertDecision {}

  /** Why an event changed nothing. */
  enum IgnoreCause {
    /** The same delivery (event id) at the alert's latest time was folded already. */
    DUPLICATE,
    /** The event is older than the alert's latest event: folding it would move the alert back in time. */
    LATE,
    /**
     * A resolution for a dedup key with no alert: it opens nothing, and the key is remembered as resolved at its
     * time, so a firing event older than it that arrives later is late.
     */
    UNKNOWN_ALERT
  }
}
