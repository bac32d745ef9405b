package io.itsm4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.core.approval.ApprovalPolicy;
import io.itsm4j.core.catalogue.CatalogueCommand;
import io.itsm4j.core.catalogue.ConfigurationItem;
import io.itsm4j.core.catalogue.Lifecycle;
import io.itsm4j.core.catalogue.Node;
import io.itsm4j.core.catalogue.Service;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.catalogue.ServiceKind;
import io.itsm4j.core.contract.HostileStrings;
import io.itsm4j.core.ticket.ChangeType;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Link;
import io.itsm4j.core.ticket.LinkType;
import io.itsm4j.core.ticket.NoteVisibility;
import io.itsm4j.core.ticket.RiskLevel;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Idempotency fingerprints are injective: two commands get the same fingerprint exactly when they are equal,
 * whatever their strings hold. The generators draw from a small pool of separator-laden strings so that equal
 * commands, and unequal commands that print alike, are both common.
 */
class FingerprintProperties {

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.oneOf(
        Arbitraries.of("", "a", "b", "1", "2", "1), (b, 2", "1, b=2", "a=1", "x\uD800", "x?", "x\uFFFD",
            "Mail, description=b", "b, description=X", "b", ", ", "\u0000", "null", "None", "Some(a)"),
        HostileStrings.mixed(6));
  }

  @Provide
  Arbitrary<Map<String, String>> fields() {
    return Arbitraries.maps(Arbitraries.of("a", "b", "c"), text()).ofMaxSize(3)
        .map(m -> LinkedHashMap.ofAll(m));
  }

  @Provide
  Arbitrary<TicketCommand> ticketCommands() {
    Arbitrary<Option<String>> maybe = text().injectNull(0.3).map(Option::of);
    Arbitrary<TicketCommand> update = Combinators.combine(maybe, maybe, fields(),
            Arbitraries.of("a", "b").set().ofMaxSize(2))
        .as((t, d, f, r) -> new TicketCommand.UpdateDetails(t, d, f, LinkedHashSet.ofAll(r), Option.none()));
    Arbitrary<TicketCommand> note = Combinators.combine(Arbitraries.of(NoteVisibility.class), text())
        .as(TicketCommand.AddNote::new);
    Arbitrary<TicketCommand> state = Combinators.combine(text(), fields()).as(TicketCommand.ChangeState::new);
    Arbitrary<TicketCommand> priority = Combinators.combine(Arbitraries.of(Impact.class), Arbitraries.of(Urgency.class),
        text()).as(TicketCommand.ChangePriority::new);
    Arbitrary<TicketCommand> verdict = text().flatMap(c -> Arbitraries.of(new TicketCommand.Approve(c),
        new TicketCommand.Reject(c)));
    Arbitrary<TicketCommand> open = Combinators.combine(text(), text(), fields())
        .as((t, d, f) -> f.foldLeft(TicketCommand.Open.incident(t, Impact.LOW, Urgency.LOW).withDescription(d),
            (o, kv) -> o.withField(kv._1, kv._2)));
    return Arbitraries.oneOf(update, note, state, priority, verdict, open);
  }

  @Property(tries = 2000)
  void ticket_commands_share_a_fingerprint_exactly_when_they_are_equal(
      @ForAll("ticketCommands") TicketCommand a, @ForAll("ticketCommands") TicketCommand b) {
    assertThat(Fingerprint.of(a).equals(Fingerprint.of(b))).as("%s vs %s", a, b).isEqualTo(a.equals(b));
    assertThat(Arrays.equals(Fingerprint.canonical(a), Fingerprint.canonical(b))).isEqualTo(a.equals(b));
  }

  @Property(tries = 1000)
  void the_fingerprint_is_a_function_of_the_value_not_of_map_order(@ForAll("fields") Map<String, String> fields) {
    Map<String, String> reversed = LinkedHashMap.ofEntries(fields.toList().reverse());
    Map<String, String> hashed = HashMap.ofEntries(fields);
    TicketCommand a = new TicketCommand.ChangeState("s", fields);
    assertThat(Fingerprint.of(new TicketCommand.ChangeState("s", reversed))).isEqualTo(Fingerprint.of(a));
    assertThat(Fingerprint.of(new TicketCommand.ChangeState("s", hashed))).isEqualTo(Fingerprint.of(a));
  }

  @Provide
  Arbitrary<CatalogueCommand> catalogueCommands() {
    Arbitrary<Service> service = Combinators.combine(text(), text(), Arbitraries.of(Lifecycle.PIPELINE, Lifecycle.LIVE))
        .as((name, description, lifecycle) -> Service.builder().id(ServiceId.of("mail")).name(name)
            .description(description).kind(ServiceKind.BUSINESS).owner(ActorId.of("olivia")).lifecycle(lifecycle)
            .build());
    Arbitrary<CatalogueCommand> define = service.flatMap(s -> Arbitraries.of(new CatalogueCommand.DefineService(s),
        new CatalogueCommand.ReviseService(s)));
    Arbitrary<CatalogueCommand> ci = Combinators.combine(text(), fields())
        .as((name, attributes) -> new CatalogueCommand.RegisterCi(ConfigurationItem.builder()
            .id(io.itsm4j.core.catalogue.ConfigurationItemId.of("db-1")).name(name).type("database")
            .attributes(attributes).build()));
    Arbitrary<CatalogueCommand> relate = Arbitraries.of("depends-on", "runs-on", "depends-on, ")
        .map(kind -> new CatalogueCommand.Relate(Node.of(ServiceId.of("mail")), kind, Node.of(ServiceId.of("db"))));
    return Arbitraries.oneOf(define, ci, relate);
  }

  /**
   * The encoding of several values is the count, then each value's encoding as it would be alone: wherever a
   * value's bytes land in the (reused, growing) buffer, a set or a map in it is sorted and length-prefixed the same.
   * The prefix of random length moves the second value across the buffer's boundaries; its long strings give
   * entries of more than 255 bytes, whose length needs more than the last byte of its number. Each try runs on a
   * new thread, whose buffer starts small and has to grow (a thread's buffer is kept for its next encodings).
   */
  @Property(tries = 1500)
  void values_encode_the_same_wherever_they_land_in_the_buffer(@ForAll("prefixes") String prefix,
      @ForAll("containers") Object value) throws Exception {
    byte[][] encoded = new byte[3][];
    Thread fresh = new Thread(() -> {
      encoded[0] = Fingerprint.canonical(prefix, value);
      encoded[1] = Fingerprint.canonical(prefix);
      encoded[2] = Fingerprint.canonical(value);
    });
    fresh.start();
    fresh.join();
    byte[] both = encoded[0];
    byte[] first = encoded[1];
    byte[] second = encoded[2];
    byte[] expected = new byte[8 + (first.length - 8) + (second.length - 8)];
    expected[7] = 2;
    System.arraycopy(first, 8, expected, 8, first.length - 8);
    System.arraycopy(second, 8, expected, first.length, second.length - 8);
    assertThat(both).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> prefixes() {
    return Arbitraries.strings().withChars('a', 'é').ofMaxLength(700);
  }

  @Provide
  Arbitrary<Object> containers() {
    Arbitrary<String> texts = Arbitraries.strings().withChars('x', 'y', '\u00e9').ofMaxLength(300);
    Arbitrary<Object> vavrMaps = Arbitraries.maps(texts, texts).ofMaxSize(3).map(m -> (Object) LinkedHashMap.ofAll(m));
    Arbitrary<Object> javaMaps = Arbitraries.maps(texts, texts).ofMaxSize(3).map(m -> (Object) new java.util.HashMap<>(m));
    Arbitrary<Object> vavrSets = texts.set().ofMaxSize(3).map(x -> (Object) LinkedHashSet.ofAll(x));
    Arbitrary<Object> javaSets = texts.set().ofMaxSize(3).map(x -> (Object) new java.util.HashSet<>(x));
    return Arbitraries.oneOf(vavrMaps, javaMaps, vavrSets, javaSets);
  }

  /**
   * A set's layout, written out: its tag, its size, then each element's encoding behind its length in eight bytes
   * (big-endian), here one element of 609 bytes, whose length needs two of them.
   */
  @Test
  void a_long_element_is_written_behind_its_full_length() {
    String text = "x".repeat(300);
    byte[] element = Arrays.copyOfRange(Fingerprint.canonical(text), 8, Fingerprint.canonical(text).length);
    assertThat(element).hasSize(609);
    java.nio.ByteBuffer expected = java.nio.ByteBuffer.allocate(8 + 1 + 8 + 8 + element.length);
    expected.putLong(1).put((byte) 'U').putLong(1).putLong(element.length).put(element);
    assertThat(Fingerprint.canonical(LinkedHashSet.of(text))).isEqualTo(expected.array());
  }

  /** A JDK map's encoding depends on its entries only, not on their order, and tells values apart by key. */
  @Test
  void a_jdk_map_of_several_entries_is_encoded_by_its_entries() {
    java.util.Map<String, Integer> ordered = new java.util.LinkedHashMap<>();
    ordered.put("a", 1);
    ordered.put("b", 2);
    ordered.put("c", 3);
    java.util.Map<String, Integer> reversed = new java.util.LinkedHashMap<>();
    reversed.put("c", 3);
    reversed.put("b", 2);
    reversed.put("a", 1);
    java.util.Map<String, Integer> swapped = new java.util.LinkedHashMap<>();
    swapped.put("a", 2);
    swapped.put("b", 1);
    swapped.put("c", 3);
    assertThat(Fingerprint.canonical(reversed)).isEqualTo(Fingerprint.canonical(ordered));
    assertThat(Fingerprint.canonical(swapped)).isNotEqualTo(Fingerprint.canonical(ordered));
  }

  @Property(tries = 2000)
  void catalogue_commands_share_a_fingerprint_exactly_when_they_are_equal(
      @ForAll("catalogueCommands") CatalogueCommand a, @ForAll("catalogueCommands") CatalogueCommand b) {
    assertThat(Fingerprint.of(a).equals(Fingerprint.of(b))).as("%s vs %s", a, b).isEqualTo(a.equals(b));
  }

  @Test
  void the_collisions_of_the_report_are_gone() {
    assertThat(Fingerprint.of(TicketCommand.UpdateDetails.nothing().withField("a", "1), (b, 2")))
        .isNotEqualTo(Fingerprint.of(TicketCommand.UpdateDetails.nothing().withField("a", "1").withField("b", "2")));
    Service one = Service.builder().id(ServiceId.of("mail")).name("Mail, description=b").kind(ServiceKind.BUSINESS)
        .owner(ActorId.of("o")).build();
    Service two = Service.builder().id(ServiceId.of("mail")).name("Mail").description("b, description=X")
        .kind(ServiceKind.BUSINESS).owner(ActorId.of("o")).build();
    assertThat(Fingerprint.of(new CatalogueCommand.DefineService(one)))
        .isNotEqualTo(Fingerprint.of(new CatalogueCommand.DefineService(two)));
    assertThat(Fingerprint.of(TicketCommand.AddNote.workNote("x\uD800")))
        .isNotEqualTo(Fingerprint.of(TicketCommand.AddNote.workNote("x?")));
  }

  @Test
  void every_kind_of_ticket_command_has_a_canonical_form_and_kinds_never_collide() {
    List<TicketCommand> one = List.of(
        TicketCommand.Open.change(ChangeType.NORMAL, "t", Impact.LOW, Urgency.LOW),
        TicketCommand.ChangeState.to("x"),
        new TicketCommand.ChangePriority(Impact.LOW, Urgency.LOW, "x"),
        TicketCommand.Assign.toGroup(GroupId.of("x")),
        TicketCommand.AddNote.workNote("x"),
        new TicketCommand.AddLink(Link.of(LinkType.RELATED, TicketId.of("x"))),
        new TicketCommand.RemoveLink(Link.of(LinkType.RELATED, TicketId.of("x"))),
        TicketCommand.UpdateDetails.nothing().withTitle("x"),
        new TicketCommand.AssessRisk(RiskLevel.LOW, 0, LinkedHashMap.of("x", "x")),
        new TicketCommand.RequestApproval(ApprovalPolicy.anyOneOf(GroupId.of("x")),
            LinkedHashMap.of(GroupId.of("x"), HashSet.of(ActorId.of("x")))),
        new TicketCommand.Approve("x"),
        new TicketCommand.Reject("x"),
        new TicketCommand.OverrideCollisions(HashSet.of(TicketId.of("x")), "x"));
    assertThat(one.map(TicketCommand::getClass).distinct().size())
        .isEqualTo(TicketCommand.class.getPermittedSubclasses().length);
    assertThat(one.map(Fingerprint::of).distinct()).hasSize(one.size());
  }

  @Provide
  Arbitrary<Object> mixedValues() {
    return Arbitraries.of(1, 1L, (short) 1, (byte) 1, '1', "1", 1.0, 1.0f, true, "true", Impact.LOW, "LOW",
        Option.some(1), Option.some(1L), Option.none(), java.util.Optional.of(1), java.util.Optional.empty(),
        List.of(1), io.vavr.collection.Vector.of(1), List.empty(), java.util.List.of(1), new java.util.ArrayList<>(
            java.util.List.of(1)), HashSet.of(1, 2), LinkedHashSet.of(2, 1), java.util.Set.of(1), HashMap.of("a", 1),
        LinkedHashMap.of("a", 1), io.vavr.collection.TreeMap.of("a", 1), java.util.Map.of("a", 1),
        new java.math.BigDecimal("1.0"), new java.math.BigDecimal("1.00"), java.time.Duration.ofSeconds(1),
        ActorId.of("1"), GroupId.of("1"), TicketId.of("1"), new TicketCommand.Approve("1"),
        new TicketCommand.Reject("1"));
  }

  @Property(tries = 3000)
  void values_of_different_kinds_that_print_alike_never_share_bytes(@ForAll("mixedValues") Object a,
      @ForAll("mixedValues") Object b) {
    assertThat(Arrays.equals(Fingerprint.canonical(a), Fingerprint.canonical(b))).as("%s (%s) vs %s (%s)", a,
        a.getClass().getSimpleName(), b, b.getClass().getSimpleName()).isEqualTo(a.equals(b));
  }

  /** A record of every kind the encoding knows, for the golden bytes. */
  record Everything(String s, boolean z, int i, long j, short h, byte b, char c, double d, float f, Impact e,
      java.math.BigDecimal decimal, java.time.Instant t, Option<String> some, Option<String> none,
      java.util.Optional<String> optional, Map<String, Integer> map, java.util.Map<String, Integer> javaMap,
      io.vavr.collection.Set<String> set, java.util.Set<String> javaSet, List<String> list,
      java.util.List<String> javaList, ConfigurationItem canonical) {}

  /**
   * The encoding is a stable format: a retry sent before an upgrade must still match. These bytes pin it; a change
   * here is a breaking change (docs/text-policy.md).
   */
  @Test
  void the_canonical_bytes_of_every_kind_are_pinned() {
    Everything all = new Everything("aé\uD800", true, 1, 2L, (short) 3, (byte) 4, 'x', 0.5, 1.5f, Impact.HIGH,
        new java.math.BigDecimal("1.10"), java.time.Instant.parse("2026-12-07T10:00:00Z"), Option.some("s"),
        Option.none(), java.util.Optional.of("o"), LinkedHashMap.of("k2", 2, "k1", 1),
        new java.util.TreeMap<>(java.util.Map.of("m", 7)), LinkedHashSet.of("y", "x"), new java.util.TreeSet<>(
            java.util.Set.of("q")), List.of("b", "a"), java.util.List.of("l"),
        ConfigurationItem.of("db-1", "Database", "server"));
    assertThat(java.util.HexFormat.of().formatHex(Fingerprint.canonical(all)))
        .isEqualTo(GOLDEN);
    assertThat(Fingerprint.of(all)).isEqualTo(GOLDEN_FINGERPRINT);
    assertThat(Fingerprint.of(TicketCommand.AddNote.workNote("Restarted the gateway")))
        .isEqualTo(GOLDEN_NOTE);
  }

  private static final String GOLDEN = String.join("",
      "000000000000000152000000000000002f0069006f002e006900740073006d0034006a002e0063006f00720065002e00",
      "460069006e006700650072007000720069006e007400500072006f007000650072007400690065007300240045007600",
      "6500720079007400680069006e00670000000000000016530000000000000003006100e9d8005a014900000000000000",
      "014a0000000000000002480000000000000003420000000000000004430000000000000078443fe00000000000004600",
      "0000003fc0000045000000000000001c0069006f002e006900740073006d0034006a002e0063006f00720065002e0074",
      "00690063006b00650074002e0049006d0070006100630074000000000000000400480049004700485400000000000000",
      "14006a006100760061002e006d006100740068002e0042006900670044006500630069006d0061006c00000000000000",
      "040031002e00310030540000000000000011006a006100760061002e00740069006d0065002e0049006e007300740061",
      "006e007400000000000000140032003000320036002d00310032002d00300037005400310030003a00300030003a0030",
      "0030005a4f0153000000000000000100734f005001530000000000000001006f4d000000000000000200000000000000",
      "16530000000000000002006b00314900000000000000010000000000000016530000000000000002006b003249000000",
      "00000000026d00000000000000010000000000000014530000000000000001006d490000000000000007550000000000",
      "000002000000000000000b5300000000000000010078000000000000000b530000000000000001007975000000000000",
      "0001000000000000000b53000000000000000100714c0000000000000002530000000000000001006253000000000000",
      "000100616c0000000000000001530000000000000001006c4b000000000000002a0069006f002e006900740073006d00",
      "34006a002e0063006f00720065002e0063006100740061006c006f006700750065002e0043006f006e00660069006700",
      "750072006100740069006f006e004900740065006d52000000000000002c0069006f002e006900740073006d0034006a",
      "002e0063006f00720065002e0063006100740061006c006f006700750065002e0043006f006e00660069006700750072",
      "006100740069006f006e004900740065006d00490064000000000000000153000000000000000400640062002d003153",
      "000000000000000800440061007400610062006100730065530000000000000006007300650072007600650072450000",
      "0000000000210069006f002e006900740073006d0034006a002e0063006f00720065002e0063006100740061006c006f",
      "006700750065002e0043006900530074006100740075007300000000000000060041004300540049005600454d000000",
      "0000000000");
  private static final String GOLDEN_FINGERPRINT = "6f95a6df44535e05f42109a0f0d260919c60b4dfa4de64dddadf706dcc55497c";
  private static final String GOLDEN_NOTE = "2bb5cf01210cee82547b00accbb5cd11d945d5207153f4fc95a1de5c0b816835";

  @Test
  void a_value_without_a_canonical_form_is_refused_rather_than_printed() {
    assertThatThrownBy(() -> Fingerprint.of(new Object())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.Object");
    assertThat(Fingerprint.of(1)).isNotEqualTo(Fingerprint.of(1L));
    assertThat(Fingerprint.of("ab", "c")).isNotEqualTo(Fingerprint.of("a", "bc"));
    assertThat(Fingerprint.of(List.of("a", "b"))).isNotEqualTo(Fingerprint.of(List.of("b", "a")));
    assertThat(Fingerprint.of(HashSet.of("a", "b"))).isEqualTo(Fingerprint.of(LinkedHashSet.of("b", "a")));
    assertThat(Fingerprint.of(Option.none())).isNotEqualTo(Fingerprint.of(Option.some("")));
  }
  /** A value whose canonical form holds the fingerprint of another, computed while it is being written. */
  static final class Holder implements Fingerprint.Canonical {
    private final boolean computeInside;
    private final String precomputed;

    Holder(boolean computeInside, String precomputed) {
      this.computeInside = computeInside;
      this.precomputed = precomputed;
    }

    @Override
    public void writeCanonical(Fingerprint.Writer out) {
      out.value(computeInside ? Fingerprint.of(List.of("inner", "value")) : precomputed);
      out.value(LinkedHashMap.of("b", 2, "a", 1));
    }
  }

  /**
   * Each thread reuses one buffer for its encodings; one started while another is being written (a canonical form
   * that fingerprints a part of itself) gets a buffer of its own, so neither is corrupted, and a failed encoding
   * leaves the buffer clean for the next.
   */
  @Test
  void an_encoding_inside_an_encoding_and_after_a_failed_one_gives_the_same_bytes() {
    String inner = Fingerprint.of(List.of("inner", "value"));
    byte[] flat = Fingerprint.canonical(new Holder(false, inner));
    assertThat(Fingerprint.canonical(new Holder(true, null))).isEqualTo(flat);
    assertThatThrownBy(() -> Fingerprint.of("before", new Object())).isInstanceOf(IllegalArgumentException.class);
    assertThat(Fingerprint.canonical(new Holder(true, null))).isEqualTo(flat);
    assertThat(Fingerprint.of(new Holder(true, null))).isEqualTo(Fingerprint.of(new Holder(false, inner)));
  }
}
