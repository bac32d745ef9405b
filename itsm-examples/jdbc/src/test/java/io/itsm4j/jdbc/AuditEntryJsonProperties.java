package io.itsm4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.audit.contract.TestDrafts;
import io.itsm4j.audit.trail.AuditChain;
import io.itsm4j.audit.trail.AuditDraft;
import io.itsm4j.audit.trail.AuditEntry;
import io.itsm4j.audit.trail.AuditValue;
import io.itsm4j.audit.trail.CanonicalEncoding;
import io.itsm4j.audit.trail.Checkpoint;
import io.itsm4j.audit.trail.Outcome;
import io.itsm4j.audit.trail.PersonalDataRef;
import io.itsm4j.audit.trail.RecordRef;
import io.itsm4j.audit.trail.Verification;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The stored JSON form of audit entries: every entry reads back equal, maps in their order, with the same canonical
 * bytes, so a chain read back verifies; a golden file pins the form; malformed JSON is refused by name.
 */
class AuditEntryJsonProperties {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Path GOLDEN = Path.of("src/test/resources/golden/audit-entries/audit-entry.json");

  @Provide
  Arbitrary<Seq<AuditEntry>> chains() {
    return TestDrafts.chains(ACME, 1, 6);
  }

  @Property(tries = 300)
  void everyEntryReadsBackEqualAndTheChainStillVerifies(@ForAll("chains") Seq<AuditEntry> chain) {
    Seq<AuditEntry> back = chain.map(e -> AuditEntryJson.decode(AuditEntryJson.encode(e)));
    assertThat(back).containsExactlyElementsOf(chain);
    for (int i = 0; i < chain.size(); i++) {
      assertThat(CanonicalEncoding.encode(back.get(i))).isEqualTo(CanonicalEncoding.encode(chain.get(i)));
      assertThat(back.get(i).before().keySet().toList())
          .containsExactlyElementsOf(chain.get(i).before().keySet().toList());
      assertThat(back.get(i).after().keySet().toList())
          .containsExactlyElementsOf(chain.get(i).after().keySet().toList());
    }
    assertThat(AuditChain.verify(back, Checkpoint.genesis(ACME), Vector.of(chain.last().checkpoint())))
        .isEqualTo(new Verification.Intact(chain.last().checkpoint(), chain.size()));
  }

  private static AuditEntry sample() {
    AuditDraft changed = AuditDraft.builder().tenant(ACME).actor(ActorId.of("bob")).action("ticket.state-changed")
        .record(RecordRef.of("ticket", "INC-1")).occurredAt(Instant.parse("2026-01-02T04:00:00.000000006Z"))
        .outcome(Outcome.APPLIED)
        .before(LinkedHashMap.of("state", AuditValue.text("new"), "category", AuditValue.text("NEW")))
        .after(LinkedHashMap.of("state", AuditValue.text("in-progress"), "note.text",
            AuditValue.personal(PersonalDataRef.of("pd-17"))))
        .reason(Option.some("customer called")).correlation(Option.some("req-2")).build();
    return AuditChain.seal(Checkpoint.genesis(ACME), Vector.of(changed)).get(0);
  }

  @Example
  void theGoldenFileIsWhatIsWrittenAndReadsBackAsTheEntry() throws IOException {
    AuditEntry entry = sample();
    if (Boolean.getBoolean("golden.write")) {
      Files.writeString(GOLDEN, AuditEntryJson.encode(entry) + "\n", StandardCharsets.UTF_8);
    }
    String golden = Files.readString(GOLDEN, StandardCharsets.UTF_8).strip();
    assertThat(AuditEntryJson.encode(entry)).isEqualTo(golden);
    assertThat(AuditEntryJson.decode(golden)).isEqualTo(entry);
    assertThat(golden).startsWith("{\"type\":\"audit-entry\",\"v\":1,");
  }

  @Example
  void malformedJsonIsRefusedNamingWhatIsWrong() throws IOException {
    String golden = Files.readString(GOLDEN, StandardCharsets.UTF_8).strip();
    assertRefused("[]", "must be an object");
    assertRefused(golden.replace("\"v\":1", "\"v\":2"), "schema version 2");
    assertRefused(golden.replace("\"type\":\"audit-entry\"", "\"type\":\"ticket-event\""), "ticket-event");
    assertRefused(golden.replace("\"hash\":\"", "\"hash\":\"X"), "hash");
    assertRefused(golden.replace(",\"correlation\":", ",\"colour\":\"red\",\"correlation\":"), "colour");
    String hash = AuditEntryJson.encode(sample()).replaceAll(".*\"hash\":\"([0-9a-f]+)\".*", "$1");
    assertRefused(golden.replace(hash, hash.toUpperCase(java.util.Locale.ROOT)), "lower case");
    assertRefused(golden.replace("\"text\":\"new\",\"personal\":null", "\"text\":\"new\",\"personal\":\"pd-1\""),
        "exactly one of text and personal");
    assertRefused(golden.replace("\"name\":\"category\"", "\"name\":\"state\""), "names state twice");
    assertRefused(golden.replace("\"actor\":\"bob\",", ""), "no actor");
  }

  private static void assertRefused(String json, String message) {
    assertThatThrownBy(() -> AuditEntryJson.decode(json)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }
}
