package io.itsm4j.examples.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes the side-by-side table of a JMH run into a Markdown document, from the run's JSON result ({@code -rf json
 * -rff result.json}), so the figures in {@code docs/benchmarks.md} are never typed by hand. The table replaces what
 * stands between the lines {@code <!-- <name>:begin -->} and {@code <!-- <name>:end -->} of the document.
 *
 * <p>Each benchmark of the result is a row: its score with JMH's 99.9 % error, the allocation per operation when
 * the run used the GC profiler ({@code -prof gc}), its JMH parameters if any, and, for benchmarks of the same class
 * and mode, the ratio of the score to the baseline's (the first row whose method name is given as the baseline). Above the table: date, JDK,
 * JMH version, machine (from {@code /proc/cpuinfo} and the JVM), the JMH settings and the command.
 *
 * <p>Run: {@code ./mvnw -q -pl itsm-examples/app -am package -DskipTests -Pbenchmark-table
 * -Dtable.args="result.json docs/benchmarks.md engine-peers stateless4jLifecycle '<command>'"}, or call {@link
 * #main} with those arguments.
 *
 * <p>Not thread-safe; a tool, not library API. Errors: an unreadable result or document, a result with no
 * benchmark, or a document without the markers throws {@link IllegalArgumentException} or {@link IOException}
 * naming the problem.
 */
public final class BenchmarkTable {
  private BenchmarkTable() {}

  /** One benchmark of a run. */
  record Row(String className, String method, String params, String mode, double score, double error, String unit,
      double allocation) {}

  /**
   * Rewrites the table.
   *
   * @param args the JMH JSON result, the Markdown document, the table's name (its markers), the baseline method's
   *     name, and the command that produced the result
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 5) {
      throw new IllegalArgumentException("usage: BenchmarkTable <result.json> <document.md> <name> <baseline method>"
          + " <command>");
    }
    Path result = Path.of(args[0]);
    Path document = Path.of(args[1]);
    JsonNode run = new ObjectMapper().readTree(Files.readString(result, StandardCharsets.UTF_8));
    String table = table(run, args[3], args[4], LocalDate.now(), machine());
    String updated = replaceBetweenMarkers(Files.readString(document, StandardCharsets.UTF_8), args[2], table);
    Files.writeString(document, updated, StandardCharsets.UTF_8);
  }

  /**
   * The Markdown table of a run, with the lines that say where and how it was measured.
   *
   * @throws IllegalArgumentException if the run holds no benchmark
   */
  static String table(JsonNode run, String baseline, String command, LocalDate date, String machine) {
    List<Row> rows = rows(run);
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("the JMH result holds no benchmark");
    }
    JsonNode first = run.get(0);
    boolean withParams = rows.stream().anyMatch(r -> !r.params().isEmpty());
    StringBuilder out = new StringBuilder();
    out.append("Measured ").append(date).append(" on ").append(machine).append(", JDK ")
        .append(first.path("jdkVersion").asText()).append(" (").append(first.path("vmName").asText())
        .append("), JMH ").append(first.path("jmhVersion").asText()).append(", ")
        .append(first.path("forks").asInt()).append(" fork(s), ").append(first.path("warmupIterations").asInt())
        .append(" × ").append(first.path("warmupTime").asText()).append(" warm-up, ")
        .append(first.path("measurementIterations").asInt()).append(" × ")
        .append(first.path("measurementTime").asText()).append(" measured. Command:\n\n```sh\n").append(command)
        .append("\n```\n\n")
        .append("| benchmark |").append(withParams ? " parameters |" : "")
        .append(" mode | score | ± (99.9 %) | unit | allocated per op | vs ").append(baseline)
        .append(" |\n|---|").append(withParams ? "---|" : "").append("---|---:|---:|---|---:|---:|\n");
    for (Row r : rows) {
      Row base = rows.stream().filter(b -> b.className().equals(r.className()) && b.method().equals(baseline)
          && b.mode().equals(r.mode())).findFirst().orElse(null);
      out.append("| `").append(simpleName(r.className())).append('.').append(r.method()).append("` | ")
          .append(withParams ? (r.params().isEmpty() ? "—" : r.params()) + " | " : "").append(r.mode()).append(" | ").append(number(r.score())).append(" | ").append(number(r.error()))
          .append(" | ").append(r.unit()).append(" | ")
          .append(Double.isNaN(r.allocation()) ? "—" : number(r.allocation()) + " B").append(" | ")
          .append(base == null ? "—" : String.format(Locale.ROOT, "%.2f×", r.score() / base.score()))
          .append(" |\n");
    }
    return out.toString();
  }

  static List<Row> rows(JsonNode run) {
    List<Row> rows = new ArrayList<>();
    for (JsonNode b : run) {
      String name = b.path("benchmark").asText();
      int dot = name.lastIndexOf('.');
      JsonNode primary = b.path("primaryMetric");
      JsonNode alloc = b.path("secondaryMetrics").path("gc.alloc.rate.norm");
      StringBuilder params = new StringBuilder();
      b.path("params").fields().forEachRemaining(p -> params.append(params.length() == 0 ? "" : ", ")
          .append(p.getKey()).append('=').append(p.getValue().asText()));
      rows.add(new Row(name.substring(0, Math.max(dot, 0)), name.substring(dot + 1), params.toString(),
          b.path("mode").asText(),
          primary.path("score").asDouble(), primary.path("scoreError").asDouble(), primary.path("scoreUnit").asText(),
          alloc.isMissingNode() ? Double.NaN : alloc.path("score").asDouble()));
    }
    return rows;
  }

  /**
   * {@code document} with what stands between its markers of {@code name} replaced by {@code table}.
   *
   * @throws IllegalArgumentException if the markers are missing or out of order
   */
  static String replaceBetweenMarkers(String document, String name, String table) {
    Objects.requireNonNull(table, "table");
    String begin = "<!-- " + name + ":begin -->\n";
    String end = "<!-- " + name + ":end -->";
    int from = document.indexOf(begin);
    int to = document.indexOf(end);
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("the document has no markers " + begin.strip() + " ... " + end);
    }
    return document.substring(0, from + begin.length()) + table + document.substring(to);
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  private static String number(double value) {
    return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.3f", value);
  }

  /** The machine, as far as the JVM and {@code /proc/cpuinfo} tell. */
  private static String machine() {
    String cpu = "unknown CPU";
    try {
      cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(cpu);
    } catch (IOException | RuntimeException e) {
      // Not Linux: the processor count and the OS still say something.
    }
    return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + System.getProperty("os.name");
  }
}
