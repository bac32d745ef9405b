package io.itsm4j.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.examples.guide.GettingStartedDocTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No page of the documentation shows code the build does not compile: every {@code ```java} block of README.md and
 * of every page in docs/ appears verbatim, line for line up to indentation, in compiled sources (the examples, the
 * snippet classes of this package, which run each page's code with every name it uses defined, or a module's
 * tests). A page that renames an API without its code failing here would drift; this test is what stops it.
 */
class DocSnippetsTest {
  private static final Path ROOT = io.itsm4j.examples.RepoRoot.path();

  @Test
  void every_java_block_of_every_page_is_compiled_code() throws IOException {
    List<Path> pages = new ArrayList<>();
    pages.add(ROOT.resolve("README.md"));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    List<List<String>> sources = new ArrayList<>();
    for (String module : List.of("itsm-core", "itsm-sla", "itsm-audit", "itsm-examples/jdbc", "itsm-examples/app")) {
      for (String kind : List.of("main", "test")) {
        Path root = ROOT.resolve(module).resolve("src").resolve(kind).resolve("java");
        if (!Files.isDirectory(root)) {
          continue;
        }
        try (Stream<Path> files = Files.walk(root)) {
          for (Path f : files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
            sources.add(GettingStartedDocTest.normalise(Files.readString(f, StandardCharsets.UTF_8).lines()
                .collect(Collectors.toList())));
          }
        }
      }
    }
    List<String> missing = new ArrayList<>();
    int blocks = 0;
    for (Path page : pages) {
      for (List<String> block : GettingStartedDocTest.javaBlocks(Files.readString(page, StandardCharsets.UTF_8))) {
        blocks++;
        if (sources.stream().noneMatch(s -> GettingStartedDocTest.contains(s, block))) {
          missing.add(ROOT.relativize(page) + ":\n  " + String.join("\n  ", block));
        }
      }
    }
    assertThat(blocks).as("java blocks found").isGreaterThanOrEqualTo(15);
    assertThat(missing).as("blocks not found in compiled sources").isEmpty();
  }
}
