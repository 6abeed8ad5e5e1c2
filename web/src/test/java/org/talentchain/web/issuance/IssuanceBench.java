package org.talentchain.web.issuance;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.fisco.bcos.sdk.v3.crypto.CryptoSuite;
import org.fisco.bcos.sdk.v3.crypto.keypair.CryptoKeyPair;
import org.fisco.bcos.sdk.v3.crypto.signature.SM2Signature;
import org.fisco.bcos.sdk.v3.model.CryptoType;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.talentchain.core.api.CredentialVerifier;
import org.talentchain.core.api.QrPayloadCodec;
import org.talentchain.core.api.SigningKey;
import org.talentchain.core.api.Sm2Keys;
import org.talentchain.core.api.Verdict;
import org.talentchain.core.spi.Ledgers;
import org.talentchain.web.Application;
import org.talentchain.web.base.ledger.LedgerConnection;
import org.talentchain.web.consortium.IssuerProfile;
import org.talentchain.web.consortium.IssuerProfileRepository;

/**
 * Bulk issuance harness (issue 12), not a test: starts the application (no web server) on a data
 * folder (embedded ledger, H2, demo issuer), writes a CSV of N diplomas and issues it through
 * {@link IssuanceService#issueStreamedFor} in chunks, then prints one result line. In the same run
 * it measures the bare SM2 signers on the class path on every core (credential-core's and, when its
 * native library loads, the FISCO SDK's) and the cost of verifying a sample of the issued
 * credentials. Optionally writes QR payloads of the first credentials for the HTTP harness. Run
 * with tools/bench/issuance.sh (docs/benchmarks.md).
 *
 * <p>Arguments: rows, data folder, [chunk size], [QR output file], [QR count]. H2 only: the demo
 * issuer this uses exists only in the embedded set-up.
 */
public final class IssuanceBench {
  private IssuanceBench() {}

  public static void main(String[] args) throws Exception {
    int rows = Integer.parseInt(args[0]);
    Path dataDir = Files.createDirectories(Path.of(args[1]));
    int chunk = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
    Path qrOut = args.length > 3 && !args[3].isBlank() ? Path.of(args[3]) : null;
    int qrCount = args.length > 4 ? Integer.parseInt(args[4]) : 0;
    List<String> properties =
        new ArrayList<>(
            List.of(
                "talentchain.data-dir=" + dataDir,
                "talentchain.demo-data=true",
                "talentchain.outbox.initial-delay=1h",
                "spring.main.banner-mode=off",
                "logging.level.root=WARN",
                "talentchain.issuance.max-streamed-rows=" + Math.max(rows + 1, 200_000)));
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(Application.class)
            // As @SpringBootTest's mock environment: a web application context without a server.
            .web(WebApplicationType.NONE)
            .contextFactory(
                type ->
                    new org.springframework.web.context.support.GenericWebApplicationContext(
                        new org.springframework.mock.web.MockServletContext()))
            // Command-line arguments: they override application.properties (default properties
            // would not, and the data folder would silently be ./data).
            .run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
    int exit = 0;
    try {
      IssuanceService issuance = context.getBean(IssuanceService.class);
      IssuerProfile university =
          context.getBean(IssuerProfileRepository.class).findAll().stream()
              .filter(i -> i.getNameEn().equals("GBA Demonstration University"))
              .findFirst()
              .orElseThrow();
      LedgerConnection ledger = context.getBean(LedgerConnection.class);
      Path csv = BulkCsv.diplomas(dataDir.resolve("bench-" + rows + ".csv"), rows, 0);

      double coreSign = signsPerSecond(Sm2Keys.generate());
      double fiscoSign = fiscoSignsPerSecond();

      System.gc();
      LiveHeap live = LiveHeap.start();
      long heightBefore = ledger.info().blockHeight();
      long t0 = System.nanoTime();
      IssuanceService.StreamedIssuance result =
          issuance.issueStreamedFor(
              university,
              () -> Files.newInputStream(csv),
              csv.getFileName().toString(),
              "bench",
              chunk,
              p -> {});
      long wallNanos = System.nanoTime() - t0;
      long transactions = ledger.info().blockHeight() - heightBefore;
      long peakHeap = live.stop();

      IssuedCredentialRepository credentials = context.getBean(IssuedCredentialRepository.class);
      List<String> sample = new ArrayList<>();
      int wanted = Math.max(Math.min(rows, 1_000), qrCount);
      for (IssuedCredential c :
          credentials.findByIssuerIdOrderByIssuedAtDesc(
              university.getId(), PageRequest.of(0, wanted))) {
        sample.add(
            QrPayloadCodec.encode(
                c.document().present(Set.of("holderName", "degree", "graduationDate"))));
      }
      CredentialVerifier verifier =
          CredentialVerifier.builder(Ledgers.cached(ledger, java.time.Duration.ZERO)).build();
      int verifications = Math.min(sample.size(), 1_000);
      for (int i = 0; i < verifications; i++) {
        verifier.verify(sample.get(i));
      }
      long v0 = System.nanoTime();
      for (int i = 0; i < verifications; i++) {
        if (verifier.verify(sample.get(i)).verdict() != Verdict.VALID) {
          throw new IllegalStateException("an issued credential does not verify");
        }
      }
      double verifyMicros = (System.nanoTime() - v0) / 1e3 / verifications;

      double seconds = wallNanos / 1e9;
      double perSecond = result.credentials() / seconds;
      double fastest = Math.max(coreSign, fiscoSign);
      System.out.printf(
          Locale.ROOT,
          "RESULT db=%s rows=%d chunk=%d issued=%d batches=%d ledgerTx=%d wall_s=%.1f cred_per_s=%.0f"
              + " ms_per_cred=%.3f live_heap_after_gc_max_mb=%d max_heap_mb=%d core_sign_per_s=%.0f"
              + " fisco_sign_per_s=%.0f ratio_to_fastest_signer=%.2f verify_us=%.0f%n",
          "h2",
          rows,
          chunk,
          result.credentials(),
          result.batches().size(),
          transactions,
          seconds,
          perSecond,
          1000 / perSecond,
          peakHeap >> 20,
          Runtime.getRuntime().maxMemory() >> 20,
          coreSign,
          fiscoSign,
          perSecond / fastest,
          verifyMicros);
      if (result.batches().size() != transactions || result.credentials() != rows) {
        System.out.println("MISMATCH: batches != ledger transactions or rows not all issued");
        exit = 1;
      }
      if (qrOut != null) {
        try (BufferedWriter out = Files.newBufferedWriter(qrOut, StandardCharsets.UTF_8)) {
          for (String qr : sample.subList(0, Math.min(qrCount, sample.size()))) {
            out.write(qr);
            out.write('\n');
          }
        }
      }
    } finally {
      SpringApplication.exit(context);
    }
    System.exit(exit);
  }

