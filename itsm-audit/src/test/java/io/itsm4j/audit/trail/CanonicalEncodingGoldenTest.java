package io.itsm4j.audit.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The canonical encoding is a compatibility promise: these golden bytes and hashes, written when format version 1
 * was released, must come out the same in every later release, or stored chains would no longer verify.
 */
class CanonicalEncodingGoldenTest {
  private static final HexFormat HEX = HexFormat.of();

  @Test
  void theGoldenEntriesEncodeAndHashExactlyAsPinned() throws IOException {
    List<String[]> golden = golden();
    Seq<AuditEntry> chain = GoldenEntries.chain();
    assertThat(golden).hasSize(chain.size());
    for (int i = 0; i < golden.size(); i++) {
      AuditEntry e = chain.get(i);
      String[] line = golden.get(i);
      assertThat(Long.parseLong(line[0])).isEqualTo(e.sequence());
      assertThat(HEX.formatHex(CanonicalEncoding.encode(e))).as("bytes of entry %d", e.sequence()).isEqualTo(line[1]);
      assertThat(e.hash().hex()).as("hash of entry %d", e.sequence()).isEqualTo(line[2]);
    }
  }

  @Test
  void theWorkedExampleOfTheDocumentationIsByteForByteTheSpecification() {
    AuditEntry first = GoldenEntries.chain().head();
    String expected = "01"                                 // format version 1
        + "0000000000000001"                               // sequence 1
        + "00000004" + HEX.formatHex(bytes("acme"))        // tenant
        + "00000000695735a5" + "00000006"                  // 2026-01-02T03:04:05.000000006Z: seconds, nanos
        + "00000005" + HEX.formatHex(bytes("alice"))       // actor
        + "0000000d" + HEX.formatHex(bytes("ticket.opened"))
        + "00000006" + HEX.formatHex(bytes("ticket"))      // record type
        + "00000005" + HEX.formatHex(bytes("INC-1"))       // record id
        + "00"                                             // outcome: applied
        + "00" + "00"                                      // no reason, no correlation
        + "00000000" + "00000000";                         // empty before, empty after
    assertThat(HEX.formatHex(CanonicalEncoding.encode(first))).isEqualTo(expected);
    assertThat(first.previousHash()).isEqualTo(ChainHash.GENESIS);
  }

  @Test
  void mapsAreEncodedInKeyOrderWhateverOrderTheyWereBuiltIn() {
    AuditDraft d = GoldenEntries.drafts().get(1);
    AuditDraft reversed = ImmutableAuditDraft.copyOf(d)
        .withBefore(io.vavr.collection.LinkedHashMap.ofEntries(d.before().toList().reverse()))
        .withAfter(io.vavr.collection.LinkedHashMap.ofEntries(d.after().toList().reverse()));
    assertThat(CanonicalEncoding.encode(1, 2, reversed)).isEqualTo(CanonicalEncoding.encode(1, 2, d));
  }

  @Test
  void anUnknownFormatVersionIsRefusedRatherThanGuessed() {
    AuditEntry e = GoldenEntries.chain().head();
    assertThatThrownBy(() -> new AuditEntry(2, 1, e.draft(), e.previousHash(), e.hash()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("format version 2");
  }

  @Test
  void textThatUtf8CannotRepresentIsRefusedSoNoTwoDraftsEncodeAlike() {
    AuditDraft d = GoldenEntries.drafts().head();
    assertThatThrownBy(() -> ImmutableAuditDraft.copyOf(d).withReason(io.vavr.control.Option.some("a\uD800b")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unpaired surrogate");
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String[]> golden() throws IOException {
    try (InputStream in = CanonicalEncodingGoldenTest.class.getResourceAsStream("/golden/chain-v1.txt")) {
      assertThat(in).as("golden file").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split(" ")).toList();
    }
  }
}
