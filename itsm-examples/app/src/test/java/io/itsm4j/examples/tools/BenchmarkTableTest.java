package io.itsm4j.examples.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark table is computed from the JMH result, never typed: scores, errors, allocation and ratios. */
class BenchmarkTableTest {
  private static final String RESULT = """
      [
        {"jmhVersion":"1.37","benchmark":"io.itsm4j.core.bench.EnginePeersBenchmark.itsm4jLifecycle","mode":"avgt",
         "forks":1,"jdkVersion":"17.0.15","vmName":"OpenJDK 64-Bit Server VM","warmupIterations":5,
         "warmupTime":"2 s","measurementIterations":5,"measurementTime":"2 s",
         "primaryMetric":{"score":400.5,"scoreError":12.25,"scoreUnit":"ns/op"},
         "secondaryMetrics":{"gc.alloc.rate.norm":{"score":960.0,"scoreError":0.001,"scoreUnit":"B/op"}}},
        {"jmhVersion":"1.37","benchmark":"io.itsm4j.core.bench.EnginePeersBenchmark.stateless4jLifecycle",
         "mode":"avgt","forks":1,
         "primaryMetric":{"score":200.25,"scoreError":5.0,"scoreUnit":"ns/op"},
         "secondaryMetrics":{"gc.alloc.rate.norm":{"score":640.0,"scoreError":0.001,"scoreUnit":"B/op"}}},
        {"jmhVersion":"1.37","benchmark":"io.itsm4j.core.bench.TicketBenchmark.serviceDeskCommand","mode":"thrpt",
         "forks":1,"params":{"history":"1000","snapshots":"none"},"primaryMetric":{"score":1234567.8,"scoreError":2345.6,"scoreUnit":"ops/s"},
         "secondaryMetrics":{}}
      ]
      """;

  private static JsonNode run() throws IOException {
    return new ObjectMapper().readTree(RESULT);
  }

  @Test
  void everyBenchmarkIsARowWithItsScoreErrorAllocationAndRatioToTheBaseline() throws IOException {
    String table = BenchmarkTable.table(run(), "stateless4jLifecycle", "./mvnw bench", LocalDate.of(2026, 12, 7),
        "2 cores (Test CPU), Linux");

    assertThat(table).contains("Measured 2026-12-07 on 2 cores (Test CPU), Linux, JDK 17.0.15 (OpenJDK 64-Bit"
        + " Server VM), JMH 1.37, 1 fork(s), 5 × 2 s warm-up, 5 × 2 s measured.")
        .contains("```sh\n./mvnw bench\n```")
        .contains("| benchmark | parameters | mode |")
        .contains("| `EnginePeersBenchmark.itsm4jLifecycle` | — | avgt | 401 | 12.250 | ns/op | 960 B | 2.00× |")
        .contains("| `EnginePeersBenchmark.stateless4jLifecycle` | — | avgt | 200 | 5.000 | ns/op | 640 B | 1.00× |")
        .contains("| `TicketBenchmark.serviceDeskCommand` | history=1000, snapshots=none | thrpt | 1,234,568 | 2,346"
            + " | ops/s | — | — |");
  }

  @Test
  void theTableReplacesWhatStandsBetweenItsMarkersAndNothingElse(@TempDir Path dir) throws IOException {
    Path result = dir.resolve("result.json");
    Path doc = dir.resolve("doc.md");
    Files.writeString(result, RESULT, StandardCharsets.UTF_8);
    Files.writeString(doc, "# Title\n\nbefore\n<!-- peers:begin -->\nold table\n<!-- peers:end -->\nafter\n",
        StandardCharsets.UTF_8);

    BenchmarkTable.main(new String[] {result.toString(), doc.toString(), "peers", "stateless4jLifecycle", "cmd"});

    String written = Files.readString(doc, StandardCharsets.UTF_8);
    assertThat(written).startsWith("# Title\n\nbefore\n<!-- peers:begin -->\nMeasured ")
        .endsWith("<!-- peers:end -->\nafter\n").doesNotContain("old table").contains("| 2.00× |");
  }

  @Test
  void aDocumentWithoutMarkersOrAResultWithoutBenchmarksIsRefused() throws IOException {
    assertThatThrownBy(() -> BenchmarkTable.replaceBetweenMarkers("no markers", "peers", "t"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("<!-- peers:begin -->");
    assertThatThrownBy(() -> BenchmarkTable.table(new ObjectMapper().readTree("[]"), "b", "c", LocalDate.now(), "m"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no benchmark");
    assertThatThrownBy(() -> BenchmarkTable.main(new String[] {"only-one"}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("usage");
  }
}
