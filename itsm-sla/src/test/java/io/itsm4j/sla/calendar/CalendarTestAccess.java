package io.itsm4j.sla.calendar;

import java.time.Instant;
import java.time.ZoneId;
import net.jqwik.api.Arbitrary;

/** Opens the calendar test generators and oracle to the SLA tests in the parent package. */
public final class CalendarTestAccess {
  private CalendarTestAccess() {}

  /** A random calendar definition and its oracle. */
  public static final class Spec {
    private final CalendarSpec spec;

    Spec(CalendarSpec spec) {
      this.spec = spec;
    }

    public ZoneId zone() {
      return spec.zone();
    }

    public BusinessCalendar build() {
      return spec.build();
    }

    public Oracle oracle(Instant from, Instant to) {
      return new Oracle(spec.oracle(from, to));
    }

    @Override
    public String toString() {
      return spec.toString();
    }
  }

  /** Whether the calendar is open at an instant, by brute force. */
  public static final class Oracle {
    private final CalendarSpec.Oracle oracle;

    Oracle(CalendarSpec.Oracle oracle) {
      this.oracle = oracle;
    }

    public boolean isOpen(Instant t) {
      return oracle.isOpen(t);
    }
  }

  public static Arbitrary<Spec> specs() {
    return CalendarArbitraries.specs().map(Spec::new);
  }

  public static Arbitrary<Instant> instantsNear(ZoneId zone) {
    return CalendarArbitraries.instantsNear(zone);
  }
}
