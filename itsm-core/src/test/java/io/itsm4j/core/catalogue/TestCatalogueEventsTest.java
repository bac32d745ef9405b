package io.itsm4j.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.TenantId;
import io.itsm4j.core.contract.TestCatalogueEvents;
import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Stream;
import io.vavr.collection.Vector;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;

/**
 * The catalogue event arbitraries the store kit and codec properties rely on reach every event type, so "every
 * type reads back equal" is not silently about fewer types, and number their batches as the port requires.
 */
class TestCatalogueEventsTest {
  private static final TenantId ACME = TenantId.of("acme");

  @Example
  void anyEventReachesEveryEventTypeOfTheSealedHierarchy() {
    Seq<Class<?>> sampled = Stream.ofAll(TestCatalogueEvents.anyEvent(ACME, 3).generator(1000)
            .stream(new Random(42)).limit(500).map(s -> s.value().getClass()).toList());
    assertThat(HashSet.ofAll(sampled)).isEqualTo(HashSet.of(CatalogueEvent.class.getPermittedSubclasses()));
  }

  @Property(tries = 50)
  void anyBatchIsWellFormedForThePort(@ForAll("batches") Seq<CatalogueEvent> batch) {
    assertThat(batch.map(CatalogueEvent::version)).containsExactlyElementsOf(Vector.rangeClosed(5L, 4L + batch.size()));
    assertThat(batch.map(CatalogueEvent::tenant).distinct()).containsExactly(ACME);
  }

  @Provide
  Arbitrary<Seq<CatalogueEvent>> batches() {
    return TestCatalogueEvents.anyBatch(ACME, 5, 6);
  }
}
