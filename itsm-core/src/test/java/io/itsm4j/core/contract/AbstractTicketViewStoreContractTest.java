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
        ActorId.of("caller-" + r.nextInt(3)), text(r, 1 + r.nextInt(4)) + " " + n, r.nextBoolean() ? ""
        : text(r, 1 + r.nextInt(6)), opened, opened.plusSeconds(60L * r.nextInt(40)),
        Option.none(), 0, LinkedHashMap.empty(), due(r), version);
  }

  /**
   * Words for titles and descriptions, few enough that searches find something: mixed case, a word inside another
   * ("vpn", "vpns"), non-Latin letters and digits, glued to punctuation as people write.
   */
  private static final String[] VOCABULARY = {"VPN", "vpns", "down", "Downtime", "printer", "mail", "écran", "Straße",
      "сеть", "e-mail", "disk42", "42", "slow", "user's", "gateway-2"};

  private static String text(Random r, int words) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words; i++) {
      out.append(i == 0 ? "" : r.nextBoolean() ? " " : ", ").append(VOCABULARY[r.nextInt(VOCABULARY.length)]);
    }
    return out.toString();
  }

  /** The words of a text as a person reads them: split at anything not a letter or digit, each letter lower-cased. */
  private static java.util.Set<String> wordsOf(String text) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String w : text.split("[^\\p{L}\\p{Nd}]+")) {
      if (!w.isEmpty()) {
        out.add(w.codePoints().map(Character::toLowerCase)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
      }
    }
    return out;
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

  /** A generated query, with its meaning restated plainly: the oracle does not ask the query what it means. */
  private record Generated(TicketQuery query, java.util.function.Predicate<TicketView> naive,
      java.util.Comparator<TicketView> order) {}

  private static Generated query(Random r, TenantId tenant) {
    QueueOrder order = QueueOrder.values()[r.nextInt(QueueOrder.values().length)];
    TicketQuery.Builder b = TicketQuery.in(tenant).orderBy(order).pageSize(1 + r.nextInt(7));
    java.util.function.Predicate<TicketView> naive = v -> v.tenant().equals(tenant);
    if (r.nextBoolean()) {
      b.open();
      naive = naive.and(v -> v.category() == StateCategory.NEW || v.category() == StateCategory.ACTIVE
          || v.category() == StateCategory.ON_HOLD);
    }
    if (r.nextInt(3) == 0) {
      b.priorities(Priority.P1, Priority.P2);
      naive = naive.and(v -> v.priority() == Priority.P1 || v.priority() == Priority.P2);
    }
    int who = r.nextInt(4);
    if (who == 0) {
      GroupId g = GROUPS[r.nextInt(GROUPS.length)];
      b.groups(g);
      naive = naive.and(v -> v.group().contains(g));
    } else if (who == 1) {
      b.unassigned();
      naive = naive.and(v -> v.group().isEmpty() && v.assignee().isEmpty());
    } else if (who == 2) {
      ActorId a = ActorId.of("agent-" + r.nextInt(3));
      b.assignees(a);
      naive = naive.and(v -> v.assignee().contains(a));
    }
    if (r.nextInt(4) == 0) {
      ServiceId service = SERVICES[r.nextInt(SERVICES.length)];
      b.services(service);
      naive = naive.and(v -> v.service().contains(service));
    }
    if (r.nextInt(5) == 0) {
      b.customers(CustomerId.of("retail"));
      naive = naive.and(v -> v.customer().contains(CustomerId.of("retail")));
    }
    if (r.nextInt(5) == 0) {
      ActorId caller = ActorId.of("caller-" + r.nextInt(3));
      b.requester(caller);
      naive = naive.and(v -> v.requester().equals(caller));
    }
    if (r.nextInt(4) == 0) {
      b.kinds(TicketKind.INCIDENT, TicketKind.PROBLEM);
      naive = naive.and(v -> v.kind() == TicketKind.INCIDENT || v.kind() == TicketKind.PROBLEM);
    }
    if (r.nextInt(4) == 0) {
      Instant from = T0.plusSeconds(600);
      Instant before = T0.plusSeconds(1800);
      b.openedBetween(from, before);
      naive = naive.and(v -> v.openedAt().compareTo(from) >= 0 && v.openedAt().compareTo(before) < 0);
    }
    if (r.nextInt(4) == 0) {
      Instant before = T0.plusSeconds(1800);
      b.updatedBefore(before);
      naive = naive.and(v -> v.updatedAt().compareTo(before) < 0);
    }
    if (r.nextInt(5) == 0) {
      Instant now = T0.plusSeconds(3000);
      b.breachedAsOf(now);
      naive = naive.and(v -> v.due().exists(d -> d.breachedAt().isDefined()
          || d.breachAt().exists(at -> at.compareTo(now) <= 0)));
    }
    if (r.nextInt(5) == 0) {
      Instant before = T0.plusSeconds(3600);
      b.breachesBefore(before);
      naive = naive.and(v -> v.due().exists(d -> d.breachAt().exists(at -> at.compareTo(before) <= 0)));
    }
    if (r.nextInt(3) == 0) {
      // One or two words as a person types them: any case, any separator; found as whole words only.
      String typed = text(r, 1 + r.nextInt(2));
      String searched = r.nextBoolean() ? typed.toUpperCase(java.util.Locale.ROOT) : typed;
      java.util.Set<String> wanted = wordsOf(searched);
      b.text(searched);
      naive = naive.and(v -> wordsOf(v.title() + " " + v.description()).containsAll(wanted));
    }
    java.util.Comparator<TicketView> byId = java.util.Comparator.comparing(v -> v.id().value());
    java.util.Comparator<TicketView> sort = switch (order) {
      case PRIORITY -> java.util.Comparator.<TicketView>comparingInt(v -> v.priority().ordinal())
          .thenComparing(TicketView::openedAt).thenComparing(byId);
      case AGE -> java.util.Comparator.comparing(TicketView::openedAt).thenComparing(byId);
      case LAST_UPDATE -> java.util.Comparator.comparing(TicketView::updatedAt, java.util.Comparator.reverseOrder())
          .thenComparing(byId);
      case TIME_TO_BREACH -> java.util.Comparator.<TicketView, Long>comparing(v -> v.due()
              .flatMap(d -> d.breachAt()).map(at -> at.getEpochSecond() * 1_000_000_000L + at.getNano())
              .min().getOrElse(Long.MAX_VALUE))
          .thenComparingInt(v -> v.priority().ordinal()).thenComparing(byId);
    };
    return new Generated(b.build().get(), naive, sort);
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
    if (r.nextBoolean()) {
      puts.forEach(store::put);
    } else {
      // In bulk, in chunks of any size: versions of one ticket meet within a chunk and across chunks.
      for (int from = 0; from < puts.size(); ) {
        int to = Math.min(puts.size(), from + 1 + r.nextInt(puts.size()));
        store.putAll(io.vavr.collection.Vector.ofAll(puts.subList(from, to)));
        from = to;
      }
    }
    for (TicketView v : newest.values()) {
      assertThat(store.view(v.tenant(), v.id())).contains(v);
    }
    for (int q = 0; q < 12; q++) {
      TenantId tenant = r.nextBoolean() ? ACME : GLOBEX;
      Generated generated = query(r, tenant);
      TicketQuery query = generated.query();
      boolean agent = r.nextBoolean();
      Actor reader = agent ? Actor.of("alice", "agent") : Actor.of("caller-" + r.nextInt(3));
      List<TicketView> oracle = newest.values().stream().filter(generated.naive())
          .filter(v -> agent || v.requester().equals(reader.id()))
          .sorted(generated.order()).toList();
      assertThat(newest.values().stream().filter(query::matches).filter(v -> agent || v.requester().equals(reader.id()))
          .sorted(query.order().comparator()).toList()).as("the query's own meaning").isEqualTo(oracle);
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
        // A next page is offered exactly when the oracle has more.
        assertThat(cursor.isDefined()).as("next after %s of %s", paged.size(), oracle.size())
            .isEqualTo(paged.size() < oracle.size());
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
      if (agent) {
        // Counted by the store alone (the agent sees every view): the same figures as view by view.
        QueueCounts judged = store.counts(query, v -> true);
        assertThat(counts.total()).isEqualTo(judged.total());
        assertThat(counts.byCategory().toJavaMap()).isEqualTo(judged.byCategory().toJavaMap());
        assertThat(counts.byPriority().toJavaMap()).isEqualTo(judged.byPriority().toJavaMap());
        assertThat(counts.byGroup().toJavaMap()).isEqualTo(judged.byGroup().toJavaMap());
      }
      assertThat(counts.byCategory().values().sum().longValue()).isEqualTo(oracle.size());
      assertThat(counts.byPriority().values().sum().longValue()).isEqualTo(oracle.size());
      assertThat(counts.byGroup().values().sum().longValue()).isEqualTo(oracle.size());
      assertThat(paged).allMatch(v -> v.tenant().equals(tenant));
    }
  }

  /**
   * A search box is a free-text slot: every class of hostile string is either refused naming {@code text} or
   * answered with exactly the views holding its words (quotes, wildcards, tsquery operators and NUL find nothing
   * they should not, and break nothing).
   */
  @Example
  void every_hostile_string_in_the_search_box_is_refused_naming_text_or_answered_by_its_words() {
    TicketViewStore store = store();
    Random r = new Random(5);
    List<TicketView> all = new ArrayList<>();
    for (int n = 0; n < 40; n++) {
      TicketView v = view(r, ACME, n, 1);
      all.add(v);
      store.put(v);
    }
    // One view holding every word of every probe (only the words: a title the text policy lets through).
    java.util.Set<String> probeWordSet = new java.util.TreeSet<>();
    HostileStrings.classes().values().forEach(p -> probeWordSet.addAll(wordsOf(p)));
    TicketView probeWords = new TicketView(ACME, TicketId.of("INC-probe"), TicketKind.INCIDENT, "incident", "s",
        StateCategory.NEW, Priority.P3, Impact.MEDIUM, Urgency.MEDIUM, Option.none(), Option.none(), Option.none(),
        Option.none(), Option.none(), HashSet.empty(), ActorId.of("caller-0"), String.join(" ", probeWordSet), "", T0,
        T0, Option.none(), 0, LinkedHashMap.empty(), io.vavr.collection.Vector.empty(), 1);
    all.add(probeWords);
    store.put(probeWords);
    TicketQueues queues = TicketQueues.of(store, Cursors.random(), ReadPolicy.permitAll());
    HostileStrings.classes().forEach((name, probe) -> {
      var built = TicketQuery.in(ACME).text(probe).pageSize(TicketQuery.MAX_PAGE_SIZE).build();
      if (built.isLeft()) {
        assertThat(built.getLeft().violations().map(io.itsm4j.core.Violation::field)).as(name).containsExactly("text");
        return;
      }
      java.util.Set<String> wanted = wordsOf(probe);
      List<TicketId> expected = all.stream().filter(v -> wordsOf(v.title() + " " + v.description())
          .containsAll(wanted)).sorted(QueueOrder.PRIORITY.comparator()).map(TicketView::id).toList();
      assertThat(queues.page(READER, built.get(), Option.none()).get().views().map(TicketView::id).toJavaList())
          .as(name).isEqualTo(expected);
    });
  }

  @Example
  void a_view_of_a_version_already_stored_changes_nothing_and_a_page_needs_a_positive_limit() {
    TicketViewStore store = store();
    Random r = new Random(3);
    TicketView first = view(r, ACME, 1, 2);
    store.put(first);
    // The same version again, however it differs (a replay projected with other fields), leaves the stored one.
    TicketView again = new TicketView(first.tenant(), first.id(), first.kind(), first.workflowId(), first.state(),
        first.category(), first.priority(), first.impact(), first.urgency(), first.group(), first.assignee(),
        first.service(), first.offering(), first.customer(), first.configurationItems(), first.requester(),
        first.title() + " (again)", first.description(), first.openedAt(), first.updatedAt(), first.resolvedAt(),
        first.reopenCount(), first.fields(), first.due(), first.version());
    store.put(again);
    store.putAll(io.vavr.collection.Vector.of(again));
    assertThat(store.view(ACME, first.id())).contains(first);
    TicketQuery all = TicketQuery.in(ACME).build().get();
    assertThat(store.after(all, Option.none(), 1, v -> true)).containsExactly(first);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.after(all, Option.none(), 0, v -> true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * A page is full whenever enough visible views exist, however many hidden ones lie between them: a caller who asked
   * for one ticket in fifty pages through hundreds of views of others, every page full, none skipped.
   */
  @Example
  void a_reader_who_sees_few_views_gets_full_pages_across_many_hidden_ones() {
    TicketViewStore store = store();
    Random r = new Random(9);
    List<TicketView> own = new ArrayList<>();
    List<TicketView> all = new ArrayList<>();
    for (int n = 0; n < 400; n++) {
      TicketView v = view(r, ACME, n, 1);
      if (n % 50 == 7) {
        v = new TicketView(v.tenant(), v.id(), v.kind(), v.workflowId(), v.state(), v.category(), v.priority(),
            v.impact(), v.urgency(), v.group(), v.assignee(), v.service(), v.offering(), v.customer(),
            v.configurationItems(), ActorId.of("rare-caller"), v.title(), v.description(), v.openedAt(),
            v.updatedAt(), v.resolvedAt(), v.reopenCount(), v.fields(), v.due(), v.version());
        own.add(v);
      }
      all.add(v);
    }
    store.putAll(io.vavr.collection.Vector.ofAll(all));
    TicketQueues queues = TicketQueues.of(store, Cursors.random(), ReadPolicy.roleOrCaller("agent"));
    Actor caller = Actor.of("rare-caller");
    for (QueueOrder order : QueueOrder.values()) {
      TicketQuery query = TicketQuery.in(ACME).orderBy(order).pageSize(3).build().get();
      List<TicketView> expected = own.stream().sorted(order.comparator()).toList();
      List<TicketView> paged = new ArrayList<>();
      Option<String> cursor = Option.none();
      do {
        Page page = queues.page(caller, query, cursor).get();
        assertThat(page.views().size()).as(order + " page after " + paged.size())
            .isEqualTo(Math.min(3, expected.size() - paged.size()));
        paged.addAll(page.views().toJavaList());
        cursor = page.next();
      } while (cursor.isDefined() && paged.size() <= expected.size());
      assertThat(paged).as(order.name()).isEqualTo(expected);
      assertThat(queues.counts(caller, query).get().total()).isEqualTo(own.size());
    }
  }

  @Example
  void of_racing_puts_the_newest_version_stays() throws Exception {
    TicketViewStore store = store();
    Random r = new Random(11);
    int versions = 40;
    List<TicketView> views = new ArrayList<>();
    for (int v = 1; v <= versions; v++) {
      views.add(view(r, ACME, 1, v));
    }
    Collections.shuffle(views, r);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<?>> puts = new ArrayList<>();
      for (TicketView v : views) {
        puts.add(pool.submit(() -> {
          start.await();
          store.put(v);
          return null;
        }));
      }
      start.countDown();
      for (var f : puts) {
        f.get(60, java.util.concurrent.TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    TicketView newest = views.stream().filter(v -> v.version() == versions).findFirst().get();
    assertThat(store.view(ACME, newest.id())).contains(newest);
    TicketQuery all = TicketQuery.in(ACME).build().get();
    assertThat(TicketQueues.of(store, Cursors.random(), ReadPolicy.permitAll()).page(READER, all, Option.none())
        .get().views()).containsExactly(newest);
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
    // Reading leaves the store writable: a newer view put after the pages replaces the old one.
    TicketView first = queues.page(READER, acme, Option.none()).get().views().head();
    TicketView newer = new TicketView(first.tenant(), first.id(), first.kind(), first.workflowId(), first.state(),
        first.category(), first.priority(), first.impact(), first.urgency(), first.group(), first.assignee(),
        first.service(), first.offering(), first.customer(), first.configurationItems(), first.requester(),
        "retitled", first.description(), first.openedAt(), first.updatedAt(), first.resolvedAt(),
        first.reopenCount(), first.fields(), first.due(), first.version() + 1);
    store.put(newer);
    assertThat(store.view(ACME, first.id())).contains(newer);
    assertThat(queues.page(READER, acme, Option.none()).get().views().head()).isEqualTo(newer);
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
