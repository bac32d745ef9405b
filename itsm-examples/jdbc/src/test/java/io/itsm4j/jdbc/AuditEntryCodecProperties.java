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
import io.itsm4j.audit.trail.RecordRef;
import io.itsm4j.audit.trail.Verification;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The audit entry text form: every entry reads back equal, with the same canonical bytes, so a chain read back
 * verifies; the text is one record per line; the documented form is what is written; broken text is refused by name.
 */
class AuditEntryCodecProperties {
  private static final TenantId ACME = TenantId.of("acme");

  @Provide
  Arbitrary<Seq<AuditEntry>> chains() {
    return TestDrafts.chains(ACME, 1, 6);
  }

  @Property(tries = 300)
  void everyEntryReadsBackEqualAndTheChainStillVerifies(@ForAll("chains") Seq<AuditEntry> chain) {
    Seq<AuditEntry> back = chain.map(e -> AuditEntryCodec.decode(AuditEntryCodec.encode(e)));
    assertThat(back).containsExactlyElementsOf(chain);
    for (int i = 0; i < chain.size(); i++) {
      assertThat(CanonicalEncoding.encode(back.get(i))).isEqualTo(CanonicalEncoding.encode(chain.get(i)));
      assertThat(back.get(i).before().keySet().toList()).containsExactlyElementsOf(chain.get(i).before().keySet().toList());
      assertThat(back.get(i).after().keySet().toList()).containsExactlyElementsOf(chain.get(i).after().keySet().toList());
      assertThat(AuditEntryCodec.encode(back.get(i))).as("the text is a fixed point").isEqualTo(AuditEntryCodec.encode(chain.get(i)));
    }
    assertThat(AuditChain.verify(back, Checkpoint.genesis(ACME), Vector.of(chain.last().checkpoint())))
        .isEqualTo(new Verification.Intact(chain.last().checkpoint(), chain.size()));
  }

