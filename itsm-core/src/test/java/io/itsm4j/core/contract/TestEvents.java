package io.itsm4j.core.contract;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.approval.ApprovalPolicy;
import io.itsm4j.core.approval.ApprovalRule;
import io.itsm4j.core.approval.ApprovalStage;
import io.itsm4j.core.approval.Verdict;
import io.itsm4j.core.catalogue.CatalogueItemId;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.OfferingId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.ticket.ChangeType;
import io.itsm4j.core.ticket.EventHeader;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Link;
import io.itsm4j.core.ticket.LinkType;
import io.itsm4j.core.ticket.NoteVisibility;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.RiskLevel;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.core.ticket.TicketSubject;
import io.itsm4j.core.ticket.Urgency;
import io.itsm4j.core.workflow.StateCategory;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Builds ticket events for store tests: plain batches for example tests, and jqwik arbitraries covering every
 * event type with awkward text (line breaks, {@code =}, backslashes, non-ASCII) for serialisation properties.
 *
 * <p>Events built here are well formed (sequence numbers follow on, tenant and ticket as asked) but need not be
 * a history the ticket decider would produce: a store stores whatever it is given. Thread-safe; every method is
 * a pure function of its arguments. Arguments must not be {@code null}.
 */
public final class TestEvents {
  /** The instant every example event occurs at, plus its sequence in seconds. */
  public static final Instant EPOCH = Instant.parse("2026-01-05T09:00:00Z");

  private TestEvents() {}

  /** An event header for {@code ticket} of {@code tenant} at {@code sequence}, sent under {@code commandId}. */
  public static EventHeader header(TenantId tenant, TicketId ticket, long sequence, String commandId) {
    return new EventHeader(ticket, tenant, sequence, EPOCH.plusSeconds(sequence), ActorId.of("agent-1"), commandId);
  }

  /** An incident's {@code Opened} event, sequence 1. */
  public static TicketEvent opened(TenantId tenant, TicketId ticket, String commandId) {
    return new TicketEvent.Opened(header(tenant, ticket, 1, commandId), TicketKind.INCIDENT, Option.none(),
        "incident", "Mail is down", "", Impact.MEDIUM, Urgency.HIGH, Priority.P2, "new", StateCategory.NEW,
        LinkedHashMap.empty(), TicketSubject.none(), ActorId.of("caller-1"));
  }

  /** A work note at {@code sequence}. */
  public static TicketEvent note(TenantId tenant, TicketId ticket, long sequence, String commandId) {
    return new TicketEvent.NoteAdded(header(tenant, ticket, sequence, commandId), NoteVisibility.WORK_NOTE,
        "note " + sequence, false);
  }

  /**
   * A batch of {@code size} events numbered {@code firstSequence} onwards, all under {@code commandId}: an
   * {@code Opened} event first when {@code firstSequence} is 1, work notes after it.
   *
   * @throws IllegalArgumentException if {@code size} or {@code firstSequence} is less than 1
   */
  public static Seq<TicketEvent> batch(TenantId tenant, TicketId ticket, long firstSequence, int size,
      String commandId) {
    if (size < 1 || firstSequence < 1) {
      throw new IllegalArgumentException("size and firstSequence must be at least 1, got " + size + ", "
          + firstSequence);
    }
    Vector<TicketEvent> out = Vector.empty();
    for (long seq = firstSequence; seq < firstSequence + size; seq++) {
      out = out.append(seq == 1 ? opened(tenant, ticket, commandId) : note(tenant, ticket, seq, commandId));
    }
    return out;
  }

  /** Texts that break naive serialisers: empty, line breaks, separators, escapes, non-ASCII and long runs. */
  public static Arbitrary<String> awkwardText() {
    Arbitrary<String> plain = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(40);
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(30)
        .filter(s -> s.codePoints().allMatch(Character::isValidCodePoint) && isWellFormedUtf16(s));
    Arbitrary<String> tricky = Arbitraries.of("", "=", "a=b", "\\", "\\n", "line1\nline2", "\r\n", "tab\there",
        "ünïcödé ✓ 日本語", "😀 emoji", "trailing space ", " ", "key=value\\=x\n=", "%20", "\u0000nul",
        "line\u2028separator\u2029paragraph\u0085next");
    return Arbitraries.oneOf(plain, any, tricky);
  }

