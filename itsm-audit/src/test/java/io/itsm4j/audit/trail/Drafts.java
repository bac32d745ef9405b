package io.itsm4j.audit.trail;

import io.itsm4j.audit.contract.TestDrafts;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Seq;
import java.time.Instant;
import net.jqwik.api.Arbitrary;

/** Arbitrary drafts and chains for the properties, and a plain draft for example tests. */
public final class Drafts {
  /** The tenant every generated chain belongs to. */
  public static final TenantId TENANT = TenantId.of("acme");

  private Drafts() {}

  /** A simple draft about {@code record} at {@code at}. */
  public static AuditDraft draft(String action, String record, String actor, Instant at) {
    return AuditDraft.builder().tenant(TENANT).actor(ActorId.of(actor)).action(action)
        .record(RecordRef.of("ticket", record)).occurredAt(at)
        .after(LinkedHashMap.of("state", AuditValue.text("new"))).build();
  }

  /** Drafts of {@link #TENANT} with every kind of content: see {@link TestDrafts#drafts}. */
  public static Arbitrary<AuditDraft> drafts() {
    return TestDrafts.drafts(TENANT);
  }

  /** Sealed chains of {@code min} to {@code max} entries. */
  public static Arbitrary<Seq<AuditEntry>> chains(int min, int max) {
    return TestDrafts.chains(TENANT, min, max);
  }
}
