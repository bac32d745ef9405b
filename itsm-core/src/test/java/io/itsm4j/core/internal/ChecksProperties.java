package io.itsm4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The written-out identifier check answers exactly what the documented pattern {@link Checks#ID} does. */
class ChecksProperties {

  @Provide
  Arbitrary<String> nearIdentifiers() {
    // Mostly the characters at the edges of the rule (ASCII letters and digits, the four punctuation marks, and
    // their neighbours in the code table), lengths around the limit of 64.
    return Arbitraries.strings().withChars("aAzZ09._:-/@[`{~ éÄ٣").ofMinLength(0).ofMaxLength(70);
  }

  @Property(tries = 2000)
  void isIdAgreesWithThePattern(@ForAll("nearIdentifiers") String value) {
    assertThat(Checks.isId(value)).as("'%s'", value).isEqualTo(Checks.ID.matcher(value).matches());
  }

  @Property(tries = 1000)
  void isIdAgreesWithThePatternOnAnyText(@ForAll String value) {
    assertThat(Checks.isId(value)).isEqualTo(Checks.ID.matcher(value).matches());
  }

  @Example
  void theEdgesOfTheRule() {
    assertThat(Checks.isId("a".repeat(64))).isTrue();
    assertThat(Checks.isId("a".repeat(65))).isFalse();
    assertThat(Checks.isId("")).isFalse();
    assertThat(Checks.isId("-a")).isFalse();
    assertThat(Checks.isId("a-b.c_d:e")).isTrue();
    assertThat(Checks.isId("Z9")).isTrue();
    assertThat(Checks.isId("a b")).isFalse();
    assertThat(Checks.isId("ä")).isFalse();
  }
}
