package io.itsm4j.core.contract;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.change.FreezeWindow;
import io.itsm4j.core.change.StandardChangeTemplate;
import io.itsm4j.core.memory.InMemoryApproverDirectory;
import io.itsm4j.core.memory.InMemoryFreezeCalendar;
import io.itsm4j.core.memory.InMemoryStandardChangeCatalogue;
import io.itsm4j.core.port.ApproverDirectory;
import io.itsm4j.core.port.FreezeCalendar;
import io.itsm4j.core.port.StandardChangeCatalogue;

/** The in-memory change look-up adapters pass the contract kit. */
class InMemoryChangePortsContractTest extends AbstractChangePortsContractTest {
  private InMemoryApproverDirectory directory;
  private InMemoryFreezeCalendar freezes;
  private InMemoryStandardChangeCatalogue templates;

  @Override
  protected ApproverDirectory directory() {
    directory = new InMemoryApproverDirectory();
    return directory;
  }

  @Override
  protected void declareMembers(TenantId tenant, GroupId group, ActorId... members) {
    directory.group(tenant, group, members);
  }

  @Override
  protected FreezeCalendar freezes() {
    freezes = new InMemoryFreezeCalendar();
    return freezes;
  }

  @Override
  protected void declareFreeze(TenantId tenant, FreezeWindow freeze) {
    freezes.add(tenant, freeze);
  }

  @Override
  protected StandardChangeCatalogue templates() {
    templates = new InMemoryStandardChangeCatalogue();
    return templates;
  }

  @Override
  protected void approveTemplate(TenantId tenant, StandardChangeTemplate template) {
    templates.approve(tenant, template);
  }

  @Override
  protected void retireTemplate(TenantId tenant, String templateId) {
    templates.retire(tenant, templateId);
  }
}
