package io.itsm4j.audit.metrics;

import io.vavr.control.Option;

/** A way to cut the figures for percentiles: all together, or by one attribute of the slice. */
public enum Dimension {
  /** Every slice of the period together. */
  ALL,
  /** By tenant. */
  TENANT,
  /** By ticket kind. */
  KIND,
  /** By priority. */
  PRIORITY,
  /** By service ({@value #NONE} for tickets without one). */
  SERVICE,
  /** By offering. */
  OFFERING,
  /** By customer. */
  CUSTOMER,
  /** By assignment group. */
  GROUP;

  /** The value a slice without the attribute has. */
  public static final String NONE = "(none)";

  /** The value of this dimension for {@code slice}: an id, a name, {@value #NONE}, or {@code "all"} for ALL. */
  public String valueOf(Slice slice) {
    return switch (this) {
      case ALL -> "all";
      case TENANT -> slice.tenant().value();
      case KIND -> slice.kind().name();
      case PRIORITY -> slice.priority().name();
      case SERVICE -> text(slice.service().map(s -> s.value()));
      case OFFERING -> text(slice.offering().map(s -> s.value()));
      case CUSTOMER -> text(slice.customer().map(s -> s.value()));
      case GROUP -> text(slice.group().map(s -> s.value()));
    };
  }

  private static String text(Option<String> value) {
    return value.getOrElse(NONE);
  }
}
