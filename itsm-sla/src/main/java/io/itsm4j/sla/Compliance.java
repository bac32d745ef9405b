package io.itsm4j.sla;

import io.itsm4j.core.GroupId;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.ServiceId;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Function;

/**
 * Compliance reports: {@link ComplianceFigures} per definition, service, customer, assignment group or period,
 * from statuses the engine computed. Pure functions; thread-safe.
 *
 * <p>A status is placed in a period by {@link SlaStatus#countedAt()}. Statuses whose key is absent (a ticket
 * without a service, say) are left out of that report.
 */
public final class Compliance {
  private Compliance() {}

  /**
   * Counts the statuses per key.
   *
   * @throws NullPointerException if an argument is null
   */
  public static <K> Map<K, ComplianceFigures> by(Iterable<SlaStatus> statuses, Function<SlaStatus, Option<K>> key) {
    Objects.requireNonNull(statuses, "statuses must not be null");
    Objects.requireNonNull(key, "key must not be null");
    java.util.HashMap<K, ComplianceFigures> acc = new java.util.HashMap<>();
    for (SlaStatus s : statuses) {
      for (K k : key.apply(s)) {
        acc.merge(k, ComplianceFigures.of(s), ComplianceFigures::plus);
      }
    }
    return HashMap.ofAll(acc);
  }

  /** Counts all statuses together. */
  public static ComplianceFigures total(Iterable<SlaStatus> statuses) {
    ComplianceFigures sum = ComplianceFigures.EMPTY;
    for (SlaStatus s : statuses) {
      sum = sum.plus(ComplianceFigures.of(s));
    }
    return sum;
  }

  /** Key: the definition. */
  public static Function<SlaStatus, Option<SlaId>> byDefinition() {
    return s -> Option.some(s.definition());
  }

  /** Key: the ticket's service. */
  public static Function<SlaStatus, Option<ServiceId>> byService() {
    return SlaStatus::service;
  }

  /** Key: the ticket's customer. */
  public static Function<SlaStatus, Option<CustomerId>> byCustomer() {
    return SlaStatus::customer;
  }

  /** Key: the ticket's assignment group. */
  public static Function<SlaStatus, Option<GroupId>> byGroup() {
    return SlaStatus::group;
  }

  /**
   * Key: the calendar month of {@link SlaStatus#countedAt()} in {@code zone}.
   *
   * @throws NullPointerException if {@code zone} is null
   */
  public static Function<SlaStatus, Option<YearMonth>> byMonth(ZoneId zone) {
    Objects.requireNonNull(zone, "zone must not be null");
    return s -> Option.some(YearMonth.from(s.countedAt().atZone(zone)));
  }

  /**
   * Key: the definition, for statuses counted in {@code [from, to)} only.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Function<SlaStatus, Option<SlaId>> byDefinitionWithin(Instant from, Instant to) {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    return s -> !s.countedAt().isBefore(from) && s.countedAt().isBefore(to)
        ? Option.some(s.definition()) : Option.none();
  }
}
