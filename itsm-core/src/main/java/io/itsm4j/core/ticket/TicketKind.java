package io.itsm4j.core.ticket;

/** The four kinds of ticket of ISO/IEC 20000-1 clause 8 and ITIL. */
public enum TicketKind {
  /** An unplanned interruption or reduction in quality of a service (ISO/IEC 20000-1 8.6.1). */
  INCIDENT("INC"),
  /** A request from a user for something standard: information, access, a new laptop (8.6.2). */
  SERVICE_REQUEST("REQ"),
  /** The cause, or potential cause, of one or more incidents (8.6.3). */
  PROBLEM("PRB"),
  /** The addition, modification or removal of anything that could affect services (8.5.1). */
  CHANGE("CHG");

  private final String prefix;

  TicketKind(String prefix) {
    this.prefix = prefix;
  }

  /** The customary id prefix: INC, REQ, PRB or CHG. */
  public String prefix() {
    return prefix;
  }
}
