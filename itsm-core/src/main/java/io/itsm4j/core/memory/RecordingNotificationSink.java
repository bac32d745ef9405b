package io.itsm4j.core.memory;

import io.itsm4j.core.port.NotificationSink;
import io.itsm4j.core.ticket.CommandRejected;
import io.itsm4j.core.ticket.TicketEvent;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A {@link NotificationSink} that keeps everything it receives, in arrival order; for tests, examples and hosts
 * that poll. Thread-safe. It grows without bound: {@link #clear()} it when read.
 */
public final class RecordingNotificationSink implements NotificationSink {
  private final ConcurrentLinkedQueue<TicketEvent> events = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<CommandRejected> rejections = new ConcurrentLinkedQueue<>();

  /** An empty sink. */
  public RecordingNotificationSink() {}

  @Override
  public void published(Seq<TicketEvent> batch) {
    batch.forEach(events::add);
  }

  @Override
  public void rejected(CommandRejected rejection) {
    rejections.add(rejection);
  }

  /** The events received so far. */
  public Seq<TicketEvent> events() {
    return Vector.ofAll(events);
  }

  /** The rejections received so far. */
  public Seq<CommandRejected> rejections() {
    return Vector.ofAll(rejections);
  }

  /** Forgets everything received. */
  public void clear() {
    events.clear();
    rejections.clear();
  }
}
