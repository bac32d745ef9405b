package io.itsm4j.reports;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How numbers, durations and instants read in the reports: fixed, locale-free forms, so a report is reproducible. */
final class Formats {
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);

  private Formats() {}

  static String percent(double value) {
    return String.format(Locale.ROOT, "%.2f %%", value);
  }

  /** A percentage with as many decimals as an availability target needs (99.95 %, not 99.9 %). */
  static String target(double value) {
    String s = String.format(Locale.ROOT, "%.3f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
    return s + " %";
  }

  static String instant(Instant at, ZoneId zone) {
    return MINUTE.format(at.atZone(zone));
  }

  static String day(LocalDate day) {
    return day.toString();
  }

  /** A duration in the two largest units that matter: {@code 2 d 4 h}, {@code 3 h 20 min}, {@code 45 s}. */
  static String duration(Duration d) {
    boolean negative = d.isNegative();
    Duration a = d.abs();
    long days = a.toDays();
    long hours = a.toHoursPart();
    long minutes = a.toMinutesPart();
    long seconds = a.toSecondsPart();
    String s;
    if (days > 0) {
      s = days + " d" + (hours > 0 ? " " + hours + " h" : "");
    } else if (hours > 0) {
      s = hours + " h" + (minutes > 0 ? " " + minutes + " min" : "");
    } else if (minutes > 0) {
      s = minutes + " min" + (seconds > 0 ? " " + seconds + " s" : "");
    } else {
      s = seconds + " s";
    }
    return negative ? "−" + s : s;
  }
}
