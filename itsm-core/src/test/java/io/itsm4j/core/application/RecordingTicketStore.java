package io.itsm4j.core.application;

import io.itsm4j.core.TenantId;
import io.itsm4j.core.memory.InMemoryTicketStore;
import io.itsm4j.core.port.AppendResult;
import io.itsm4j.core.port.RecordedCommand;
import io.itsm4j.core.port.TicketStore;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * An in-memory store that records the name of every call it passes on (what a store on a remote database would pay
 * in round trips) and offers, as its recent history, a prefix of the stored one as far behind as told.
 */
final class RecordingTicketStore implements TicketStore {
  final InMemoryTicketStore target = new InMemoryTicketStore();
  final List<String> calls = new ArrayList<>();
  /** How far behind each recent history is (negative: none); null: the store offers no recent history at all. */
  Iterator<Integer> lags;

  @Override
  public Seq<TicketEvent> load(TenantId tenant, TicketId ticketId) {
    calls.add("load");
    return target.load(tenant, ticketId);
  }

  @Override
  public AppendResult append(TenantId tenant, TicketId ticketId, long expectedVersion, CommandKey command,
      Seq<TicketEvent> events) {
    AppendResult result = target.append(tenant, ticketId, expectedVersion, command, events);
    calls.add("append" + (result instanceof AppendResult.Appended ? "" : ":" + result.getClass().getSimpleName()));
    return result;
  }

  @Override
  public Option<RecordedCommand> findCommand(TenantId tenant, String idempotencyKey) {
    calls.add("findCommand");
    return target.findCommand(tenant, idempotencyKey);
  }

  @Override
  public CommandLookup lookUp(TenantId tenant, String idempotencyKey, TicketId ticketId) {
    calls.add("lookUp");
    return target.lookUp(tenant, idempotencyKey, ticketId);
  }

  @Override
  public Option<Seq<TicketEvent>> recentHistory(TenantId tenant, TicketId ticketId) {
    if (lags == null) {
      return Option.none();
    }
    calls.add("recentHistory");
    Seq<TicketEvent> stored = target.load(tenant, ticketId);
    int lag = lags.hasNext() ? lags.next() : 0;
    return lag < 0 || stored.size() - lag <= 0 ? Option.none() : Option.some(stored.dropRight(lag));
  }

  @Override
  public Seq<TicketId> ticketIds(TenantId tenant) {
    return target.ticketIds(tenant);
  }
}
