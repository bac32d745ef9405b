package io.itsm4j.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.sla.availability.Availability;
import io.itsm4j.sla.availability.AvailabilityReport;
import io.itsm4j.sla.availability.AvailabilityTarget;
import io.itsm4j.sla.availability.Outage;
import io.itsm4j.sla.availability.PlannedDowntime;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Availability against a minute-by-minute recount: generated calendars in eight zones (periods and outages biased
 * towards daylight-saving changes), outages planned and unplanned, overlapping, touching, sticking out of the
 * period and outside the service hours, and both planned-downtime rules. It lives beside the calendar generators
 * and the calendar's own brute-force oracle, which it reuses.
 */
class AvailabilityOracleProperties {
  record Case(CalendarSpec spec, Instant from, int minutes, java.util.List<Outage> outages, PlannedDowntime rule,
      double percent) {}

  @Provide
  Arbitrary<Case> cases() {
    return CalendarArbitraries.specs().flatMap(spec -> CalendarArbitraries.instantsNear(spec.zone()).flatMap(from -> {
      Arbitrary<Outage> outage = Combinators.combine(Arbitraries.integers().between(-1440, 8 * 1440),
              Arbitraries.integers().between(0, 2 * 1440), Arbitraries.of(true, false),
              Arbitraries.integers().between(0, 99))
          .as((offset, length, planned, id) -> new Outage("o" + id, from.plusSeconds(offset * 60L),
              from.plusSeconds((offset + (long) length) * 60L), planned));
      return Combinators.combine(Arbitraries.integers().between(1, 7 * 1440), outage.list().ofMaxSize(5),
              Arbitraries.of(PlannedDowntime.class), Arbitraries.of(99.9, 99.5, 95.0, 100.0, 12.5))
          .as((minutes, outages, rule, percent) -> new Case(spec, from, minutes, outages, rule, percent));
    }));
  }

  @Property(tries = 250, shrinking = ShrinkingMode.OFF)
  void theFiguresEqualAMinuteByMinuteRecount(@ForAll("cases") Case c) {
    Instant to = c.from().plusSeconds(c.minutes() * 60L);
    BusinessCalendar hours = c.spec().build();
    AvailabilityTarget target = new AvailabilityTarget(c.percent(), hours, c.rule());
    AvailabilityReport r = Availability.measure(target, List.ofAll(c.outages()), c.from(), to).get();

    CalendarSpec.Oracle oracle = c.spec().oracle(c.from().minusSeconds(86400L * 3), to.plusSeconds(86400L * 3));
    long open = 0;
    long planned = 0;
    long unplanned = 0;
    for (Instant m = c.from(); m.isBefore(to); m = m.plusSeconds(60)) {
      if (!oracle.isOpen(m)) {
        continue;
      }
      open++;
      if (in(m, c.outages(), true)) {
        planned++;
      } else if (in(m, c.outages(), false)) {
        unplanned++;
      }
    }
    boolean excluded = c.rule() == PlannedDowntime.EXCLUDED;
    long agreed = (excluded ? open - planned : open) * 60;
    long downtime = (excluded ? unplanned : planned + unplanned) * 60;
    int outages = episodes(oracle, c.outages(), c.from(), to);

    assertThat(r.agreedServiceTime()).isEqualTo(Duration.ofSeconds(agreed));
    assertThat(r.plannedDowntime()).isEqualTo(Duration.ofMinutes(planned));
    assertThat(r.unplannedDowntime()).isEqualTo(Duration.ofMinutes(unplanned));
    assertThat(r.downtime()).isEqualTo(Duration.ofSeconds(downtime));
    assertThat(r.outages()).isEqualTo(outages);
    assertThat(r.availability()).isEqualTo(agreed == 0 ? Option.none()
        : Option.some(100.0 * (agreed - downtime) / agreed));
    long budget = BigDecimal.valueOf(agreed).multiply(BigDecimal.valueOf(100).subtract(BigDecimal.valueOf(c.percent())))
        .divide(BigDecimal.valueOf(100), 0, RoundingMode.FLOOR).longValueExact();
    assertThat(r.budget()).isEqualTo(Duration.ofSeconds(budget));
    assertThat(r.budgetLeft()).isEqualTo(Duration.ofSeconds(budget - downtime));
    assertThat(r.mtrs()).isEqualTo(outages == 0 ? Option.none() : Option.some(Duration.ofSeconds(unplanned * 60 / outages)));
    assertThat(r.mtbf()).isEqualTo(outages == 0 ? Option.none()
        : Option.some(Duration.ofSeconds((agreed - downtime) / outages)));
    assertThat(r.mtbsi()).isEqualTo(outages == 0 ? Option.none() : Option.some(Duration.ofSeconds(agreed / outages)));
    assertThat(r.met()).isEqualTo(agreed == 0 || 100.0 * (agreed - downtime) / agreed >= c.percent());
  }

  private static boolean in(Instant m, java.util.List<Outage> outages, boolean planned) {
    for (Outage o : outages) {
      if (o.planned() == planned && !m.isBefore(o.start()) && m.isBefore(o.end())) {
        return true;
      }
    }
    return false;
  }

  /** Unplanned outages merged where they overlap or touch; counted if some minute of one is open and unplanned. */
  private static int episodes(CalendarSpec.Oracle oracle, java.util.List<Outage> outages, Instant from, Instant to) {
    java.util.List<Outage> unplanned = new ArrayList<>(outages.stream().filter(o -> !o.planned()).toList());
    unplanned.sort(Comparator.comparing(Outage::start));
    java.util.List<Instant[]> merged = new ArrayList<>();
    for (Outage o : unplanned) {
      if (!merged.isEmpty() && !o.start().isAfter(merged.get(merged.size() - 1)[1])) {
        Instant[] last = merged.get(merged.size() - 1);
        if (o.end().isAfter(last[1])) {
          last[1] = o.end();
        }
      } else {
        merged.add(new Instant[] {o.start(), o.end()});
      }
    }
    int count = 0;
    for (Instant[] e : merged) {
      for (Instant m = e[0].isAfter(from) ? e[0] : from; m.isBefore(e[1]) && m.isBefore(to); m = m.plusSeconds(60)) {
        if (oracle.isOpen(m) && !in(m, outages, true)) {
          count++;
          break;
        }
      }
    }
    return count;
  }
}
