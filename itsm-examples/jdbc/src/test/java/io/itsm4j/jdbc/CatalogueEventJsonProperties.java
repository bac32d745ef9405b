package io.itsm4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.CatalogueEvent;
import io.itsm4j.core.contract.TestCatalogueEvents;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/** The JSON form of catalogue events: every event of all ten types reads back equal, type and version first. */
class CatalogueEventJsonProperties {
  private static final CatalogueEventJson JSON = CatalogueEventJson.standard();

  @Provide
  Arbitrary<CatalogueEvent> events() {
    return TestCatalogueEvents.anyEvent(TenantId.of("acme"), 7);
  }

  @Property(tries = 500, shrinking = ShrinkingMode.OFF)
  void every_event_reads_back_equal(@ForAll("events") CatalogueEvent event) {
    String json = JSON.encode(event);
    assertThat(json).startsWith("{\"type\":\"" + event.type() + "\",\"v\":1,");
    assertThat(JSON.decode(json)).isEqualTo(event);
  }
}
