package io.itsm4j.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Actor;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.core.ticket.Urgency;
import io.itsm4j.core.view.TicketView;
import io.itsm4j.core.workflow.StateCategory;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A policy that says a reader sees every view lets a store count without judging views, so it must never say so of a
 * reader it would refuse a view; the default never says so.
 */
class ReadPolicyViewsTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Actor AGENT = Actor.of("alice", "agent");
  private static final Actor CALLER = Actor.of("bob");

  private static TicketView viewOf(String requester) {
    Instant at = Instant.parse("2026-03-02T09:00:00Z");
    return new TicketView(ACME, TicketId.of("INC-" + requester), TicketKind.INCIDENT, "incident", "new",
        StateCategory.NEW, Priority.P3, Impact.MEDIUM, Urgency.MEDIUM, Option.none(), Option.none(), Option.none(),
        Option.none(), Option.none(), HashSet.empty(), ActorId.of(requester), "t", "", at, at, Option.none(), 0,
        LinkedHashMap.empty(), Vector.empty(), 1);
  }

  @Test
  void a_reader_said_to_see_every_view_is_refused_none_and_the_others_are_judged() {
    Vector<TicketView> views = Vector.of(viewOf("bob"), viewOf("carol"), viewOf("alice"));
    ReadPolicy lambda = (tenant, actor, ticket) -> Option.none();
    for (ReadPolicy policy : new ReadPolicy[] {ReadPolicy.permitAll(), ReadPolicy.denyAll(),
        ReadPolicy.roleOrCaller("agent"), lambda}) {
      for (Actor actor : new Actor[] {AGENT, CALLER}) {
        if (policy.seesEveryView(ACME, actor)) {
          assertThat(views).allMatch(v -> policy.refusal(ACME, actor, v).isEmpty());
        }
      }
    }
    assertThat(ReadPolicy.permitAll().seesEveryView(ACME, CALLER)).isTrue();
    assertThat(ReadPolicy.denyAll().seesEveryView(ACME, AGENT)).isFalse();
    assertThat(ReadPolicy.roleOrCaller("agent").seesEveryView(ACME, AGENT)).isTrue();
    // A caller sees their own ticket, not every one: the store must judge each view for them.
    assertThat(ReadPolicy.roleOrCaller("agent").seesEveryView(ACME, CALLER)).isFalse();
    assertThat(lambda.seesEveryView(ACME, AGENT)).isFalse();
  }
}