  private static boolean isWellFormedUtf16(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** Identifiers as {@link TicketId}, {@link ActorId} and friends accept them. */
  public static Arbitrary<String> identifiers() {
    return Combinators.combine(Arbitraries.chars().alpha().numeric(),
            Arbitraries.strings().withChars("abcXYZ019._:-").ofMaxLength(20))
        .as((first, rest) -> first + rest);
  }

  private static Arbitrary<Map<String, String>> fieldMaps() {
    return Combinators.combine(awkwardText().list().ofMaxSize(4), awkwardText().list().ofMaxSize(4))
        .as((names, values) -> {
          Map<String, String> m = LinkedHashMap.empty();
          for (int i = 0; i < Math.min(names.size(), values.size()); i++) {
            m = m.put(names.get(i), values.get(i));
          }
          return m;
        });
  }

  private static Arbitrary<TicketSubject> subjects() {
    return Combinators.combine(identifiers().optional(), identifiers().optional(), identifiers().optional(),
            identifiers().optional(), identifiers().list().ofMaxSize(3))
        .as((service, offering, customer, item, cis) -> new TicketSubject(
            Option.ofOptional(service).map(ServiceId::of), Option.ofOptional(offering).map(OfferingId::of),
            Option.ofOptional(customer).map(CustomerId::of), Option.ofOptional(item).map(CatalogueItemId::of),
            LinkedHashSet.ofAll(cis).map(ConfigurationItemId::of)));
  }

  private static <T> Arbitrary<Option<T>> options(Arbitrary<T> values) {
    return values.optional().map(Option::ofOptional);
  }

  /**
   * Any event of any type for {@code ticket} of {@code tenant} at {@code sequence}, with arbitrary content.
   */
  public static Arbitrary<TicketEvent> anyEvent(TenantId tenant, TicketId ticket, long sequence) {
    Arbitrary<EventHeader> headers = Combinators.combine(
            Arbitraries.longs().between(-62_000_000_000L, 250_000_000_000L), Arbitraries.integers().between(0, 999_999_999),
            identifiers(), awkwardText().filter(s -> !s.isBlank()))
        .as((seconds, nanos, actor, command) -> new EventHeader(ticket, tenant, sequence,
            Instant.ofEpochSecond(seconds, nanos), ActorId.of(actor), command));
    Arbitrary<TicketEvent> opened = Combinators.combine(headers, Arbitraries.of(TicketKind.class),
            options(Arbitraries.of(ChangeType.class)), awkwardText(), awkwardText(), awkwardText(),
            Arbitraries.of(Impact.class), Arbitraries.of(Urgency.class))
        .flatAs((h, kind, type, workflow, title, description, impact, urgency) -> Combinators.combine(
                Arbitraries.of(Priority.class), awkwardText(), Arbitraries.of(StateCategory.class), fieldMaps(),
                subjects(), identifiers())
            .as((priority, state, category, fields, subject, caller) -> new TicketEvent.Opened(h, kind, type,
                workflow, title, description, impact, urgency, priority, state, category, fields, subject,
                ActorId.of(caller))));
    Arbitrary<TicketEvent> stateChanged = Combinators.combine(headers, awkwardText(), awkwardText(),
            Arbitraries.of(StateCategory.class), awkwardText(), Arbitraries.of(StateCategory.class), fieldMaps(),
            Arbitraries.integers().between(1, 50))
        .as(TicketEvent.StateChanged::new);
    Arbitrary<TicketEvent> priorityChanged = Combinators.combine(headers, Arbitraries.of(Priority.class),
            Arbitraries.of(Priority.class), Arbitraries.of(Impact.class), Arbitraries.of(Urgency.class), awkwardText())
        .as(TicketEvent.PriorityChanged::new);
    Arbitrary<TicketEvent> assigned = Combinators.combine(headers, options(identifiers().map(GroupId::of)),
            options(identifiers().map(ActorId::of)), Arbitraries.of(true, false))
        .as(TicketEvent.Assigned::new);
    Arbitrary<TicketEvent> note = Combinators.combine(headers, Arbitraries.of(NoteVisibility.class), awkwardText(),
            Arbitraries.of(true, false))
        .as(TicketEvent.NoteAdded::new);
    Arbitrary<Link> links = Combinators.combine(Arbitraries.of(LinkType.class), identifiers().map(TicketId::of))
        .as(Link::new);
    Arbitrary<TicketEvent> linkAdded = Combinators.combine(headers, links).as(TicketEvent.LinkAdded::new);
    Arbitrary<TicketEvent> linkRemoved = Combinators.combine(headers, links).as(TicketEvent.LinkRemoved::new);
    Arbitrary<TicketEvent> details = Combinators.combine(headers, options(awkwardText()), options(awkwardText()),
            fieldMaps(), awkwardText().set().ofMaxSize(3), options(subjects()))
        .as((h, title, description, fields, removed, subject) -> new TicketEvent.DetailsUpdated(h, title,
            description, fields, LinkedHashSet.ofAll(removed), subject));
    Arbitrary<TicketEvent> risk = Combinators.combine(headers, Arbitraries.of(RiskLevel.class),
            Arbitraries.integers().between(0, 1000), fieldMaps())
        .as(TicketEvent.RiskAssessed::new);
    Arbitrary<ApprovalRule> rules = Arbitraries.oneOf(Arbitraries.of(ApprovalRule.anyOne(), ApprovalRule.all()),
        Arbitraries.integers().between(1, 9).map(ApprovalRule::quorum));
    Arbitrary<ApprovalStage> stages = Combinators.combine(identifiers(),
            identifiers().map(GroupId::of), rules)
        .as(ApprovalStage::of);
    Arbitrary<Map<GroupId, io.vavr.collection.Set<ActorId>>> approvers = Combinators.combine(
            identifiers().list().ofMaxSize(3), identifiers().list().ofMaxSize(4))
        .as((groups, people) -> {
          Map<GroupId, io.vavr.collection.Set<ActorId>> m = LinkedHashMap.empty();
          for (int i = 0; i < groups.size(); i++) {
            int from = i;
            m = m.put(GroupId.of(groups.get(i)), LinkedHashSet.ofAll(people).drop(from).map(ActorId::of));
          }
          return m;
        });
    Arbitrary<TicketEvent> requested = Combinators.combine(headers, stages.list().uniqueElements(ApprovalStage::name).ofMinSize(1).ofMaxSize(3), approvers)
        .as((h, st, who) -> new TicketEvent.ApprovalRequested(h, new ApprovalPolicy(Vector.ofAll(st)), who));
    Arbitrary<TicketEvent> decided = Combinators.combine(headers, Arbitraries.integers().between(0, 5),
            identifiers(), identifiers().map(GroupId::of), Arbitraries.of(Verdict.class),
            awkwardText())
        .as(TicketEvent.ApprovalDecided::new);
    Arbitrary<TicketEvent> granted = Combinators.combine(headers, identifiers().map(ActorId::of).set().ofMaxSize(4))
        .as((h, who) -> new TicketEvent.AuthorisationGranted(h, LinkedHashSet.ofAll(who)));
    Arbitrary<TicketEvent> overridden = Combinators.combine(headers,
            identifiers().map(TicketId::of).set().ofMinSize(1).ofMaxSize(4), awkwardText().filter(t -> !t.isBlank()))
        .as((h, changes, reason) -> new TicketEvent.CollisionsOverridden(h, LinkedHashSet.ofAll(changes), reason));
    return Arbitraries.oneOf(java.util.List.of(opened, stateChanged, priorityChanged, assigned, note, linkAdded,
        linkRemoved, details, risk, requested, decided, granted, overridden));
  }

  /** Any events of any type for {@code ticket} of {@code tenant}, numbered {@code firstSequence} onwards. */
  public static Arbitrary<Seq<TicketEvent>> anyBatch(TenantId tenant, TicketId ticket, long firstSequence,
      int maxSize) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(ticket, "ticket");
    return Arbitraries.integers().between(1, maxSize).flatMap(size -> {
      Vector<Arbitrary<TicketEvent>> parts = Vector.range(0, size)
          .map(i -> anyEvent(tenant, ticket, firstSequence + i));
      return Combinators.combine(parts.toJavaList()).as(Vector::ofAll);
    });
  }
}
