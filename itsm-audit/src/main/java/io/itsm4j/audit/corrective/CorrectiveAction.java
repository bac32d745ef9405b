package io.itsm4j.audit.corrective;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.ValueStyle;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A corrective action's current state: the left fold of its events ({@link CorrectiveActionDecider#replay}).
 * Never edit one; send a command and let the events change it.
 *
 * <p>Immutable and thread-safe; no accessor returns {@code null}.
 */
@Value.Immutable
@ValueStyle
public abstract class CorrectiveAction {
  CorrectiveAction() {}

  /** Its id, unique within its tenant. */
  public abstract CorrectiveActionId id();

  /** Its tenant. */
  public abstract TenantId tenant();

  /** One line naming the nonconformity. */
  public abstract String title();

  /** The nonconformity in full, possibly empty. */
  public abstract String nonconformity();

  /** The finding of an internal audit it answers, if it came from one (the finding's id). */
  public abstract Option<String> finding();

  /** Who raised it. */
  public abstract ActorId raisedBy();

  /** When it was raised. */
  public abstract Instant raisedAt();

  /** Where it stands. */
  public abstract CorrectiveActionState state();

  /** The root cause, once analysed (the newest analysis after a reopening). */
  @Value.Default
  public Option<String> rootCause() {
    return Option.none();
  }

  /** The planned steps, once planned (the newest plan). */
  @Value.Default
  public Seq<PlannedAction> plan() {
    return Vector.empty();
  }

  /** Who implemented the plan and what they did, once implemented. */
  @Value.Default
  public Option<String> implementation() {
    return Option.none();
  }

  /** Who reported the plan implemented. */
  @Value.Default
  public Option<ActorId> implementedBy() {
    return Option.none();
  }

  /** Every effectiveness check so far, oldest first; a failed one reopened the action. */
  @Value.Default
  public Seq<EffectivenessCheck> checks() {
    return Vector.empty();
  }

  /** How often a failed effectiveness check sent it back to {@link CorrectiveActionState#RAISED}. */
  @Value.Default
  public int reopenings() {
    return 0;
  }

  /** When it was closed. */
  @Value.Default
  public Option<Instant> closedAt() {
    return Option.none();
  }

  /** Its version: the number of events in its history. */
  public abstract long version();

  /**
   * The planned steps overdue at {@code asOf}: those whose due instant has passed while the plan is not yet
   * implemented. A pure function of the action and {@code asOf}.
   */
  public final Seq<PlannedAction> overdueSteps(Instant asOf) {
    return state() == CorrectiveActionState.ACTIONS_PLANNED ? plan().filter(p -> p.isOverdue(asOf)) : Vector.empty();
  }

  /** Whether any planned step is overdue at {@code asOf}. */
  public final boolean isOverdue(Instant asOf) {
    return !overdueSteps(asOf).isEmpty();
  }

  /** Whether it is still open (not closed). */
  public final boolean isOpen() {
    return state() != CorrectiveActionState.CLOSED;
  }
}
