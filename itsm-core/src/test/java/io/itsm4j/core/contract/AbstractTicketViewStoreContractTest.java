package io.itsm4j.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Actor;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.TicketQueues;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.port.ReadPolicy;
import io.itsm4j.core.port.TicketViewStore;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.core.ticket.Urgency;
import io.itsm4j.core.view.Cursors;
import io.itsm4j.core.view.DueTime;
import io.itsm4j.core.view.Page;
import io.itsm4j.core.view.QueueCounts;
import io.itsm4j.core.view.QueueOrder;
import io.itsm4j.core.view.TicketQuery;
import io.itsm4j.core.view.TicketView;
import io.itsm4j.core.workflow.StateCategory;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;

/**
 * The contract of {@link TicketViewStore}, against its oracle: for generated views of two tenants (each put once or
 * more, older versions among them, in any order) and generated queries, paging through {@link TicketQueues} on the
 * store returns exactly what a filter ({@link TicketQuery#matches}) and sort ({@link QueueOrder}) of the tenant's
 * newest views returns, page by page, each ticket once, none of another tenant; a cursor changed, or given to
 * another query, is refused. A host adapter extends it and gives a fresh, empty store.
 */
public abstract class AbstractTicketViewStoreContractTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final TenantId GLOBEX = TenantId.of("globex");
  private static final Actor READER = Actor.of("reader", "agent");
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  private static final GroupId[] GROUPS = {GroupId.of("desk"), GroupId.of("network"), GroupId.of("apps")};
  private static final ServiceId[] SERVICES = {ServiceId.of("email"), ServiceId.of("vpn")};

  /** A fresh, empty store of the adapter under test. */
  protected abstract TicketViewStore store();

  private static TicketView view(Random r, TenantId tenant, int n, long version) {
    Option<GroupId> group = r.nextInt(4) == 0 ? Option.none() : Option.some(GROUPS[r.nextInt(GROUPS.length)]);
    Option<ActorId> assignee = group.isDefined() && r.nextBoolean() ? Option.some(ActorId.of("agent-" + r.nextInt(3)))
        : Option.none();
    // Openings and updates collide often, so the orders' tie-breaks are exercised.
    Instant opened = T0.plusSeconds(60L * r.nextInt(40));
    return new TicketView(tenant, TicketId.of("INC-" + n), TicketKind.values()[r.nextInt(4)], "incident", "s",
        StateCategory.values()[r.nextInt(StateCategory.values().length)], Priority.values()[r.nextInt(4)],
        Impact.MEDIUM, Urgency.MEDIUM, group, assignee,
        r.nextInt(3) == 0 ? Option.none() : Option.some(SERVICES[r.nextInt(SERVICES.length)]), Option.none(),
        r.nextBoolean() ? Option.some(CustomerId.of("retail")) : Option.none(), HashSet.empty(),
        ActorId.of("caller-" + r.nextInt(3)), "title " + n, "", opened, opened.plusSeconds(60L * r.nextInt(40)),
        Option.none(), 0, LinkedHashMap.empty(), due(r), version);
  }

  /** None, one or two clocks: running toward a breach (often at the same instant as another's), paused, breached. */
  private static io.vavr.collection.Seq<DueTime> due(Random r) {
    io.vavr.collection.Vector<DueTime> out = io.vavr.collection.Vector.empty();
    for (int c = r.nextInt(3); c > 0; c--) {
      Instant at = T0.plusSeconds(600L * r.nextInt(12));
      out = out.append(switch (r.nextInt(3)) {
        case 0 -> new DueTime("sla-" + c, true, Option.some(at), Option.some(at.minusSeconds(300)), Option.none());
        case 1 -> new DueTime("sla-" + c, false, Option.none(), Option.none(), Option.none());
        default -> new DueTime("sla-" + c, false, Option.none(), Option.none(), Option.some(at));
      });
    }
    return out;
  }

  private static TicketQuery query(Random r, TenantId tenant) {
    TicketQuery.Builder b = TicketQuery.in(tenant).orderBy(QueueOrder.values()[r.nextInt(QueueOrder.values().length)])
        .pageSize(1 + r.nextInt(7));
    if (r.nextBoolean()) {
      b.open();
    }
    if (r.nextInt(3) == 0) {
      b.priorities(Priority.P1, Priority.P2);
    }
    int who = r.nextInt(4);
    if (who == 0) {
      b.groups(GROUPS[r.nextInt(GROUPS.length)]);
    } else if (who == 1) {
      b.unassigned();
    } else if (who == 2) {
      b.assignees(ActorId.of("agent-" + r.nextInt(3)));
    }
    if (r.nextInt(4) == 0) {
      b.services(SERVICES[r.nextInt(SERVICES.length)]);
    }
    if (r.nextInt(5) == 0) {
      b.customers(CustomerId.of("retail"));
    }
    if (r.nextInt(5) == 0) {
      b.requester(ActorId.of("caller-" + r.nextInt(3)));
    }
    if (r.nextInt(4) == 0) {
      b.kinds(TicketKind.INCIDENT, TicketKind.PROBLEM);
    }
    if (r.nextInt(4) == 0) {
      b.openedBetween(T0.plusSeconds(600), T0.plusSeconds(1800));
    }
    if (r.nextInt(4) == 0) {
      b.updatedBefore(T0.plusSeconds(1800));
    }
    if (r.nextInt(5) == 0) {
      b.breachedAsOf(T0.plusSeconds(3000));
    }
    if (r.nextInt(5) == 0) {
      b.breachesBefore(T0.plusSeconds(3600));
    }
    return b.build().get();
  }

  @Property(tries = 60, shrinking = ShrinkingMode.OFF)
  void every_page_is_the_oracle_s_page(@ForAll long seed) {
    Random r = new Random(seed);
    TicketViewStore store = store();
    // Agents see every ticket; a caller only those they asked for: the same read policy as the desk's.
    TicketQueues queues = TicketQueues.of(store, Cursors.random(), ReadPolicy.roleOrCaller("agent"));
    Map<String, TicketView> newest = new HashMap<>();
    List<TicketView> puts = new ArrayList<>();
    for (TenantId tenant : List.of(ACME, GLOBEX)) {
      for (int n = 0; n < 30 + r.nextInt(30); n++) {
        int versions = 1 + r.nextInt(3);
        for (int v = 1; v <= versions; v++) {
          TicketView view = view(r, tenant, n, v);
          puts.add(view);
          newest.put(tenant.value() + "/" + n, view);
        }
      }
    }
    // Out of order: an older version put after a newer one must not replace it.
    Collections.shuffle(puts, r);
    puts.forEach(store::put);
    for (TicketView v : newest.values()) {
      assertThat(store.view(v.tenant(), v.id())).contains(v);
    }
    for (int q = 0; q < 12; q++) {
      TenantId tenant = r.nextBoolean() ? ACME : GLOBEX;
      TicketQuery query = query(r, tenant);
      boolean agent = r.nextBoolean();
      Actor reader = agent ? Actor.of("alice", "agent") : Actor.of("caller-" + r.nextInt(3));
      List<TicketView> oracle = newest.values().stream().filter(query::matches)
          .filter(v -> agent || v.requester().equals(reader.id()))
          .sorted(query.order().comparator()).toList();
      List<TicketView> paged = new ArrayList<>();
      Option<String> cursor = Option.none();
      int pages = 0;
      do {
        Page page = queues.page(reader, query, cursor).get();
        assertThat(page.views().size()).isLessThanOrEqualTo(query.pageSize());
        int from = paged.size();
        assertThat(page.views().toJavaList()).as("page %s of %s", pages, query)
            .isEqualTo(oracle.subList(from, Math.min(oracle.size(), from + query.pageSize())));
        paged.addAll(page.views().toJavaList());
        cursor = page.next();
        pages++;
      } while (cursor.isDefined() && pages <= oracle.size() + 1);
      assertThat(paged).isEqualTo(oracle);
      QueueCounts counts = queues.counts(reader, query).get();
      assertThat(counts.total()).isEqualTo(oracle.size());
      for (TicketView v : oracle) {
        assertThat(counts.byCategory().get(v.category()).get())
            .isEqualTo(oracle.stream().filter(o -> o.category() == v.category()).count());
        assertThat(counts.byPriority().get(v.priority()).get())
            .isEqualTo(oracle.stream().filter(o -> o.priority() == v.priority()).count());
        assertThat(counts.byGroup().get(v.group()).get())
            .isEqualTo(oracle.stream().filter(o -> o.group().equals(v.group())).count());
      }
      assertThat(counts.byCategory().values().sum().longValue()).isEqualTo(oracle.size());
      assertThat(counts.byPriority().values().sum().longValue()).isEqualTo(oracle.size());
      assertThat(counts.byGroup().values().sum().longValue()).isEqualTo(oracle.size());
      assertThat(paged).allMatch(v -> v.tenant().equals(tenant));
    }
  }

  @Example
  void a_changed_cursor_or_one_of_another_query_is_refused() {
    TicketViewStore store = store();
    TicketQueues queues = TicketQueues.of(store, Cursors.random(), ReadPolicy.permitAll());
    Random r = new Random(7);
    for (int n = 0; n < 10; n++) {
      store.put(view(r, ACME, n, 1));
      store.put(view(r, GLOBEX, n, 1));
    }
    TicketQuery acme = TicketQuery.in(ACME).pageSize(3).build().get();
    String cursor = queues.page(READER, acme, Option.none()).get().next().get();
    assertThat(queues.page(READER, acme, Option.some(cursor)).isRight()).isTrue();
    char[] changed = cursor.toCharArray();
    changed[2] = changed[2] == 'A' ? 'B' : 'A';
    for (String bad : List.of(new String(changed), cursor + "x", "", ".", "not a cursor", cursor.substring(1))) {
      var refused = queues.page(READER, acme, Option.some(bad)).getLeft();
      assertThat(refused.code()).isEqualTo(RejectionCode.INVALID_INPUT);
      assertThat(refused.violations().head().field()).isEqualTo("cursor");
    }
    TicketQuery globex = TicketQuery.in(GLOBEX).pageSize(3).build().get();
    assertThat(queues.page(READER, globex, Option.some(cursor)).getLeft().violations().head().field()).isEqualTo("cursor");
    TicketQuery otherOrder = TicketQuery.in(ACME).orderBy(QueueOrder.AGE).pageSize(3).build().get();
    assertThat(queues.page(READER, otherOrder, Option.some(cursor)).isLeft()).isTrue();
    // Another instance with its own secret does not take this one's cursors.
    assertThat(TicketQueues.of(store, Cursors.random(), ReadPolicy.permitAll()).page(READER, acme,
        Option.some(cursor)).isLeft()).isTrue();
    // Under a policy that refuses everything, or one that judges tickets only, a queue lists nothing.
    assertThat(TicketQueues.of(store, Cursors.random(), ReadPolicy.denyAll()).page(READER, acme, Option.none()).get()
        .views()).isEmpty();
    ReadPolicy ticketsOnly = (tenant, actor, ticket) -> Option.none();
    assertThat(TicketQueues.of(store, Cursors.random(), ticketsOnly).page(READER, acme, Option.none()).get()
        .views()).isEmpty();
  }
}
