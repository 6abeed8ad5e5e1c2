package org.talentchain.core.internal.ledger.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.talentchain.core.api.AccountAddress;
import org.talentchain.core.api.Bytes32;
import org.talentchain.core.api.SigningKey;
import org.talentchain.core.api.Sm2PublicKey;
import org.talentchain.core.internal.encoding.Json;
import org.talentchain.core.internal.ledger.RegistryState;
import org.talentchain.core.internal.ledger.RegistryState.Tx;
import org.talentchain.core.spi.AnchorRecord;
import org.talentchain.core.spi.AuditableLedger;
import org.talentchain.core.spi.CredentialLedger;
import org.talentchain.core.spi.CredentialStatus;
import org.talentchain.core.spi.FileLedgerCheckpointStore;
import org.talentchain.core.spi.IssuerRecord;
import org.talentchain.core.spi.LedgerAuditReport;
import org.talentchain.core.spi.LedgerAuditReport.Outcome;
import org.talentchain.core.spi.LedgerCheckpoint;
import org.talentchain.core.spi.LedgerCheckpointStore;
import org.talentchain.core.spi.LedgerCheckpointStore.CheckpointStoreException;
import org.talentchain.core.spi.LedgerException;
import org.talentchain.core.spi.LedgerInfo;
import org.talentchain.core.spi.LedgerReceipt;
import org.talentchain.core.spi.LedgerRejectedException;
import org.talentchain.core.spi.LedgerUnavailableException;

/**
 * A single-node, append-only, tamper-evident ledger in one file, applying exactly the registry
 * contract's rules. <b>It is not a blockchain</b>: one machine holds it and can rewrite it; what it
 * guarantees is that any edit or removal of a past entry is detected by {@link #audit()}. Meant for
 * development, pilots and demos; production uses the FISCO BCOS ledger.
 *
 * <p>Every entry is signed by its submitter's SM2 key and chained to the previous one by SM3. A
 * write is acknowledged (a {@link LedgerReceipt} returned) only after the entry is on disk ({@code
 * fsync}) and a {@link LedgerCheckpoint} of the new height and head hash is saved in a {@link
 * LedgerCheckpointStore} outside the log; a record torn by a crash mid-write was never acknowledged
 * and is cut off on the next open. Opening compares the log with the checkpoint, so blocks removed
 * from the end, or an older copy of the log put back, are detected across restarts. Any damage
 * makes the ledger refuse to serve with {@link LedgerUnavailableException}, carrying the {@link
 * LedgerAuditReport}.
 *
 * <p>The ledger holds its folder exclusively ({@value LedgerFolderLock#FILE}) from open to close: a
 * second ledger on the same folder, in this process or another, is refused. Thread-safe: one writer
 * at a time, readers in parallel.
 */
public final class EmbeddedLedger implements CredentialLedger, AuditableLedger {
  // The JDK's logger: the library needs no logging framework (an application's bridges it).
  private static final System.Logger log = System.getLogger(EmbeddedLedger.class.getName());
  private static final System.Logger.Level WARNING = System.Logger.Level.WARNING;

  /** File holding the chain, one JSON entry per line. */
  public static final String FILE = "ledger.jsonl";

  /**
   * The default checkpoint file, beside the log: it detects blocks removed from the log, not a
   * whole folder put back from an older copy. Give a store elsewhere to detect that too.
   */
  public static final String CHECKPOINT_FILE = "ledger.checkpoint";

  private final Path file;
  private final Clock clock;
  private final LedgerFolderLock folderLock;
  private final LedgerCheckpointStore checkpoints;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final String ledgerId;
  private final Bytes32 genesisHash;
  private RegistryState state;
  private FileChannel channel;
  private long height;
  private Bytes32 head;
  private Instant headTime;
  private String broken;

