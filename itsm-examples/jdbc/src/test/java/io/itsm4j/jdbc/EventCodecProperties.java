package io.itsm4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.core.TenantId;
import io.itsm4j.core.contract.TestEvents;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The event text form: every event of every type reads back equal, and the text is one record per line. */
class EventCodecProperties {

  @Provide
  Arbitrary<TicketEvent> events() {
    return TestEvents.anyEvent(TenantId.of("acme"), TicketId.of("INC-000042"), 7);
  }

  @Property(tries = 500)
  void everyEventReadsBackEqual(@ForAll("events") TicketEvent event) {
    assertThat(EventCodec.decode(EventCodec.encode(event))).isEqualTo(event);
  }

  @Property(tries = 300)
  void theTextHasOnlyPrintableLinesOfKeyAndValue(@ForAll("events") TicketEvent event) {
    String text = EventCodec.encode(event);
    assertThat(text).startsWith("itsm4j-event/1 " + event.type() + "\n").endsWith("\n");
    assertThat(text.chars().filter(c -> c != '\n').noneMatch(Character::isISOControl)).isTrue();
    text.lines().skip(1).forEach(line -> assertThat(line).matches("[A-Za-z.]+=.*"));
  }

  @Property(tries = 200)
  void escapingIsReversible(@ForAll("texts") String value) {
    String escaped = EventCodec.escape(value);
    assertThat(escaped).doesNotContain("=", "\n", "\r", "\u2028", "\u2029");
    assertThat(EventCodec.unescape(escaped)).isEqualTo(value);
  }

  @Provide
  Arbitrary<String> texts() {
    return TestEvents.awkwardText();
  }

  @Example
  void unicodeLineSeparatorsAreEscapedSoEveryReaderSeesOneLine() {
    String value = "a\u2028b\u2029c\u0085d";
    String escaped = EventCodec.escape(value);
    assertThat(escaped).isEqualTo("a\\u2028b\\u2029c\\u0085d");
    assertThat(escaped).matches(".*");
    assertThat(EventCodec.unescape(escaped)).isEqualTo(value);
  }

  @Example
  void theDocumentedFormIsWhatIsWritten() {
    TicketEvent note = TestEvents.note(TenantId.of("acme"), TicketId.of("INC-000042"), 3, "req-17");
    assertThat(EventCodec.encode(note)).isEqualTo("""
        itsm4j-event/1 note-added
        ticket=INC-000042
        tenant=acme
        seq=3
        at=2026-01-05T09:00:03Z
        actor=agent-1
        command=req-17
        visibility=WORK_NOTE
        text=note 3
        byCaller=false
        """);
  }

  @Example
  void unknownVersionsAndBrokenTextAreRefusedByName() {
    String good = EventCodec.encode(TestEvents.note(TenantId.of("acme"), TicketId.of("INC-1"), 2, "k"));
    assertThatThrownBy(() -> EventCodec.decode(good.replace("itsm4j-event/1", "itsm4j-event/2")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unsupported event format version '2'");
    assertThatThrownBy(() -> EventCodec.decode(good.replace("seq=2", "seq=two")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'seq'");
    assertThatThrownBy(() -> EventCodec.decode(good.replace("text=note 2\n", "")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lacks 'text'");
    assertThatThrownBy(() -> EventCodec.decode(good.replace("note-added", "note-deleted")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown event type");
    assertThatThrownBy(() -> EventCodec.decode("{\"json\": true}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an itsm4j event");
  }
}
