package org.talentchain.web.base.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.talentchain.core.api.AccountAddress;
import org.talentchain.core.api.Bytes32;
import org.talentchain.core.api.CredentialIssuer;
import org.talentchain.core.api.CredentialVerifier;
import org.talentchain.core.api.DirectoryKeyStore;
import org.talentchain.core.api.Fixtures;
import org.talentchain.core.api.HolderCredential;
import org.talentchain.core.api.QrPayloadCodec;
import org.talentchain.core.api.SigningKey;
import org.talentchain.core.api.Verdict;
import org.talentchain.core.spi.CredentialLedger;
import org.talentchain.core.spi.CredentialStatus;
import org.talentchain.core.spi.CredentialStatus.CredentialState;
import org.talentchain.core.spi.LedgerCheckpoint;
import org.talentchain.core.spi.LedgerInfo;
import org.talentchain.core.spi.Ledgers;

/**
 * {@code ops/backup/backup.sh} and {@code restore.sh} on a real instance layout: an H2 database
 * migrated by Flyway holding the ledger's checkpoint, the embedded ledger and the key store under
 * one data folder. What was anchored, revoked and suspended reads the same after a restore into an
 * empty folder, and the restored ledger reaches the restored checkpoint.
 */
class LedgerBackupRestoreTest {
  private static final char[] KEY_PASSWORD = "backup test password".toCharArray();
  private static final Path OPS_BACKUP =
      Path.of("").toAbsolutePath().getParent().resolve("ops").resolve("backup");

  @TempDir Path temp;

  private final Bytes32 rootA = Bytes32.sm3(new byte[] {1});
  private final Bytes32 rootB = Bytes32.sm3(new byte[] {2});
  private final Bytes32 revoked = Bytes32.sm3(new byte[] {3});
  private final Bytes32 suspended = Bytes32.sm3(new byte[] {4});
  private final Bytes32 untouched = Bytes32.sm3(new byte[] {5});

  /** An instance's database, as the application opens it, with the migrations applied. */
  private static DataSource database(Path dataDir) {
    String url =
        "jdbc:h2:file:"
            + dataDir.resolve("db").resolve("talentchain")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    Flyway.configure().dataSource(url, "sa", "").load().migrate();
    return new DriverManagerDataSource(url, "sa", "");
  }

  private static CredentialLedger ledger(Path dataDir, DataSource db, SigningKey admin)
      throws Exception {
    return Ledgers.embedded(
        dataDir.resolve("ledger"),
        admin,
        Clock.systemUTC(),
        new JdbcLedgerCheckpointStore(db, "embedded", Clock.systemUTC()));
  }

  private record Run(int exit, String output) {}

