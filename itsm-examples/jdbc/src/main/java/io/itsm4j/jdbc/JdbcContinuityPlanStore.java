package io.itsm4j.jdbc;

import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.TextPolicy;
import io.itsm4j.sla.continuity.ContinuityPlan;
import io.itsm4j.sla.continuity.Exercise;
import io.itsm4j.sla.port.ContinuityPlanStore;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * A {@link ContinuityPlanStore} on plain JDBC. Plans are whole values in {@code itsm_versioned_value} (family {@code
 * continuity-plan}, script V9), saved with optimistic versions as {@link JdbcVersionedStore} saves them; exercises
 * are rows of {@code itsm_continuity_exercise} (script V11), one per plan and instant, the exercise as JSON.
 *
 * <h2>How the contract is kept</h2>
 * <ul>
 *   <li><b>Plans</b>: a first save inserts at version 1 under the primary key, a later one updates where the version
 *       is the one read; of racing saves from one version exactly one changes the row, the others are {@code
 *       VERSION_CONFLICT}.
 *   <li><b>Exercises</b>: recorded only for a plan the tenant holds ({@code NOT_FOUND} otherwise); the primary key
 *       {@code (tenant, plan, at)} keeps one per plan and instant: the same exercise again answers {@code false},
 *       another at that instant {@code ALREADY_EXISTS}, and nothing is written. Listed oldest first.
 *   <li><b>Tenancy</b>: every statement is filtered by tenant.
 * </ul>
 *
 * <p>Thread-safe: each call takes one connection of its own, in auto-commit mode (a refused exercise reads the row
 * that refused it afterwards). Null arguments throw {@link NullPointerException}; a plan id longer
 * than 256 characters throws {@link IllegalArgumentException}; database failures throw {@link JdbcStoreException},
 * and then nothing was written.
 */
public final class JdbcContinuityPlanStore implements ContinuityPlanStore {
  private static final String INSERT_EXERCISE = "insert into itsm_continuity_exercise"
      + " (tenant, plan_id, at_sec, at_nano, payload) values (?, ?, ?, ?, %s)";
  private static final String SELECT_EXERCISE = "select payload from itsm_continuity_exercise"
      + " where tenant = ? and plan_id = ? and at_sec = ? and at_nano = ?";
  private static final String SELECT_EXERCISES = "select payload from itsm_continuity_exercise"
      + " where tenant = ? and plan_id = ? order by at_sec, at_nano";

  private final DataSource dataSource;
  private final JdbcVersionedStore<ContinuityPlan> plans;
  private final JsonParameter jsonParameter = new JsonParameter();

  /**
   * A store on {@code dataSource}, whose schema must have the tables of {@link JdbcSchema}.
   *
   * @throws NullPointerException if {@code dataSource} is null
   */
  public JdbcContinuityPlanStore(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.plans = JdbcVersionedStore.of(dataSource, "continuity-plan", ContinuityPlan.class);
  }

  @Override
  public Either<Rejection, Long> save(TenantId tenant, ContinuityPlan plan, long expectedVersion) {
    Objects.requireNonNull(plan, "plan");
    return plans.save(tenant, plan.id(), plan, expectedVersion).mapLeft(r -> Rejection.of(r.code(),
        "plan " + TextPolicy.shown(plan.id()) + ": " + r.message()));
  }

  @Override
  public Option<StoredPlan> plan(TenantId tenant, String id) {
    return plans.find(tenant, id).map(s -> new StoredPlan(s.value(), s.version()));
  }

  @Override
  public Seq<StoredPlan> plans(TenantId tenant) {
    return plans.all(tenant).map(s -> new StoredPlan(s.value(), s.version()));
  }

  @Override
  public Either<Rejection, Boolean> recordExercise(TenantId tenant, Exercise exercise) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(exercise, "exercise");
    String planId = JdbcVersionedStore.storedId(exercise.plan());
    String json = WholeValueJson.encode(exercise);
    return JdbcTransactions.autoCommitted(dataSource, () -> "recording an exercise of plan " + tenant + "/"
        + TextPolicy.shown(exercise.plan()) + " at " + exercise.at() + " (nothing was written)", c -> {
      if (!plans.exists(c, tenant, exercise.plan())) {
        return Either.left(Rejection.of(RejectionCode.NOT_FOUND, "no plan " + TextPolicy.shown(exercise.plan())));
      }
      try (PreparedStatement ps = c.prepareStatement(INSERT_EXERCISE.formatted(jsonParameter.of(c)))) {
        ps.setString(1, tenant.value());
        ps.setString(2, planId);
        ps.setLong(3, exercise.at().getEpochSecond());
        ps.setInt(4, exercise.at().getNano());
        ps.setString(5, json);
        ps.executeUpdate();
        return Either.right(true);
      } catch (SQLException e) {
        if (!JdbcTransactions.isUniqueViolation(e)) {
          throw e;
        }
      }
      Option<Exercise> before = exercise(c, tenant, planId, exercise);
      return before.contains(exercise) ? Either.right(false)
          : Either.left(Rejection.of(RejectionCode.ALREADY_EXISTS, "an exercise of plan "
              + TextPolicy.shown(exercise.plan()) + " at " + exercise.at() + " is recorded with other content"));
    });
  }

  private Option<Exercise> exercise(Connection c, TenantId tenant, String planId, Exercise at) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SELECT_EXERCISE)) {
      ps.setString(1, tenant.value());
      ps.setString(2, planId);
      ps.setLong(3, at.at().getEpochSecond());
      ps.setInt(4, at.at().getNano());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Option.some(decode(tenant, at.plan(), rs.getString(1))) : Option.none();
      }
    }
  }

  @Override
  public Seq<Exercise> exercises(TenantId tenant, String planId) {
    Objects.requireNonNull(tenant, "tenant");
    String key = JdbcVersionedStore.storedId(planId);
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(SELECT_EXERCISES)) {
      ps.setString(1, tenant.value());
      ps.setString(2, key);
      Vector<Exercise> out = Vector.empty();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out = out.append(decode(tenant, planId, rs.getString(1)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new JdbcStoreException("reading the exercises of plan " + tenant + "/" + TextPolicy.shown(planId)
          + " failed", e);
    }
  }

  private static Exercise decode(TenantId tenant, String planId, String json) {
    try {
      return WholeValueJson.decode(json, Exercise.class);
    } catch (IllegalArgumentException e) {
      throw new JdbcStoreException("a stored exercise of plan " + tenant + "/" + TextPolicy.shown(planId)
          + " cannot be read: " + e.getMessage(), e);
    }
  }

}
