package io.itsm4j.core.catalogue;

import io.vavr.control.Either;
import io.itsm4j.core.Rejection;
import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Violation;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.time.YearMonth;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A request passes validation iff its fields satisfy the item's definition, by an oracle written from the spec. */
class RequestItemProperties {
  private static final java.util.List<String> SAMPLES = java.util.List.of("", " ", "12", "-3", "+7", "007",
      "1234567890123456789", "123456789012345678", "1.5", "-0.25", "1234567890123456789012345678901", "0.1234567890123456789012345678901", ".5", "5.", "1e3", "1,000", "true", "false",
      "TRUE", "yes", "2026-11-23", "2024-02-29", "2026-02-29", "2026-13-01", "26-11-23", "laptop", "Model A",
      "a much longer text than some fields allow");

  record Case(Seq<FormField> fields, Map<String, String> values) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<FormField> field = Combinators.combine(
        Arbitraries.of(FieldType.values()),
        Arbitraries.of(true, false),
        Arbitraries.of(SAMPLES).set().ofMaxSize(3),
        Arbitraries.integers().between(1, 25))
        .as((type, required, allowed, max) -> new FormField("f", "F", type, required,
            LinkedHashSet.ofAll(allowed).filter(v -> !v.isBlank() && type.accepts(v) && v.length() <= max), max));
    return field.list().ofMaxSize(6).flatMap(fs -> {
      Seq<FormField> named = List.ofAll(fs).zipWithIndex()
          .map(t -> new FormField("f" + t._2, "Field " + t._2, t._1.type(), t._1.required(), t._1.allowedValues(),
              t._1.maxLength()));
      Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.of(SAMPLES),
          Arbitraries.of(named.flatMap(FormField::allowedValues).append("x").toJavaList()));
      return Arbitraries.integers().between(0, 7).list().ofSize(named.size() + 1)
          .flatMap(present -> value.list().ofSize(named.size() + 1).map(vs -> {
            Map<String, String> values = LinkedHashMap.empty();
            for (int i = 0; i <= named.size(); i++) {
              if (present.get(i) > 1) {
                values = values.put("f" + i, vs.get(i)); // "f<size>" is a field the form does not declare
              }
            }
            return new Case(named, values);
          }));
    });
  }

  // --- the oracle, written from FieldType's and FormField's documentation

  static boolean digits(String s) {
    return !s.isEmpty() && s.chars().allMatch(ch -> ch >= '0' && ch <= '9');
  }


  static boolean ofType(FieldType type, String v) {
    String u = v.startsWith("+") || v.startsWith("-") ? v.substring(1) : v;
    switch (type) {
      case TEXT:
        return true;
      case INTEGER:
        return digits(u) && u.length() <= 18;
      case DECIMAL: {
        int dot = u.indexOf('.');
        String whole = dot < 0 ? u : u.substring(0, dot);
        String fraction = dot < 0 ? "0" : u.substring(dot + 1);
        return digits(whole) && whole.length() <= 30 && digits(fraction) && fraction.length() <= 30;
      }
      case BOOLEAN:
        return v.equals("true") || v.equals("false");
      default: {
        if (!v.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
          return false;
        }
        int month = Integer.parseInt(v.substring(5, 7));
        int day = Integer.parseInt(v.substring(8, 10));
        return month >= 1 && month <= 12 && day >= 1
            && day <= YearMonth.of(Integer.parseInt(v.substring(0, 4)), month).lengthOfMonth();
      }
    }
  }

  static boolean satisfied(FormField f, Map<String, String> values) {
    String v = values.get(f.name()).getOrNull();
    if (v == null || v.isBlank()) {
      return !f.required();
    }
    return v.length() <= f.maxLength() && ofType(f.type(), v)
        && (f.allowedValues().isEmpty() || f.allowedValues().contains(v));
  }

  @Property(tries = 1000)
  void aRequestPassesIffEveryFieldSatisfiesItsDefinition(@ForAll("cases") Case c) {
    RequestItem item = RequestItem.builder().id(CatalogueItemId.of("laptop")).name("New laptop")
        .service(ServiceId.of("workplace")).fields(c.fields()).build();
    Either<Rejection, Map<String, String>> result = item.validate(c.values());

    TreeSet<String> failing = new TreeSet<>();
    c.fields().filter(f -> !satisfied(f, c.values())).forEach(f -> failing.add("fields." + f.name()));
    assertThat(result.isRight()).isEqualTo(failing.isEmpty());
    if (result.isLeft()) {
      assertThat(result.getLeft().violations().map(Violation::field)).containsExactlyInAnyOrderElementsOf(failing);
    } else {
      assertThat(result.get()).isEqualTo(c.values());
    }
  }

  @Property(tries = 300)
  void everyAllowedValueSeedsAValidRequest(@ForAll("cases") Case c) {
    RequestItem item = RequestItem.builder().id(CatalogueItemId.of("laptop")).name("New laptop")
        .service(ServiceId.of("workplace")).fields(c.fields()).build();
    // A request giving each field its first allowed value (or a well-formed sample) passes.
    Map<String, String> good = LinkedHashMap.empty();
    for (FormField f : c.fields()) {
      String v = f.allowedValues().headOption().getOrElse(() -> switch (f.type()) {
        case TEXT -> "x";
        case INTEGER -> "1";
        case DECIMAL -> "1.5";
        case BOOLEAN -> "true";
        case DATE -> "2026-11-23";
      });
      if (v.length() <= f.maxLength()) {
        good = good.put(f.name(), v);
      }
    }
    Map<String, String> request = good;
    boolean expected = c.fields().forAll(f -> satisfied(f, request));
    assertThat(item.validate(request).isRight()).isEqualTo(expected);
  }
}
