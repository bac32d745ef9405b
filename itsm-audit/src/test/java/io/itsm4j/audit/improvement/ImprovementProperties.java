package io.itsm4j.audit.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.audit.improvement.Improvement.Status;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** An improvement moves exactly as its table allows; the register's counts add up and its order holds. */
class ImprovementProperties {
  private static final Instant T0 = Instant.parse("2026-01-05T00:00:00Z");
  private static final TenantId ACME = TenantId.of("acme");

  private static final Map<Status, Map<String, Status>> TABLE = Map.of(
      Status.IDENTIFIED, Map.of("approve", Status.APPROVED, "reject", Status.REJECTED),
      Status.APPROVED, Map.of("start", Status.IN_PROGRESS, "reject", Status.REJECTED),
      Status.IN_PROGRESS, Map.of("implemented", Status.IMPLEMENTED),
      Status.IMPLEMENTED, Map.of("measure", Status.MEASURED, "close", Status.CLOSED),
      Status.MEASURED, Map.of("close", Status.CLOSED),
      Status.CLOSED, Map.of(),
      Status.REJECTED, Map.of());

  @Provide
  Arbitrary<List<String>> steps() {
    return Arbitraries.of("approve", "start", "implemented", "measure", "close", "reject").list().ofMaxSize(10);
  }

  private static Improvement entry(String id, int priority, boolean withTarget, Instant at) {
    return Improvement.identify(id, ACME, "Faster P2 resolution", new Source(Source.Kind.TREND_SIGNAL, "ttr p2"),
        "fewer breaches", priority, ActorId.of("owner"), withTarget ? Option.some(new Target("P2 median hours", 10, 6))
            : Option.none(), at);
  }

  @Property(tries = 400)
  void an_improvement_moves_exactly_as_its_table_allows(@ForAll("steps") List<String> steps,
      @ForAll boolean withTarget) {
    Improvement i = entry("CSI-1", 2, withTarget, T0);
    Instant at = T0;
    for (String step : steps) {
      at = at.plus(Duration.ofDays(1));
      Either<io.itsm4j.core.Rejection, Improvement> outcome = switch (step) {
        case "approve" -> i.approve(at);
        case "start" -> i.start(at);
        case "implemented" -> i.implemented(at);
        case "measure" -> i.measured(7.5, at);
        case "close" -> i.close(at);
        default -> i.reject(at);
      };
      Status expected = TABLE.get(i.status()).get(step);
      if (step.equals("measure") && !withTarget) {
        assertThat(outcome.getLeft().code()).isEqualTo(RejectionCode.INVALID_INPUT);
        continue;
      }
      if (step.equals("close") && i.status() == Status.IMPLEMENTED && withTarget) {
        expected = null;
      }
      if (expected == null) {
        assertThat(outcome.getLeft().code()).as("%s from %s", step, i.status())
            .isEqualTo(RejectionCode.TRANSITION_NOT_ALLOWED);
      } else {
        Improvement next = outcome.get();
        assertThat(next.status()).isEqualTo(expected);
        assertThat(next.updatedAt()).isEqualTo(at);
        assertThat(next.identifiedAt()).isEqualTo(T0);
        i = next;
      }
    }
    assertThat(i.result().isDefined()).isEqualTo(i.status() == Status.MEASURED
        || i.status() == Status.CLOSED && withTarget);
    assertThat(i.goalReached()).isEqualTo(i.result().map(r -> r <= 6));
  }

  @Property(tries = 200)
  void the_register_counts_every_entry_once_and_lists_the_open_ones_by_priority_then_age(
      @ForAll("entries") List<Improvement> entries) {
    ImprovementRegister r = ImprovementRegister.of(Vector.ofAll(entries));
    assertThat(r.byStatus().values().sum().longValue()).isEqualTo(entries.size());
    assertThat(r.bySource().values().sum().longValue()).isEqualTo(entries.size());
    assertThat(r.open().size()).isEqualTo((int) entries.stream().filter(e -> e.status().isOpen()).count());
    for (int k = 1; k < r.open().size(); k++) {
      Improvement a = r.open().get(k - 1);
      Improvement b = r.open().get(k);
      assertThat(a.priority() < b.priority() || a.priority() == b.priority()
          && !a.identifiedAt().isAfter(b.identifiedAt())).isTrue();
    }
    assertThat(r.measured()).allSatisfy(m -> assertThat(m.result().isDefined()).isTrue());
    assertThat(r.goalsReached()).isLessThanOrEqualTo(r.measured().size());
    assertThat(r.linkedToCorrectiveActions()).isEqualTo(entries.stream().filter(e -> e.correctiveAction()
        .isDefined()).count());
  }

  @Provide
  Arbitrary<List<Improvement>> entries() {
    return Arbitraries.integers().between(0, 1_000).list().ofMaxSize(30).map(seeds -> {
      java.util.List<Improvement> out = new java.util.ArrayList<>();
      int n = 0;
      for (int seed : seeds) {
        Improvement e = entry("CSI-" + (++n), 1 + seed % 4, seed % 3 != 0, T0.plus(Duration.ofHours(seed)));
        Instant at = T0.plus(Duration.ofDays(60));
        int depth = seed % 7;
        if (depth >= 1) {
          e = e.approve(at).get();
        }
        if (depth >= 2) {
          e = e.start(at).get();
        }
        if (depth >= 3) {
          e = e.implemented(at).get();
        }
        if (depth >= 4 && e.target().isDefined()) {
          e = e.measured(seed % 2 == 0 ? 5 : 9, at).get();
        }
        if (depth == 6) {
          e = e.close(at).getOrElse(e);
        }
        if (depth == 5 && seed % 5 == 0) {
          e = e.linkedTo(io.itsm4j.audit.corrective.CorrectiveActionId.of("CA-" + n), at);
        }
        out.add(e);
      }
      return out;
    });
  }
}
