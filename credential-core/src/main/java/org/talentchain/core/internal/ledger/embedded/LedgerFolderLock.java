package org.talentchain.core.internal.ledger.embedded;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.talentchain.core.spi.LedgerUnavailableException;

/**
 * Exclusive ownership of a ledger folder, so that two ledgers never append to one log (each would
 * acknowledge the same block number and one write would be lost). Another process is kept out by an
 * operating-system lock on {@link #FILE}; another ledger in this JVM, which such a lock does not
 * cover, by a set of the folders this JVM holds. The lock file also names the holder's process id,
 * for {@code ops/backup/backup.sh} and for operators.
 *
 * <p>Nothing else in this JVM may open the lock file: on Linux the lock is a POSIX record lock,
 * which closing <em>any</em> descriptor of the file in this process releases.
 */
final class LedgerFolderLock implements AutoCloseable {
  /** The lock file inside the ledger folder. */
  static final String FILE = "ledger.lock";

  private static final Set<Path> HELD_IN_THIS_JVM = ConcurrentHashMap.newKeySet();

  private final Path folder;
  private final FileChannel channel;
  private final FileLock lock;

  private LedgerFolderLock(Path folder, FileChannel channel, FileLock lock) {
    this.folder = folder;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the folder, which must exist.
   *
   * @throws LedgerUnavailableException if another process or another ledger in this JVM holds it,
   *     or the lock file cannot be written
   */
  static LedgerFolderLock acquire(Path directory) throws LedgerUnavailableException {
    Path folder;
    try {
      folder = directory.toRealPath();
    } catch (IOException e) {
      throw new LedgerUnavailableException("cannot open the ledger folder " + directory, e);
    }
    if (!HELD_IN_THIS_JVM.add(folder)) {
      throw new LedgerUnavailableException(
          "ledger folder " + folder + " is in use by another ledger in this process", null);
    }
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(
              folder.resolve(FILE),
              StandardOpenOption.CREATE,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        String holder = readHolder(folder);
        throw new LedgerUnavailableException(
            "ledger folder "
                + folder
                + " is in use by another process"
                + (holder.isEmpty() ? "" : " (process " + holder + ")")
                + "; stop it before opening the ledger here",
            null);
      }
      channel.truncate(0);
      ByteBuffer pid =
          ByteBuffer.wrap(
              (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII));
      while (pid.hasRemaining()) {
        channel.write(pid, pid.position());
      }
      channel.force(false);
      return new LedgerFolderLock(folder, channel, lock);
    } catch (IOException | RuntimeException | LedgerUnavailableException e) {
      closeQuietly(channel);
      HELD_IN_THIS_JVM.remove(folder);
      if (e instanceof LedgerUnavailableException unavailable) {
        throw unavailable;
      }
      throw new LedgerUnavailableException("cannot lock the ledger folder " + folder, e);
    }
  }

  private static String readHolder(Path folder) {
    try {
      return Files.readString(folder.resolve(FILE), StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      return "";
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // Closing the channel releases any lock; nothing else to undo.
      }
    }
  }

  /** Releases the folder; the lock file stays, empty, for the next owner. */
  @Override
  public void close() {
    try {
      if (lock.isValid()) {
        channel.truncate(0);
        lock.release();
      }
    } catch (IOException ignored) {
      // Closing the channel below releases the lock anyway.
    } finally {
      closeQuietly(channel);
      HELD_IN_THIS_JVM.remove(folder);
    }
  }
}
