package org.talentchain.core.spi;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.talentchain.core.api.Bytes32;

/**
 * A {@link LedgerCheckpointStore} in one small text file ({@code <height> <head hash hex>}),
 * replaced atomically on every save. Put it in a different folder (better: a different disk or
 * machine) than the ledger it witnesses: a checkpoint that is copied or deleted together with the
 * ledger cannot tell that the ledger was rolled back.
 */
public final class FileLedgerCheckpointStore implements LedgerCheckpointStore {
  private final Path file;

  /** A store keeping the checkpoint in {@code file}; its folder is created on the first save. */
  public FileLedgerCheckpointStore(Path file) {
    this.file = file.toAbsolutePath();
  }

  @Override
  public synchronized Optional<LedgerCheckpoint> load() throws CheckpointStoreException {
    try {
      if (!Files.exists(file)) {
        return Optional.empty();
      }
      String[] parts = Files.readString(file, StandardCharsets.US_ASCII).strip().split(" ");
      if (parts.length != 2) {
        throw new CheckpointStoreException("the checkpoint file " + file + " is malformed", null);
      }
      return Optional.of(new LedgerCheckpoint(Long.parseLong(parts[0]), Bytes32.fromHex(parts[1])));
    } catch (IOException | IllegalArgumentException e) {
      throw new CheckpointStoreException("cannot read the checkpoint file " + file, e);
    }
  }

  @Override
  public synchronized void save(LedgerCheckpoint checkpoint) throws CheckpointStoreException {
    Path tmp = file.resolveSibling(file.getFileName() + ".new");
    try {
      Files.createDirectories(file.getParent());
      byte[] line =
          (checkpoint.height() + " " + checkpoint.headHash().hex() + "\n")
              .getBytes(StandardCharsets.US_ASCII);
      try (FileChannel c =
          FileChannel.open(
              tmp,
              StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING,
              StandardOpenOption.WRITE)) {
        ByteBuffer bytes = ByteBuffer.wrap(line);
        while (bytes.hasRemaining()) {
          c.write(bytes);
        }
        c.force(true);
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new CheckpointStoreException("cannot write the checkpoint file " + file, e);
    }
  }

  @Override
  public String describe() {
    return "file " + file;
  }
}
