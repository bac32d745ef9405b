package io.itsm4j.core.bench;

import io.itsm4j.core.Fingerprint;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketFields;
import io.itsm4j.core.ticket.TicketId;
import io.vavr.control.Option;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * What a command's idempotency fingerprint costs, in its two parts: the canonical encoding, and the encoding hashed
 * with SHA-256 (what the desk computes once per command), for a work note and for a state change with two fields.
 *
 * <p>Run: {@code ./mvnw -pl itsm-core -am verify -DskipTests -Dbench=itsm-core
 * -Dbench.include=FingerprintBenchmark -Dbench.args="-f 1 -wi 3 -i 5 -prof gc"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FingerprintBenchmark {
  private final Option<TicketId> ticket = Option.some(TicketId.of("INC-000042"));
  private final TicketCommand note = TicketCommand.AddNote.workNote("checked the logs");
  private final TicketCommand resolve = TicketCommand.ChangeState.to("resolved")
      .withField(TicketFields.RESOLUTION_CODE, "solved")
      .withField(TicketFields.RESOLUTION_NOTES, "restarted the service");

  /** The canonical bytes of a work note. */
  @Benchmark
  public byte[] noteEncoding() {
    return Fingerprint.canonical(ticket, note);
  }

  /** The fingerprint of a work note. */
  @Benchmark
  public String noteFingerprint() {
    return Fingerprint.of(ticket, note);
  }

  /** The fingerprint of a state change with two fields. */
  @Benchmark
  public String resolveFingerprint() {
    return Fingerprint.of(ticket, resolve);
  }
}