  private EmbeddedLedger(
      Path file,
      Clock clock,
      List<LedgerEntry> entries,
      FileChannel channel,
      LedgerFolderLock folderLock,
      LedgerCheckpointStore checkpoints) {
    this.file = file;
    this.clock = clock;
    this.channel = channel;
    this.folderLock = folderLock;
    this.checkpoints = checkpoints;
    LedgerEntry genesis = entries.get(0);
    this.ledgerId = genesis.args().path("ledgerId").asText();
    this.genesisHash = genesis.hash();
    this.state = new RegistryState(AccountAddress.fromHex(genesis.args().path("admin").asText()));
    for (LedgerEntry e : entries.subList(1, entries.size())) {
      try {
        apply(state, e);
      } catch (LedgerRejectedException ex) {
        throw new IllegalStateException(
            "block " + e.number() + " breaks the rules: " + ex.reason());
      }
    }
    LedgerEntry last = entries.get(entries.size() - 1);
    this.height = last.number();
    this.head = last.hash();
    this.headTime = last.time();
  }

  /**
   * Opens the ledger in {@code directory}, creating it with {@code genesisAdmin} as the first
   * consortium admin if it does not exist yet, with its checkpoint in {@value #CHECKPOINT_FILE}
   * beside the log.
   *
   * @throws LedgerUnavailableException if the folder is in use, or the file exists but fails its
   *     audit, or cannot be read
   */
  public static EmbeddedLedger openOrCreate(Path directory, SigningKey genesisAdmin, Clock clock)
      throws LedgerUnavailableException {
    return openOrCreate(directory, genesisAdmin, clock, besideTheLog(directory));
  }

