package io.itsm4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The vendor tour runs in every build and does what docs/vendor-tour.md says: each step's outcome is checked here,
 * and every section of the program the page walks through is on the page.
 */
class VendorTourTest {
  private static final Path ROOT = io.itsm4j.examples.RepoRoot.path();

  @Test
  void the_tour_runs_from_catalogue_to_evidence_report() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    VendorTour.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("1. catalogue: 2 services, 2 configuration items; an agent registering a CI: NOT_AUTHORISED: "
            + "actor alice may not register-ci in the catalogue of acme: the role catalogue-manager is required")
        .contains("2. open without a site: INVALID_INPUT: fields.site: Site is required")
        .contains("opened INC-000001 (P2, mail-gold) for carol")
        .contains("carol's reply moved it back to in-progress by itself")
        .contains("mallory comments: NOT_AUTHORISED: mallory may comment only on tickets they are the caller of")
        .contains("mallory reads: NOT_AUTHORISED")
        .contains("carol reads her own ticket: Mail bounces")
        .contains("4. gold-resolution: MET, PT3H30M of business time against a goal of PT4H (87.5 %), PT48H30M "
            + "wall-clock")
        .contains("alarms recorded in the trail: List(50 %, 75 %)")
        .contains("rita approving her own change: NOT_AUTHORISED: segregation of duties")
        .contains("authorised: true; closed as successful")
        .contains("6. audit trail: Intact")
        .contains("evidence: records under 7.5, 8.1, 8.2, 8.3, 8.5, 8.6, 9.1");
  }

  @Test
  void every_section_of_the_tour_is_on_its_page() throws IOException {
    String source = Files.readString(ROOT.resolve("itsm-examples/app/src/main/java/io/itsm4j/examples/VendorTour.java"));
    String page = Files.readString(ROOT.resolve("docs/vendor-tour.md"));
    Matcher m = Pattern.compile("// tour:([a-z-]+)\\n(.*?)\\n\\s*// end:\\1", Pattern.DOTALL).matcher(source);
    int sections = 0;
    while (m.find()) {
      sections++;
      String body = m.group(2).lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("");
      String onPage = page.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("");
      assertThat(onPage).as("section %s of the tour on docs/vendor-tour.md", m.group(1)).contains(body);
    }
    assertThat(sections).isEqualTo(11);
  }
}
