package io.itsm4j.core.catalogue;

import static io.itsm4j.core.catalogue.Fixtures.MANAGER;
import static io.itsm4j.core.catalogue.Fixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.application.CatalogueResult;
import io.itsm4j.core.application.CatalogueService;
import io.itsm4j.core.memory.InMemoryCatalogueStore;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * Random command sequences through the catalogue service against a reference model of the rules: every verdict
 * matches the model, a refused command changes nothing, the stored history replays to the service's catalogue,
 * and no live service ever depends on a retired one.
 */
class CatalogueStateProperties {
  private static final List<String> KINDS = List.of("depends-on", "runs-on", "hosted-by", "connected-to", "part-of",
      "powers");

  /** The system under test and the model, side by side. */
  static final class Harness {
    final InMemoryCatalogueStore store = new InMemoryCatalogueStore();
    final CatalogueService service = CatalogueService.builder().store(store).build();
    final Map<String, Lifecycle> services = new HashMap<>();
    final Set<String> cis = new HashSet<>();
    final Map<String, String> items = new HashMap<>();
    final Set<List<String>> relationships = new HashSet<>();
    int keys;

    boolean exists(String node) {
      return node.startsWith("s") ? services.containsKey(node) : cis.contains(node);
    }

    Node node(String id) {
      return id.startsWith("s") ? Node.of(ServiceId.of(id)) : Node.of(ConfigurationItemId.of(id));
    }

    /** Runs the command and checks the verdict against the model's; on acceptance applies {@code onAccept}. */
    void run(CatalogueCommand command, Option<RejectionCode> expected, Runnable onAccept) {
      long before = store.version(TENANT);
      Either<Rejection, CatalogueResult> result = service.execute(TENANT, MANAGER, "k" + ++keys, command);
      assertThat(result.swap().map(Rejection::code).toOption()).as("%s -> %s", command, result).isEqualTo(expected);
      if (result.isRight()) {
        assertThat(store.version(TENANT)).isEqualTo(before + 1);
        onAccept.run();
      } else {
        assertThat(store.version(TENANT)).isEqualTo(before);
      }
    }

    void agreesWithTheModel() {
      Catalogue actual = service.catalogue(TENANT).get();
      Catalogue replayed = CatalogueDecider.replay(TENANT, store.load(TENANT, 0));
      assertThat(replayed.version()).isEqualTo(actual.version());
      assertThat(replayed.services()).isEqualTo(actual.services());
      assertThat(replayed.relationships()).isEqualTo(actual.relationships());
      Map<String, Lifecycle> lifecycles = new HashMap<>();
      actual.services().forEach((id, s) -> lifecycles.put(id.value(), s.lifecycle()));
      assertThat(lifecycles).isEqualTo(services);
      assertThat(actual.configurationItems().keySet().map(ConfigurationItemId::value).toJavaSet()).isEqualTo(cis);
      Map<String, String> itemServices = new HashMap<>();
      actual.items().forEach((id, i) -> itemServices.put(id.value(), i.service().value()));
      assertThat(itemServices).isEqualTo(items);
      Set<List<String>> rels = new HashSet<>();
      actual.relationships().forEach(r -> rels.add(List.of(r.source().idValue(), r.type().label(),
          r.target().idValue())));
      assertThat(rels).isEqualTo(relationships);
      for (Relationship r : actual.relationships()) {
        if (r.source() instanceof Node.ServiceNode s && r.target() instanceof Node.ServiceNode t) {
          boolean liveOnRetired = actual.service(s.id()).get().lifecycle() == Lifecycle.LIVE
              && actual.service(t.id()).get().lifecycle() == Lifecycle.RETIRED;
          assertThat(liveOnRetired).as("%s: a live service depends on a retired one", r).isFalse();
        }
      }
    }
  }

  static Arbitrary<String> serviceIds() {
    return Arbitraries.of("s0", "s1", "s2");
  }

  static Arbitrary<String> nodeIds() {
    return Arbitraries.of("s0", "s1", "s2", "c0", "c1", "c2");
  }

