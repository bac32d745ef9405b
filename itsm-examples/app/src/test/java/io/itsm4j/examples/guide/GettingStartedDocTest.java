package io.itsm4j.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/getting-started.md cannot drift from compiled code: every {@code ```java} block in it appears verbatim,
 * line for line up to leading indentation, in the guide's sources ({@code io.itsm4j.examples.guide}), the
 * examples' tests or the JDBC adapters' tests.
 */
public class GettingStartedDocTest {
  private static final Path ROOT = io.itsm4j.examples.RepoRoot.path();
  private static final Path DOC = ROOT.resolve("docs/getting-started.md");
  private static final List<Path> SOURCES = List.of(
      ROOT.resolve("itsm-examples/app/src/main/java/io/itsm4j/examples/guide"),
      ROOT.resolve("itsm-examples/app/src/test/java/io/itsm4j/examples"),
      ROOT.resolve("itsm-examples/jdbc/src/test/java/io/itsm4j/jdbc"));

  @Test
  void everyJavaBlockOfTheGuideIsCompiledCode() throws IOException {
    List<List<String>> blocks = javaBlocks(Files.readString(DOC, StandardCharsets.UTF_8));
    List<List<String>> sources = new ArrayList<>();
    for (Path root : SOURCES) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
          sources.add(normalise(Files.readString(f, StandardCharsets.UTF_8).lines().collect(Collectors.toList())));
        }
      }
    }
    assertThat(blocks).as("java blocks in %s", DOC).hasSizeGreaterThanOrEqualTo(5);
    for (List<String> block : blocks) {
      assertThat(sources.stream().anyMatch(s -> contains(s, block)))
          .as("this block of getting-started.md is not in the guide's sources:%n%s", String.join("\n", block))
          .isTrue();
    }
  }

  @Test
  void blocksAreFoundLineForLineNotAsLooseText() {
    List<String> source = normalise(List.of("  int a = 1;", "", "    int b = 2;"));
    assertThat(contains(source, normalise(List.of("int a = 1;", "int b = 2;")))).isTrue();
    assertThat(contains(source, normalise(List.of("int b = 2;", "int a = 1;")))).isFalse();
    assertThat(contains(source, normalise(List.of("int a = 1; int b = 2;")))).isFalse();
  }

  public static List<List<String>> javaBlocks(String markdown) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> current = null;
    for (String line : markdown.lines().collect(Collectors.toList())) {
      String t = line.strip();
      if (current == null && t.equals("```java")) {
        current = new ArrayList<>();
      } else if (current != null && t.equals("```")) {
        blocks.add(normalise(current));
        current = null;
      } else if (current != null) {
        current.add(line);
      }
    }
    return blocks;
  }

  /** Lines without leading and trailing blanks, blank lines dropped. */
  public static List<String> normalise(List<String> lines) {
    return lines.stream().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }

  public static boolean contains(List<String> source, List<String> block) {
    return !block.isEmpty() && java.util.Collections.indexOfSubList(source, block) >= 0;
  }
}