  /**
   * Opens the ledger in {@code directory}, creating it with {@code genesisAdmin} as the first
   * consortium admin if it does not exist yet and {@code checkpoints} holds no checkpoint.
   *
   * @throws LedgerUnavailableException if the folder is in use by another ledger; if the log fails
   *     its audit or does not reach the checkpoint (also when the log is missing but a checkpoint
   *     exists: a new ledger is then not created); if the log or the checkpoint cannot be read
   */
  public static EmbeddedLedger openOrCreate(
      Path directory, SigningKey genesisAdmin, Clock clock, LedgerCheckpointStore checkpoints)
      throws LedgerUnavailableException {
    Path file = directory.resolve(FILE);
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new LedgerUnavailableException("cannot create the embedded ledger in " + directory, e);
    }
    LedgerFolderLock folderLock = LedgerFolderLock.acquire(directory);
    try {
      if (!Files.exists(file) || Files.size(file) == 0) {
        Optional<LedgerCheckpoint> checkpoint = loadCheckpoint(checkpoints);
        if (checkpoint.isPresent()) {
          long lost = checkpoint.get().height();
          throw refused(
              file,
              new LedgerAuditReport(
                  Outcome.TRUNCATED,
                  0,
                  0,
                  "the log is missing or empty, but the checkpoint ("
                      + checkpoints.describe()
                      + ") recorded block "
                      + lost
                      + " as acknowledged: blocks 0 to "
                      + lost
                      + " are lost (no new ledger was created)"));
        }
        createGenesis(directory, genesisAdmin, clock);
      }
    } catch (IOException e) {
      folderLock.close();
      throw new LedgerUnavailableException("cannot create the embedded ledger in " + directory, e);
    } catch (LedgerUnavailableException | RuntimeException e) {
      folderLock.close();
      throw e;
    }
    return openLocked(directory, clock, checkpoints, folderLock);
  }

  private static void createGenesis(Path directory, SigningKey genesisAdmin, Clock clock)
      throws IOException {
    ObjectNode args = Json.MAPPER.createObjectNode();
    args.put("ledgerId", UUID.randomUUID().toString());
    args.put("admin", genesisAdmin.publicKey().address().hex());
    args.put("note", "single-node embedded ledger, not a blockchain");
    LedgerEntry genesis =
        LedgerEntry.create(
            0,
            LedgerEntry.NO_PREVIOUS,
            clock.instant().truncatedTo(ChronoUnit.MILLIS),
            "genesis",
            args,
            genesisAdmin);
    Path tmp = directory.resolve(FILE + ".new");
    try (FileChannel c =
        FileChannel.open(
            tmp,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      c.write(ByteBuffer.wrap((genesis.line() + "\n").getBytes(StandardCharsets.UTF_8)));
      c.force(true);
    }
    Files.move(tmp, directory.resolve(FILE), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Opens an existing ledger with its checkpoint in {@value #CHECKPOINT_FILE} beside the log.
   *
   * @throws LedgerUnavailableException as {@link #open(Path, Clock, LedgerCheckpointStore)}
   */
  public static EmbeddedLedger open(Path directory, Clock clock) throws LedgerUnavailableException {
    return open(directory, clock, besideTheLog(directory));
  }

  /**
   * Opens an existing ledger: takes its folder, reads and audits every entry, compares the log with
   * the checkpoint in {@code checkpoints}, and only then cuts off a torn last record (which was
   * never acknowledged) and brings the checkpoint up to the log's head.
   *
   * @throws LedgerUnavailableException if there is no ledger; if the folder is in use by another
   *     ledger; if the log fails its audit, ends before the checkpoint's height, or holds another
   *     block at that height (then {@link LedgerUnavailableException#audit()} says which); if the
   *     log or the checkpoint cannot be read or the checkpoint cannot be saved
   */
  public static EmbeddedLedger open(Path directory, Clock clock, LedgerCheckpointStore checkpoints)
      throws LedgerUnavailableException {
    if (!Files.isDirectory(directory)) {
      throw new LedgerUnavailableException("there is no embedded ledger in " + directory, null);
    }
    return openLocked(directory, clock, checkpoints, LedgerFolderLock.acquire(directory));
  }

  private static FileLedgerCheckpointStore besideTheLog(Path directory) {
    return new FileLedgerCheckpointStore(directory.resolve(CHECKPOINT_FILE));
  }

  private static EmbeddedLedger openLocked(
      Path directory, Clock clock, LedgerCheckpointStore checkpoints, LedgerFolderLock folderLock)
      throws LedgerUnavailableException {
    Path file = directory.resolve(FILE);
    FileChannel channel = null;
    try {
      Optional<LedgerCheckpoint> checkpoint = loadCheckpoint(checkpoints);
      channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
      byte[] content = Files.readAllBytes(file);
      int complete = lastNewline(content) + 1;
      String text = new String(content, 0, complete, StandardCharsets.UTF_8);
      LedgerAuditReport audit = auditText(text);
      if (!audit.intact()) {
        throw refused(file, audit);
      }
      List<LedgerEntry> entries = parseAll(text);
      LedgerAuditReport reachesCheckpoint =
          compareWithCheckpoint(entries, checkpoint, checkpoints.describe());
      if (!reachesCheckpoint.intact()) {
        throw refused(file, reachesCheckpoint);
      }
      // Cut a torn record only now: had it been acknowledged, the checkpoint would have said so.
      if (complete < content.length) {
        log.log(
            WARNING,
            "Embedded ledger {0}: cutting off a torn last record of {1} bytes (never"
                + " acknowledged)",
            file,
            content.length - complete);
        channel.truncate(complete);
        channel.force(true);
      }
      channel.position(complete);
      EmbeddedLedger ledger =
          new EmbeddedLedger(file, clock, entries, channel, folderLock, checkpoints);
      LedgerCheckpoint head = new LedgerCheckpoint(ledger.height, ledger.head);
      if (checkpoint.isEmpty() || !checkpoint.get().equals(head)) {
        checkpoints.save(head);
      }
      log.log(
          WARNING,
          "Embedded ledger opened at {0} (height {1}, checkpoint in {2}): a single-node ledger for"
              + " development, pilots and demos. It is NOT a blockchain; use the FISCO BCOS ledger"
              + " in production.",
          file,
          ledger.height,
          checkpoints.describe());
      return ledger;
    } catch (IOException | CheckpointStoreException | RuntimeException e) {
      closeAfterFailedOpen(channel, folderLock);
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new LedgerUnavailableException(
          "cannot open the embedded ledger " + file + ": " + e.getMessage(), e);
    } catch (LedgerUnavailableException e) {
      closeAfterFailedOpen(channel, folderLock);
      throw e;
    }
  }

  private static void closeAfterFailedOpen(FileChannel channel, LedgerFolderLock folderLock) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        log.log(WARNING, "closing the embedded ledger after a failed open failed", e);
      }
    }
    folderLock.close();
  }

  private static LedgerUnavailableException refused(Path file, LedgerAuditReport audit) {
    String what =
        audit.outcome() == Outcome.DAMAGED
            ? " failed its audit at block " + audit.firstBadBlock()
            : " refuses to open";
    return LedgerUnavailableException.auditFailed(
        "embedded ledger " + file + what + ": " + audit.problem(), audit);
  }

  private static Optional<LedgerCheckpoint> loadCheckpoint(LedgerCheckpointStore checkpoints)
      throws LedgerUnavailableException {
    try {
      return checkpoints.load();
    } catch (CheckpointStoreException e) {
      throw new LedgerUnavailableException(
          "cannot read the embedded ledger's checkpoint (" + checkpoints.describe() + ")", e);
    }
  }

  /**
   * Whether {@code entries} reach the checkpoint: the log must hold the checkpoint's block, with
   * the checkpoint's hash. A log beyond the checkpoint is fine (a crash between the write and the
   * checkpoint), a log short of it lost acknowledged blocks.
   */
  static LedgerAuditReport compareWithCheckpoint(
      List<LedgerEntry> entries, Optional<LedgerCheckpoint> checkpoint, String where) {
    long height = entries.size() - 1L;
    if (checkpoint.isEmpty()) {
      return LedgerAuditReport.intact(entries.size());
    }
    long expected = checkpoint.get().height();
    if (height < expected) {
      return new LedgerAuditReport(
          Outcome.TRUNCATED,
          entries.size(),
          height + 1,
          "blocks "
              + (height + 1)
              + " to "
              + expected
              + " are missing: the log ends at block "
              + height
              + " but the checkpoint ("
              + where
              + ") recorded block "
              + expected
              + " as acknowledged (removed from the end, or an older copy put back)");
    }
    if (!entries.get((int) expected).hash().equals(checkpoint.get().headHash())) {
      return new LedgerAuditReport(
          Outcome.CHECKPOINT_MISMATCH,
          entries.size(),
          expected,
          "block "
              + expected
              + " is not the block the checkpoint ("
              + where
              + ") recorded: the log was replaced or rolled back and rewritten, blocks up to "
              + expected
              + " cannot be trusted");
    }
    return LedgerAuditReport.intact(entries.size());
  }

  /**
   * Re-reads the file from disk and checks every entry, signature and hash link, that no block this
   * ledger acknowledged is missing, and that the log still reaches its checkpoint.
   */
  @Override
  public LedgerAuditReport audit() {
    lock.readLock().lock();
    try {
      byte[] content = Files.readAllBytes(file);
      int complete = lastNewline(content) + 1;
      String text = new String(content, 0, complete, StandardCharsets.UTF_8);
      LedgerAuditReport report = auditText(text);
      if (!report.intact()) {
        return report;
      }
      if (report.blocksChecked() < height + 1) {
        return new LedgerAuditReport(
            Outcome.TRUNCATED,
            report.blocksChecked(),
            report.blocksChecked(),
            "entries were removed from the end: blocks "
                + report.blocksChecked()
                + " to "
                + height
                + " are missing");
      }
      Optional<LedgerCheckpoint> checkpoint;
      try {
        checkpoint = checkpoints.load();
      } catch (CheckpointStoreException e) {
        return new LedgerAuditReport(
            Outcome.CHECKPOINT_MISMATCH,
            report.blocksChecked(),
            0,
            "cannot read the checkpoint (" + checkpoints.describe() + "): " + e.getMessage());
      }
      return compareWithCheckpoint(parseAll(text), checkpoint, checkpoints.describe());
    } catch (IOException e) {
      return new LedgerAuditReport(
          Outcome.DAMAGED, 0, 0, "cannot read the ledger file: " + e.getMessage());
    } finally {
      lock.readLock().unlock();
    }
  }

  static LedgerAuditReport auditText(String text) {
    String[] lines = text.isEmpty() ? new String[0] : text.split("\n", -1);
    int count = text.isEmpty() ? 0 : lines.length - 1;
    if (count == 0) {
      return new LedgerAuditReport(Outcome.DAMAGED, 0, 0, "the ledger has no genesis block");
    }
    Bytes32 previous = LedgerEntry.NO_PREVIOUS;
    Instant previousTime = Instant.EPOCH;
    RegistryState replay = null;
    for (int i = 0; i < count; i++) {
      LedgerEntry e;
      try {
        e = LedgerEntry.parse(lines[i]);
      } catch (IllegalArgumentException ex) {
        return new LedgerAuditReport(Outcome.DAMAGED, i, i, "unreadable entry: " + ex.getMessage());
      }
      if (e.number() != i) {
        return new LedgerAuditReport(
            Outcome.DAMAGED,
            i,
            i,
            "block number "
                + e.number()
                + " where "
                + i
                + " was expected (an entry was removed or inserted)");
      }
      if (!e.previous().equals(previous)) {
        return new LedgerAuditReport(
            Outcome.DAMAGED,
            i,
            i,
            "does not link to the previous block's hash (an earlier entry was edited or removed)");
      }
      if (!e.signatureValid()) {
        return new LedgerAuditReport(
            Outcome.DAMAGED,
            i,
            i,
            "the submitter's signature does not match (the entry was edited)");
      }
      if (e.time().isBefore(previousTime)) {
        return new LedgerAuditReport(Outcome.DAMAGED, i, i, "block time goes backwards");
      }
      if (i == 0) {
        if (!"genesis".equals(e.op())
            || !e.senderAddress().hex().equals(e.args().path("admin").asText())) {
          return new LedgerAuditReport(
              Outcome.DAMAGED, 0, 0, "the first block is not a genesis block signed by its admin");
        }
        replay = new RegistryState(e.senderAddress());
      } else {
        try {
          apply(replay, e);
        } catch (LedgerRejectedException ex) {
          return new LedgerAuditReport(
              Outcome.DAMAGED, i, i, "the operation breaks the registry rules: " + ex.reason());
        } catch (RuntimeException ex) {
          return new LedgerAuditReport(
              Outcome.DAMAGED, i, i, "malformed operation: " + ex.getMessage());
        }
      }
      previous = e.hash();
      previousTime = e.time();
    }
    return LedgerAuditReport.intact(count);
  }

  private static List<LedgerEntry> parseAll(String text) {
    List<LedgerEntry> entries = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isEmpty()) {
        entries.add(LedgerEntry.parse(line));
      }
    }
    return entries;
  }

  private static int lastNewline(byte[] content) {
    for (int i = content.length - 1; i >= 0; i--) {
      if (content[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  static void apply(RegistryState state, LedgerEntry e) throws LedgerRejectedException {
    Tx tx = new Tx(e.senderAddress(), e.number(), e.time());
    JsonNode a = e.args();
    switch (e.op()) {
      case "addAdmin" -> state.addAdmin(tx, AccountAddress.fromHex(a.path("admin").asText()));
      case "removeAdmin" -> state.removeAdmin(tx, AccountAddress.fromHex(a.path("admin").asText()));
      case "registerIssuer" ->
          state.registerIssuer(
              tx,
              HexFormat.of().parseHex(a.path("publicKey").asText()),
              Bytes32.fromHex(a.path("metadataHash").asText()));
      case "suspendIssuer" ->
          state.suspendIssuer(
              tx, AccountAddress.fromHex(a.path("issuer").asText()), a.path("reason").asInt());
      case "reinstateIssuer" ->
          state.reinstateIssuer(tx, AccountAddress.fromHex(a.path("issuer").asText()));
      case "rotateIssuerKey" ->
          state.rotateIssuerKey(
              tx,
              AccountAddress.fromHex(a.path("issuer").asText()),
              HexFormat.of().parseHex(a.path("publicKey").asText()));
      case "reportKeyCompromise" ->
          state.reportKeyCompromise(
              tx,
              AccountAddress.fromHex(a.path("issuer").asText()),
              AccountAddress.fromHex(a.path("key").asText()),
              Instant.ofEpochMilli(a.path("since").asLong()));
      case "anchorBatch" ->
          state.anchorBatch(tx, Bytes32.fromHex(a.path("root").asText()), a.path("count").asInt());
      case "revokeCredential" ->
          state.revokeCredential(
              tx, Bytes32.fromHex(a.path("id").asText()), a.path("reason").asInt());
      case "suspendCredential" ->
          state.suspendCredential(
              tx, Bytes32.fromHex(a.path("id").asText()), a.path("reason").asInt());
      case "reinstateCredential" ->
          state.reinstateCredential(tx, Bytes32.fromHex(a.path("id").asText()));
      default -> throw new IllegalArgumentException("unknown operation " + e.op());
    }
  }

  private LedgerReceipt submit(SigningKey sender, String op, ObjectNode args)
      throws LedgerException {
    lock.writeLock().lock();
    try {
      requireServing();
      Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
      Instant time = now.isBefore(headTime) ? headTime : now;
      LedgerEntry entry = LedgerEntry.create(height + 1, head, time, op, args, sender);
      apply(state, entry);
      try {
        ByteBuffer bytes = ByteBuffer.wrap((entry.line() + "\n").getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
        channel.force(true);
      } catch (IOException e) {
        broken = "a write failed (" + e.getMessage() + "); reopen the ledger";
        throw new LedgerUnavailableException("embedded ledger write failed", e);
      }
      height = entry.number();
      head = entry.hash();
      headTime = entry.time();
      try {
        checkpoints.save(new LedgerCheckpoint(height, head));
      } catch (CheckpointStoreException e) {
        // The block is on disk but its witness is not: do not acknowledge it. Keep serving (the
        // log is sound; a lagging checkpoint is only a weaker witness), the next save catches up.
        log.log(
            System.Logger.Level.ERROR,
            "Embedded ledger: block " + height + " written, its checkpoint not saved",
            e);
        throw new LedgerUnavailableException(
            "embedded ledger block "
                + height
                + " was written but its checkpoint ("
                + checkpoints.describe()
                + ") could not be saved: the outcome is unknown to the caller",
            e);
      }
      return new LedgerReceipt("0x" + head.hex(), height, time);
    } finally {
      lock.writeLock().unlock();
    }
  }

  private void requireServing() throws LedgerUnavailableException {
    if (broken != null) {
      throw new LedgerUnavailableException("embedded ledger unavailable: " + broken, null);
    }
    if (channel == null || !channel.isOpen()) {
      throw new LedgerUnavailableException("embedded ledger is closed", null);
    }
  }

  private <T> T read(java.util.function.Supplier<T> query) throws LedgerUnavailableException {
    lock.readLock().lock();
    try {
      requireServing();
      return query.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public LedgerInfo info() throws LedgerException {
    return read(
        () ->
            new LedgerInfo(
                "embedded", "embedded:" + ledgerId, "0x" + genesisHash.hex(), height, headTime));
  }

  @Override
  public LedgerReceipt addAdmin(SigningKey admin, AccountAddress newAdmin) throws LedgerException {
    ObjectNode a = Json.MAPPER.createObjectNode().put("admin", newAdmin.hex());
    return submit(admin, "addAdmin", a);
  }

  @Override
  public LedgerReceipt removeAdmin(SigningKey admin, AccountAddress formerAdmin)
      throws LedgerException {
    ObjectNode a = Json.MAPPER.createObjectNode().put("admin", formerAdmin.hex());
    return submit(admin, "removeAdmin", a);
  }

  @Override
  public LedgerReceipt registerIssuer(
      SigningKey admin, Sm2PublicKey initialKey, Bytes32 metadataHash) throws LedgerException {
    ObjectNode a =
        Json.MAPPER
            .createObjectNode()
            .put("publicKey", initialKey.hex())
            .put("metadataHash", metadataHash.hex());
    return submit(admin, "registerIssuer", a);
  }

  @Override
  public LedgerReceipt suspendIssuer(SigningKey admin, AccountAddress issuerId, int reasonCode)
      throws LedgerException {
    ObjectNode a =
        Json.MAPPER.createObjectNode().put("issuer", issuerId.hex()).put("reason", reasonCode);
    return submit(admin, "suspendIssuer", a);
  }

  @Override
  public LedgerReceipt reinstateIssuer(SigningKey admin, AccountAddress issuerId)
      throws LedgerException {
    return submit(
        admin, "reinstateIssuer", Json.MAPPER.createObjectNode().put("issuer", issuerId.hex()));
  }

  @Override
  public LedgerReceipt rotateIssuerKey(
      SigningKey admin, AccountAddress issuerId, Sm2PublicKey newKey) throws LedgerException {
    ObjectNode a =
        Json.MAPPER.createObjectNode().put("issuer", issuerId.hex()).put("publicKey", newKey.hex());
    return submit(admin, "rotateIssuerKey", a);
  }

  @Override
  public LedgerReceipt reportKeyCompromise(
      SigningKey admin, AccountAddress issuerId, AccountAddress key, Instant since)
      throws LedgerException {
    ObjectNode a =
        Json.MAPPER
            .createObjectNode()
            .put("issuer", issuerId.hex())
            .put("key", key.hex())
            .put("since", since.toEpochMilli());
    return submit(admin, "reportKeyCompromise", a);
  }

  @Override
  public LedgerReceipt anchorBatch(SigningKey issuerKey, Bytes32 merkleRoot, int credentialCount)
      throws LedgerException {
    ObjectNode a =
        Json.MAPPER.createObjectNode().put("root", merkleRoot.hex()).put("count", credentialCount);
    return submit(issuerKey, "anchorBatch", a);
  }

  @Override
  public LedgerReceipt revokeCredential(SigningKey issuerKey, Bytes32 credentialId, int reasonCode)
      throws LedgerException {
    ObjectNode a =
        Json.MAPPER.createObjectNode().put("id", credentialId.hex()).put("reason", reasonCode);
    return submit(issuerKey, "revokeCredential", a);
  }

  @Override
  public LedgerReceipt suspendCredential(SigningKey issuerKey, Bytes32 credentialId, int reasonCode)
      throws LedgerException {
    ObjectNode a =
        Json.MAPPER.createObjectNode().put("id", credentialId.hex()).put("reason", reasonCode);
    return submit(issuerKey, "suspendCredential", a);
  }

  @Override
  public LedgerReceipt reinstateCredential(SigningKey issuerKey, Bytes32 credentialId)
      throws LedgerException {
    return submit(
        issuerKey,
        "reinstateCredential",
        Json.MAPPER.createObjectNode().put("id", credentialId.hex()));
  }

  @Override
  public boolean isAdmin(AccountAddress account) throws LedgerException {
    return read(() -> state.isAdmin(account));
  }

  @Override
  public Optional<IssuerRecord> findIssuer(AccountAddress issuerId) throws LedgerException {
    return read(() -> state.issuer(issuerId));
  }

  @Override
  public Optional<AnchorRecord> findAnchor(Bytes32 merkleRoot) throws LedgerException {
    return read(() -> state.anchor(merkleRoot));
  }

  @Override
  public CredentialStatus credentialStatus(AccountAddress issuerId, Bytes32 credentialId)
      throws LedgerException {
    return read(() -> state.status(issuerId, credentialId));
  }

  /** The ledger file. */
  public Path file() {
    return file;
  }

  @Override
  public void close() {
    lock.writeLock().lock();
    try {
      if (channel != null) {
        channel.close();
        folderLock.close();
      }
    } catch (IOException e) {
      log.log(WARNING, "closing the embedded ledger failed", e);
      folderLock.close();
    } finally {
      channel = null;
      lock.writeLock().unlock();
    }
  }
}