  /** Mostly depends-on, so services get dependencies and the lifecycle rules have something to bite on. */
  static Arbitrary<String> kinds() {
    return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just("depends-on")), Tuple.of(5, Arbitraries.of(KINDS)));
  }

  static final class DefineService implements Action.Independent<Harness> {
    @Override
    public Arbitrary<Transformer<Harness>> transformer() {
      return Combinators.combine(serviceIds(), Arbitraries.of(Lifecycle.values())).as((id, lc) ->
          Transformer.mutate("define " + id + " " + lc, h -> h.run(
              new CatalogueCommand.DefineService(Fixtures.service(id, lc)),
              lc == Lifecycle.RETIRED ? Option.some(RejectionCode.INVALID_INPUT)
                  : h.services.containsKey(id) ? Option.some(RejectionCode.ALREADY_EXISTS) : Option.none(),
              () -> h.services.put(id, lc))));
    }
  }

  static final class ChangeLifecycle implements Action.Independent<Harness> {
    @Override
    public Arbitrary<Transformer<Harness>> transformer() {
      return Combinators.combine(serviceIds(), Arbitraries.of(Lifecycle.values())).as((id, to) ->
          Transformer.mutate(id + " -> " + to, h -> h.run(
              new CatalogueCommand.ChangeLifecycle(ServiceId.of(id), to), expected(h, id, to),
              () -> h.services.put(id, to))));
    }

    static Option<RejectionCode> expected(Harness h, String id, Lifecycle to) {
      Lifecycle from = h.services.get(id);
      if (from == null) {
        return Option.some(RejectionCode.NOT_FOUND);
      }
      if (from == to) {
        return Option.some(RejectionCode.NO_CHANGE);
      }
      if (to.ordinal() < from.ordinal()) {
        return Option.some(RejectionCode.RULE_VIOLATED);
      }
      for (List<String> r : h.relationships) {
        boolean liveDependent = r.get(2).equals(id) && h.services.get(r.get(0)) == Lifecycle.LIVE;
        boolean retiredDependency = r.get(0).equals(id) && h.services.get(r.get(2)) == Lifecycle.RETIRED;
        if ((to == Lifecycle.RETIRED && liveDependent) || (to == Lifecycle.LIVE && retiredDependency)) {
          return Option.some(RejectionCode.RULE_VIOLATED);
        }
      }
      return Option.none();
    }
  }

  static final class RegisterCi implements Action.Independent<Harness> {
    @Override
    public Arbitrary<Transformer<Harness>> transformer() {
      return Arbitraries.of("c0", "c1", "c2").map(id -> Transformer.mutate("register " + id, h -> h.run(
          Fixtures.registerCi(id), h.cis.contains(id) ? Option.some(RejectionCode.ALREADY_EXISTS) : Option.none(),
          () -> h.cis.add(id))));
    }
  }

  static final class Relate implements Action.Independent<Harness> {
    private final boolean add;

    Relate(boolean add) {
      this.add = add;
    }

    @Override
    public Arbitrary<Transformer<Harness>> transformer() {
      return Combinators.combine(nodeIds(), kinds(), nodeIds()).as((a, kind, b) ->
          Transformer.mutate((add ? "relate " : "unrelate ") + a + " " + kind + " " + b, h -> {
            List<String> rel = List.of(a, kind, b);
            CatalogueCommand command = add ? new CatalogueCommand.Relate(h.node(a), kind, h.node(b))
                : new CatalogueCommand.Unrelate(h.node(a), kind, h.node(b));
            h.run(command, expected(h, a, kind, b), () -> {
              if (add) {
                h.relationships.add(rel);
              } else {
                h.relationships.remove(rel);
              }
            });
          }));
    }

    private Option<RejectionCode> expected(Harness h, String a, String kind, String b) {
      boolean serviceInvolved = a.startsWith("s") || b.startsWith("s");
      if (kind.equals("powers") || (serviceInvolved && !kind.equals("depends-on"))) {
        return Option.some(RejectionCode.INVALID_INPUT);
      }
      if (!h.exists(a) || !h.exists(b)) {
        return Option.some(RejectionCode.NOT_FOUND);
      }
      boolean present = h.relationships.contains(List.of(a, kind, b));
      if (!add) {
        return present ? Option.none() : Option.some(RejectionCode.NOT_FOUND);
      }
      if (present) {
        return Option.some(RejectionCode.ALREADY_EXISTS);
      }
      if (h.services.get(a) == Lifecycle.LIVE && h.services.get(b) == Lifecycle.RETIRED) {
        return Option.some(RejectionCode.RULE_VIOLATED);
      }
      return Option.none();
    }
  }

  static final class Items implements Action.Independent<Harness> {
    @Override
    public Arbitrary<Transformer<Harness>> transformer() {
      return Combinators.combine(Arbitraries.of("i0", "i1"), serviceIds(), Arbitraries.of(true, false))
          .as((id, service, define) -> Transformer.mutate((define ? "define item " : "withdraw item ") + id, h -> {
            if (define) {
              RequestItem item = RequestItem.builder().id(CatalogueItemId.of(id)).name("Item " + id)
                  .service(ServiceId.of(service)).build();
              Lifecycle lc = h.services.get(service);
              h.run(new CatalogueCommand.DefineItem(item),
                  lc == null ? Option.some(RejectionCode.NOT_FOUND)
                      : lc == Lifecycle.RETIRED ? Option.some(RejectionCode.RULE_VIOLATED)
                      : h.items.containsKey(id) ? Option.some(RejectionCode.ALREADY_EXISTS) : Option.none(),
                  () -> h.items.put(id, service));
            } else {
              h.run(new CatalogueCommand.WithdrawItem(CatalogueItemId.of(id)),
                  h.items.containsKey(id) ? Option.none() : Option.some(RejectionCode.NOT_FOUND),
                  () -> h.items.remove(id));
            }
          }));
    }
  }

  @Provide
  Arbitrary<ActionChain<Harness>> chains() {
    return ActionChain.startWith(Harness::new)
        .withAction(3, new DefineService())
        .withAction(3, new ChangeLifecycle())
        .withAction(3, new RegisterCi())
        .withAction(6, new Relate(true))
        .withAction(2, new Relate(false))
        .withAction(2, new Items())
        .withMaxTransformations(40);
  }

  @Property(tries = 200)
  void theServiceFollowsTheModelAndTheHistoryReplaysToItsState(@ForAll("chains") ActionChain<Harness> chain) {
    chain.withInvariant("agrees with the model", Harness::agreesWithTheModel).run();
  }
}
