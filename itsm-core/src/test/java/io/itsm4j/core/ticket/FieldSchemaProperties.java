package io.itsm4j.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.core.Actor;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.Violation;
import io.itsm4j.core.catalogue.FieldType;
import io.itsm4j.core.catalogue.FormField;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Typed ticket fields, as properties: for generated schemas (types, allowed values, lengths, required on open and on
 * a transition, open or closed) and generated field maps, the decider refuses exactly what a naive rule-by-rule
 * oracle finds wrong, names every wrong field at once and nothing else, and accepts the rest; the default schema
 * is open, so fields nobody declared keep working.
 */
class FieldSchemaProperties {
  private static final TenantId TENANT = TenantId.of("t1");
  private static final TicketId ID = TicketId.of("INC-1");
  private static final List<String> NAMES = List.of("site", "floor", "asset.tag", "due.date", "vip");
  private static final List<String> VALUES = List.of("berlin", "paris", "12", "-3", "2026-02-30", "2026-03-01",
      "true", "yes", "", "  ", "a-very-long-value-over-ten", "\uD835\uDD04\uD835\uDD04\uD835\uDD04");

  /** One declared field as the oracle sees it. */
  record Spec(String name, FieldType type, boolean required, List<String> allowed, int maxLength) {
    FormField field() {
      FormField f = required ? FormField.required(name, type) : FormField.optional(name, type);
      return f.allowing(allowed.toArray(String[]::new)).withMaxLength(maxLength);
    }
  }

  /** A schema as the oracle sees it. */
  record Schema(List<Spec> fields, List<String> requiredToResolve, boolean closed) {
    FieldSchema build() {
      FieldSchema.Builder b = FieldSchema.builder();
      fields.forEach(s -> b.field(s.field()));
      if (!requiredToResolve.isEmpty()) {
        b.requiredOn("resolve", requiredToResolve.toArray(String[]::new));
      }
      return (closed ? b.closed() : b).build();
    }

    Option<Spec> spec(String name) {
      return Option.ofOptional(fields.stream().filter(s -> s.name().equals(name)).findFirst());
    }
  }

  @Provide
  Arbitrary<Schema> schemas() {
    Arbitrary<FieldType> types = Arbitraries.of(FieldType.TEXT, FieldType.INTEGER, FieldType.BOOLEAN,
        FieldType.DATE);
    Arbitrary<List<Spec>> specs = Arbitraries.subsetOf(NAMES).flatMap(names -> {
      List<Arbitrary<Spec>> each = new ArrayList<>();
      for (String n : new TreeSet<>(names)) {
        each.add(Combinators.combine(types, Arbitraries.of(true, false), Arbitraries.integers().between(3, 30))
            .flatAs((t, req, max) -> allowedFor(t, max).map(allowed -> new Spec(n, t, req, allowed, max))));
      }
      return Combinators.combine(each).as(ArrayList::new);
    });
    return specs.flatMap(fs -> Combinators.combine(
        Arbitraries.subsetOf(fs.stream().map(Spec::name).toList()).map(ArrayList::new), Arbitraries.of(true, false))
        .as((required, closed) -> new Schema(fs, required, closed)));
  }

