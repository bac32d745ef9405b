package io.itsm4j.sla.calendar;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Objects;

/**
 * A calendar of weekly opening hours in one time zone, with holidays and special days.
 *
 * <p>The hours of a local date are: the hours of the first special day whose rule falls on it, else none if a
 * holiday falls on it, else the weekly hours of its weekday. An interval belongs to the date it starts on (see
 * {@link DailyHours}). Overlapping intervals are merged. Immutable and thread-safe; equal when zone, hours,
 * holidays and special days are equal (the name is only for display).
 */
public final class WeeklyCalendar extends BusinessCalendar {
  private final String name;
  private final ZoneId zone;
  private final Map<DayOfWeek, Seq<DailyHours>> weekly;
  private final Seq<DayRule> holidays;
  private final Seq<Tuple2<DayRule, Seq<DailyHours>>> specialDays;
  /** The holidays by kind, so a date is looked up in constant time however many there are. */
  private final DayIndex holidayIndex;
  /** The special days by kind; the value is the position of the first one added that falls on a date. */
  private final DayIndex specialIndex;

  private WeeklyCalendar(Builder b) {
    this.name = b.name;
    this.zone = b.zone;
    this.weekly = b.weekly;
    this.holidays = b.holidays;
    this.specialDays = b.specialDays;
    this.holidayIndex = new DayIndex(holidays);
    this.specialIndex = new DayIndex(specialDays.map(Tuple2::_1));
  }

  /**
   * Day rules indexed by kind: one-off dates and annual days in hash maps, the few n-th-weekday rules in a list.
   * Built in time linear in the rules; {@link #first} answers in constant time plus the n-th-weekday rules.
   */
  private static final class DayIndex {
    private final java.util.HashMap<LocalDate, Integer> dates = new java.util.HashMap<>();
    private final java.util.HashMap<java.time.MonthDay, Integer> annual = new java.util.HashMap<>();
    private final java.util.ArrayList<Tuple2<DayRule, Integer>> others = new java.util.ArrayList<>();

    DayIndex(Seq<DayRule> rules) {
      int i = 0;
      for (DayRule r : rules) {
        if (r instanceof DayRule.OnDate d) {
          dates.putIfAbsent(d.date(), i);
        } else if (r instanceof DayRule.Annual a) {
          annual.putIfAbsent(a.day(), i);
        } else {
          others.add(Tuple.of(r, i));
        }
        i++;
      }
    }

    /** The position of the first rule that falls on {@code date}, or -1. */
    int first(LocalDate date) {
      int best = dates.getOrDefault(date, -1);
      Integer yearly = annual.get(java.time.MonthDay.from(date));
      if (yearly != null && (best < 0 || yearly < best)) {
        best = yearly;
      }
      for (Tuple2<DayRule, Integer> o : others) {
        if (o._2 >= best && best >= 0) {
          break; // added in order: no later rule can come first
        }
        if (o._1.matches(date)) {
          best = o._2;
          break;
        }
      }
      return best;
    }
  }

  /** The calendar's time zone. */
  public ZoneId zone() {
    return zone;
  }

  /** The calendar's display name. */
  public String name() {
    return name;
  }

  /** The weekly hours by weekday; a weekday without entry is closed. */
  public Map<DayOfWeek, Seq<DailyHours>> weeklyHours() {
    return weekly;
  }

  /** The holidays, on which no interval starts unless a special day says otherwise. */
  public Seq<DayRule> holidays() {
    return holidays;
  }

  /** The special days and their hours, first match wins. */
  public Seq<Tuple2<DayRule, Seq<DailyHours>>> specialDays() {
    return specialDays;
  }

  /**
   * This calendar with more holidays, e.g. a region's.
   *
   * @throws NullPointerException if {@code rules} or a rule is null
   */
  public WeeklyCalendar withHolidays(Seq<DayRule> rules) {
    Builder b = toBuilder();
    rules.forEach(b::holiday);
    return b.build();
  }

  /** A builder holding this calendar's definition. */
  public Builder toBuilder() {
    Builder b = new Builder(zone).name(name);
    b.weekly = weekly;
    b.holidays = holidays;
    b.specialDays = specialDays;
    return b;
  }

  /** Whether no weekday and no special day has hours: the calendar never opens. */
  boolean hasNoHours() {
    return weekly.values().forAll(Seq::isEmpty) && specialDays.forAll(d -> d._2.isEmpty());
  }

  /** The hours of a local date: a special day's, none on a holiday, else the weekday's. */
  public Seq<DailyHours> hoursOn(LocalDate date) {
    Objects.requireNonNull(date, "date must not be null");
    int special = specialIndex.first(date);
    if (special >= 0) {
      return specialDays.get(special)._2;
    }
    if (holidayIndex.first(date) >= 0) {
      return List.empty();
    }
    return weekly.get(date.getDayOfWeek()).getOrElse(List.empty());
  }

