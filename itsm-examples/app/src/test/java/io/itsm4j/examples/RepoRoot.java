package io.itsm4j.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository's top level is, seen from a test running in any module below it. */
public final class RepoRoot {
  private RepoRoot() {}

  /**
   * The nearest folder at or above the working directory holding README.md and itsm-core.
   *
   * @throws IllegalStateException if there is none
   */
  public static Path path() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("README.md")) && Files.isDirectory(p.resolve("itsm-core"))) {
        return p;
      }
    }
    throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
  }
}
