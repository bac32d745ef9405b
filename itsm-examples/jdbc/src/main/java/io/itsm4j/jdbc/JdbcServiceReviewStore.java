package io.itsm4j.jdbc;

import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.TextPolicy;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.sla.port.ServiceReviewStore;
import io.itsm4j.sla.review.ActionStatus;
import io.itsm4j.sla.review.HeldReview;
import io.itsm4j.sla.review.ReviewAction;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * A {@link ServiceReviewStore} on plain JDBC: a row per review held in {@code itsm_service_review} (the review as
 * JSON) and a row per action agreed in {@code itsm_review_action}, whose status column is the action's status now
 * (script V10 of {@link JdbcSchema}).
 *
 * <h2>How the contract is kept</h2>
 * <ul>
 *   <li><b>Once</b>: a review and its actions are inserted in one transaction; the primary key {@code (tenant,
 *       customer, service, held_on)} refuses a second review of that day and {@code (tenant, action_id)} an action id
 *       another review holds. Then the transaction is rolled back, nothing is written, and the review found is
 *       compared as it stands now: equal answers {@code false}, anything else {@code ALREADY_EXISTS}.
 *   <li><b>No lost updates</b>: {@link #setStatus} is one {@code update ... where status = expected}: of racing
 *       changes from one status the database lets exactly one through; the others are {@code VERSION_CONFLICT}.
 *   <li><b>Order</b>: reviews are listed by customer, service (as Java compares their ids) and day, whatever the
 *       database's collation.
 *   <li><b>Tenancy</b>: every statement is filtered by tenant.
 * </ul>
 *
 * <p>Thread-safe: each call takes one connection of its own. Null arguments throw {@link NullPointerException};
 * database failures throw {@link JdbcStoreException}, and then nothing was written.
 */
public final class JdbcServiceReviewStore implements ServiceReviewStore {
  private static final String INSERT_REVIEW = "insert into itsm_service_review"
      + " (tenant, customer, service, held_on, payload) values (?, ?, ?, ?, %s)";
  private static final String INSERT_ACTION = "insert into itsm_review_action"
      + " (tenant, action_id, customer, service, held_on, status) values (?, ?, ?, ?, ?, ?)";
  private static final String SELECT_REVIEW = "select payload from itsm_service_review"
      + " where tenant = ? and customer = ? and service = ? and held_on = ?";
  private static final String SELECT_HELD = "select customer, service, held_on, payload from itsm_service_review"
      + " where tenant = ? and customer = ? and service = ?";
  private static final String SELECT_ALL = "select customer, service, held_on, payload from itsm_service_review"
      + " where tenant = ?";
  private static final String SELECT_STATUSES = "select action_id, status from itsm_review_action where tenant = ?";
  private static final String SELECT_REVIEW_STATUSES = "select action_id, status from itsm_review_action"
      + " where tenant = ? and customer = ? and service = ? and held_on = ?";
  private static final String SELECT_ACTION = "select customer, service, held_on, status from itsm_review_action"
      + " where tenant = ? and action_id = ?";
  private static final String UPDATE_STATUS = "update itsm_review_action set status = ?"
      + " where tenant = ? and action_id = ? and status = ?";
  private static final Comparator<HeldReview> ORDER = Comparator
      .<HeldReview, String>comparing(r -> r.customer().value()).thenComparing(r -> r.service().value())
      .thenComparing(HeldReview::heldOn);

  private final DataSource dataSource;
  private final JsonParameter jsonParameter = new JsonParameter();

  /**
   * A store on {@code dataSource}, whose schema must have the tables of {@link JdbcSchema}.
   *
   * @throws NullPointerException if {@code dataSource} is null
   */
  public JdbcServiceReviewStore(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  @Override
  public Either<Rejection, Boolean> record(TenantId tenant, HeldReview review) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(review, "review");
    for (ReviewAction a : review.actions()) {
      JdbcVersionedStore.storedId(a.id());
    }
    String json = WholeValueJson.encode(review);
    String what = "recording the review of " + review.service().value() + " with " + review.customer().value()
        + " on " + review.heldOn() + " in " + tenant;
    Boolean inserted = JdbcTransactions.transaction(dataSource, () -> what, c -> insert(c, tenant, review, json),
        ok -> ok);
    if (inserted) {
      return Either.right(true);
    }
    // Refused by a key: read what holds it, outside the rolled-back transaction.
    return JdbcTransactions.autoCommitted(dataSource, () -> what, c -> {
      Option<HeldReview> before = review(c, tenant, review.customer(), review.service(), review.heldOn());
      if (before.isDefined()) {
        return before.get().equals(review) ? Either.right(false)
            : Either.left(Rejection.of(RejectionCode.ALREADY_EXISTS, "a review of " + review.service().value()
                + " with " + review.customer().value() + " on " + review.heldOn()
                + " is recorded with other content"));
      }
      return Either.left(Rejection.of(RejectionCode.ALREADY_EXISTS, "an action of the review belongs to another"
          + " review: " + review.actions().map(a -> TextPolicy.shown(a.id())).mkString(", ")));
    });
  }

  /** Inserts the review and its actions; false, with nothing to commit, if a key refused one of them. */
  private Boolean insert(Connection c, TenantId tenant, HeldReview review, String json) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT_REVIEW.formatted(jsonParameter.of(c)))) {
      ps.setString(1, tenant.value());
      ps.setString(2, review.customer().value());
      ps.setString(3, review.service().value());
      ps.setDate(4, Date.valueOf(review.heldOn()));
      ps.setString(5, json);
      ps.executeUpdate();
    } catch (SQLException e) {
      if (JdbcTransactions.isUniqueViolation(e)) {
        return false;
      }
      throw e;
    }
    try (PreparedStatement ps = c.prepareStatement(INSERT_ACTION)) {
      for (ReviewAction a : review.actions()) {
        ps.setString(1, tenant.value());
        ps.setString(2, JdbcVersionedStore.storedId(a.id()));
        ps.setString(3, review.customer().value());
        ps.setString(4, review.service().value());
        ps.setDate(5, Date.valueOf(review.heldOn()));
        ps.setString(6, a.status().name());
        ps.executeUpdate();
      }
    } catch (SQLException e) {
      if (JdbcTransactions.isUniqueViolation(e)) {
        return false;
      }
      throw e;
    }
    return true;
  }

  private Option<HeldReview> review(Connection c, TenantId tenant, CustomerId customer, ServiceId service,
      LocalDate heldOn) throws SQLException {
    String json;
    try (PreparedStatement ps = c.prepareStatement(SELECT_REVIEW)) {
      ps.setString(1, tenant.value());
      ps.setString(2, customer.value());
      ps.setString(3, service.value());
      ps.setDate(4, Date.valueOf(heldOn));
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Option.none();
        }
        json = rs.getString(1);
      }
    }
    Map<String, ActionStatus> statuses = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(SELECT_REVIEW_STATUSES)) {
      ps.setString(1, tenant.value());
      ps.setString(2, customer.value());
      ps.setString(3, service.value());
      ps.setDate(4, Date.valueOf(heldOn));
      readStatuses(ps, statuses);
    }
    return Option.some(withStatuses(decode(tenant, json), statuses));
  }

  @Override
  public Seq<HeldReview> held(TenantId tenant, CustomerId customer, ServiceId service) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(service, "service");
    return list(tenant, SELECT_HELD, customer.value(), service.value());
  }

  @Override
  public Seq<HeldReview> all(TenantId tenant) {
    Objects.requireNonNull(tenant, "tenant");
    return list(tenant, SELECT_ALL);
  }

  /**
   * The reviews a query finds, each with its actions' statuses as read just after them (a status changed in between
   * is read as changed, as it would be a moment later).
   */
  private Seq<HeldReview> list(TenantId tenant, String sql, String... parameters) {
    return JdbcTransactions.autoCommitted(dataSource, () -> "reading the service reviews of " + tenant, c -> {
      List<String> payloads = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(1, tenant.value());
        for (int i = 0; i < parameters.length; i++) {
          ps.setString(i + 2, parameters[i]);
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            payloads.add(rs.getString(4));
          }
        }
      }
      if (payloads.isEmpty()) {
        return Vector.<HeldReview>empty();
      }
      Map<String, ActionStatus> statuses = new HashMap<>();
      try (PreparedStatement ps = c.prepareStatement(SELECT_STATUSES)) {
        ps.setString(1, tenant.value());
        readStatuses(ps, statuses);
      }
      List<HeldReview> out = new ArrayList<>();
      for (String json : payloads) {
        out.add(withStatuses(decode(tenant, json), statuses));
      }
      out.sort(ORDER);
      return Vector.ofAll(out);
    });
  }

  private static void readStatuses(PreparedStatement ps, Map<String, ActionStatus> into) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        into.put(StoredJson.unescape(rs.getString(1)), status(rs.getString(2)));
      }
    }
  }

  private static ActionStatus status(String stored) {
    try {
      return ActionStatus.valueOf(stored);
    } catch (IllegalArgumentException e) {
      throw new JdbcStoreException("a stored action status '" + TextPolicy.shown(stored) + "' is not one of "
          + java.util.Arrays.toString(ActionStatus.values()), e);
    }
  }

  private static HeldReview withStatuses(HeldReview review, Map<String, ActionStatus> statuses) {
    Seq<ReviewAction> actions = review.actions().map(a -> {
      ActionStatus now = statuses.get(a.id());
      return now == null || now == a.status() ? a : a.withStatus(now);
    });
    return new HeldReview(review.customer(), review.service(), review.heldOn(), review.from(), review.until(),
        actions, review.minutes());
  }

  @Override
  public Either<Rejection, ReviewAction> setStatus(TenantId tenant, String actionId, ActionStatus expected,
      ActionStatus status) {
    Objects.requireNonNull(tenant, "tenant");
    String key = JdbcVersionedStore.storedId(actionId);
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(status, "status");
    return JdbcTransactions.autoCommitted(dataSource, () -> "setting the status of action " + tenant + "/"
        + TextPolicy.shown(actionId) + " (nothing was written)", c -> {
      int changed;
      try (PreparedStatement ps = c.prepareStatement(UPDATE_STATUS)) {
        ps.setString(1, status.name());
        ps.setString(2, tenant.value());
        ps.setString(3, key);
        ps.setString(4, expected.name());
        changed = ps.executeUpdate();
      }
      String customer;
      String service;
      LocalDate heldOn;
      ActionStatus now;
      try (PreparedStatement ps = c.prepareStatement(SELECT_ACTION)) {
        ps.setString(1, tenant.value());
        ps.setString(2, key);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Either.left(Rejection.of(RejectionCode.NOT_FOUND, "no action " + TextPolicy.shown(actionId)));
          }
          customer = rs.getString(1);
          service = rs.getString(2);
          heldOn = rs.getDate(3).toLocalDate();
          now = status(rs.getString(4));
        }
      }
      if (changed == 0) {
        return Either.left(Rejection.of(RejectionCode.VERSION_CONFLICT, "action " + TextPolicy.shown(actionId)
            + " is " + now + ", not " + expected));
      }
      // The status just written is the one returned, whatever a later change has made of the row since.
      HeldReview review = review(c, tenant, CustomerId.of(customer), ServiceId.of(service), heldOn).get();
      return Either.right(review.actions().find(a -> a.id().equals(actionId)).get().withStatus(status));
    });
  }

  private static HeldReview decode(TenantId tenant, String json) {
    try {
      return WholeValueJson.decode(json, HeldReview.class);
    } catch (IllegalArgumentException e) {
      throw new JdbcStoreException("a stored service review of " + tenant + " cannot be read: " + e.getMessage(), e);
    }
  }

}
