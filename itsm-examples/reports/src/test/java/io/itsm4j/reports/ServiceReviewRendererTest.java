package io.itsm4j.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.sla.AgreementType;
import io.itsm4j.sla.ComplianceFigures;
import io.itsm4j.sla.SlaId;
import io.itsm4j.sla.availability.Availability;
import io.itsm4j.sla.availability.AvailabilityTarget;
import io.itsm4j.sla.availability.Outage;
import io.itsm4j.sla.calendar.BusinessCalendar;
import io.itsm4j.sla.continuity.Exercise;
import io.itsm4j.sla.review.ActionStatus;
import io.itsm4j.sla.review.ReviewAction;
import io.itsm4j.sla.review.ReviewAgreement;
import io.itsm4j.sla.review.ServiceReview;
import io.vavr.collection.HashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class ServiceReviewRendererTest {
  static final Instant FROM = Instant.parse("2026-07-01T00:00:00Z");
  static final Instant UNTIL = Instant.parse("2026-10-01T00:00:00Z");
  static final LocalDate TODAY = LocalDate.parse("2026-10-05");

  /** A review with one of everything, {@code text} in every slot of free text. */
  static ServiceReview review(String text) {
    ReviewAgreement agreement = new ReviewAgreement(CustomerId.of("retail"), ServiceId.of("email"), Period.ofMonths(3),
        LocalDate.parse("2026-03-31"), 14, HashMap.of(SlaId.of("resolve"), 90.0));
    var availability = Availability.measure(AvailabilityTarget.of(99.9, BusinessCalendar.alwaysOpen()),
        Vector.of(Outage.unplanned("INC-1", Instant.parse("2026-08-03T10:00:00Z"),
            Instant.parse("2026-08-03T14:30:00Z"))), FROM, UNTIL).get();
    Exercise exercise = new Exercise("dr-email", Exercise.Kind.FULL_FAILOVER, Instant.parse("2026-05-01T00:00:00Z"),
        Vector.empty(), Vector.empty());
    return new ServiceReview(agreement, FROM, UNTIL, TODAY,
        agreement.due(Vector.of(LocalDate.parse("2026-06-30")), TODAY),
        Vector.of(new ServiceReview.ServiceLevelLine(SlaId.of("resolve"), AgreementType.SLA,
                new ComplianceFigures(17, 3, 2, 1), Option.some(90.0)),
            new ServiceReview.ServiceLevelLine(SlaId.of("respond"), AgreementType.OLA,
                new ComplianceFigures(20, 0, 0, 0), Option.none())),
        Option.some(availability),
        Vector.of(new ServiceReview.Volume(TicketKind.INCIDENT, 23, 20, 4),
            new ServiceReview.Volume(TicketKind.SERVICE_REQUEST, 40, 41, 2)),
        Vector.of(new ServiceReview.MajorIncident(TicketId.of("INC-1"), text, Priority.P1,
            Instant.parse("2026-08-03T10:00:00Z"), Option.some(Instant.parse("2026-08-03T14:30:00Z")),
            Option.some(text))),
        Vector.of(new ServiceReview.Breach(TicketId.of("INC-1"), SlaId.of("resolve"), Priority.P1,
            Instant.parse("2026-08-03T14:00:00Z"), Option.some(text), Option.none())),
        new ServiceReview.ChangeFigures(5, 4, 1, 1, Vector.of(TicketId.of("CHG-7"))),
        Vector.of(new ServiceReview.ContinuityLine("dr-email", Option.some(exercise), Option.some(false),
            Instant.parse("2026-10-28T00:00:00Z"), false, Vector.of(TicketId.of("CHG-7")))),
        Vector.of(ReviewAction.open("act-1", text, ActorId.of("ann"), LocalDate.parse("2026-09-01")),
            ReviewAction.open("act-2", "publish the runbook", ActorId.of("bob"), LocalDate.parse("2026-11-01")),
            ReviewAction.open("act-3", "archive", ActorId.of("bob"), LocalDate.parse("2026-08-01"))
                .withStatus(ActionStatus.DONE)));
  }

  @Test
  void markdown_holds_every_section_with_its_figures_and_verdicts() {
    String md = ServiceReviewRenderer.create().markdown(review("disk full on mx-2"));
    assertThat(md).startsWith("# Service review: email with retail\n");
    assertThat(md).contains("Period 2026-07-01 00:00 to 2026-10-01 00:00 (Z, end exclusive), compiled on 2026-10-05.");
    assertThat(md).contains("next due: 2026-09-30.");
    assertThat(md).contains("**At least one agreed target was missed.**");
    assertThat(md).contains("| resolve | SLA | 17 | 3 | 2 | 85.00 % of 20 | 90 % | **missed** |");
    assertThat(md).contains("| respond | OLA | 20 | 0 | 0 | 100.00 % of 20 | none agreed | no verdict |");
    assertThat(md).contains("| 99.80 % | 99.9 % | **missed** | 92 d | 4 h 30 min | 0 s | 1 | 4 h 30 min |");
    assertThat(md).contains("| incident | 23 | 20 | 4 |", "| service request | 40 | 41 | 2 |");
    assertThat(md).contains("| INC-1 | disk full on mx-2 | P1 | 2026-08-03 10:00 | 2026-08-03 14:30 | disk full on mx-2 |");
    assertThat(md).contains("| INC-1 | resolve | P1 | 2026-08-03 14:00 | disk full on mx-2 | not recorded |");
    assertThat(md).contains("5 completed: 4 successful, 1 failed or backed out (80.00 % success), 1 emergency. "
        + "Failed: CHG-7.");
    assertThat(md).contains("| dr-email | full failover, 2026-05-01 00:00 | fell short | 2026-10-28 00:00 | yes, after CHG-7 |");
    assertThat(md).contains("| act-1 | disk full on mx-2 | ann | 2026-09-01 | open (**overdue**) |",
        "| act-2 | publish the runbook | bob | 2026-11-01 | open |", "| act-3 | archive | bob | 2026-08-01 | done |");
  }

  @Test
  void times_show_in_the_zone_asked_for() {
    String md = ServiceReviewRenderer.create().inZone(ZoneId.of("Europe/Berlin")).markdown(review("x"));
    assertThat(md).contains("Period 2026-07-01 02:00 to 2026-10-01 02:00 (Europe/Berlin, end exclusive)");
    assertThat(md).contains("| INC-1 | x | P1 | 2026-08-03 12:00 | 2026-08-03 16:30 | x |");
  }

  @Test
  void the_html_page_is_self_contained_and_its_chart_is_well_formed_svg() throws Exception {
    String html = ServiceReviewRenderer.create().html(review("disk full"));
    assertThat(html).startsWith("<!DOCTYPE html>");
    assertThat(html).doesNotContain("<script", "src=", "href=", "<link", "@import", "url(");
    int start = html.indexOf("<svg");
    int end = html.indexOf("</svg>") + "</svg>".length();
    Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.substring(start, end).getBytes(StandardCharsets.UTF_8)));
    var rects = svg.getElementsByTagName("rect");
    // Two service level bars with a percentage and the availability: track and bar each, and two target marks.
    assertThat(rects.getLength()).isEqualTo(2 + 2 + 2 + 2);
    assertThat(html).contains("<td class=\"missed\">missed</td>");
    assertThat(html).contains("scale 99.5 % to 100 %");
  }

  @Test
  void text_from_the_review_cannot_add_markup() {
    String hostile = "<script>alert(1)</script> | *bold* _it_ [link](http://x) `code` # \\ ~~s~~ & &amp;\nnext";
    String html = ServiceReviewRenderer.create().html(review(hostile));
    assertThat(html).doesNotContain("<script", "<a ");
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    String md = ServiceReviewRenderer.create().markdown(review(hostile));
    assertThat(md).doesNotContain("<script", "\nnext");
    String row = md.lines().filter(l -> l.startsWith("| act-1 |")).findFirst().orElseThrow();
    assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(6);
    assertThat(row).contains("\\*bold\\*", "\\_it\\_", "\\[link\\]", "\\`code\\`", "\\#", "\\\\", "\\~\\~s\\~\\~",
        "&amp; &amp;amp;", "&lt;script&gt;");
  }

  @Test
  void the_same_review_renders_to_the_same_text_and_an_empty_one_says_so() {
    assertThat(ServiceReviewRenderer.create().html(review("a"))).isEqualTo(ServiceReviewRenderer.create().html(review("a")));
    ReviewAgreement agreement = new ReviewAgreement(CustomerId.of("retail"), ServiceId.of("email"), Period.ofMonths(3),
        LocalDate.parse("2026-03-31"), 14, HashMap.empty());
    ServiceReview empty = new ServiceReview(agreement, FROM, UNTIL, TODAY, agreement.due(Vector.empty(), TODAY),
        Vector.empty(), Option.none(), Vector.empty(), Vector.empty(), Vector.empty(),
        new ServiceReview.ChangeFigures(0, 0, 0, 0, Vector.empty()), Vector.empty(), Vector.empty());
    String md = ServiceReviewRenderer.create().markdown(empty);
    assertThat(md).contains("(**overdue by 188 days**)", "Every agreed target with a verdict was met.",
        "No service level clock was counted in the period.", "Availability was not measured for this review.",
        "No ticket in the period.", "No major incident in the period.", "No breach in the period.",
        "0 completed: 0 successful, 0 failed or backed out (n/a success), 0 emergency. Failed: none.",
        "No continuity plan covers this service.", "No action was agreed at a previous review.");
    assertThat(ServiceReviewRenderer.create().html(empty)).doesNotContain("<svg");
  }

  @Test
  void durations_read_in_their_two_largest_units() {
    assertThat(Formats.duration(Duration.ofSeconds(45))).isEqualTo("45 s");
    assertThat(Formats.duration(Duration.ofSeconds(125))).isEqualTo("2 min 5 s");
    assertThat(Formats.duration(Duration.ofMinutes(200))).isEqualTo("3 h 20 min");
    assertThat(Formats.duration(Duration.ofHours(52))).isEqualTo("2 d 4 h");
    assertThat(Formats.duration(Duration.ofDays(3))).isEqualTo("3 d");
    assertThat(Formats.duration(Duration.ofMinutes(-90))).isEqualTo("−1 h 30 min");
    assertThat(Formats.target(99.95)).isEqualTo("99.95 %");
    assertThat(Formats.target(100)).isEqualTo("100 %");
  }

  @Test
  void each_bar_starts_at_a_round_floor_below_its_value_and_target_and_marks_the_target() {
    String html = ServiceReviewRenderer.create().html(review("x"));
    assertThat(html).contains("viewBox=\"0 0 640 118\"");
    // resolve: 85 % against 90 %, from 50 %: bar 252 of 360, target at 288, missed.
    assertThat(html).contains("<rect x=\"150\" y=\"8\" width=\"252\" height=\"20\" fill=\"#c62828\">",
        "<rect x=\"288\" y=\"8\" width=\"2\" height=\"24\"", "<text x=\"0\" y=\"22\">resolve</text>");
    // respond: 100 % without a target, from 99.9 %: a full grey bar and no mark.
    assertThat(html).contains("<rect x=\"150\" y=\"42\" width=\"360\" height=\"20\" fill=\"#8a8f98\">",
        "<text x=\"0\" y=\"56\">respond</text>").doesNotContain("<rect x=\"0\" y=\"42\" width=\"2\"");
    // availability: 99.796 % (4 h 30 min of 92 days) against 99.9 %, from 99.5 %: bar 213, target at 288.
    assertThat(html).contains("<rect x=\"150\" y=\"76\" width=\"213\" height=\"20\" fill=\"#c62828\">",
        "<rect x=\"288\" y=\"76\" width=\"2\" height=\"24\"", "<text x=\"520\" y=\"90\">99.80 %</text>");
  }
}
