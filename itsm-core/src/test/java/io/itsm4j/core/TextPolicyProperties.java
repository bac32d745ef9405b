package io.itsm4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.contract.HostileStrings;
import io.itsm4j.core.contract.TextOracle;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The text policy against its slow oracle, and the promises of truncation and of what messages show. */
class TextPolicyProperties {

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(HostileStrings.mixed(40), Arbitraries.strings().ofMaxLength(40),
        Arbitraries.of(HostileStrings.classes().values().toJavaList()));
  }

  /** Every code point on either side of a boundary of the policy, and a few plain ones. */
  @Provide
  Arbitrary<String> boundaries() {
    int[] points = {0x00, 0x08, 0x09, 0x0A, 0x0B, 0x0D, 0x1F, 0x20, 0x41, 0x7E, 0x7F, 0x80, 0x85, 0x9F, 0xA0,
        0x2009, 0x200A, 0x200B, 0x200C, 0x200D, 0x200E, 0x2027, 0x2028, 0x2029, 0x2029, 0x202A, 0x202E, 0x202F,
        0x205F, 0x2060, 0x2061, 0x2065, 0x2066, 0x2069, 0x206A, 0x3000, 0xFEFE, 0xFEFF, 0xFF00, 0xD7FF, 0xD800,
        0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0x1F600};
    return Arbitraries.of(java.util.Arrays.stream(points).boxed().toList()).list().ofMaxSize(4)
        .map(cps -> cps.stream().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString());
  }

  @Property(tries = 3000)
  void at_every_boundary_the_policy_and_blankness_agree_with_the_oracle(@ForAll("boundaries") String s) {
    assertThat(TextPolicy.allows(s, TextPolicy.Form.LINE)).as("line %s", TextPolicy.shown(s))
        .isEqualTo(TextOracle.allowed(s, false));
    assertThat(TextPolicy.allows(s, TextPolicy.Form.MULTI_LINE)).as("multi-line %s", TextPolicy.shown(s))
        .isEqualTo(TextOracle.allowed(s, true));
    assertThat(TextPolicy.isBlank(s)).as("blank %s", TextPolicy.shown(s)).isEqualTo(TextOracle.blank(s));
    assertThat(TextPolicy.length(s)).isEqualTo(s.codePointCount(0, s.length()));
  }

  @Property(tries = 3000)
  void the_policy_allows_exactly_what_the_oracle_allows(@ForAll("texts") String s) {
    assertThat(TextPolicy.allows(s, TextPolicy.Form.LINE)).isEqualTo(TextOracle.allowed(s, false));
    assertThat(TextPolicy.allows(s, TextPolicy.Form.MULTI_LINE)).isEqualTo(TextOracle.allowed(s, true));
    assertThat(TextPolicy.problem(s, TextPolicy.Form.LINE).isDefined()).isEqualTo(!TextOracle.allowed(s, false));
  }

  @Property(tries = 3000)
  void allowed_text_survives_utf_8_byte_for_byte(@ForAll("texts") String s) {
    if (TextPolicy.allows(s, TextPolicy.Form.MULTI_LINE)) {
      assertThat(new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(s);
    }
    assertThat(TextPolicy.isWellFormed(s))
        .isEqualTo(new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(s));
  }

  @Property(tries = 3000)
  void truncation_keeps_a_prefix_within_the_limit_and_never_breaks_what_was_allowed(@ForAll("texts") String s,
      @ForAll @IntRange(min = 1, max = 45) int max) {
    String cut = TextPolicy.truncate(s, max);
    assertThat(TextPolicy.length(cut)).isLessThanOrEqualTo(max);
    if (TextPolicy.length(s) <= max) {
      assertThat(cut).isEqualTo(s);
    } else {
      assertThat(cut).endsWith("…");
      assertThat(s).startsWith(cut.substring(0, cut.length() - 1));
      assertThat(TextPolicy.length(cut)).isEqualTo(max);
    }
    for (TextPolicy.Form form : TextPolicy.Form.values()) {
      if (TextPolicy.allows(s, form)) {
        assertThat(TextPolicy.allows(cut, form)).isTrue();
      }
    }
  }

  @Property(tries = 3000)
  void a_shown_value_is_always_one_allowed_line_of_bounded_length(@ForAll("texts") String s) {
    String shown = TextPolicy.shown(s);
    assertThat(TextPolicy.allows(shown, TextPolicy.Form.LINE)).isTrue();
    if (TextPolicy.allows(s, TextPolicy.Form.LINE) && TextPolicy.length(s) <= TextPolicy.SHOWN_MAX) {
      assertThat(shown).isEqualTo(s);
    }
  }

  @Test
  void every_kind_of_problem_is_named_with_its_character_and_position() {
    assertThat(TextPolicy.problem("a\uDC00", TextPolicy.Form.LINE).get())
        .isEqualTo("has an unpaired surrogate U+DC00 at position 1");
    assertThat(TextPolicy.problem("\uD800a", TextPolicy.Form.LINE).get())
        .isEqualTo("has an unpaired surrogate U+D800 at position 0");
    assertThat(TextPolicy.problem("ab\u007F", TextPolicy.Form.LINE).get())
        .isEqualTo("has a control character U+007F at position 2");
    assertThat(TextPolicy.problem("\n", TextPolicy.Form.LINE).get()).isEqualTo("has a line break U+000A at position 0");
    assertThat(TextPolicy.problem("\t", TextPolicy.Form.LINE).get())
        .isEqualTo("has a control character U+0009 at position 0");
    assertThat(TextPolicy.problem("x\u2029", TextPolicy.Form.MULTI_LINE).get())
        .isEqualTo("has a line break U+2029 at position 1");
    assertThat(TextPolicy.problem("\u2066", TextPolicy.Form.LINE).get())
        .isEqualTo("has a bidirectional override U+2066 at position 0");
    assertThat(TextPolicy.isBlank("")).isTrue();
    assertThat(TextPolicy.isBlank(" \u00A0\u2003\u200B\uFEFF")).isTrue();
    assertThat(TextPolicy.isBlank(" . ")).isFalse();
  }

  @Test
  void a_megabyte_is_shown_as_two_hundred_characters_and_its_length() {
    String shown = TextPolicy.shown("x".repeat(1 << 20));
    assertThat(shown).isEqualTo("x".repeat(200) + "… (1048576 characters)");
    assertThat(TextPolicy.shown("a\u001B[2J\nb")).isEqualTo("a\\u001B[2J\\u000Ab");
    assertThat(TextPolicy.shown("a\uD800")).isEqualTo("a\\uD800");
  }

  @Test
  void a_thousand_and_one_emoji_are_cut_between_pairs_never_inside_one() {
    String emoji = "\uD83D\uDE00".repeat(1001);
    String cut = TextPolicy.truncate(emoji, 1000);
    assertThat(TextPolicy.isWellFormed(cut)).isTrue();
    assertThat(cut).isEqualTo("\uD83D\uDE00".repeat(999) + "…");
    assertThat(TextPolicy.shown(emoji)).startsWith("\uD83D\uDE00".repeat(200) + "…");
  }

  @Test
  void problems_name_the_character_and_its_position_in_code_points() {
    assertThat(TextPolicy.problem("\uD83D\uDE00a\u202Eb", TextPolicy.Form.LINE).get())
        .isEqualTo("has a bidirectional override U+202E at position 2");
    assertThat(TextPolicy.problem("\uD83D\uDE00a\u202Eb", TextPolicy.Form.MULTI_LINE).isEmpty()).isTrue();
    assertThat(TextPolicy.problem("ab\uDC00", TextPolicy.Form.MULTI_LINE).get())
        .isEqualTo("has an unpaired surrogate U+DC00 at position 2");
    assertThat(TextPolicy.problem("a\r\n", TextPolicy.Form.MULTI_LINE).get())
        .isEqualTo("has a line break U+000D at position 1");
    assertThat(TextPolicy.problem("a\u0085", TextPolicy.Form.MULTI_LINE).get())
        .isEqualTo("has a control character U+0085 at position 1");
  }
}
