package org.talentchain.core.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.talentchain.core.api.CredentialDraft;
import org.talentchain.core.api.CredentialIssuer;
import org.talentchain.core.api.SigningKey;
import org.talentchain.core.api.Sm2Keys;

/**
 * Issuance of a June batch: sign 10,000 credentials (all cores) and build their Merkle proofs.
 * Reported as time per batch; credentials per second = 10,000 / that time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IssuanceBenchmark {
  static final int BATCH = 10_000;
  CredentialIssuer issuer;
  List<CredentialDraft> drafts;

  @Setup(Level.Trial)
  public void setUp() {
    SigningKey key = Sm2Keys.generate();
    issuer = new CredentialIssuer(key.publicKey().address(), key);
    drafts = new ArrayList<>(BATCH);
    for (int i = 0; i < BATCH; i++) {
      drafts.add(VerificationBenchmark.diploma(i));
    }
  }

  @Benchmark
  public CredentialIssuer.SignedBatch signAndProveTenThousand() {
    return issuer.sign(drafts);
  }
}
