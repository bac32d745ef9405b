package io.itsm4j.examples.servicenow;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.audit.metrics.Figures;
import io.itsm4j.audit.metrics.MetricsConfig;
import io.itsm4j.audit.metrics.ServiceMetrics;
import io.itsm4j.core.ticket.TicketEvent;
import io.vavr.control.Option;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real log replayed: what the workflow refuses, and the improvement metrics over the imported history against
 * the same figures computed straight from the CSV by a short script of its own (below, sharing no code with the
 * import or the fold). The figures are in docs/improvement.md.
 */
class ServiceNowFiguresTest {
  private static ServiceNowImport.Report report;

  @BeforeAll
  static void replay() {
    report = ServiceNowImport.replay(ServiceNowImport.readShipped());
  }

  @Test
  void the_default_workflow_replays_nearly_every_incident_and_names_what_it_refuses() {
    assertThat(report.rows()).isEqualTo(119_998);
    assertThat(report.incidents()).isEqualTo(20_769);
    assertThat(report.replayedEndToEnd()).isGreaterThan(20_700);
    assertThat(report.refused().keySet()).allSatisfy(k -> assertThat(k).matches(
        "(closed -> .*|assign): TICKET_CLOSED|(in-progress -> new|resolved -> on-hold): TRANSITION_NOT_ALLOWED"));
    assertThat(report.refused().keySet()).noneMatch(k -> k.startsWith("new -> on-hold"));
  }

  @Test
  void the_folded_figures_equal_those_computed_straight_from_the_csv() throws IOException {
    ServiceMetrics metrics = ServiceMetrics.create(MetricsConfig.monthly(ZoneOffset.UTC));
    for (TicketEvent e : report.events()) {
      assertThat(metrics.accept(e).get()).isTrue();
    }
    var byMonth = metrics.report().by(s -> Option.some(s.period()));
    Map<LocalDate, long[]> direct = Direct.figures();
    assertThat(byMonth.keySet().toJavaSet()).containsAll(direct.keySet());
    for (var e : direct.entrySet()) {
      Figures f = byMonth.get(e.getKey()).get();
      long[] d = e.getValue();
      assertThat(new long[] {f.opened(), f.resolved(), f.timeToResolve().sumSeconds(), f.reassignments()})
          .as("opened, resolved, seconds to resolve, reassignments in %s", e.getKey()).isEqualTo(d);
    }
  }

  /**
   * The figures straight from the CSV: per month of opening, incidents opened; per month of first resolution (the
   * first row Resolved or Closed, at the latest time seen so far in the incident's rows, never before its opening),
   * incidents resolved, their seconds from opening, and their moves of group or assignee before it (a new value in
   * a column that had one; an empty cell keeps the value before).
   */
  static final class Direct {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d/M/uuuu HH:mm");

    static Map<LocalDate, long[]> figures() throws IOException {
      Map<String, List<String[]>> incidents = new HashMap<>();
      try (InputStream in = Direct.class.getResourceAsStream(ServiceNowImport.RESOURCE);
          BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
              StandardCharsets.UTF_8))) {
        r.readLine();
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          String[] c = line.split(",", -1);
          incidents.computeIfAbsent(c[0], k -> new ArrayList<>()).add(c);
        }
      }
      Map<LocalDate, long[]> out = new TreeMap<>();
      for (List<String[]> rows : incidents.values()) {
        rows.sort((a, b) -> Integer.compare(Integer.parseInt(a[5]), Integer.parseInt(b[5])));
        LocalDateTime opened = LocalDateTime.parse(rows.get(0)[9], TIME);
        out.computeIfAbsent(opened.toLocalDate().withDayOfMonth(1), k -> new long[4])[0]++;
        LocalDateTime time = opened;
        String group = "?";
        String assignee = "?";
        long moves = 0;
        for (String[] c : rows) {
          LocalDateTime updated = LocalDateTime.parse(c[13], TIME);
          if (updated.isAfter(time)) {
            time = updated;
          }
          String g = c[23].equals("?") ? group : c[23];
          String a = c[24].equals("?") ? assignee : c[24];
          if (!group.equals("?") && !g.equals(group) || !assignee.equals("?") && !a.equals(assignee)) {
            moves++;
          }
          group = g;
          assignee = a;
          if (c[1].equals("Resolved") || c[1].equals("Closed")) {
            long[] f = out.computeIfAbsent(time.toLocalDate().withDayOfMonth(1), k -> new long[4]);
            f[1]++;
            f[2] += time.toEpochSecond(ZoneOffset.UTC) - opened.toEpochSecond(ZoneOffset.UTC);
            f[3] += moves;
            break;
          }
        }
      }
      return out;
    }
  }
}
