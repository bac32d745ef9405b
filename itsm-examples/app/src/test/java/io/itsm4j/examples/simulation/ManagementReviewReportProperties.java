package io.itsm4j.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.sla.ComplianceFigures;
import io.itsm4j.sla.SlaDefinition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * The management-review report: written where asked with every section, the same for the same seed byte for byte
 * (but for its wall-clock line), and its figures are those of the run's observers.
 */
class ManagementReviewReportProperties {
  private static final Path REPORTS = Path.of("target", "simulation-tests");

  @Property(tries = 2)
  void theSameSeedWritesTheSameReport(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) throws IOException {
    Path first = REPORTS.resolve("same-" + seed + "-a.md");
    Path second = REPORTS.resolve("same-" + seed + "-b.md");
    SmallRun.of(SmallRun.options(seed, 2, 0.2), first);
    SmallRun.of(SmallRun.options(seed, 2, 0.2), second);

    assertThat(withoutRunTime(Files.readString(second, StandardCharsets.UTF_8)))
        .isEqualTo(withoutRunTime(Files.readString(first, StandardCharsets.UTF_8)));
    assertThat(Files.readString(first, StandardCharsets.UTF_8).lines().filter(l -> l.contains("wall-clock")))
        .as("one line differs between runs").hasSize(1);
  }

  @Example
  void theReportIsWrittenWithEverySectionAndTheRunsFigures() throws IOException {
    Path path = REPORTS.resolve("sections").resolve("nested").resolve("report.md");
    Files.deleteIfExists(path);
    SmallRun run = SmallRun.of(SmallRun.options(5, 3, 0.3), path);
    String text = Files.readString(path, StandardCharsets.UTF_8);

    assertThat(text).isEqualTo(run.reviewed().report().text().get());
    assertThat(text).startsWith("# Management review: service desk `acme-it`, 2026-11-16 to 2026-11-18");
    int at = 0;
    for (String section : ManagementReviewReport.SECTIONS) {
      int found = text.indexOf("\n" + section + "\n", at);
      assertThat(found).as("section %s, in order", section).isGreaterThan(at);
      at = found;
    }
    assertThat(text).contains("in this period: 2026-11-18 Day of Repentance and Prayer");
    assertThat(text).contains(run.reviewed().audit().summary() + ".");
    assertThat(text).contains("### 7.5 Documented information", "### 8.6 Resolution and fulfilment",
        "The audit trail verified intact through entry " + run.reviewed().audit().entries());
    ServiceLevelObserver sla = run.reviewed().serviceLevels();
    for (SlaDefinition d : sla.definitions()) {
      ComplianceFigures f = sla.complianceByDefinition().get(d.id()).get();
      assertThat(text).contains(String.format(Locale.ROOT, "| %s within target | %s (%,d breached of %,d counted) |",
          d.name(), ServiceLevelObserver.percent(f), f.breached(), f.denominator()));
    }
    assertThat(text).contains(String.format(Locale.ROOT, "| SLA warnings / breaches raised as they happened |"
        + " %,d / %,d |", sla.warnings(), sla.breaches()));
    assertThat(run.reviewed().render()).contains("Management-review report: " + path.toAbsolutePath().normalize());
  }

  @Example
  void anotherSeedWritesAnotherReport() throws IOException {
    Path a = REPORTS.resolve("seed-11.md");
    Path b = REPORTS.resolve("seed-12.md");
    SmallRun.of(SmallRun.options(11, 2, 0.2), a);
    SmallRun.of(SmallRun.options(12, 2, 0.2), b);

    assertThat(withoutRunTime(Files.readString(a, StandardCharsets.UTF_8)))
        .isNotEqualTo(withoutRunTime(Files.readString(b, StandardCharsets.UTF_8)));
  }

  @Example
  void theReportOptionSaysWhereTheMainProgramWritesIt() throws IOException {
    Path path = REPORTS.resolve("main").resolve("review.md");
    Files.deleteIfExists(path);
    PrintStream console = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      ServiceDeskSimulation.main(new String[] {"--seed=9", "--days=1", "--scale=0.1", "--report=" + path});
    } finally {
      System.setOut(console);
    }

    assertThat(path).isRegularFile();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("day 1/1: ", "audit trail: chain verified, intact",
        "Management-review report: " + path.toAbsolutePath().normalize());
  }

  private static String withoutRunTime(String report) {
    return report.lines().filter(l -> !l.contains("wall-clock")).collect(Collectors.joining("\n"));
  }
}
