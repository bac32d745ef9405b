package io.itsm4j.examples.notify;

import io.itsm4j.core.port.NotificationSink;
import io.itsm4j.core.ticket.CommandRejected;
import io.itsm4j.core.ticket.TicketEvent;
import io.vavr.collection.Seq;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * A {@link NotificationSink} that writes every event and every refused command to the SLF4J log, one line each:
 * the smallest real adapter, and a template for mail or chat adapters. Meant to sit behind an {@link
 * io.itsm4j.jdbc.OutboxRelay}, which calls it at least once per stored command; the lines carry tenant,
 * ticket and sequence, so a repeated delivery is recognisable.
 *
 * <p>Lines look like {@code acme/INC-000042#3 state-changed by alice: in-progress -> on-hold}. Thread-safe;
 * never throws for a logging backend that does not.
 */
public final class Slf4jNotificationSink implements NotificationSink {
  private final Logger log;
  private final Level level;

  /** A sink logging at INFO to the logger {@code io.itsm4j.events}. */
  public Slf4jNotificationSink() {
    this(LoggerFactory.getLogger("io.itsm4j.events"), Level.INFO);
  }

  /**
   * A sink logging to {@code log} at {@code level}; refused commands are logged at the same level.
   *
   * @throws NullPointerException if an argument is null
   */
  public Slf4jNotificationSink(Logger log, Level level) {
    this.log = Objects.requireNonNull(log, "log");
    this.level = Objects.requireNonNull(level, "level");
  }

  @Override
  public void published(Seq<TicketEvent> events) {
    if (!log.isEnabledForLevel(level)) {
      return;
    }
    for (TicketEvent e : events) {
      log.atLevel(level).log("{}/{}#{} {} by {}: {}", e.tenant(), e.ticketId(), e.sequence(), e.type(), e.actor(),
          describe(e));
    }
  }

  @Override
  public void rejected(CommandRejected rejection) {
    log.atLevel(level).log("{}/{} refused {} by {}: {}", rejection.context().tenant(), rejection.context().ticketId(),
        rejection.command().type(), rejection.context().actor().id(), rejection.rejection());
  }

  /** A one-line summary of what an event says. */
  public static String describe(TicketEvent event) {
    if (event instanceof TicketEvent.Opened e) {
      return e.kind() + " " + e.priority() + " '" + e.title() + "'";
    } else if (event instanceof TicketEvent.StateChanged e) {
      return e.from() + " -> " + e.to() + (e.isReopen() ? " (reopened, cycle " + e.cycle() + ")" : "");
    } else if (event instanceof TicketEvent.PriorityChanged e) {
      return e.from() + " -> " + e.to() + " (" + e.reason() + ")";
    } else if (event instanceof TicketEvent.Assigned e) {
      return e.group().map(Object::toString).getOrElse("-") + " / " + e.assignee().map(Object::toString).getOrElse("-");
    } else if (event instanceof TicketEvent.NoteAdded e) {
      return e.visibility() + (e.byCaller() ? " by the caller" : "") + ", " + e.text().length() + " characters";
    } else if (event instanceof TicketEvent.LinkAdded e) {
      return "+ " + e.link().type() + " " + e.link().target();
    } else if (event instanceof TicketEvent.LinkRemoved e) {
      return "- " + e.link().type() + " " + e.link().target();
    } else {
      TicketEvent.DetailsUpdated e = (TicketEvent.DetailsUpdated) event;
      return "details: " + e.fields().keySet().mkString(", ") + (e.title().isDefined() ? " title" : "");
    }
  }
}
