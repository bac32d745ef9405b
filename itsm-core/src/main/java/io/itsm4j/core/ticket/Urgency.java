package io.itsm4j.core.ticket;

/** How soon the business needs a ticket dealt with; with {@link Impact} it gives the {@link Priority}. */
public enum Urgency {
  /** Work has stopped or money is being lost now. */
  HIGH,
  /** Work is hampered. */
  MEDIUM,
  /** It can wait. */
  LOW
}
