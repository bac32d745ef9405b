package io.itsm4j.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.audit.review.ManagementReview;
import io.itsm4j.core.TenantId;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class ManagementReviewRendererTest {

  @Test
  void markdown_holds_every_input_of_clause_9_3() {
    String md = ManagementReviewRenderer.create().markdown(ManagementReviews.review("mail was down"));
    assertThat(md).startsWith("# Management review: acme\n");
    assertThat(md).contains("| Backlog over 30 days | 20.2 | 16.9 to 23.5 | +24.0 (+114.3 %), worse | **1** |");
    assertThat(md).contains("Signals in Backlog over 30 days:", "- 2026-06-01: rule 1 (one point beyond 3 sigma)");
    assertThat(md).contains("| P2 time to resolve, median hours | 8.1 |", "| none |");
    assertThat(md).contains("| incident resolution | 88.00 % | 90 % | **missed** | 412 |",
        "| email availability | 99.95 % | 99.9 % | met | 15724800 |");
    assertThat(md).contains("| 2026-06-01 | 46 | 1 d 6 h | 9 d |");
    assertThat(md).contains("| 2026-01-01 | 2 | 2 | 50.00 % of 2 | 100.00 % of 2 |");
    assertThat(md).contains("| CMP-1 | email | retail | recorded | 2026-01-21 00:00 | open |");
    assertThat(md).contains("2 internal audit(s) completed: 3 nonconformities, 5 observations, 4 opportunities for"
        + " improvement.");
    assertThat(md).contains("| CA-7 | mail was down | 2026-03-02 | **overdue** |");
    assertThat(md).contains("1 identified, 1 measured; 0 linked to corrective actions; 1 of 1 measured reached their"
        + " goal.", "| CSI-1 | mail was down | 1 | identified | complaint: CMP-1 | owner |");
    assertThat(md).contains("| dr-core | full failover | 2026-04-15 10:00 | fell short: erp recovered in 6 h 40 min,"
        + " RTO 4 h |");
    assertThat(md).contains("- Problem management moved to the applications team");
  }

  @Test
  void an_empty_package_says_what_was_not_provided_rather_than_showing_zeros() {
    var empty = ManagementReview.of(TenantId.of("acme"), ManagementReviews.FROM, ManagementReviews.UNTIL,
        LocalDate.parse("2026-07-03"));
    String md = ManagementReviewRenderer.create().markdown(empty);
    assertThat(md).contains("No trend was provided.", "No service level or availability figure was provided.",
        "The backlog was not provided.", "No survey results were provided.", "No complaint in the period.",
        "Internal audit results were not provided.", "No corrective action is open.",
        "The improvement register was not provided.", "No continuity exercise in the period.", "None recorded.");
    assertThat(ManagementReviewRenderer.create().html(empty)).doesNotContain("<svg");
  }

  @Test
  void the_page_is_self_contained_its_svg_well_formed_and_signals_marked_on_their_points() throws Exception {
    String html = ManagementReviewRenderer.create().html(ManagementReviews.review("x"));
    assertThat(html).doesNotContain("<script", "src=", "href=", "<link", "@import", "url(");
    Matcher svgs = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(html);
    int count = 0;
    while (svgs.find()) {
      DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new ByteArrayInputStream(svgs.group().getBytes(StandardCharsets.UTF_8)));
      count++;
    }
    assertThat(count).as("three control charts, targets, backlog, CSAT").isEqualTo(6);
    assertThat(Pattern.compile("class=\"signal\"").matcher(html).results().count()).isEqualTo(1);
    assertThat(html).contains("<title>2026-06-01: 45.0</title>");
  }

  @Test
  void text_cannot_add_markup() {
    String hostile = "<img src=x onerror=alert(1)> | **b** [l](javascript:x)\nnext";
    String html = ManagementReviewRenderer.create().html(ManagementReviews.review(hostile));
    assertThat(html).doesNotContain("<img", "javascript:x)\nnext").contains("&lt;img src&#61;x onerror&#61;alert(1)&gt;");
    String md = ManagementReviewRenderer.create().markdown(ManagementReviews.review(hostile));
    assertThat(md).doesNotContain("<img", "\nnext").contains("\\*\\*b\\*\\*", "\\[l\\]");
  }

  @Test
  void chart_geometry_maps_values_periods_and_limits_onto_the_plot() {
    var months = ManagementReviews.months(3);
    var trend = new ManagementReview.Trend("m", true, months.take(2), io.itsm4j.audit.trend.ControlChart.withLimits(
        io.vavr.collection.Vector.of(0.0, 10.0), 5, 1));
    var satisfaction = io.vavr.collection.Vector.of(50, 75, 100).zip(months).map(p -> {
      long happy = p._1 / 25;
      return new ManagementReview.SatisfactionPoint(p._2, new io.itsm4j.audit.feedback.SurveyResults(4, 4, 0, 0, happy,
          new long[] {4 - happy, 0, 0, happy, 0}));
    });
    var review = ManagementReview.of(TenantId.of("acme"), ManagementReviews.FROM, ManagementReviews.UNTIL,
            LocalDate.parse("2026-07-03"))
        .withTrends(io.vavr.collection.Vector.of(trend))
        .withBacklog(io.vavr.collection.Vector.of(10L, 20L, 40L).zip(months).map(p -> new ManagementReview.BacklogPoint(
            p._2, p._1, io.vavr.control.Option.none(), io.vavr.control.Option.none())))
        .withSatisfaction(satisfaction);
    String html = ManagementReviewRenderer.create().html(review);
    // Values 0 and 10 with limits 2 and 8, 5 % margin: the plot runs from -0.5 at y 156 to 10.5 at y 16.
    assertThat(html).contains("<polyline class=\"series\" points=\"56.0,149.6 560.0,22.4\"/>");
    assertThat(html).contains("y1=\"47.8\" y2=\"47.8\"><title>upper limit 8.0</title>",
        "y1=\"86.0\" y2=\"86.0\"><title>centre 5.0</title>", "y1=\"124.2\" y2=\"124.2\"><title>lower limit 2.0</title>");
    assertThat(html).contains("<circle class=\"signal\" cx=\"560.0\" cy=\"22.4\" r=\"5\">",
        "<circle class=\"signal\" cx=\"56.0\" cy=\"149.6\" r=\"5\">");
    assertThat(html).contains("<text class=\"period\" x=\"56.0\" y=\"178\" text-anchor=\"middle\">2026-01-01</text>",
        "<text class=\"period\" x=\"560.0\" y=\"178\" text-anchor=\"middle\">2026-02-01</text>");
    // Three bars share the plot's 504 units: slots of 168, bars of 100.8, the tallest 140 high.
    assertThat(html).contains("x=\"56.0\" y=\"121.0\" width=\"100.8\" height=\"35.0\"",
        "x=\"224.0\" y=\"86.0\" width=\"100.8\" height=\"70.0\"", "x=\"392.0\" y=\"16.0\" width=\"100.8\" height=\"140.0\"");
    // CSAT 50, 75 and 100 % over three periods.
    assertThat(html).contains("points=\"56.0,86.0 308.0,51.0 560.0,16.0\"");
  }
}