  @Override
  long[] openIntervals(int year, long from, long to) {
    LocalDate first = LocalDateTime.ofEpochSecond(from, 0, java.time.ZoneOffset.UTC).toLocalDate().minusDays(3);
    LocalDate last = LocalDateTime.ofEpochSecond(to, 0, java.time.ZoneOffset.UTC).toLocalDate().plusDays(2);
    ArrayList<long[]> raw = new ArrayList<>(800);
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      for (DailyHours h : hoursOn(d)) {
        long s = instant(d, h.startSecond());
        long e = instant(h.crossesMidnight() ? d.plusDays(1) : d, h.endSecond());
        s = Math.max(s, from);
        e = Math.min(e, to);
        if (s < e) {
          raw.add(new long[] {s, e});
        }
      }
    }
    long[] merged = Pauses.merge(raw.toArray(new long[0][]), raw.size());
    return mergeAdjacent(merged);
  }

  /** Joins intervals that touch, so each table row is a maximal opening period. */
  static long[] mergeAdjacent(long[] flat) {
    long[] out = new long[flat.length];
    int k = 0;
    for (int i = 0; i < flat.length; i += 2) {
      if (k > 0 && flat[i] <= out[k - 1]) {
        out[k - 1] = Math.max(out[k - 1], flat[i + 1]);
      } else {
        out[k++] = flat[i];
        out[k++] = flat[i + 1];
      }
    }
    return k == out.length ? out : Arrays.copyOf(out, k);
  }

  private long instant(LocalDate date, int secondOfDay) {
    LocalDateTime local = secondOfDay == 86_400
        ? date.plusDays(1).atStartOfDay()
        : date.atStartOfDay().plusSeconds(secondOfDay);
    // ofLocal with no preferred offset: a gap moves forward by its length, an overlap takes the earlier offset.
    return ZonedDateTime.ofLocal(local, zone, null).toEpochSecond();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WeeklyCalendar c && zone.equals(c.zone) && weekly.equals(c.weekly)
        && holidays.equals(c.holidays) && specialDays.equals(c.specialDays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(zone, weekly, holidays, specialDays);
  }

  @Override
  public String toString() {
    return name + " (" + zone + ")";
  }

  /**
   * Builds a {@link WeeklyCalendar}. Not thread-safe; {@link #build()} may be called more than once.
   */
  public static final class Builder {
    private final ZoneId zone;
    private String name;
    private Map<DayOfWeek, Seq<DailyHours>> weekly = HashMap.empty();
    // Vectors: appending to a linked list one holiday at a time would make a long holiday list quadratic.
    private Seq<DayRule> holidays = Vector.empty();
    private Seq<Tuple2<DayRule, Seq<DailyHours>>> specialDays = Vector.empty();

    Builder(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone must not be null");
      this.name = "calendar";
    }

    /**
     * Sets the display name.
     *
     * @throws NullPointerException if {@code name} is null
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name must not be null");
      return this;
    }

    /**
     * Adds opening hours on the given weekdays (in addition to hours already given).
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if no weekday is given
     */
    public Builder hours(DailyHours hours, DayOfWeek... days) {
      Objects.requireNonNull(hours, "hours must not be null");
      Objects.requireNonNull(days, "days must not be null");
      if (days.length == 0) {
        throw new IllegalArgumentException("days must name at least one weekday");
      }
      for (DayOfWeek d : days) {
        Objects.requireNonNull(d, "a day must not be null");
        weekly = weekly.put(d, weekly.get(d).getOrElse(List.empty()).append(hours));
      }
      return this;
    }

    /**
     * Adds opening hours Monday to Friday.
     *
     * @throws NullPointerException if {@code hours} is null
     */
    public Builder weekdays(DailyHours... hours) {
      Objects.requireNonNull(hours, "hours must not be null");
      for (DailyHours h : hours) {
        hours(h, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
      }
      return this;
    }

    /**
     * Adds a holiday: no interval starts on its dates.
     *
     * @throws NullPointerException if {@code rule} is null
     */
    public Builder holiday(DayRule rule) {
      holidays = holidays.append(Objects.requireNonNull(rule, "rule must not be null"));
      return this;
    }

    /**
     * Adds a special day with its own hours (none for a closed day), e.g. Christmas Eve 09:00-12:00. Special days
     * win over holidays and weekly hours; the first added wins among special days.
     *
     * @throws NullPointerException if an argument is null
     */
    public Builder specialDay(DayRule rule, DailyHours... hours) {
      Objects.requireNonNull(rule, "rule must not be null");
      Objects.requireNonNull(hours, "hours must not be null");
      specialDays = specialDays.append(Tuple.of(rule, List.of(hours)));
      return this;
    }

    /** The calendar. */
    public WeeklyCalendar build() {
      return new WeeklyCalendar(this);
    }
  }
}
