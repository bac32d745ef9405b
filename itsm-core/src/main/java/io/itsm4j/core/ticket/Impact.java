package io.itsm4j.core.ticket;

/** How widely a ticket affects the business; with {@link Urgency} it gives the {@link Priority}. */
public enum Impact {
  /** Many users or a whole service. */
  HIGH,
  /** A group of users or part of a service. */
  MEDIUM,
  /** One user, or a workaround exists. */
  LOW
}
