package io.itsm4j.examples.simulation;

import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.application.CommandResult;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.core.workflow.StateCategory;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts what a simulation did and renders it as text: tickets by kind, state and priority, the reopen rate,
 * the mean time to resolve in wall-clock hours, and commands with refusals by code. Not thread-safe: one
 * simulation thread feeds it.
 */
public final class SimulationSummary implements SimulationObserver {
  private long sent;
  private long accepted;
  private long replayed;
  private long events;
  private final EnumMap<RejectionCode, Long> refused = new EnumMap<>(RejectionCode.class);
  private final java.util.Set<TicketId> open = new java.util.HashSet<>();
  private Seq<Ticket> tickets = Vector.empty();
  private Instant end = Instant.EPOCH;

  /** An empty summary. */
  public SimulationSummary() {}

  @Override
  public void commandSent(Instant at, TicketCommand command, Either<Rejection, CommandResult> outcome) {
    sent++;
    if (outcome.isLeft()) {
      refused.merge(outcome.getLeft().code(), 1L, Long::sum);
    } else if (outcome.get().replayed()) {
      replayed++;
    } else {
      accepted++;
      events += outcome.get().events().size();
      Ticket t = outcome.get().ticket();
      if (t.isTerminal()) {
        open.remove(t.id());
      } else {
        open.add(t.id());
      }
    }
  }

  @Override
  public String progress() {
    return String.format(Locale.ROOT, "%,d commands (%,d refused), %,d tickets open", sent, commandsRefused(),
        open.size());
  }

  @Override
  public void finished(Instant end, Seq<Ticket> tickets, ServiceDesk desk) {
    this.end = end;
    this.tickets = tickets;
  }

  /** Commands sent so far. */
  public long commandsSent() {
    return sent;
  }

  /** Commands refused so far. */
  public long commandsRefused() {
    return refused.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Tickets opened and not yet closed or cancelled, so far. */
  public int ticketsOpen() {
    return open.size();
  }

  /** Events stored so far. */
  public long eventsStored() {
    return events;
  }

  /** Refusals by code so far. */
  public Map<RejectionCode, Long> refusalsByCode() {
    return new EnumMap<>(refused);
  }

  /** The tickets as they ended; empty before the run finished. */
  public Seq<Ticket> tickets() {
    return tickets;
  }

  /** Share of resolved incidents (resolved at least once) that were reopened at least once; 0 if none resolved. */
  public double reopenRate() {
    return reopenRate(tickets, TicketKind.INCIDENT);
  }

  /**
   * Share of the tickets of {@code kind} resolved at least once that were reopened at least once; 0 if none was
   * resolved.
   */
  public static double reopenRate(Seq<Ticket> tickets, TicketKind kind) {
    Seq<Ticket> resolved = tickets.filter(t -> t.kind() == kind && t.resolvedAt().isDefined());
    return resolved.isEmpty() ? 0 : (double) resolved.count(t -> t.cycle() > 1) / resolved.size();
  }

  /** Mean hours from opening to the last resolution of the resolved tickets of {@code kind}; 0 if none. */
  public double meanHoursToResolve(TicketKind kind) {
    Seq<Double> hours = tickets.filter(t -> t.kind() == kind && t.resolvedAt().isDefined())
        .map(t -> Duration.between(t.openedAt(), t.resolvedAt().get()).toSeconds() / 3600.0);
    return hours.isEmpty() ? 0 : hours.sum().doubleValue() / hours.size();
  }

  /** The summary as text, one section per line group. */
  public String render() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "Tickets: %d (until %s)%n", tickets.size(), end));
    b.append("\nBy kind and state category:\n");
    b.append(String.format(Locale.ROOT, "  %-16s", "kind"));
    for (StateCategory c : StateCategory.values()) {
      b.append(String.format(Locale.ROOT, "%10s", c));
    }
    b.append(String.format(Locale.ROOT, "%10s%n", "total"));
    for (TicketKind k : TicketKind.values()) {
      b.append(String.format(Locale.ROOT, "  %-16s", k));
      for (StateCategory c : StateCategory.values()) {
        b.append(String.format(Locale.ROOT, "%10d", tickets.count(t -> t.kind() == k && t.category() == c)));
      }
      b.append(String.format(Locale.ROOT, "%10d%n", tickets.count(t -> t.kind() == k)));
    }
    b.append("\nBy priority:\n ");
    for (Priority p : Priority.values()) {
      b.append(String.format(Locale.ROOT, " %s %d", p, tickets.count(t -> t.priority() == p)));
    }
    b.append('\n');
    Seq<Ticket> resolvedIncidents = tickets.filter(t -> t.kind() == TicketKind.INCIDENT && t.resolvedAt().isDefined());
    b.append(String.format(Locale.ROOT, "%nReopen rate (incidents): %.1f%% (%d of %d resolved)%n", 100 * reopenRate(),
        resolvedIncidents.count(t -> t.cycle() > 1), resolvedIncidents.size()));
    b.append("Mean time to resolve, wall-clock hours, opening to last resolution:\n");
    for (TicketKind k : TicketKind.values()) {
      long n = tickets.count(t -> t.kind() == k && t.resolvedAt().isDefined());
      b.append(String.format(Locale.ROOT, "  %-16s %8.1f h over %d tickets%n", k, meanHoursToResolve(k), n));
    }
    for (Priority p : Priority.values()) {
      Seq<Double> hours = resolvedIncidents.filter(t -> t.priority() == p)
          .map(t -> Duration.between(t.openedAt(), t.resolvedAt().get()).toSeconds() / 3600.0);
      b.append(String.format(Locale.ROOT, "  incident %-7s %8.1f h over %d tickets%n", p,
          hours.isEmpty() ? 0 : hours.sum().doubleValue() / hours.size(), hours.size()));
    }
    b.append(String.format(Locale.ROOT, "%nCommands: %d sent, %d accepted, %d replayed retries, %d refused; %d events"
        + " stored%n", sent, accepted, replayed, commandsRefused(), events));
    b.append("Refused by code:\n");
    Map<String, Long> byCode = new TreeMap<>();
    refused.forEach((code, n) -> byCode.put(code.name(), n));
    byCode.forEach((code, n) -> b.append(String.format(Locale.ROOT, "  %-24s %d%n", code, n)));
    return b.toString();
  }
}
