package io.itsm4j.core.contract;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.core.ticket.Urgency;
import io.itsm4j.core.view.DueTime;
import io.itsm4j.core.view.TicketView;
import io.itsm4j.core.workflow.StateCategory;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Ticket views in a service desk's mix, for loading a view store with many of them (benchmarks, query plan checks):
 * five groups, a quarter unassigned, nine in ten closed, open ones not on hold with a running clock breaching one to
 * 72 hours after the opening, one opening a minute from {@link #T0}; titles of a few common words, one in two
 * thousand with {@link #RARE_WORD}. Deterministic for a seed.
 */
public final class DeskMixViews {
  /** The groups views are assigned to. */
  public static final GroupId[] GROUPS = {GroupId.of("service-desk"), GroupId.of("network"),
      GroupId.of("applications"), GroupId.of("workplace"), GroupId.of("security")};
  /** When the first view was opened. */
  public static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  private DeskMixViews() {}

  /**
   * The view of ticket {@code INC-n} of {@code tenant}, opened {@code n} minutes after {@link #T0}.
   *
   * @param r the source of randomness, advanced by the call
   */
  public static TicketView view(SplittableRandom r, TenantId tenant, int n) {
    Instant opened = T0.plusSeconds(60L * n);
    // Nine in ten are closed: a desk's history is mostly done work.
    boolean open = r.nextInt(10) == 0;
    StateCategory category = open ? StateCategory.values()[r.nextInt(3)] : StateCategory.CLOSED;
    Option<GroupId> group = r.nextInt(4) == 0 ? Option.none() : Option.some(GROUPS[r.nextInt(GROUPS.length)]);
    Instant breachAt = opened.plusSeconds(3_600L * (1 + r.nextInt(72)));
    Vector<DueTime> due = open && category != StateCategory.ON_HOLD
        ? Vector.of(new DueTime("resolution", true, Option.some(breachAt), Option.none(), Option.none()))
        : Vector.empty();
    return new TicketView(tenant, TicketId.of("INC-" + n), TicketKind.INCIDENT, "incident", "s", category,
        Priority.values()[r.nextInt(5)], Impact.MEDIUM, Urgency.MEDIUM, group, Option.none(),
        Option.some(ServiceId.of("service-" + r.nextInt(20))), Option.none(), Option.none(), HashSet.empty(),
        ActorId.of("caller-" + r.nextInt(1000)), title(r), "", opened, opened.plusSeconds(600), Option.none(), 0,
        LinkedHashMap.empty(), due, 1);
  }

  /** A word one title in two thousand holds, for searches that few views match. */
  public static final String RARE_WORD = "datacentre";
  private static final String[] COMMON = {"printer", "mail", "VPN", "laptop", "password"};

  private static String title(SplittableRandom r) {
    return COMMON[r.nextInt(COMMON.length)] + " not working" + (r.nextInt(2_000) == 0 ? " in the " + RARE_WORD : "");
  }

  /** The instant by which the views {@code 0..tickets-1} were all opened and updated: "now" for their queues. */
  public static Instant now(int tickets) {
    return T0.plusSeconds(60L * 2 * tickets);
  }
}
