package io.itsm4j.core.memory;

import io.itsm4j.core.TenantId;
import io.itsm4j.core.change.StandardChangeTemplate;
import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.port.StandardChangeCatalogue;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.control.Option;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link StandardChangeCatalogue} in memory. Thread-safe. */
public final class InMemoryStandardChangeCatalogue implements StandardChangeCatalogue {
  private final ConcurrentHashMap<Tuple2<TenantId, String>, StandardChangeTemplate> templates = new ConcurrentHashMap<>();

  /** An empty catalogue. */
  public InMemoryStandardChangeCatalogue() {}

  /**
   * Adds (or replaces) an approved template.
   *
   * @return this catalogue
   * @throws NullPointerException if an argument is null
   */
  public InMemoryStandardChangeCatalogue approve(TenantId tenant, StandardChangeTemplate template) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(template, "template");
    templates.put(Tuple.of(tenant, template.id()), template);
    return this;
  }

  /**
   * Retires a template: changes can no longer be raised from it.
   *
   * @return this catalogue
   */
  public InMemoryStandardChangeCatalogue retire(TenantId tenant, String templateId) {
    templates.remove(Tuple.of(Checks.notNull(tenant, "tenant"), Checks.notNull(templateId, "templateId")));
    return this;
  }

  @Override
  public Option<StandardChangeTemplate> template(TenantId tenant, String templateId) {
    return Option.of(templates.get(Tuple.of(Checks.notNull(tenant, "tenant"), Checks.notNull(templateId, "templateId"))));
  }
}