  private Run script(String name, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>();
    command.add("bash");
    command.add(OPS_BACKUP.resolve(name).toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.put("TALENTCHAIN_ENV_FILE", temp.resolve("no-env-file").toString());
    env.put("TALENTCHAIN_DATA_DIR", temp.resolve("instance-a").resolve("data").toString());
    env.remove("TALENTCHAIN_DB_URL");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), output);
  }

  private static String lastLine(String output) {
    List<String> lines = output.strip().lines().toList();
    return lines.get(lines.size() - 1);
  }

  @Test
  void backupThenRestoreIntoAnEmptyFolder_givesTheSameStatusesAndAMatchingCheckpoint()
      throws Exception {
    Path dataA = temp.resolve("instance-a").resolve("data");
    DataSource dbA = database(dataA);
    DirectoryKeyStore keysA = new DirectoryKeyStore(dataA.resolve("keys"), KEY_PASSWORD);
    SigningKey admin = keysA.generate(LedgerConfiguration.ADMIN_ALIAS);
    SigningKey issuer = keysA.generate("issuer");
    AccountAddress issuerId = issuer.publicKey().address();
    LedgerInfo before;
    try (CredentialLedger ledger = ledger(dataA, dbA, admin)) {
      ledger.registerIssuer(admin, issuer.publicKey(), Bytes32.sm3(new byte[] {9}));
      ledger.anchorBatch(issuer, rootA, 10);
      ledger.anchorBatch(issuer, rootB, 5);
      ledger.revokeCredential(issuer, revoked, 2);
      ledger.suspendCredential(issuer, suspended, 1);
      before = ledger.info();

      Run whileOpen = script("backup.sh", temp.resolve("backups").toString());
      assertThat(whileOpen.exit()).as(whileOpen.output()).isNotZero();
      assertThat(whileOpen.output())
          .contains("is in use by process " + ProcessHandle.current().pid())
          .contains("stop the application first");
    }
    LedgerCheckpoint checkpointA =
        new JdbcLedgerCheckpointStore(dbA, "embedded", Clock.systemUTC()).load().orElseThrow();

    Run backup = script("backup.sh", temp.resolve("backups").toString());
    assertThat(backup.exit()).as(backup.output()).isZero();
    Path archive = Path.of(lastLine(backup.output()));
    assertThat(archive).exists();

    Path dataB = temp.resolve("instance-b").resolve("data");
    Run restore = script("restore.sh", archive.toString(), dataB.toString());
    assertThat(restore.exit()).as(restore.output()).isZero();

    DataSource dbB = database(dataB);
    assertThat(new JdbcLedgerCheckpointStore(dbB, "embedded", Clock.systemUTC()).load())
        .contains(checkpointA);
    SigningKey adminB =
        new DirectoryKeyStore(dataB.resolve("keys"), KEY_PASSWORD)
            .load(LedgerConfiguration.ADMIN_ALIAS);
    assertThat(adminB.publicKey()).isEqualTo(admin.publicKey());
    try (CredentialLedger restored = ledger(dataB, dbB, adminB)) {
      assertThat(restored.info()).isEqualTo(before);
      assertThat(restored.findAnchor(rootA)).isPresent();
      assertThat(restored.findAnchor(rootB)).isPresent();
      assertThat(state(restored, issuerId, revoked)).isEqualTo(CredentialState.REVOKED);
      assertThat(state(restored, issuerId, suspended)).isEqualTo(CredentialState.SUSPENDED);
      assertThat(state(restored, issuerId, untouched)).isEqualTo(CredentialState.ACTIVE);
    }

    Run again = script("restore.sh", archive.toString(), dataB.toString());
    assertThat(again.exit()).isNotZero();
    assertThat(again.output()).contains("is not empty");
  }

  @Test
  void backupThenRestore_everyIssuedCredentialVerifiesWithTheSameVerdict() throws Exception {
    Path dataA = temp.resolve("instance-a").resolve("data");
    DataSource dbA = database(dataA);
    DirectoryKeyStore keysA = new DirectoryKeyStore(dataA.resolve("keys"), KEY_PASSWORD);
    SigningKey admin = keysA.generate(LedgerConfiguration.ADMIN_ALIAS);
    SigningKey issuer = keysA.generate("issuer");
    List<String> qrTexts = new java.util.ArrayList<>();
    List<Verdict> before = new java.util.ArrayList<>();
    try (CredentialLedger ledger = ledger(dataA, dbA, admin)) {
      ledger.registerIssuer(admin, issuer.publicKey(), Bytes32.sm3(new byte[] {9}));
      List<HolderCredential> issued =
          new CredentialIssuer(issuer.publicKey().address(), issuer)
              .issue(Fixtures.diplomas(4), ledger)
              .credentials();
      ledger.revokeCredential(issuer, issued.get(1).credential().statusId(), 2);
      ledger.suspendCredential(issuer, issued.get(2).credential().statusId(), 10);
      CredentialVerifier verifier = CredentialVerifier.builder(ledger).build();
      for (HolderCredential c : issued) {
        String qr = QrPayloadCodec.encode(c.present(Fixtures.typicalDisclosure()));
        qrTexts.add(qr);
        before.add(verifier.verify(qr).verdict());
      }
    }
    assertThat(before)
        .containsExactly(Verdict.VALID, Verdict.REVOKED, Verdict.SUSPENDED, Verdict.VALID);

    Run backup = script("backup.sh", temp.resolve("backups").toString());
    assertThat(backup.exit()).as(backup.output()).isZero();
    Path dataB = temp.resolve("instance-b").resolve("data");
    Run restore = script("restore.sh", lastLine(backup.output()), dataB.toString());
    assertThat(restore.exit()).as(restore.output()).isZero();

    DataSource dbB = database(dataB);
    SigningKey adminB =
        new DirectoryKeyStore(dataB.resolve("keys"), KEY_PASSWORD)
            .load(LedgerConfiguration.ADMIN_ALIAS);
    try (CredentialLedger restored = ledger(dataB, dbB, adminB)) {
      CredentialVerifier verifier = CredentialVerifier.builder(restored).build();
      List<Verdict> after = qrTexts.stream().map(q -> verifier.verify(q).verdict()).toList();
      assertThat(after).isEqualTo(before);
    }
  }

  @Test
  void damagedArchive_isRefusedAndNothingIsRestored() throws Exception {
    Path dataA = temp.resolve("instance-a").resolve("data");
    Files.createDirectories(dataA.resolve("ledger"));
    Files.writeString(dataA.resolve("ledger").resolve("ledger.jsonl"), "{\"n\":0}\n");
    Run backup = script("backup.sh", temp.resolve("backups").toString());
    assertThat(backup.exit()).as(backup.output()).isZero();
    Path archive = Path.of(lastLine(backup.output()));

    Path unpacked = temp.resolve("unpacked");
    Files.createDirectories(unpacked);
    run("tar", "-C", unpacked.toString(), "-xzf", archive.toString());
    Files.writeString(unpacked.resolve("data/ledger/ledger.jsonl"), "{\"n\":1}\n");
    Path damaged = temp.resolve("damaged.tar.gz");
    run("tar", "-C", unpacked.toString(), "-czf", damaged.toString(), ".");

    Path dataB = temp.resolve("instance-b").resolve("data");
    Run restore = script("restore.sh", damaged.toString(), dataB.toString());
    assertThat(restore.exit()).isNotZero();
    assertThat(restore.output()).contains("is damaged").contains("ledger.jsonl");
    assertThat(dataB).doesNotExist();
  }

  private static CredentialState state(CredentialLedger ledger, AccountAddress issuer, Bytes32 id)
      throws Exception {
    CredentialStatus status = ledger.credentialStatus(issuer, id);
    return status.state();
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).inheritIO().start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
  }
}
