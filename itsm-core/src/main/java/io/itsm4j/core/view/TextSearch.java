package io.itsm4j.core.view;

import io.itsm4j.core.internal.Checks;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;

/**
 * What a text search of ticket views means, the same on every store: a text is cut into <em>words</em>, each a
 * longest run of letters and digits (Unicode), compared lower-cased, each character on its own ({@link
 * Character#toLowerCase(int)}); a view matches when every word of the search is a word of its title or description.
 * So {@code "VPN down"} finds "The VPN is down again" and "down: vpn-gateway-2", not "VPNs down" or "downtime".
 * Whole words, no stemming, no ranking: what a work queue's search box needs, and what a store can index exactly
 * (PostgreSQL keeps the words in a full-text vector with a GIN index; see {@code docs/queues.md}).
 *
 * <p>Stateless and thread-safe.
 */
public final class TextSearch {
  /** The most words a search may hold. */
  public static final int MAX_WORDS = 8;
  /** The longest word a search may hold, in characters. */
  public static final int MAX_WORD_LENGTH = 64;

  private TextSearch() {}

  /**
   * The distinct words of {@code text}, lower-cased, in the order they first appear.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static Seq<String> words(CharSequence text) {
    Checks.notNull(text, "text");
    LinkedHashSet<String> out = LinkedHashSet.empty();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int cp = Character.codePointAt(text, i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      // Each code point lower-cased on its own (simple case mapping): String.toLowerCase may expand a letter into a
      // letter and a combining mark ("İ" into "i" and U+0307), and a word must stay letters and digits.
      StringBuilder word = new StringBuilder();
      while (i < n && Character.isLetterOrDigit(cp = Character.codePointAt(text, i))) {
        word.appendCodePoint(Character.toLowerCase(cp));
        i += Character.charCount(cp);
      }
      out = out.add(word.toString());
    }
    return out.toVector();
  }

  /** The words of a view's title and description, as {@link #words}. */
  public static Seq<String> words(TicketView view) {
    Checks.notNull(view, "view");
    return words(view.title() + " " + view.description());
  }

  /**
   * Whether every one of {@code searched} (words as {@link #words} gives them) is a word of the view's title or
   * description; true for no words.
   */
  public static boolean matches(TicketView view, Seq<String> searched) {
    Checks.notNull(searched, "searched");
    if (searched.isEmpty()) {
      return true;
    }
    Seq<String> own = words(view);
    return searched.forAll(own::contains);
  }

  /**
   * A view's words as one text for a store to index: each word between single spaces, the text opening and closing
   * with one, so {@code '% word %'} finds exactly the word. Words longer than {@link #MAX_WORD_LENGTH} are left out,
   * as no search can ask for them (and a full-text index may refuse them).
   */
  public static String document(TicketView view) {
    Seq<String> own = words(view).filter(w -> w.length() <= MAX_WORD_LENGTH);
    return own.isEmpty() ? " " : " " + own.mkString(" ") + " ";
  }

  /** The search's words, for {@link TicketQuery.Builder#text}; empty if the text holds none. */
  static Vector<String> searched(String text) {
    return words(text).toVector();
  }
}
