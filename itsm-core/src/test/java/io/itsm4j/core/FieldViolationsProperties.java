package io.itsm4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link Violations#fields} reports, in the map's order, a malformed name once, and for a well-named field exactly
 * what {@link Violations#text} reports for its value under the name {@code map.field}: it decides which values fail
 * without building their names, and this pins that shortcut to the definition, at the length limit and around it
 * (counted in code points, so a value of emoji is as long as its characters, not its chars).
 */
class FieldViolationsProperties {
  @Property(tries = 2000)
  void fieldsReportsWhatTheTextCheckReportsForEachValue(@ForAll("maps") Map<String, String> fields,
      @ForAll @IntRange(min = 0, max = 4) int max) {
    List<Violation> expected = List.empty();
    for (io.vavr.Tuple2<String, String> kv : fields) {
      if (!Violations.isIdentifier(kv._1)) {
        expected = expected.append(Violation.of("fields." + io.itsm4j.core.internal.Checks.abbreviate(kv._1),
            Violation.INVALID, "field names must be identifiers (letters, digits, . _ : -)"));
      } else {
        expected = expected.appendAll(Violations.text("fields." + kv._1, kv._2, max, false));
      }
    }
    Seq<Violation> actual = Violations.fields("fields", fields, max);
    assertThat(actual.toJavaList()).isEqualTo(expected.toJavaList());
  }

  @Provide
  Arbitrary<Map<String, String>> maps() {
    Arbitrary<String> names = Arbitraries.of("a", "b.c", "bad name", "", "x:y");
    // Letters, an emoji (two chars, one code point), a line feed (allowed) and a control character (refused).
    Arbitrary<String> values = Arbitraries.of("a", "\uD83D\uDE00", "\n", "\u0007", " ").list().ofMaxSize(6)
        .map(parts -> String.join("", parts));
    return Arbitraries.maps(names, values).ofMaxSize(4).map(LinkedHashMap::ofAll);
  }
}
