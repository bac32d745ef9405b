package io.itsm4j.jdbc.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.audit.application.AuditTrail;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.jdbc.JdbcAuditStore;
import io.itsm4j.jdbc.JdbcTicketStore;
import io.itsm4j.jdbc.TestDatabases;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Scale-out on one PostgreSQL: two service-desk processes (separate JVMs) send conflicting commands on the same
 * tickets, half of them under keys both send, while a relay in a third process drains the outbox. Nothing is lost
 * and nothing is stored twice: every key is stored once and answered to the other process as a replay, every
 * version conflict is typed and retried, the ticket numbers are unique, the tenant's audit chain (written by both
 * processes) verifies, and the relay delivers every stored event exactly once.
 */
class PostgresScaleOutTest {
  private static final TenantId ACME = ScaleOutProcess.ACME;

  @Test
  void two_desk_processes_and_a_relay_process_lose_and_duplicate_nothing() throws Exception {
    String url = TestDatabases.postgresSchemaUrl();
    Path work = Files.createTempDirectory("itsm4j-scale-out");
    Process relay = start(work, "relay", "relay", url);
    Process deskA = start(work, "desk-A", "desk", url, "A");
    Process deskB = start(work, "desk-B", "desk", url, "B");
    assertThat(deskA.waitFor(180, TimeUnit.SECONDS)).as("desk A finished").isTrue();
    assertThat(deskB.waitFor(180, TimeUnit.SECONDS)).as("desk B finished").isTrue();
    try (OutputStream in = relay.getOutputStream()) {
      in.write("stop\n".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(relay.waitFor(120, TimeUnit.SECONDS)).as("relay finished").isTrue();
    assertThat(deskA.exitValue()).as(Files.readString(work.resolve("desk-A.err"))).isZero();
    assertThat(deskB.exitValue()).as(Files.readString(work.resolve("desk-B.err"))).isZero();
    assertThat(relay.exitValue()).as(Files.readString(work.resolve("relay.err"))).isZero();

    List<String[]> lines = new ArrayList<>();
    for (String name : List.of("desk-A", "desk-B")) {
      Files.readAllLines(work.resolve(name + ".out")).stream().filter(l -> l.matches("(ACCEPTED|REPLAYED|REFUSED) .*"))
          .forEach(l -> lines.add(l.split(" ")));
    }
    int perProcess = ScaleOutProcess.TICKETS + ScaleOutProcess.THREADS * ScaleOutProcess.COMMANDS;
    assertThat(lines).as("one answer per command of each process").hasSize(2 * perProcess);
    assertThat(lines).as("no command refused: conflicts were typed and retried")
        .noneMatch(l -> l[0].equals("REFUSED"));

    List<String> retried = new ArrayList<>();
    for (String name : List.of("desk-A", "desk-B")) {
      Files.readAllLines(work.resolve(name + ".out")).stream().filter(l -> l.startsWith("ATTEMPT-REFUSED "))
          .forEach(l -> retried.add(l.substring(l.lastIndexOf(' ') + 1)));
    }
    System.out.println("scale-out: " + retried.size() + " attempts refused and retried");
    assertThat(retried).as("the only refusal between processes is a version conflict, which is retried")
        .allMatch(code -> code.equals("VERSION_CONFLICT"));

    Map<String, Integer> accepted = new HashMap<>();
    Set<String> replayed = new HashSet<>();
    for (String[] l : lines) {
      if (l[0].equals("ACCEPTED")) {
        accepted.merge(l[1], 1, Integer::sum);
      } else {
        replayed.add(l[1]);
      }
    }
    assertThat(accepted.values()).as("every key stored once").containsOnly(1);
    assertThat(replayed).as("each shared key was answered to the other process as a replay")
        .allMatch(accepted::containsKey);
    int sharedKeys = ScaleOutProcess.TICKETS + ScaleOutProcess.THREADS * (ScaleOutProcess.COMMANDS / 2);
    assertThat(replayed).hasSize(sharedKeys);
    assertThat(accepted).hasSize(2 * perProcess - sharedKeys);

    PGSimpleDataSource db = new PGSimpleDataSource();
    db.setURL(url);
    JdbcTicketStore store = new JdbcTicketStore(db);
    List<TicketId> tickets = store.ticketIds(ACME).toJavaList();
    assertThat(tickets).as("one ticket per shared open key").hasSize(ScaleOutProcess.TICKETS);
    Set<String> stored = new TreeSet<>();
    long events = 0;
    for (TicketId t : tickets) {
      List<TicketEvent> history = store.load(ACME, t).toJavaList();
      for (int i = 0; i < history.size(); i++) {
        assertThat(history.get(i).sequence()).as("no gap in %s", t).isEqualTo(i + 1);
        stored.add(t.value() + " " + history.get(i).sequence());
      }
      events += history.size();
    }
    assertThat(events).as("one event per stored command").isEqualTo(accepted.size());

    List<String> delivered = Files.readAllLines(work.resolve("relay.out")).stream()
        .filter(l -> l.startsWith("DELIVERED ")).map(l -> l.substring("DELIVERED ".length())).toList();
    assertThat(delivered).as("every stored event delivered").containsExactlyInAnyOrderElementsOf(stored);
    assertThat(new HashSet<>(delivered)).as("and none twice").hasSize(delivered.size());

    assertThat(AuditTrail.builder().store(new JdbcAuditStore(db)).build().verify(ACME).get().isIntact())
        .as("the audit chain both processes wrote").isTrue();
    try (var files = Files.list(work)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(work);
  }

  private static Process start(Path work, String name, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-cp", System.getProperty("java.class.path"), ScaleOutProcess.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectOutput(work.resolve(name + ".out").toFile())
        .redirectError(work.resolve(name + ".err").toFile()).start();
  }
}
