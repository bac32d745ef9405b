package io.itsm4j.audit;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;

/**
 * The clauses of ISO/IEC 20000-1:2018 that itsm4j keeps records for, or that audits and findings refer to: the
 * support clause on documented information, the operation clauses 8.1 to 8.7 with the sub-clauses of the
 * processes itsm4j runs, performance evaluation 9.1 to 9.4, and improvement 10.1 and 10.2.
 */
public enum Clause {
  /** 7.5 Documented information. */
  C7_5("7.5", "Documented information"),
  /** 8.1 Operational planning and control. */
  C8_1("8.1", "Operational planning and control"),
  /** 8.2 Service portfolio. */
  C8_2("8.2", "Service portfolio"),
  /** 8.2.4 Service catalogue management. */
  C8_2_4("8.2.4", "Service catalogue management"),
  /** 8.2.5 Asset management. */
  C8_2_5("8.2.5", "Asset management"),
  /** 8.2.6 Configuration management. */
  C8_2_6("8.2.6", "Configuration management"),
  /** 8.3 Relationship and agreement. */
  C8_3("8.3", "Relationship and agreement"),
  /** 8.3.3 Service level management. */
  C8_3_3("8.3.3", "Service level management"),
  /** 8.3.4 Supplier management. */
  C8_3_4("8.3.4", "Supplier management"),
  /** 8.4 Supply and demand. */
  C8_4("8.4", "Supply and demand"),
  /** 8.5 Service design, build and transition. */
  C8_5("8.5", "Service design, build and transition"),
  /** 8.5.1 Change management. */
  C8_5_1("8.5.1", "Change management"),
  /** 8.5.3 Release and deployment management. */
  C8_5_3("8.5.3", "Release and deployment management"),
  /** 8.6 Resolution and fulfilment. */
  C8_6("8.6", "Resolution and fulfilment"),
  /** 8.6.1 Incident management. */
  C8_6_1("8.6.1", "Incident management"),
  /** 8.6.2 Service request management. */
  C8_6_2("8.6.2", "Service request management"),
  /** 8.6.3 Problem management. */
  C8_6_3("8.6.3", "Problem management"),
  /** 8.7 Service assurance. */
  C8_7("8.7", "Service assurance"),
  /** 9.1 Monitoring, measurement, analysis and evaluation. */
  C9_1("9.1", "Monitoring, measurement, analysis and evaluation"),
  /** 9.2 Internal audit. */
  C9_2("9.2", "Internal audit"),
  /** 9.3 Management review. */
  C9_3("9.3", "Management review"),
  /** 9.4 Service reporting. */
  C9_4("9.4", "Service reporting"),
  /** 10.1 Nonconformity and corrective action. */
  C10_1("10.1", "Nonconformity and corrective action"),
  /** 10.2 Continual improvement. */
  C10_2("10.2", "Continual improvement");

  private final String number;
  private final String title;

  Clause(String number, String title) {
    this.number = number;
    this.title = title;
  }

  /** The clause number as the standard prints it, e.g. {@code 8.6.1}. */
  public String number() {
    return number;
  }

  /** The clause title, e.g. {@code Incident management}. */
  public String title() {
    return title;
  }

  /** The clause this one is a sub-clause of, e.g. 8.6 for 8.6.1; none for a top-level clause. */
  public Option<Clause> parent() {
    int dot = number.lastIndexOf('.');
    return number.indexOf('.') == dot ? Option.none() : byNumber(number.substring(0, dot));
  }

  /** Whether this clause is {@code other} or one of its sub-clauses. */
  public boolean within(Clause other) {
    return this == other || parent().exists(p -> p.within(other));
  }

  /** The top-level clauses (no parent), in the standard's order. */
  public static Seq<Clause> topLevel() {
    return Vector.of(values()).filter(c -> c.parent().isEmpty());
  }

  /** The clause with this number, if itsm4j knows it. */
  public static Option<Clause> byNumber(String number) {
    return Vector.of(values()).find(c -> c.number.equals(number));
  }

  @Override
  public String toString() {
    return number + " " + title;
  }
}