  private static Arbitrary<List<String>> allowedFor(FieldType type, int max) {
    List<String> sound = VALUES.stream().filter(v -> !v.isBlank() && type.accepts(v) && v.codePointCount(0,
        v.length()) <= max).toList();
    return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(List.of())),
        Tuple.of(sound.isEmpty() ? 0 : 1, Arbitraries.subsetOf(sound).map(ArrayList::new)));
  }

  @Provide
  Arbitrary<Map<String, String>> fieldMaps() {
    Arbitrary<String> name = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of(NAMES)),
        Tuple.of(1, Arbitraries.of("undeclared", TicketFields.RESOLUTION_CODE, TicketFields.RESOLUTION_NOTES)));
    return Combinators.combine(name, Arbitraries.of(VALUES)).as(io.vavr.Tuple::of).list().ofMaxSize(6)
        .map(LinkedHashMap::ofEntries);
  }

  @Property(tries = 400)
  void opening_refuses_exactly_what_the_oracle_finds_wrong(@ForAll("schemas") Schema schema,
      @ForAll("fieldMaps") Map<String, String> fields) {
    TicketDecider decider = TicketDecider.standard().withFieldSchema(TicketKind.INCIDENT, schema.build());
    var result = decider.decide(ctx(0), withFields(TicketCommand.Open.incident("Printer", Impact.LOW, Urgency.LOW), fields), Option.none());
    java.util.Set<String> expected = new java.util.TreeSet<>();
    for (String n : fields.keySet()) {
      if (schema.closed() && schema.spec(n).isEmpty() && !n.startsWith("resolution.")) {
        expected.add("fields." + n);
      }
    }
    for (Spec s : schema.fields()) {
      Option<String> v = fields.get(s.name());
      boolean blank = v.map(String::isBlank).getOrElse(true);
      if (blank ? s.required() : !valid(s, v.get())) {
        expected.add("fields." + s.name());
      }
    }
    Statistics.collect(expected.isEmpty() ? "accepted" : "refused");
    Statistics.coverage(c -> {
      c.check("accepted").percentage(p -> p >= 8);
      c.check("refused").percentage(p -> p >= 15);
    });
    if (expected.isEmpty()) {
      assertThat(result.isRight()).as("%s", result).isTrue();
      assertThat(result.get().head()).isInstanceOf(TicketEvent.Opened.class);
    } else {
      assertThat(result.getLeft().code()).isEqualTo(RejectionCode.INVALID_INPUT);
      assertThat(result.getLeft().violations().map(Violation::field).toJavaSet()).isEqualTo(expected);
    }
  }

  @Property(tries = 400)
  void resolving_checks_what_is_set_and_what_the_transition_requires(@ForAll("schemas") Schema schema,
      @ForAll("fieldMaps") Map<String, String> given) {
    TicketDecider decider = TicketDecider.standard().withFieldSchema(TicketKind.INCIDENT, schema.build());
    // Opened with every declared field valid, so only the resolve command's own fields are at stake.
    LinkedHashMap<String, String> valid = LinkedHashMap.empty();
    for (Spec s : schema.fields()) {
      if (s.required()) {
        java.util.Optional<String> value = VALUES.stream().filter(v -> !v.isBlank() && valid(s, v)).findFirst();
        Assume.that(value.isPresent());
        valid = valid.put(s.name(), value.get());
      }
    }
    Ticket t = open(decider, valid);
    Map<String, String> withCodes = given.put(TicketFields.RESOLUTION_CODE, "fixed")
        .put(TicketFields.RESOLUTION_NOTES, "done");
    var result = decider.decide(ctx(2), withCodes.foldLeft(TicketCommand.ChangeState.to("resolved"), (c, kv) -> c.withField(kv._1, kv._2)),
        Option.some(t));
    Map<String, String> after = t.fields().merge(withCodes, (a, b) -> b);
    java.util.Set<String> expected = new java.util.TreeSet<>();
    withCodes.forEach((n, v) -> {
      Option<Spec> s = schema.spec(n);
      if (schema.closed() && s.isEmpty() && !n.startsWith("resolution.")) {
        expected.add("fields." + n);
      }
      if (s.isDefined() && !(v.isBlank() && !s.get().required()) && (v.isBlank() || !valid(s.get(), v))) {
        expected.add("fields." + n);
      }
    });
    for (String n : schema.requiredToResolve()) {
      if (after.get(n).map(String::isBlank).getOrElse(true)) {
        expected.add("fields." + n);
      }
    }
    if (expected.isEmpty()) {
      assertThat(result.isRight()).as("%s", result).isTrue();
    } else {
      assertThat(result.getLeft().violations().map(Violation::field).toJavaSet()).isEqualTo(expected);
      boolean onlyMissing = result.getLeft().violations().forAll(v -> v.code().equals(Violation.REQUIRED));
      assertThat(result.getLeft().code()).isEqualTo(onlyMissing ? RejectionCode.FIELD_REQUIRED
          : RejectionCode.INVALID_INPUT);
    }
  }

  @Property(tries = 100)
  void the_default_schema_is_open(@ForAll("fieldMaps") Map<String, String> fields) {
    assertThat(TicketDecider.standard().fieldSchema(TicketKind.INCIDENT)).isSameAs(FieldSchema.open());
    var result = TicketDecider.standard().decide(ctx(0), withFields(TicketCommand.Open.incident("Printer", Impact.LOW,
        Urgency.LOW), fields), Option.none());
    assertThat(result.isRight()).isTrue();
  }

  @Example
  void a_required_field_cannot_be_removed_and_an_undeclared_one_is_named() {
    FieldSchema schema = FieldSchema.builder().field(FormField.required("site", FieldType.TEXT)
        .allowing("berlin", "paris")).closed().build();
    TicketDecider decider = TicketDecider.standard().withFieldSchema(TicketKind.INCIDENT, schema);
    Ticket t = open(decider, LinkedHashMap.of("site", "berlin"));
    var removed = decider.decide(ctx(2), TicketCommand.UpdateDetails.nothing().withoutField("site"),
        Option.some(t)).getLeft();
    assertThat(removed.violations().map(Violation::message)).containsExactly("site is required and cannot be removed");
    var unknown = decider.decide(ctx(2), TicketCommand.UpdateDetails.nothing().withField("colour", "red")
        .withField("site", "rome"), Option.some(t)).getLeft();
    assertThat(unknown.code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(unknown.violations().map(Violation::message)).containsExactlyInAnyOrder(
        "'colour' is not a field of this kind of ticket; declared: site",
        "site must be one of berlin, paris, got 'rome'");
    assertThat(TicketDecider.standard().withFieldSchema(TicketKind.INCIDENT, schema)
        .fieldSchema(TicketKind.SERVICE_REQUEST).isClosed()).as("other kinds keep theirs").isFalse();
  }

  @Example
  void a_field_is_reported_once_and_optional_fields_may_go() {
    FieldSchema schema = FieldSchema.builder().field(FormField.required("site", FieldType.TEXT).labelled("Site"))
        .field(FormField.optional("asset.tag", FieldType.INTEGER).labelled("Asset tag"))
        .requiredOn("resolve", "site", "asset.tag").closed().build();
    assertThat(schema.isClosed()).isTrue();
    assertThat(FieldSchema.open().isClosed()).isFalse();
    assertThat(schema.requiredOn("resolve")).containsExactly("site", "asset.tag");
    assertThat(schema.requiredOn("close")).isEmpty();
    assertThat(schema).hasToString("FieldSchema[closed, site, asset.tag]");
    assertThat(FieldSchema.open()).hasToString("FieldSchema[open, ]");
    TicketDecider decider = TicketDecider.standard().withFieldSchema(TicketKind.INCIDENT, schema);
    Ticket t = open(decider, LinkedHashMap.of("site", "berlin", "asset.tag", "42"));

    var removed = decider.decide(ctx(2), TicketCommand.UpdateDetails.nothing().withoutField("asset.tag"),
        Option.some(t));
    assertThat(removed.isRight()).as("an optional field may be removed: %s", removed).isTrue();

    var resolve = decider.decide(ctx(2), TicketCommand.ChangeState.to("resolved").withField("site", " ")
        .withField(TicketFields.RESOLUTION_CODE, "fixed").withField(TicketFields.RESOLUTION_NOTES, "done"),
        Option.some(t));
    assertThat(resolve.getLeft().code()).isEqualTo(RejectionCode.FIELD_REQUIRED);
    assertThat(resolve.getLeft().violations().map(Violation::message))
        .as("site once, though it is both required and required to resolve")
        .containsExactly("Site is required");

    Ticket untagged = open(decider, LinkedHashMap.of("site", "berlin"));
    var missingTag = decider.decide(ctx(3), TicketCommand.ChangeState.to("resolved")
        .withField(TicketFields.RESOLUTION_CODE, "fixed").withField(TicketFields.RESOLUTION_NOTES, "done"),
        Option.some(untagged));
    assertThat(missingTag.getLeft().violations().map(Violation::message))
        .containsExactly("Asset tag is required to resolve");
  }

  @Example
  void a_schema_that_contradicts_itself_names_every_problem() {
    assertThatThrownBy(() -> FieldSchema.builder().field(FormField.optional("site", FieldType.INTEGER)
            .allowing("berlin")).field(FormField.optional("site", FieldType.TEXT))
        .requiredOn("resolve", "floor").requiredOn("not an id", "site").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fields[0].allowedValues: allowed value 'berlin' is not a whole number")
        .hasMessageContaining("fields[1].name: the field site is declared twice")
        .hasMessageContaining("requiredOn.resolve: the field floor is not declared")
        .hasMessageContaining("requiredOn: a transition name must be an identifier, got 'not an id'");
  }

  private static TicketCommand.Open withFields(TicketCommand.Open open, Map<String, String> fields) {
    return fields.foldLeft(open, (o, kv) -> o.withField(kv._1, kv._2));
  }

  private static boolean valid(Spec s, String v) {
    return s.type().accepts(v) && v.codePointCount(0, v.length()) <= s.maxLength()
        && (s.allowed().isEmpty() || s.allowed().contains(v));
  }

  private static Ticket open(TicketDecider decider, Map<String, String> fields) {
    return TicketDecider.replay(history(decider, fields)).get();
  }

  /** The events of a ticket opened with these fields and started. */
  private static Seq<TicketEvent> history(TicketDecider decider, Map<String, String> fields) {
    Seq<TicketEvent> opened = decider.decide(ctx(0), withFields(TicketCommand.Open.incident("Printer", Impact.LOW,
        Urgency.LOW), fields), Option.none()).get();
    Ticket t = TicketDecider.replay(opened).get();
    Seq<TicketEvent> started = decider.decide(ctx(1), TicketCommand.ChangeState.to("in-progress"), Option.some(t))
        .get();
    return opened.appendAll(started);
  }

  private static CommandContext ctx(int n) {
    return CommandContext.of(TENANT, ID, Actor.of("alice", "agent"), "cmd-" + n, Instant.EPOCH.plusSeconds(n));
  }
}