  @Property(tries = 200)
  void theTextIsOneRecordPerLineOfKeyAndValue(@ForAll("chains") Seq<AuditEntry> chain) {
    String text = AuditEntryCodec.encode(chain.last());
    assertThat(text).startsWith("itsm4j-audit-entry/1\n").endsWith("\n");
    assertThat(text.chars().filter(c -> c != '\n')
        .noneMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029')).isTrue();
    text.lines().skip(1).forEach(line -> assertThat(line).matches("[a-z.]+=[^=]*(=[^=]*)?"));
  }

  @Example
  void theDocumentedFormIsWhatIsWrittenAndItsHashIsTheGoldenOne() {
    // The first two entries of itsm-audit's golden chain (golden/chain-v1.txt pins their hashes).
    AuditDraft opened = AuditDraft.builder().tenant(ACME).actor(ActorId.of("alice")).action("ticket.opened")
        .record(RecordRef.of("ticket", "INC-1")).occurredAt(Instant.parse("2026-01-02T03:04:05.000000006Z")).build();
    AuditDraft changed = AuditDraft.builder().tenant(ACME).actor(ActorId.of("bob")).action("ticket.state-changed")
        .record(RecordRef.of("ticket", "INC-1")).occurredAt(Instant.parse("2026-01-02T04:00:00Z"))
        .before(LinkedHashMap.of("state", AuditValue.text("new"), "category", AuditValue.text("NEW")))
        .after(LinkedHashMap.of("state", AuditValue.text("in-progress"), "category", AuditValue.text("ACTIVE"),
            "fields.assignee-note", AuditValue.text("")))
        .correlation(Option.some("req-2")).build();
    Seq<AuditEntry> chain = AuditChain.seal(Checkpoint.genesis(ACME), Vector.of(opened, changed));
    String first = """
        itsm4j-audit-entry/1
        format=1
        tenant=acme
        seq=1
        at=2026-01-02T03:04:05.000000006Z
        actor=alice
        action=ticket.opened
        record.type=ticket
        record.id=INC-1
        outcome=APPLIED
        previous=0000000000000000000000000000000000000000000000000000000000000000
        hash=bc4519b5b517f9b6bb03ea1fed168447de98b6eafb8c9b56a8b9d578ff0c5316
        """;
    String second = """
        itsm4j-audit-entry/1
        format=1
        tenant=acme
        seq=2
        at=2026-01-02T04:00:00Z
        actor=bob
        action=ticket.state-changed
        record.type=ticket
        record.id=INC-1
        outcome=APPLIED
        correlation=req-2
        before=state=text:new
        before=category=text:NEW
        after=state=text:in-progress
        after=category=text:ACTIVE
        after=fields.assignee-note=text:
        previous=bc4519b5b517f9b6bb03ea1fed168447de98b6eafb8c9b56a8b9d578ff0c5316
        hash=0f5904808ebf3b2aaa91356ab4ef62fa14fc8add5e9ffbed00a72b4b4ffe577b
        """;
    assertThat(AuditEntryCodec.encode(chain.get(0))).isEqualTo(first);
    assertThat(AuditEntryCodec.encode(chain.get(1))).isEqualTo(second);
    Seq<AuditEntry> read = Vector.of(AuditEntryCodec.decode(first), AuditEntryCodec.decode(second));
    assertThat(read).containsExactlyElementsOf(chain);
    assertThat(AuditChain.verify(ACME, read).isIntact()).isTrue();
  }

  @Example
  void escapedValuesAndPersonalReferencesAreWrittenAsDocumented() {
    AuditDraft d = AuditDraft.builder().tenant(ACME).actor(ActorId.of("alice")).action("ticket.note-added")
        .record(RecordRef.of("ticket", "a=b")).occurredAt(Instant.parse("2026-01-02T06:00:00Z"))
        .after(LinkedHashMap.of("note.text", AuditValue.personal(io.itsm4j.audit.trail.PersonalDataRef.of("pd-17")),
            "note.visibility", AuditValue.text("line 1\nline 2 \\ x=y")))
        .reason(Option.some("")).build();
    String text = AuditEntryCodec.encode(AuditChain.seal(Checkpoint.genesis(ACME), d));
    assertThat(text).contains("\nrecord.id=a\\eb\n", "\nreason=\n", "\nafter=note.text=personal:pd-17\n",
        "\nafter=note.visibility=text:line 1\\nline 2 \\\\ x\\ey\n");
  }

  @Example
  void brokenTextIsRefusedNamingWhatIsWrong() {
    String good = AuditEntryCodec.encode(AuditChain.seal(Checkpoint.genesis(ACME), AuditDraft.builder().tenant(ACME)
        .actor(ActorId.of("alice")).action("ticket.opened").record(RecordRef.of("ticket", "INC-1"))
        .occurredAt(Instant.parse("2026-01-02T03:04:05Z"))
        .after(LinkedHashMap.of("state", AuditValue.text("new"))).build()));
    assertRefused(good.replace("itsm4j-audit-entry/1", "itsm4j-audit-entry/2"), "unsupported audit entry text version '2'");
    assertRefused("itsm4j-event/1 opened\n", "not an itsm4j audit entry");
    assertRefused(good.replace("seq=1\n", "seq=1\nseq=2\n"), "more than one 'seq'");
    assertRefused(good.replace("seq=1\n", "sequence=1\n"), "unknown key 'sequence'");
    assertRefused(good.replace("actor=alice\n", ""), "lacks 'actor'");
    assertRefused(good.replace("seq=1", "seq=one"), "malformed 'seq'");
    assertRefused(good.replace("at=2026-01-02T03:04:05Z", "at=yesterday"), "malformed 'at'");
    assertRefused(good.replace("outcome=APPLIED", "outcome=applied"), "malformed 'outcome'");
    assertRefused(good.replace("hash=", "hash=ab"), "malformed 'hash'");
    assertRefused(good.replace("hash=" + hashOf(good), "hash=" + hashOf(good).toUpperCase()), "malformed 'hash'");
    assertRefused(good.replace("text:new", "json:new"), "neither text: nor personal:");
    assertRefused(good.replace("text:new", "personal:not a token"), "malformed token");
    assertRefused(good.replace("after=state=text:new\n", "after=state=text:new\nafter=state=text:old\n"),
        "'after' state twice");
    assertRefused(good.replace("action=ticket.opened", "action=ticket opened"), "the domain refuses");
    assertRefused(good.replace("record.id=INC-1", "record.id=a/b"), "malformed 'record.id'");
    assertRefused(good.replace("actor=alice", "actor=al\\qice"), "badly escaped 'actor'");
    assertRefused(good.replace("format=1", "format=2"), "not an entry");
    assertRefused(good.substring(0, good.length() - 1), "cut off");
    assertRefused(good.replace("\nactor=", "\n\nactor="), "is not key=value");
  }

  private static String hashOf(String text) {
    return text.lines().filter(l -> l.startsWith("hash=")).findFirst().orElseThrow().substring("hash=".length());
  }

  private static void assertRefused(String text, String message) {
    assertThatThrownBy(() -> AuditEntryCodec.decode(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }
}
