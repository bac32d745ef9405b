package io.itsm4j.core.ticket;

/** Who may read a note. */
public enum NoteVisibility {
  /** Internal to the provider's staff. */
  WORK_NOTE,
  /** Visible to the caller; a comment by the caller is a caller update. */
  COMMENT
}
