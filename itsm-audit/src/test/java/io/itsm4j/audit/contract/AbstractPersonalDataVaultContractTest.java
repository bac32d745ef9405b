package io.itsm4j.audit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.audit.port.PersonalDataVault;
import io.itsm4j.audit.trail.PersonalDataRef;
import io.itsm4j.audit.trail.RecordRef;
import io.itsm4j.core.TenantId;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link PersonalDataVault} contract as tests. A host adapter extends this class, returns a fresh, empty vault
 * from {@link #newVault()}, and passes every test. An adapter over durable storage also overrides {@link #reopen},
 * so that reveals and erasures are checked against the storage and not against what the instance remembers; it
 * should also show, in a test of its own, that an erased value is no longer in the storage at all (the kit cannot
 * look there).
 */
public abstract class AbstractPersonalDataVaultContractTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final TenantId GLOBEX = TenantId.of("globex");
  private static final RecordRef INC1 = RecordRef.of("ticket", "INC-1");
  private static final RecordRef INC2 = RecordRef.of("ticket", "INC-2");

  private PersonalDataVault vault;

  /** A fresh, empty vault. */
  protected abstract PersonalDataVault newVault();

  /**
   * Another vault over the same storage as {@code vault}, as a second node or a restarted host would have it. The
   * default returns {@code vault} itself, which is right for a vault that keeps nothing outside the instance.
   */
  protected PersonalDataVault reopen(PersonalDataVault vault) {
    return vault;
  }

  @BeforeEach
  void setUp() {
    vault = newVault();
  }

  @Test
  void everyDepositGetsAFreshTokenUnrelatedToTheValue() {
    PersonalDataRef a = vault.deposit(ACME, INC1, "Jane Doe");
    PersonalDataRef b = vault.deposit(ACME, INC1, "Jane Doe");
    assertThat(a).isNotEqualTo(b);
    assertThat(a.token()).doesNotContain("Jane").doesNotContain("Doe");
    assertThat(vault.reveal(ACME, a)).isEqualTo(Option.some("Jane Doe"));
  }

  @Test
  void erasedValuesAreGoneForGood() {
    PersonalDataRef a = vault.deposit(ACME, INC1, "Jane Doe");
    assertThat(vault.erase(ACME, a)).isTrue();
    assertThat(vault.erase(ACME, a)).isFalse();
    assertThat(vault.reveal(ACME, a)).isEqualTo(Option.none());
  }

  @Test
  void erasingARecordErasesExactlyItsValues() {
    PersonalDataRef a = vault.deposit(ACME, INC1, "Jane Doe");
    PersonalDataRef b = vault.deposit(ACME, INC1, "jane@example.org");
    PersonalDataRef c = vault.deposit(ACME, INC2, "John Roe");
    PersonalDataRef d = vault.deposit(GLOBEX, INC1, "Globex Jane");
    assertThat(vault.eraseRecord(ACME, INC1)).isEqualTo(2);
    assertThat(vault.reveal(ACME, a)).isEmpty();
    assertThat(vault.reveal(ACME, b)).isEmpty();
    assertThat(vault.reveal(ACME, c)).contains("John Roe");
    assertThat(vault.reveal(GLOBEX, d)).contains("Globex Jane");
    assertThat(vault.eraseRecord(ACME, INC1)).isZero();
  }

  @Test
  void aTokenRevealsNothingInAnotherTenant() {
    PersonalDataRef a = vault.deposit(ACME, INC1, "Jane Doe");
    assertThat(vault.reveal(GLOBEX, a)).isEmpty();
    assertThat(vault.erase(GLOBEX, a)).isFalse();
    assertThat(vault.reveal(ACME, a)).contains("Jane Doe");
  }

  @Test
  void valuesComeBackExactlyWhateverTheirText() {
    List<String> values = new ArrayList<>(List.of("", "=", "a=b", "\\", "\\n", "\\u0000", "line1\nline2", "\r\n",
        "\u0000nul", "line\u2028separator\u2029paragraph\u0085next", "😀 ünï 日本語", "'; drop table x; --", "%_%", " ",
        "x".repeat(20_000)));
    List<PersonalDataRef> refs = new ArrayList<>();
    for (String v : values) {
      refs.add(vault.deposit(ACME, INC1, v));
    }
    PersonalDataVault reader = reopen(vault);
    for (int i = 0; i < values.size(); i++) {
      assertThat(reader.reveal(ACME, refs.get(i))).as("value %s", i).isEqualTo(Option.some(values.get(i)));
    }
    assertThat(Set.copyOf(refs)).hasSameSizeAs(refs);
  }

  @Test
  void erasureHoldsForEveryoneOverTheSameStorage() {
    PersonalDataRef a = vault.deposit(ACME, INC1, "Jane Doe");
    PersonalDataRef b = vault.deposit(ACME, INC2, "John Roe");
    PersonalDataVault other = reopen(vault);
    assertThat(other.erase(ACME, a)).isTrue();
    assertThat(vault.reveal(ACME, a)).isEmpty();
    assertThat(reopen(vault).reveal(ACME, a)).isEmpty();
    assertThat(vault.erase(ACME, a)).isFalse();
    assertThat(reopen(vault).reveal(ACME, b)).contains("John Roe");
  }

  @Test
  void erasingARecordTellsRecordTypesApartAndSparesLaterDeposits() {
    RecordRef service = RecordRef.of("service", INC1.id());
    PersonalDataRef ticketValue = vault.deposit(ACME, INC1, "Jane Doe");
    PersonalDataRef serviceValue = vault.deposit(ACME, service, "Service Owner");
    assertThat(vault.eraseRecord(ACME, INC1)).isEqualTo(1);
    assertThat(reopen(vault).reveal(ACME, ticketValue)).isEmpty();
    assertThat(reopen(vault).reveal(ACME, serviceValue)).contains("Service Owner");
    PersonalDataRef later = vault.deposit(ACME, INC1, "Jane Doe again");
    assertThat(later).isNotEqualTo(ticketValue);
    assertThat(reopen(vault).reveal(ACME, later)).contains("Jane Doe again");
    assertThat(reopen(vault).eraseRecord(ACME, INC1)).isEqualTo(1);
    assertThat(vault.reveal(ACME, later)).isEmpty();
  }

  @Test
  void depositsFromManyThreadsGetDistinctTokensAndKeepTheirValues() throws Exception {
    int threads = 8;
    int perThread = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Map<PersonalDataRef, String> deposited = new ConcurrentHashMap<>();
    List<PersonalDataRef> all = java.util.Collections.synchronizedList(new ArrayList<>());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < perThread; i++) {
            String value = "person " + thread + "/" + i;
            PersonalDataRef ref = vault.deposit(ACME, INC1, value);
            all.add(ref);
            deposited.put(ref, value);
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(all).hasSize(threads * perThread).doesNotHaveDuplicates();
    PersonalDataVault reader = reopen(vault);
    deposited.forEach((ref, value) -> assertThat(reader.reveal(ACME, ref)).contains(value));
    assertThat(reader.eraseRecord(ACME, INC1)).isEqualTo(threads * perThread);
  }
}
