package io.itsm4j.core.change;

import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.ticket.ChangeType;
import io.itsm4j.core.ticket.ChangeWindow;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * A freeze (blackout) window: while it lasts, only emergency changes may be scheduled, on one service or on all.
 *
 * @param name an identifier naming it in rejections, e.g. {@code "year-end"}
 * @param service the service it protects; none for a global freeze
 * @param window when it lasts
 */
public record FreezeWindow(String name, Option<ServiceId> service, ChangeWindow window) {
  /**
   * Validates the arguments.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code name} is not an identifier
   */
  public FreezeWindow {
    Checks.id(name, "name");
    Checks.notNull(service, "service");
    Checks.notNull(window, "window");
  }

  /** A freeze on every service. */
  public static FreezeWindow global(String name, ChangeWindow window) {
    return new FreezeWindow(name, Option.none(), window);
  }

  /** A freeze on one service. */
  public static FreezeWindow forService(String name, ServiceId service, ChangeWindow window) {
    return new FreezeWindow(name, Option.some(service), window);
  }

  /** Whether this freeze covers a change on {@code changeService} (a global freeze covers every change). */
  public boolean covers(Option<ServiceId> changeService) {
    return service.isEmpty() || service.equals(changeService);
  }

  /**
   * The freezes a change may not be scheduled in.
   *
   * @param type the change's type; emergency changes are never blocked
   * @param service the change's service, if any
   * @param planned its planned window
   * @param freezes the freezes in force
   * @return the freezes that cover the change and overlap its window, in the given order
   */
  public static Seq<FreezeWindow> blocking(ChangeType type, Option<ServiceId> service, ChangeWindow planned,
      Seq<FreezeWindow> freezes) {
    Checks.notNull(type, "type");
    Checks.notNull(service, "service");
    Checks.notNull(planned, "planned");
    Checks.notNull(freezes, "freezes");
    if (type == ChangeType.EMERGENCY) {
      return freezes.take(0);
    }
    return freezes.filter(f -> f.covers(service) && f.window().overlaps(planned));
  }
}
