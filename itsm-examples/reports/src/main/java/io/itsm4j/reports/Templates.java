package io.itsm4j.reports;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The compiled templates of this package, one factory per output format: each format escapes the values it inserts
 * its own way. Thread-safe: compiled templates are immutable and may be executed concurrently.
 */
final class Templates {
  private static final String ROOT = "io/itsm4j/reports";

  /** The output formats, each with its escaping of inserted text. */
  enum Format {
    /** HTML: entities for {@code & < > " '} and the rest (the engine's own escaping). */
    HTML,
    /** Markdown: a backslash before each character Markdown or a table reads, line breaks as spaces. */
    MARKDOWN
  }

  private static final MustacheFactory HTML = new DefaultMustacheFactory(ROOT);
  private static final MustacheFactory MARKDOWN = new DefaultMustacheFactory(ROOT) {
    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(markdownText(value));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  };

  private Templates() {}

  /** Renders template {@code name} (a resource under {@value #ROOT}) with {@code scope}. */
  static String render(Format format, String name, Object scope) {
    Mustache template = (format == Format.HTML ? HTML : MARKDOWN).compile(name);
    StringWriter out = new StringWriter();
    template.execute(out, scope);
    return out.toString();
  }

  /**
   * Escapes text for Markdown, inline and in table cells: the characters that start emphasis, code, links,
   * headings, strikethrough or a cell get a backslash; {@code < > &} become entities (a backslash stops neither HTML
   * nor an entity); a line break becomes a space (it would end a table row). The templates never start a line with
   * a value, so list and heading markers at a line's start need no escape.
   */
  static String markdownText(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '|', '~', '#' -> out.append('\\').append(c);
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\n', '\r', '\u2028', '\u2029', '\u0085' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
