package io.itsm4j.core.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.Violation;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.core.ticket.Urgency;
import io.itsm4j.core.workflow.StateCategory;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** What a search means: whole words of title and description, any case, every word of the search. */
class TextSearchTest {
  private static final TenantId ACME = TenantId.of("acme");

  private static TicketView view(String title, String description) {
    Instant at = Instant.parse("2026-03-02T09:00:00Z");
    return new TicketView(ACME, TicketId.of("INC-1"), TicketKind.INCIDENT, "incident", "new", StateCategory.NEW,
        Priority.P3, Impact.MEDIUM, Urgency.MEDIUM, Option.none(), Option.none(), Option.none(), Option.none(),
        Option.none(), HashSet.empty(), ActorId.of("caller"), title, description, at, at, Option.none(), 0,
        LinkedHashMap.empty(), Vector.empty(), 1);
  }

  private static boolean finds(String search, String title, String description) {
    return TicketQuery.in(ACME).text(search).build().get().matches(view(title, description));
  }

  @Example
  void a_search_finds_whole_words_in_any_case_and_order_in_title_or_description() {
    assertThat(finds("VPN down", "The VPN is down again", "")).isTrue();
    assertThat(finds("VPN down", "Gateway", "down: vpn-gateway-2")).isTrue();
    assertThat(finds("vpn DOWN", "down", "VPN")).isTrue();
    assertThat(finds("VPN down", "VPNs down", "")).isFalse();
    assertThat(finds("VPN down", "VPN downtime", "")).isFalse();
    assertThat(finds("écran", "ÉCRAN noir", "")).isTrue();
    assertThat(finds("disk42", "disk 42 full", "")).isFalse();
    assertThat(finds("42", "disk 42 full", "")).isTrue();
  }

  @Example
  void a_letter_lower_cases_to_one_letter_never_to_a_letter_and_a_mark() {
    // String.toLowerCase turns U+0130 into "i" and a combining dot, which is no letter: the word would break apart.
    assertThat(TextSearch.words("İstanbul")).containsExactly("istanbul");
    assertThat(finds("ISTANBUL", "İstanbul office", "")).isTrue();
  }

  @Example
  void words_are_runs_of_letters_and_digits_lower_cased_once_each_in_order() {
    assertThat(TextSearch.words("Mail-server DOWN, mail: down?! сеть 2")).containsExactly("mail", "server", "down",
        "сеть", "2");
    assertThat(TextSearch.words(" ,;- ")).isEmpty();
    assertThat(TextSearch.document(view("Mail down", "mail\tserver"))).isEqualTo(" mail down server ");
    assertThat(TextSearch.document(view("", "--"))).isEqualTo(" ");
  }

  @Example
  void a_search_without_words_or_with_too_many_or_too_long_ones_is_refused_naming_text() {
    for (String bad : new String[] {"  ", "!?-", "a b c d e f g h i", "x".repeat(TextSearch.MAX_WORD_LENGTH + 1)}) {
      var refused = TicketQuery.in(ACME).text(bad).build().getLeft();
      assertThat(refused.code()).isEqualTo(RejectionCode.INVALID_INPUT);
      assertThat(refused.violations().map(Violation::field)).as(bad).containsExactly("text");
    }
    assertThat(TicketQuery.in(ACME).text("a b c d e f g h").build().get().words()).hasSize(TextSearch.MAX_WORDS);
    assertThat(TicketQuery.in(ACME).text("x".repeat(TextSearch.MAX_WORD_LENGTH)).build().isRight()).isTrue();
  }

  @Example
  void a_store_indexes_words_up_to_the_longest_a_search_may_hold() {
    String longest = "a".repeat(TextSearch.MAX_WORD_LENGTH);
    String tooLong = "b".repeat(TextSearch.MAX_WORD_LENGTH + 1);
    assertThat(TextSearch.document(view(longest + " " + tooLong, "ok"))).isEqualTo(" " + longest + " ok ");
  }

  @Example
  void counts_refuse_a_negative_number_and_take_zero_as_nothing() {
    QueueCounts none = QueueCounts.NONE;
    assertThat(none.plus(StateCategory.NEW, Priority.P1, Option.none(), 0)).isSameAs(none);
    assertThat(none.plus(StateCategory.NEW, Priority.P1, Option.none(), 2).total()).isEqualTo(2);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> none.plus(StateCategory.NEW, Priority.P1,
        Option.none(), -1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new QueueCounts(0, none.byCategory(), none.byPriority(), none.byGroup()).total()).isZero();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new QueueCounts(-1, none.byCategory(),
        none.byPriority(), none.byGroup())).isInstanceOf(IllegalArgumentException.class);
  }

  @Example
  void a_projection_keeping_a_missing_field_name_is_refused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TicketProjection.keeping(HashSet.of("a", null)))
        .isInstanceOf(NullPointerException.class);
  }

  @Example
  void the_words_are_part_of_what_a_cursor_is_bound_to() {
    String vpn = TicketQuery.in(ACME).text("vpn").build().get().fingerprint();
    assertThat(vpn).isNotEqualTo(TicketQuery.in(ACME).text("mail").build().get().fingerprint())
        .isNotEqualTo(TicketQuery.in(ACME).build().get().fingerprint())
        .isEqualTo(TicketQuery.in(ACME).text("VPN!").build().get().fingerprint());
  }

  @Property(tries = 300)
  void every_word_of_a_text_is_found_in_it_and_a_view_always_matches_its_own_words(@ForAll String title,
      @ForAll String description) {
    TicketView v = view(title, description);
    for (String w : TextSearch.words(title + " " + description)) {
      assertThat(w).isNotEmpty();
      assertThat(w.codePoints().allMatch(c -> Character.toLowerCase(c) == c)).as("lower-cased: " + w).isTrue();
      assertThat(w.codePoints().allMatch(Character::isLetterOrDigit)).as(w).isTrue();
      if (w.length() <= TextSearch.MAX_WORD_LENGTH) {
        assertThat(TextSearch.document(v)).contains(" " + w + " ");
      } else {
        assertThat(TextSearch.document(v)).doesNotContain(" " + w + " ");
      }
    }
    assertThat(TextSearch.matches(v, TextSearch.words(v))).isTrue();
    assertThat(TextSearch.matches(v, Vector.empty())).isTrue();
  }
}
