package io.itsm4j.sla.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random calendars on minute boundaries, and instants biased towards DST transitions. */
final class CalendarArbitraries {
  static final List<ZoneId> ZONES = List.of("Europe/Berlin", "America/New_York", "Australia/Lord_Howe",
      "Asia/Kolkata", "Pacific/Chatham", "America/Sao_Paulo", "Africa/Casablanca", "UTC").stream()
      .map(ZoneId::of).toList();
  static final Instant FROM = Instant.parse("2018-01-01T00:00:00Z");
  static final Instant TO = Instant.parse("2032-01-01T00:00:00Z");

  private CalendarArbitraries() {}

  static Arbitrary<ZoneId> zones() {
    return Arbitraries.of(ZONES);
  }

  /** Opening hours of one day: a few intervals in minutes, some crossing midnight, some ending at 24:00. */
  static Arbitrary<List<int[]>> dayHours() {
    Arbitrary<int[]> normal = Arbitraries.integers().between(0, 1439).flatMap(s ->
        Arbitraries.integers().between(s + 1, 1440).map(e -> new int[] {s, e}));
    Arbitrary<int[]> overnight = Arbitraries.integers().between(1, 1439).flatMap(s ->
        Arbitraries.integers().between(0, s - 1).map(e -> new int[] {s, e == 0 ? 1440 : e}));
    Arbitrary<int[]> hourly = Arbitraries.integers().between(0, 23).flatMap(s ->
        Arbitraries.integers().between(1, 12).map(len -> new int[] {s * 60, Math.min(1440, s * 60 + len * 60)}));
    Arbitrary<int[]> any = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, hourly), net.jqwik.api.Tuple.of(3, normal), net.jqwik.api.Tuple.of(2, overnight),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(new int[] {0, 1440})));
    return any.list().ofMinSize(0).ofMaxSize(3);
  }

  static Arbitrary<CalendarSpec> specs() {
    Arbitrary<Map<DayOfWeek, List<int[]>>> weekly = dayHours().list().ofSize(7).map(days -> {
      Map<DayOfWeek, List<int[]>> m = new EnumMap<>(DayOfWeek.class);
      for (int i = 0; i < 7; i++) {
        if (!days.get(i).isEmpty()) {
          m.put(DayOfWeek.of(i + 1), days.get(i));
        }
      }
      if (m.isEmpty()) {
        m.put(DayOfWeek.WEDNESDAY, List.of(new int[] {540, 1020}));
      }
      return m;
    });
    Arbitrary<Set<MonthDay>> annual = Arbitraries.integers().between(1, 365)
        .map(d -> MonthDay.from(LocalDate.ofYearDay(2021, d))).set().ofMaxSize(4);
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 14 * 365)
        .map(d -> LocalDate.of(2018, 1, 1).plusDays(d));
    Arbitrary<Set<LocalDate>> oneOff = dates.set().ofMaxSize(3);
    Arbitrary<Map<LocalDate, List<int[]>>> specials = Combinators.combine(dates, dayHours()).as(Map::entry)
        .list().ofMaxSize(3).map(entries -> {
          Map<LocalDate, List<int[]>> m = new HashMap<>();
          entries.forEach(e -> m.put(e.getKey(), e.getValue()));
          return m;
        });
    return Combinators.combine(zones(), weekly, annual, oneOff, specials).as(CalendarSpec::new);
  }

  /** An instant on a minute boundary: anywhere in the range, or within a day or two of a DST transition. */
  static Arbitrary<Instant> instantsNear(ZoneId zone) {
    long minutes = (TO.getEpochSecond() - FROM.getEpochSecond()) / 60 - 60 * 24 * 400;
    Arbitrary<Instant> anywhere = Arbitraries.longs().between(0, minutes).map(m -> FROM.plusSeconds(m * 60));
    Arbitrary<Instant> nearTransition = Combinators.combine(anywhere, Arbitraries.integers().between(-2880, 600))
        .as((t, delta) -> {
          ZoneOffsetTransition tr = zone.getRules().nextTransition(t);
          Instant base = tr == null || tr.getInstant().isAfter(TO.minusSeconds(86400L * 400)) ? t : tr.getInstant();
          return base.plusSeconds(delta * 60L);
        });
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, anywhere), net.jqwik.api.Tuple.of(2, nearTransition));
  }

  /** Up to three pauses on minute boundaries around {@code start}. */
  static Arbitrary<io.vavr.collection.List<TimeInterval>> pausesAround(Instant start) {
    Arbitrary<TimeInterval> pause = Combinators.combine(
        Arbitraries.integers().between(-600, 7 * 1440), Arbitraries.integers().between(0, 3 * 1440))
        .as((offset, length) -> TimeInterval.of(start.plusSeconds(offset * 60L),
            start.plusSeconds((offset + (long) length) * 60L)));
    return pause.list().ofMaxSize(3).map(io.vavr.collection.List::ofAll);
  }

}
