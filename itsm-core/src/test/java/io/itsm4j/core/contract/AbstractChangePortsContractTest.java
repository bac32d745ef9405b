package io.itsm4j.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.change.FreezeWindow;
import io.itsm4j.core.change.StandardChangeTemplate;
import io.itsm4j.core.port.ApproverDirectory;
import io.itsm4j.core.port.FreezeCalendar;
import io.itsm4j.core.port.StandardChangeCatalogue;
import io.itsm4j.core.ticket.ChangeWindow;
import io.itsm4j.core.ticket.RiskLevel;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The contract of the change enablement look-up ports ({@link ApproverDirectory}, {@link FreezeCalendar},
 * {@link StandardChangeCatalogue}): what was declared is found, nothing else is, and no tenant sees another's.
 * A host adapter extends this kit and says how to declare data in its store.
 */
public abstract class AbstractChangePortsContractTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final TenantId GLOBEX = TenantId.of("globex");
  private static final GroupId CAB = GroupId.of("cab");

  /** A fresh, empty directory. */
  protected abstract ApproverDirectory directory();

  /** Declares the members of a group in the directory {@link #directory()} returned last. */
  protected abstract void declareMembers(TenantId tenant, GroupId group, ActorId... members);

  /** A fresh, empty freeze calendar. */
  protected abstract FreezeCalendar freezes();

  /** Declares a freeze in the calendar {@link #freezes()} returned last. */
  protected abstract void declareFreeze(TenantId tenant, FreezeWindow freeze);

  /** A fresh, empty template catalogue. */
  protected abstract StandardChangeCatalogue templates();

  /** Approves a template in the catalogue {@link #templates()} returned last. */
  protected abstract void approveTemplate(TenantId tenant, StandardChangeTemplate template);

  /** Retires a template in the catalogue {@link #templates()} returned last. */
  protected abstract void retireTemplate(TenantId tenant, String templateId);

  @Test
  void a_directory_lists_the_declared_members_per_tenant_and_nobody_for_an_unknown_group() {
    ApproverDirectory d = directory();
    assertThat(d.members(ACME, CAB)).isEmpty();
    declareMembers(ACME, CAB, ActorId.of("ann"), ActorId.of("ben"));
    assertThat(d.members(ACME, CAB)).containsExactlyInAnyOrder(ActorId.of("ann"), ActorId.of("ben"));
    assertThat(d.members(GLOBEX, CAB)).isEmpty();
    assertThat(d.members(ACME, GroupId.of("other"))).isEmpty();
    declareMembers(ACME, CAB, ActorId.of("cho"));
    assertThat(d.members(ACME, CAB)).containsExactly(ActorId.of("cho"));
  }

  @Test
  void a_freeze_calendar_returns_the_declared_freezes_of_the_tenant_only() {
    FreezeCalendar c = freezes();
    assertThat(c.freezes(ACME)).isEmpty();
    FreezeWindow yearEnd = FreezeWindow.global("year-end", ChangeWindow.of(Instant.parse("2026-12-20T00:00:00Z"),
        Instant.parse("2027-01-05T00:00:00Z")));
    FreezeWindow payroll = FreezeWindow.forService("payroll-run", ServiceId.of("payroll"), ChangeWindow.of(
        Instant.parse("2026-03-25T00:00:00Z"), Instant.parse("2026-03-28T00:00:00Z")));
    declareFreeze(ACME, yearEnd);
    declareFreeze(ACME, payroll);
    assertThat(c.freezes(ACME)).containsExactlyInAnyOrder(yearEnd, payroll);
    assertThat(c.freezes(GLOBEX)).isEmpty();
  }

  @Test
  void a_catalogue_serves_approved_templates_until_retired_per_tenant() {
    StandardChangeCatalogue c = templates();
    StandardChangeTemplate renew = new StandardChangeTemplate("renew-cert", "Renew a certificate", Option.none(),
        RiskLevel.LOW, ActorId.of("morgan"), Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(c.template(ACME, "renew-cert")).isEmpty();
    approveTemplate(ACME, renew);
    assertThat(c.template(ACME, "renew-cert")).contains(renew);
    assertThat(c.template(GLOBEX, "renew-cert")).isEmpty();
    retireTemplate(ACME, "renew-cert");
    assertThat(c.template(ACME, "renew-cert")).isEmpty();
  }
}