  /** Signatures per second of one key on every core, after a warm-up, over about 5 seconds. */
  static double signsPerSecond(SigningKey key) throws InterruptedException {
    byte[] message = "a diploma's signing input, about this long".getBytes(StandardCharsets.UTF_8);
    return onEveryCore(() -> key.sign(message));
  }

  /** The FISCO SDK's native SM2 signer the same way; 0 when its library does not load here. */
  static double fiscoSignsPerSecond() throws InterruptedException {
    try {
      CryptoSuite suite = new CryptoSuite(CryptoType.SM_TYPE);
      CryptoKeyPair pair = suite.getCryptoKeyPair();
      SM2Signature signer = new SM2Signature();
      byte[] hash = suite.hash("a diploma".getBytes(StandardCharsets.UTF_8));
      return onEveryCore(() -> signer.sign(hash, pair));
    } catch (LinkageError | RuntimeException e) {
      System.out.println("FISCO SDK native SM2 not available: " + e);
      return 0;
    }
  }

  private static double onEveryCore(Runnable op) throws InterruptedException {
    int threads = Runtime.getRuntime().availableProcessors();
    for (int i = 0; i < 500; i++) {
      op.run();
    }
    AtomicLong done = new AtomicLong();
    long end = System.nanoTime() + 5_000_000_000L;
    List<Thread> workers = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      workers.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    long n = 0;
                    while (System.nanoTime() < end) {
                      op.run();
                      n++;
                    }
                    done.addAndGet(n);
                  }));
    }
    for (Thread w : workers) {
      w.join();
    }
    return done.get() / ((System.nanoTime() - start) / 1e9);
  }

  /**
   * The largest heap in use right after a collection while issuing, sampled every 100 ms: what the
   * import keeps alive, as opposed to garbage not yet collected.
   */
  private static final class LiveHeap {
    private volatile boolean running = true;
    private volatile long max;
    private Thread sampler;

    static LiveHeap start() {
      LiveHeap h = new LiveHeap();
      h.sampler =
          Thread.ofPlatform()
              .daemon()
              .start(
                  () -> {
                    while (h.running) {
                      long used = 0;
                      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                        if (pool.getType() == MemoryType.HEAP
                            && pool.getCollectionUsage() != null) {
                          used += pool.getCollectionUsage().getUsed();
                        }
                      }
                      h.max = Math.max(h.max, used);
                      try {
                        Thread.sleep(100);
                      } catch (InterruptedException e) {
                        return;
                      }
                    }
                  });
      return h;
    }

    long stop() throws InterruptedException {
      running = false;
      sampler.join();
      return max;
    }
  }
}
