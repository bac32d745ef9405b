package io.itsm4j.core.ticket;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.internal.Checks;
import java.time.Instant;

/**
 * A work note or comment on a ticket.
 *
 * @param sequence the sequence number of the event that added it
 * @param at when it was added
 * @param author who wrote it
 * @param visibility who may read it
 * @param text the text
 */
public record Note(long sequence, Instant at, ActorId author, NoteVisibility visibility, String text) {
  /**
   * Checks that no argument is null.
   *
   * @throws NullPointerException if an argument is null
   */
  public Note {
    Checks.notNull(at, "at");
    Checks.notNull(author, "author");
    Checks.notNull(visibility, "visibility");
    Checks.notNull(text, "text");
  }
}
