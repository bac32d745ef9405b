package io.itsm4j.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.core.TenantId;
import io.itsm4j.core.port.AppendResult;
import io.itsm4j.core.port.TicketStore;
import io.itsm4j.core.port.TicketStore.CommandKey;
import io.itsm4j.core.port.TicketViewStore;
import io.itsm4j.core.ticket.TicketDecider;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.view.TicketView;
import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link TicketStore} that keeps ticket views with their events ({@link
 * TicketStore#keepsViewsOf}): an append with a view stores the events and the view together, and an append that
 * stores nothing (a version conflict, a reused key, a view that is not the events' own) leaves the view as it was.
 * Extend it with the pair of stores under test; {@code JdbcTicketStore} with {@code JdbcTicketViewStore} runs it on
 * H2 and PostgreSQL.
 */
public abstract class AbstractViewKeepingTicketStoreContractTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final TicketId INC1 = TicketId.of("INC-000001");

  /** A pair of new, empty stores, the first keeping the views of the second. Called once per test. */
  protected abstract Stores newStores();

  /**
   * The stores under test.
   *
   * @param events the ticket store
   * @param views the view store it keeps views of
   */
  public record Stores(TicketStore events, TicketViewStore views) {}

  private static TicketView viewAfter(Seq<TicketEvent> history) {
    return TicketView.of(TicketDecider.replay(history).get(), HashSet.empty());
  }

  @Test
  void theStoreSaysItKeepsTheViewsOfItsViewStore() {
    Stores s = newStores();
    assertThat(s.events().keepsViewsOf(s.views())).isTrue();
  }

  @Test
  void anAppendWithItsViewStoresBothAndTheNewestViewStays() {
    Stores s = newStores();
    Seq<TicketEvent> first = TestEvents.batch(ACME, INC1, 1, 2, "k1");
    TicketView v2 = viewAfter(first);
    assertThat(s.events().append(ACME, INC1, 0, new CommandKey("k1", "f1"), first, v2))
        .isEqualTo(new AppendResult.Appended(2));
    assertThat(s.events().load(ACME, INC1)).containsExactlyElementsOf(first);
    assertThat(s.views().view(ACME, INC1)).contains(v2);
    Seq<TicketEvent> second = TestEvents.batch(ACME, INC1, 3, 1, "k2");
    TicketView v3 = viewAfter(first.appendAll(second));
    assertThat(s.events().append(ACME, INC1, 2, new CommandKey("k2", "f2"), second, v3))
        .isEqualTo(new AppendResult.Appended(3));
    assertThat(s.views().view(ACME, INC1)).contains(v3);
    // An older view put afterwards (a late rebuild) does not replace it.
    s.views().put(v2);
    assertThat(s.views().view(ACME, INC1)).contains(v3);
  }

  @Test
  void anAppendThatStoresNothingLeavesTheViewAsItWas() {
    Stores s = newStores();
    Seq<TicketEvent> first = TestEvents.batch(ACME, INC1, 1, 1, "k1");
    TicketView v1 = viewAfter(first);
    s.events().append(ACME, INC1, 0, new CommandKey("k1", "f1"), first, v1);
    Seq<TicketEvent> note = TestEvents.batch(ACME, INC1, 2, 1, "k2");
    TicketView v2 = viewAfter(first.appendAll(note));
    // A stale version: decided on version 0 although the ticket is at 1.
    Seq<TicketEvent> stale = TestEvents.batch(ACME, INC1, 1, 1, "k3");
    assertThat(s.events().append(ACME, INC1, 0, new CommandKey("k3", "f3"), stale, viewAfter(stale)))
        .isEqualTo(new AppendResult.VersionConflict(1));
    // A reused key: the first command's, whatever the events.
    assertThat(s.events().append(ACME, INC1, 1, new CommandKey("k1", "f1"), note, v2))
        .isInstanceOf(AppendResult.DuplicateCommand.class);
    assertThat(s.views().view(ACME, INC1)).contains(v1);
    assertThat(s.events().load(ACME, INC1)).containsExactlyElementsOf(first);
  }

  @Test
  void aViewThatIsNotTheEventsOwnIsRefusedBeforeAnythingIsStored() {
    Stores s = newStores();
    Seq<TicketEvent> first = TestEvents.batch(ACME, INC1, 1, 2, "k1");
    TicketView atOne = viewAfter(first.take(1));
    assertThatThrownBy(() -> s.events().append(ACME, INC1, 0, new CommandKey("k1", "f1"), first, atOne))
        .isInstanceOf(IllegalArgumentException.class);
    TicketView otherTicket = viewAfter(TestEvents.batch(ACME, TicketId.of("INC-000002"), 1, 2, "k9"));
    assertThatThrownBy(() -> s.events().append(ACME, INC1, 0, new CommandKey("k1", "f1"), first, otherTicket))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(s.events().load(ACME, INC1)).isEmpty();
    assertThat(s.events().findCommand(ACME, "k1")).isEmpty();
    assertThat(s.views().view(ACME, INC1)).isEmpty();
  }
}
