package io.itsm4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's embedding example is the compiled {@link Embedding}, and it does what the README says. */
class ReadmeExampleTest {
  private static final Path ROOT = io.itsm4j.examples.RepoRoot.path();

  @Test
  void the_readme_code_block_is_the_compiled_example_word_for_word() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    int start = readme.indexOf("```java\n");
    int end = readme.indexOf("```", start + 7);
    assertThat(start).as("README has a java block").isNotNegative();
    List<String> block = trimmed(readme.substring(start + 8, end));
    String source = Files.readString(ROOT.resolve("itsm-examples/app/src/main/java/io/itsm4j/examples/Embedding.java"));
    String between = source.substring(source.indexOf("// README:begin") + "// README:begin".length(),
        source.indexOf("// README:end"));
    assertThat(block).isEqualTo(trimmed(between));
  }

  @Test
  void the_example_runs_and_shows_the_refusal_and_the_replayed_retry() {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      Embedding.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("INC-000001 P2; refused: FIELD_REQUIRED; now resolved; retry replayed: true")
        .contains("opened #1").contains("state-changed #2");
  }

  private static List<String> trimmed(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }
}
