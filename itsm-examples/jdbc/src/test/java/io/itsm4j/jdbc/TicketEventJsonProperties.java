package io.itsm4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.contract.TestEvents;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * The JSON form of ticket events, as properties: every event of every type, with awkward text (NUL, separators,
 * surrogate pairs, U+FFFF), reads back equal; the JSON starts with its type and version; and text without NUL or
 * U+FFFF is stored exactly as given, so SQL on the payload sees what the desk accepted.
 */
class TicketEventJsonProperties {
  private static final TicketEventJson JSON = TicketEventJson.standard();

  @Provide
  Arbitrary<TicketEvent> events() {
    return TestEvents.anyEvent(TenantId.of("acme"), TicketId.of("INC-000042"), 7);
  }

  @Property(tries = 500, shrinking = ShrinkingMode.OFF)
  void every_event_reads_back_equal(@ForAll("events") TicketEvent event) {
    assertThat(JSON.decode(JSON.encode(event))).isEqualTo(event);
  }

  @Property(tries = 300, shrinking = ShrinkingMode.OFF)
  void the_json_names_its_type_and_version_first(@ForAll("events") TicketEvent event) throws Exception {
    String json = JSON.encode(event);
    assertThat(json).startsWith("{\"type\":\"" + event.type() + "\",\"v\":1,");
    JsonNode tree = new ObjectMapper().readTree(json);
    assertThat(tree.get("header").get("ticketId").asText()).isEqualTo("INC-000042");
    assertThat(tree.get("header").get("sequence").asLong()).isEqualTo(event.sequence());
  }

  @Property(tries = 300, shrinking = ShrinkingMode.OFF)
  void text_is_stored_as_given_unless_it_holds_nul_or_the_escape(@ForAll("texts") String text) {
    String stored = StoredJson.escape(text);
    assertThat(StoredJson.unescape(stored)).isEqualTo(text);
    assertThat(stored.indexOf('\u0000')).isNegative();
    if (text.indexOf('\u0000') < 0 && text.indexOf('\uFFFF') < 0) {
      assertThat(stored).isSameAs(text);
    }
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(TestEvents.awkwardText(), Arbitraries.strings().withChars('a', '\u0000', '\uFFFF', '0',
        '1').ofMaxLength(12));
  }
}
