package io.itsm4j.examples.servicenow;

import io.itsm4j.core.Actor;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.CommandResult;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketFields;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Replays the ServiceNow incident event log ("Incident management process enriched event log" by Claudio Amaral,
 * Marcelo Fantinato and Sarajane Marques Peres, UCI Machine Learning Repository, CC BY 4.0) through a service desk
 * with the default incident workflow, with a clock that follows the log.
 *
 * <h2>Mapping</h2>
 * <ul>
 *   <li>Each incident ({@code number}) is opened at its {@code opened_at} with its impact and urgency ({@code 1 -
 *       High} high, {@code 2 - Medium} medium, {@code 3 - Low} low; the desk's matrix gives the priority), the
 *       caller, and category and subcategory as its title. Its rows follow in {@code sys_mod_count} order, each at its
 *       {@code sys_updated_at}; the log's times carry no zone and are read as UTC. A row earlier than the one before
 *       (the log has some) is taken at the time before, and counted.
 *   <li>A change of assignment group or assignee is an assignment naming both as the ticket then has them (the
 *       desk marks a move from one group or person to another as a reassignment). An empty cell keeps the value
 *       before, and is counted.
 *   <li>A change of {@code incident_state}: New → {@code new}, Active → {@code in-progress} (from Resolved: a
 *       reopening), Awaiting User Info and Awaiting Evidence → {@code on-hold} awaiting the caller, Awaiting Vendor →
 *       awaiting the vendor, Awaiting Problem → awaiting a problem, Resolved → {@code resolved} with the {@code
 *       closed_code} (or {@code unknown}) as its code, Closed → {@code closed}. A closing of an incident not resolved
 *       resolves it first at the same moment (the workflow wants a resolution), and is counted. State {@code -100}
 *       (missing) is an unmapped row.
 *   <li>Every command the desk refuses is reported with its transition and the desk's reason; the replay of that
 *       incident goes on from the state the desk holds.
 * </ul>
 */
public final class ServiceNowImport {
  /** The tenant the log is replayed into. */
  public static final TenantId TENANT = TenantId.of("servicenow-2016");
  /** Where the log is, on the classpath. */
  public static final String RESOURCE = "/io/itsm4j/examples/servicenow/servicenow-incident-event-log.csv.gz";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d/M/uuuu HH:mm", Locale.ROOT);

  private ServiceNowImport() {}

  /**
   * One row of the log, the columns the replay reads ({@code ?} read as empty).
   *
   * @param line the row's line number in the file (the header is line 1)
   */
  public record Row(int line, String number, String state, int modCount, String caller, String openedBy,
      LocalDateTime openedAt, LocalDateTime updatedAt, String updatedBy, String category, String subcategory,
      String impact, String urgency, String group, String assignee, String closedCode, String resolvedBy) {}

  /**
   * What the replay did.
   *
   * @param rows rows read
   * @param incidents incidents opened
   * @param unmapped rows (or parts of rows) not mapped, by reason
   * @param stateChanges state changes in the log (a row whose state differs from the row before)
   * @param refused refused commands, by transition ({@code from -> to}) and reason
   * @param resolvedBeforeClosing incidents closed in the log without a resolution, resolved first by the import
   * @param earlierRows rows dated before the row before them, taken at that earlier row's time
   * @param replayedEndToEnd incidents replayed without a refused command or an unmapped state
   * @param events every stored event of every incident, in time order (each incident's in its order)
   */
  public record Report(int rows, int incidents, Map<String, Integer> unmapped, int stateChanges,
      Map<String, Integer> refused, int resolvedBeforeClosing, int earlierRows, int replayedEndToEnd,
      List<TicketEvent> events) {

    /** How many commands the desk refused. */
    public int refusedCount() {
      return refused.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The report in lines, for a console. */
    public String render() {
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT, "%,d rows, %,d incidents, %,d state changes; %,d incidents replayed end to"
          + " end; %,d commands refused; %,d closings resolved first; %,d rows dated before the row before%n", rows,
          incidents, stateChanges, replayedEndToEnd, refusedCount(), resolvedBeforeClosing, earlierRows));
      refused.forEach((k, v) -> b.append(String.format(Locale.ROOT, "  refused %,6d  %s%n", v, k)));
      unmapped.forEach((k, v) -> b.append(String.format(Locale.ROOT, "  unmapped %,5d  %s%n", v, k)));
      return b.toString();
    }
  }

  /** Reads the log shipped with the examples. */
  public static List<Row> readShipped() {
    try (InputStream in = ServiceNowImport.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the log is not on the classpath at " + RESOURCE);
      }
      return read(new GZIPInputStream(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the log's rows from its CSV text (36 columns, a header, no quoting).
   *
   * @throws IllegalArgumentException naming the line for a row without 36 columns or with a time that is not
   *     {@code d/m/yyyy HH:mm}
   */
  public static List<Row> read(InputStream csv) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
    List<Row> rows = new ArrayList<>();
    String header = reader.readLine();
    if (header == null || !header.startsWith("number,incident_state,")) {
      throw new IllegalArgumentException("line 1: not the incident event log's header");
    }
    int line = 1;
    for (String text = reader.readLine(); text != null; text = reader.readLine()) {
      line++;
      String[] c = text.split(",", -1);
      if (c.length != 36) {
        throw new IllegalArgumentException("line " + line + ": " + c.length + " columns, not 36");
      }
      try {
        rows.add(new Row(line, c[0], c[1], Integer.parseInt(c[5]), v(c[7]), v(c[8]), LocalDateTime.parse(c[9], TIME),
            LocalDateTime.parse(c[13], TIME), v(c[12]), v(c[16]), v(c[17]), c[20], c[21], v(c[23]), v(c[24]),
            v(c[32]), v(c[33])));
      } catch (DateTimeParseException | NumberFormatException e) {
        throw new IllegalArgumentException("line " + line + ": " + e.getMessage());
      }
    }
    return rows;
  }

  private static String v(String cell) {
    return cell.equals("?") ? "" : cell.trim().replaceAll(" +", " ");
  }

  /** An identifier from a log value: {@code "Group 56"} → {@code "group-56"}. */
  static String slug(String value) {
    return value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  static Instant instant(LocalDateTime t) {
    return t.toInstant(ZoneOffset.UTC);
  }

  /** Replays {@code rows} through a fresh in-memory desk with the default workflows. */
  public static Report replay(List<Row> rows) {
    Instant[] now = {Instant.EPOCH};
    ServiceDesk desk = ServiceDesk.builder().clock(() -> now[0]).build();
    Map<String, List<Row>> byIncident = new LinkedHashMap<>();
    for (Row r : rows) {
      byIncident.computeIfAbsent(r.number(), k -> new ArrayList<>()).add(r);
    }
    Map<String, Integer> unmapped = new TreeMap<>();
    Map<String, Integer> refused = new TreeMap<>();
    int[] counts = new int[4]; // state changes, resolved before closing, earlier rows, end to end
    List<TicketEvent> events = new ArrayList<>();
    int incidents = 0;
    for (var entry : byIncident.entrySet()) {
      List<Row> history = new ArrayList<>(entry.getValue());
      history.sort(Comparator.comparingInt(Row::modCount));
      Replay replay = new Replay(desk, now, entry.getKey(), unmapped, refused, counts);
      if (replay.run(history)) {
        counts[3]++;
      }
      incidents++;
      for (TicketId id : replay.ticket) {
        desk.history(TENANT, id).get().forEach(events::add);
      }
    }
    events.sort(Comparator.comparing(TicketEvent::occurredAt));
    return new Report(rows.size(), incidents, unmapped, counts[0], refused, counts[1], counts[2], counts[3], events);
  }

  /** The replay of one incident. */
  private static final class Replay {
    private final ServiceDesk desk;
    private final Instant[] now;
    private final String number;
    private final Map<String, Integer> unmapped;
    private final Map<String, Integer> refused;
    private final int[] counts;
    Option<TicketId> ticket = Option.none();
    private String state = "new";
    private String lastLogState = "";
    private String group = "";
    private String assignee = "";
    private boolean clean = true;
    private int step;

    Replay(ServiceDesk desk, Instant[] now, String number, Map<String, Integer> unmapped, Map<String, Integer> refused,
        int[] counts) {
      this.desk = desk;
      this.now = now;
      this.number = number;
      this.unmapped = unmapped;
      this.refused = refused;
      this.counts = counts;
    }

    boolean run(List<Row> history) {
      Row first = history.get(0);
      now[0] = instant(first.openedAt());
      Either<Rejection, CommandResult> opened = desk.open(TENANT, actor(first.openedBy()), key(),
          TicketCommand.Open.incident(title(first), impact(first.impact()), urgency(first.urgency()))
              .withCaller(ActorId.of(slug(first.caller()).isEmpty() ? "unknown-caller" : slug(first.caller()))));
      if (opened.isLeft()) {
        refuse("open", opened.getLeft());
        return false;
      }
      ticket = Option.some(opened.get().ticket().id());
      lastLogState = "New";
      for (Row r : history) {
        Instant at = instant(r.updatedAt());
        if (at.isBefore(now[0])) {
          counts[2]++;
        } else {
          now[0] = at;
        }
        Actor actor = actor(r.updatedBy());
        // The log leaves a column empty ("?") when it was not set in that row; the ticket keeps what it had. An
        // assignment names the group and the assignee the ticket has after it, so the desk's reassignment count
        // follows the log's moves.
        String g = r.group().isEmpty() ? group : r.group();
        String a = r.assignee().isEmpty() ? assignee : r.assignee();
        if (!g.equals(group) || !a.equals(assignee)) {
          send(actor, new TicketCommand.Assign(g.isEmpty() ? Option.none() : Option.some(GroupId.of(slug(g))),
              a.isEmpty() ? Option.none() : Option.some(ActorId.of(slug(a)))), "assign");
        } else if (r.group().isEmpty() && !group.isEmpty() || r.assignee().isEmpty() && !assignee.isEmpty()) {
          unmapped.merge("group or assignee empty after one was set (kept)", 1, Integer::sum);
        }
        group = g;
        assignee = a;
        if (r.state().equals(lastLogState)) {
          continue;
        }
        if (r.state().equals("-100")) {
          unmapped.merge("incident_state -100 (missing)", 1, Integer::sum);
          clean = false;
          continue;
        }
        counts[0]++;
        lastLogState = r.state();
        transition(actor, r);
      }
      return clean;
    }

    private void transition(Actor actor, Row r) {
      String target = switch (r.state()) {
        case "New" -> "new";
        case "Active" -> "in-progress";
        case "Awaiting User Info", "Awaiting Evidence", "Awaiting Vendor", "Awaiting Problem" -> "on-hold";
        case "Resolved" -> "resolved";
        case "Closed" -> "closed";
        default -> null;
      };
      if (target == null) {
        unmapped.merge("incident_state " + r.state(), 1, Integer::sum);
        clean = false;
        return;
      }
      if (target.equals(state) && !target.equals("on-hold")) {
        return;
      }
      TicketCommand.ChangeState command = TicketCommand.ChangeState.to(target);
      switch (target) {
        case "in-progress" -> {
          if (state.equals("resolved")) {
            command = command.withField(TicketFields.REOPEN_REASON, "reopened in the log");
          }
        }
        case "on-hold" -> {
          if (state.equals("on-hold")) {
            return;
          }
          command = command.withField(TicketFields.HOLD_REASON, switch (r.state()) {
            case "Awaiting Vendor" -> TicketFields.HOLD_AWAITING_VENDOR;
            case "Awaiting Problem" -> TicketFields.HOLD_AWAITING_PROBLEM;
            default -> TicketFields.HOLD_AWAITING_CALLER;
          });
        }
        case "resolved" -> command = resolution(r);
        case "closed" -> {
          if (state.equals("new") || state.equals("in-progress") || state.equals("on-hold")) {
            // The workflow resolves before it closes: the import resolves at the same moment, and says so.
            if (send(actor, resolution(r), state + " -> resolved (before closing)")) {
              counts[1]++;
              state = "resolved";
            }
          }
        }
        default -> { }
      }
      if (send(actor, command, state + " -> " + target)) {
        state = target;
      }
    }

    private static TicketCommand.ChangeState resolution(Row r) {
      return TicketCommand.ChangeState.to("resolved")
          .withField(TicketFields.RESOLUTION_CODE, r.closedCode().isEmpty() ? "unknown" : slug(r.closedCode()))
          .withField(TicketFields.RESOLUTION_NOTES, r.resolvedBy().isEmpty() ? "resolved in the log"
              : "resolved by " + r.resolvedBy());
    }

    private boolean send(Actor actor, TicketCommand command, String what) {
      Either<Rejection, CommandResult> done = desk.execute(TENANT, actor, ticket.get(), key(), command);
      if (done.isLeft()) {
        refuse(what, done.getLeft());
        return false;
      }
      return true;
    }

    private void refuse(String what, Rejection rejection) {
      clean = false;
      refused.merge(what + ": " + rejection.code(), 1, Integer::sum);
    }

    private String key() {
      return number + "-" + (++step);
    }

    private static Actor actor(String name) {
      String id = slug(name);
      return Actor.of(id.isEmpty() ? "unknown" : id, "agent");
    }

    private static String title(Row r) {
      String t = (r.category() + " / " + r.subcategory() + " / " + r.number()).trim();
      return t.isEmpty() ? r.number() : t;
    }

    private static Impact impact(String value) {
      return value.startsWith("1") ? Impact.HIGH : value.startsWith("2") ? Impact.MEDIUM : Impact.LOW;
    }

    private static Urgency urgency(String value) {
      return value.startsWith("1") ? Urgency.HIGH : value.startsWith("2") ? Urgency.MEDIUM : Urgency.LOW;
    }
  }

  /** Replays the shipped log and prints the report. Run: {@code ./mvnw -q -Pservicenow package}. */
  public static void main(String[] args) {
    long started = System.nanoTime();
    Report report = replay(readShipped());
    System.out.print(report.render());
    System.out.printf(Locale.ROOT, "%,d events stored; %.1f s%n", report.events().size(),
        (System.nanoTime() - started) / 1e9);
    System.out.println("Data: \"Incident management process enriched event log\" by Claudio Amaral, Marcelo"
        + " Fantinato and Sarajane Marques Peres, UCI Machine Learning Repository, CC BY 4.0.");
  }
}
