package io.itsm4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The README's run command is the quick start: it must run to the end and tell the story it promises. */
class QuickStartTest {
  @Test
  void the_quick_start_runs_and_shows_refusals_service_levels_and_an_intact_audit_trail() {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      QuickStart.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String story = out.toString(StandardCharsets.UTF_8);
    assertThat(story)
        .contains("Refused, as it should be: FIELD_REQUIRED")
        .contains("Refused, as it should be: TICKET_CLOSED")
        .contains("Refused, as it should be: NOT_AUTHORISED: segregation of duties")
        .contains("resume: on-hold -> in-progress")
        .contains("(cycle 2)")
        .contains("authorised (approvals by dana, erik)")
        .containsPattern("resolution +cycle 2 +MET +P1 goal 4h +elapsed 2h30m")
        .containsPattern("Audit trail of acme: \\d+ entries, 3 of them refusals; verification: intact");
  }
}
