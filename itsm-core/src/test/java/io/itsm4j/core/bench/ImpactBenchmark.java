package io.itsm4j.core.bench;

import io.itsm4j.core.Actor;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.Catalogue;
import io.itsm4j.core.catalogue.CatalogueCommand;
import io.itsm4j.core.catalogue.CatalogueContext;
import io.itsm4j.core.catalogue.CatalogueDecider;
import io.itsm4j.core.catalogue.ConfigurationItem;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.Lifecycle;
import io.itsm4j.core.catalogue.Node;
import io.itsm4j.core.catalogue.Relationship;
import io.itsm4j.core.catalogue.RelationshipType;
import io.itsm4j.core.catalogue.Service;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.catalogue.ServiceKind;
import io.itsm4j.core.catalogue.impact.CompiledCatalogue;
import io.itsm4j.core.catalogue.impact.ImpactReport;
import io.vavr.collection.HashSet;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Impact analysis on a generated estate of 100,000 configuration items and 500,000 relationships (plus 2,000
 * services with customers): the time to compile the index, to patch it after one more relationship, and the time
 * of "which services does an outage of this CI affect" on the compiled index.
 *
 * <p>The estate is layered like a real one, from a fixed seed: 1,000 network switches (connected to each other,
 * so the network has cycles), 9,000 hosts depending on switches, and 500 application domains of VMs running on
 * shared hosts, applications running on VMs and depending on databases and on each other (cycles included), and
 * 20 platform domains every other domain's applications depend on. Each domain has 4 services depending on its
 * applications, each business service on a technical one. Queried CIs are drawn uniformly from all CIs.
 *
 * <p>Run: {@code ./mvnw -pl itsm-core -am verify -DskipTests -Dbench=itsm-core -Dbench.include=ImpactBenchmark}
 * (see docs/catalogue.md for the figures measured).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class ImpactBenchmark {
  static final int CIS = 100_000;
  static final int RELATIONSHIPS = 500_000;
  static final int SWITCHES = 1_000;
  static final int HOSTS = 9_000;
  static final int DOMAINS = 500;
  static final int PLATFORM_DOMAINS = 20;
  static final int VMS_PER_DOMAIN = 80;
  static final int APPS_PER_DOMAIN = 70;
  static final int DBS_PER_DOMAIN = 30;
  static final int SERVICES_PER_DOMAIN = 4;
  static final int CUSTOMERS = 500;

  Catalogue catalogue;
  Catalogue oneMoreRelationship;
  CompiledCatalogue compiled;
  ConfigurationItemId[] queries;
  int next;

  @Setup(Level.Trial)
  public void generate() {
    catalogue = estate(42);
    compiled = CompiledCatalogue.compile(catalogue);
    Random random = new Random(7);
    queries = new ConfigurationItemId[4096];
    ConfigurationItemId[] all = catalogue.configurationItems().keySet().toJavaArray(ConfigurationItemId[]::new);
    Arrays.sort(all);
    for (int i = 0; i < queries.length; i++) {
      queries[i] = all[random.nextInt(all.length)];
    }
    CatalogueContext ctx = new CatalogueContext(catalogue.tenant(), Actor.of("importer"), "one-more",
        Instant.parse("2026-11-23T01:00:00Z"));
    while (oneMoreRelationship == null) {
      int d = random.nextInt(DOMAINS);
      CatalogueCommand relate = CatalogueCommand.Relate.of(rel(ci(app(d, random.nextInt(APPS_PER_DOMAIN))),
          RelationshipType.DEPENDS_ON, ci(db(d, random.nextInt(DBS_PER_DOMAIN)))));
      oneMoreRelationship = CatalogueDecider.decide(ctx, relate, catalogue)
          .map(events -> CatalogueDecider.replay(catalogue, events)).getOrNull();
    }
    int[] affected = new int[queries.length];
    for (int i = 0; i < queries.length; i++) {
      affected[i] = compiled.outage(queries[i]).get().services().size();
    }
    Arrays.sort(affected);
    System.out.println("estate: " + catalogue + "; services affected per queried CI: median "
        + affected[affected.length / 2] + ", p99 " + affected[affected.length * 99 / 100] + ", max "
        + affected[affected.length - 1]);
  }

  /** Compiling the index of the whole estate. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public CompiledCatalogue buildIndex() {
    return CompiledCatalogue.compile(catalogue);
  }

  /** Bringing the compiled index up to date after one relationship was added (patch, not recompile). */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public CompiledCatalogue patchIndexAfterOneRelationship() {
    return compiled.patchedTo(oneMoreRelationship).get();
  }

  /** "Which services does an outage of this CI affect", on the compiled index; percentiles in the output. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public int servicesAffectedByCi() {
    ConfigurationItemId ci = queries[next++ & (queries.length - 1)];
    return compiled.outage(ci).get().services().size();
  }

  /** The same, also listing the customers and building the explaining path of every affected service. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public int servicesAndCustomersWithPaths() {
    ConfigurationItemId ci = queries[next++ & (queries.length - 1)];
    ImpactReport r = compiled.outage(ci).get();
    return r.affectedServices().size() + r.affectedCustomers().size();
  }

  /** Generates the estate through the decider, as a bulk import through the catalogue service would. */
  static Catalogue estate(long seed) {
    Random random = new Random(seed);
    TenantId tenant = TenantId.of("bench");
    Actor importer = Actor.of("importer");
    Catalogue[] c = {Catalogue.empty(tenant)};
    Instant at = Instant.parse("2026-11-23T00:00:00Z");
    java.util.function.Consumer<CatalogueCommand> run = cmd -> {
      CatalogueContext ctx = new CatalogueContext(tenant, importer, "import-" + (c[0].version() + 1), at);
      c[0] = CatalogueDecider.replay(c[0], CatalogueDecider.decide(ctx, cmd, c[0]).getOrElseThrow(
          r -> new IllegalStateException(cmd + ": " + r)));
    };
    int ciCount = 0;
    for (int i = 0; i < SWITCHES; i++, ciCount++) {
      run.accept(new CatalogueCommand.RegisterCi(ConfigurationItem.of("sw-" + i, "Switch " + i, "switch")));
    }
    for (int i = 0; i < HOSTS; i++, ciCount++) {
      run.accept(new CatalogueCommand.RegisterCi(ConfigurationItem.of("host-" + i, "Host " + i, "host")));
    }
    for (int d = 0; d < DOMAINS; d++) {
      for (int i = 0; i < VMS_PER_DOMAIN; i++, ciCount++) {
        run.accept(new CatalogueCommand.RegisterCi(ConfigurationItem.of(vm(d, i), "VM", "vm")));
      }
      for (int i = 0; i < APPS_PER_DOMAIN; i++, ciCount++) {
        run.accept(new CatalogueCommand.RegisterCi(ConfigurationItem.of(app(d, i), "App", "application")));
      }
      for (int i = 0; i < DBS_PER_DOMAIN; i++, ciCount++) {
        run.accept(new CatalogueCommand.RegisterCi(ConfigurationItem.of(db(d, i), "DB", "database")));
      }
    }
    if (ciCount != CIS) {
      throw new IllegalStateException("generated " + ciCount + " CIs");
    }
    for (int d = 0; d < DOMAINS; d++) {
      for (int s = 0; s < SERVICES_PER_DOMAIN; s++) {
        HashSet<CustomerId> customers = HashSet.empty();
        for (int k = 0; k <= random.nextInt(3); k++) {
          customers = customers.add(CustomerId.of("cust-" + random.nextInt(CUSTOMERS)));
        }
        run.accept(new CatalogueCommand.DefineService(Service.builder().id(ServiceId.of(svc(d, s)))
            .name("Service " + d + "/" + s).kind(s == 0 ? ServiceKind.TECHNICAL : ServiceKind.BUSINESS)
            .owner(ActorId.of("owner-" + d)).lifecycle(Lifecycle.LIVE).customers(customers).build()));
      }
    }
    java.util.Set<Relationship> rels = new java.util.HashSet<>();
    for (int i = 0; i < SWITCHES; i++) {
      rels.add(rel(ci("sw-" + i), RelationshipType.CONNECTED_TO, ci("sw-" + ((i + 1) % SWITCHES))));
      rels.add(rel(ci("sw-" + i), RelationshipType.CONNECTED_TO, ci("sw-" + random.nextInt(SWITCHES))));
    }
    for (int i = 0; i < HOSTS; i++) {
      rels.add(rel(ci("host-" + i), RelationshipType.DEPENDS_ON, ci("sw-" + random.nextInt(SWITCHES))));
      rels.add(rel(ci("host-" + i), RelationshipType.DEPENDS_ON, ci("sw-" + random.nextInt(SWITCHES))));
    }
    for (int d = 0; d < DOMAINS; d++) {
      for (int i = 0; i < VMS_PER_DOMAIN; i++) {
        rels.add(rel(ci(vm(d, i)), RelationshipType.RUNS_ON, ci("host-" + random.nextInt(HOSTS))));
      }
      for (int i = 0; i < DBS_PER_DOMAIN; i++) {
        rels.add(rel(ci(db(d, i)), RelationshipType.RUNS_ON, ci(vm(d, random.nextInt(VMS_PER_DOMAIN)))));
        rels.add(rel(ci(db(d, i)), RelationshipType.PART_OF, ci(db(d, (i / 3) * 3))));
      }
      for (int i = 0; i < APPS_PER_DOMAIN; i++) {
        for (int k = 0; k < 2; k++) {
          rels.add(rel(ci(app(d, i)), RelationshipType.RUNS_ON, ci(vm(d, random.nextInt(VMS_PER_DOMAIN)))));
        }
        for (int k = 0; k < 3; k++) {
          rels.add(rel(ci(app(d, i)), RelationshipType.DEPENDS_ON, ci(db(d, random.nextInt(DBS_PER_DOMAIN)))));
        }
        if (d >= PLATFORM_DOMAINS) {
          rels.add(rel(ci(app(d, i)), RelationshipType.DEPENDS_ON,
              ci(app(random.nextInt(PLATFORM_DOMAINS), random.nextInt(APPS_PER_DOMAIN)))));
        }
      }
      for (int s = 0; s < SERVICES_PER_DOMAIN; s++) {
        for (int k = 0; k < 8; k++) {
          rels.add(new Relationship(Node.of(ServiceId.of(svc(d, s))), RelationshipType.DEPENDS_ON,
              ci(app(d, random.nextInt(APPS_PER_DOMAIN)))));
        }
        if (s > 0) {
          rels.add(Relationship.dependsOn(ServiceId.of(svc(d, s)), ServiceId.of(svc(d, 0))));
        }
      }
    }
    // The rest: applications depending on applications of their own domain, cycles and self-loops included.
    while (rels.size() < RELATIONSHIPS) {
      int d = random.nextInt(DOMAINS);
      rels.add(rel(ci(app(d, random.nextInt(APPS_PER_DOMAIN))), RelationshipType.DEPENDS_ON,
          ci(app(d, random.nextInt(APPS_PER_DOMAIN)))));
    }
    Relationship[] sorted = rels.toArray(Relationship[]::new);
    Arrays.sort(sorted);
    for (Relationship r : sorted) {
      run.accept(CatalogueCommand.Relate.of(r));
    }
    return c[0];
  }

  private static Relationship rel(Node a, RelationshipType t, Node b) {
    return new Relationship(a, t, b);
  }

  private static Node ci(String id) {
    return Node.of(ConfigurationItemId.of(id));
  }

  private static String vm(int d, int i) {
    return "vm-" + d + "-" + i;
  }

  private static String app(int d, int i) {
    return "app-" + d + "-" + i;
  }

  private static String db(int d, int i) {
    return "db-" + d + "-" + i;
  }

  private static String svc(int d, int s) {
    return "svc-" + d + "-" + s;
  }
}
