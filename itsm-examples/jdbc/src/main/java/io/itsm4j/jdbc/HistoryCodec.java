package io.itsm4j.jdbc;

import java.util.Objects;

/**
 * How {@link JdbcHistoryStore} turns the events of one kind of history into text and back: one per event type.
 * {@link ProgrammeEventCodec} and {@link CorrectiveActionEventCodec} serve the audit module's own histories; a host
 * with event types of its own writes its own. The store adds nothing but escaping, so that any text, NUL and line
 * breaks included, is kept exactly.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li><b>Round trip</b>: {@code decode(encode(e))} equals {@code e} for every event the services write.
 *   <li><b>Versioning</b>: the text should say its own version, so that rows written today stay readable after the
 *       event type grows (the store never rewrites a stored event).
 *   <li><b>Threading</b>: called from many threads at once; implementations are stateless or thread-safe.
 *   <li><b>Errors</b>: {@link #encode} throws {@link IllegalArgumentException} for an event it cannot write (the
 *       store then stores nothing); {@link #decode} throws {@link IllegalArgumentException} for text it cannot
 *       read (the store reports it as a {@link JdbcStoreException} naming the record). Neither returns
 *       {@code null}.
 * </ul>
 *
 * @param <E> the event type
 */
public interface HistoryCodec<E> {

  /** The text form of {@code event}. */
  String encode(E event);

  /** The event {@link #encode} wrote as {@code text}. */
  E decode(String text);

  /**
   * Whether {@link #encode} writes a JSON object: {@link JdbcHistoryStore} then keeps it in the {@code payload}
   * column ({@code jsonb} on PostgreSQL, {@code JSON} on H2), where SQL can query it, instead of the text column.
   * {@link #decode} then reads that JSON as written, and must also read the text of any row stored before the codec
   * said so. The default is false.
   */
  default boolean json() {
    return false;
  }

  /** Events that are text already, stored as they are; for tests and for hosts that serialise events themselves. */
  static HistoryCodec<String> text() {
    return new HistoryCodec<>() {
      @Override
      public String encode(String event) {
        return Objects.requireNonNull(event, "event");
      }

      @Override
      public String decode(String text) {
        return Objects.requireNonNull(text, "text");
      }
    };
  }
}
