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
}
