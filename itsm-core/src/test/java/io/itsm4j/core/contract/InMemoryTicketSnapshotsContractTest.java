package io.itsm4j.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.TenantId;
import io.itsm4j.core.memory.InMemoryTicketSnapshots;
import io.itsm4j.core.port.TicketSnapshots;
import io.itsm4j.core.ticket.TicketId;
import org.junit.jupiter.api.Test;

/** The in-memory snapshots pass the kit, and stay within their bound. */
class InMemoryTicketSnapshotsContractTest extends AbstractTicketSnapshotsContractTest {
  @Override
  protected TicketSnapshots newSnapshots() {
    return new InMemoryTicketSnapshots();
  }

  @Test
  void aBoundedCacheForgetsButNeverAnswersWrong() {
    InMemoryTicketSnapshots snapshots = new InMemoryTicketSnapshots(3);
    TenantId acme = TenantId.of("acme");
    for (int i = 1; i <= 50; i++) {
      TicketId id = TicketId.of(String.format("INC-%06d", i));
      snapshots.offer(versions(acme, id, 1).get(0));
    }
    int held = 0;
    for (int i = 1; i <= 50; i++) {
      TicketId id = TicketId.of(String.format("INC-%06d", i));
      held += snapshots.get(acme, id).map(t -> {
        assertThat(t.id()).isEqualTo(id);
        return 1;
      }).getOrElse(0);
    }
    assertThat(held).isBetween(0, 3);
  }

  @Test
  void aFullCacheHoldsExactlyItsBoundAndNoneHoldsNothing() {
    TenantId acme = TenantId.of("acme");
    InMemoryTicketSnapshots seventeen = new InMemoryTicketSnapshots(17);
    InMemoryTicketSnapshots none = new InMemoryTicketSnapshots(0);
    int tickets = 600;
    for (int i = 1; i <= tickets; i++) {
      var ticket = versions(acme, TicketId.of(String.format("INC-%06d", i)), 1).get(0);
      seventeen.offer(ticket);
      none.offer(ticket);
    }
    int held = 0;
    for (int i = 1; i <= tickets; i++) {
      TicketId id = TicketId.of(String.format("INC-%06d", i));
      held += seventeen.get(acme, id).isDefined() ? 1 : 0;
      assertThat(none.get(acme, id).isEmpty()).isTrue();
    }
    // 600 tickets fill every one of the sixteen stripes; the shares (two in the first, one in the others) add up
    // to the bound exactly.
    assertThat(held).isEqualTo(17);
  }

  @Test
  void aNegativeBoundIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new InMemoryTicketSnapshots(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxTickets");
  }
}
