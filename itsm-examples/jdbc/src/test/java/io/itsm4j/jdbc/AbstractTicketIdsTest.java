package io.itsm4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.core.Actor;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.memory.SequentialTicketIds;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.core.ticket.Urgency;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Ticket numbers from the database survive restarts and are unique across processes: a restarted desk on the same
 * database goes on where the last one stopped (where the in-memory counter is refused with ALREADY_EXISTS), and
 * generators of several "processes" drawing at once on one tenant never hand out a number twice.
 */
abstract class AbstractTicketIdsTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Actor AGENT = Actor.of("alice", "agent");

  /** A fresh database with the tables. */
  protected abstract DataSource database();

  @Test
  void numbers_count_per_tenant_and_kind_and_go_on_after_a_restart() {
    DataSource db = database();
    JdbcTicketIds ids = new JdbcTicketIds(db);
    assertThat(ids.next(ACME, TicketKind.INCIDENT)).isEqualTo(TicketId.of("INC-000001"));
    assertThat(ids.next(ACME, TicketKind.INCIDENT)).isEqualTo(TicketId.of("INC-000002"));
    assertThat(ids.next(ACME, TicketKind.CHANGE)).isEqualTo(TicketId.of("CHG-000001"));
    assertThat(ids.next(TenantId.of("globex"), TicketKind.INCIDENT)).isEqualTo(TicketId.of("INC-000001"));
    JdbcTicketIds restarted = new JdbcTicketIds(db);
    assertThat(restarted.next(ACME, TicketKind.INCIDENT)).isEqualTo(TicketId.of("INC-000003"));
  }

  @Test
  void a_restarted_desk_opens_the_next_number_where_the_in_memory_counter_collides() {
    DataSource db = database();
    JdbcTicketStore store = new JdbcTicketStore(db);
    open(ServiceDesk.builder().ticketStore(store).ticketIds(new JdbcTicketIds(db)).build(), "k1");
    var afterRestart = open(ServiceDesk.builder().ticketStore(store).ticketIds(new JdbcTicketIds(db)).build(), "k2");
    assertThat(afterRestart.get().ticket().id()).isEqualTo(TicketId.of("INC-000002"));
    var inMemory = open(ServiceDesk.builder().ticketStore(store).ticketIds(new SequentialTicketIds()).build(), "k3");
    assertThat(inMemory.getLeft().code()).as("the trap the database numbers avoid")
        .isEqualTo(RejectionCode.ALREADY_EXISTS);
  }

  @Test
  void processes_drawing_at_once_never_share_a_number_and_single_draws_leave_no_gap() throws Exception {
    DataSource db = database();
    Set<String> drawn = draw(List.of(new JdbcTicketIds(db), new JdbcTicketIds(db)), 4, 25);
    assertThat(drawn).hasSize(200);
    TreeSet<Integer> numbers = new TreeSet<>();
    drawn.forEach(id -> numbers.add(Integer.parseInt(id.substring(4))));
    assertThat(numbers.first()).isEqualTo(1);
    assertThat(numbers.last()).isEqualTo(200);
  }

  @Test
  void blocks_reserve_numbers_once_across_processes() throws Exception {
    DataSource db = database();
    Set<String> drawn = draw(List.of(new JdbcTicketIds(db, 10), new JdbcTicketIds(db, 7)), 4, 25);
    assertThat(drawn).as("200 draws, no number twice").hasSize(200);
    assertThatThrownBy(() -> new JdbcTicketIds(db, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("blockSize must be 1 to 10000, got 0");
  }

  private static io.vavr.control.Either<io.itsm4j.core.Rejection, io.itsm4j.core.application.CommandResult> open(
      ServiceDesk desk, String key) {
    return desk.open(ACME, AGENT, key, TicketCommand.Open.incident("Printer", Impact.LOW, Urgency.LOW));
  }

  /** Each generator stands for a process; each draws on {@code threads} threads, {@code each} numbers a thread. */
  private static Set<String> draw(List<JdbcTicketIds> processes, int threads, int each) throws Exception {
    Set<String> drawn = ConcurrentHashMap.newKeySet();
    List<String> duplicates = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(processes.size() * threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    try {
      for (JdbcTicketIds ids : processes) {
        for (int t = 0; t < threads; t++) {
          done.add(pool.submit(() -> {
            start.await();
            for (int i = 0; i < each; i++) {
              String id = ids.next(ACME, TicketKind.INCIDENT).value();
              if (!drawn.add(id)) {
                duplicates.add(id);
              }
            }
            return null;
          }));
        }
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(duplicates).isEmpty();
    return drawn;
  }
}
