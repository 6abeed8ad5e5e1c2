package org.talentchain.core.spi;

import java.util.Optional;

/**
 * Keeps a local ledger's {@link LedgerCheckpoint} somewhere the ledger's own files are not: another
 * folder, or the application's database. The ledger saves a checkpoint only after a block is on
 * disk, before acknowledging it, and compares the stored checkpoint with its log when it opens.
 *
 * <p>Implementations are thread-safe. {@link #save} is durable when it returns: a checkpoint it
 * acknowledged is what the next {@link #load} returns, also after a crash.
 */
public interface LedgerCheckpointStore {
  /**
   * The last checkpoint saved, or empty if none was ever saved.
   *
   * @throws CheckpointStoreException if the store cannot be read
   */
  Optional<LedgerCheckpoint> load() throws CheckpointStoreException;

  /**
   * Replaces the stored checkpoint with {@code checkpoint}, durably.
   *
   * @throws CheckpointStoreException if it could not be stored; the previous checkpoint may remain
   */
  void save(LedgerCheckpoint checkpoint) throws CheckpointStoreException;

  /** Where the checkpoint is kept, for messages to an operator. */
  String describe();

  /** The checkpoint store could not be read or written. */
  final class CheckpointStoreException extends Exception {
    /** Creates the exception with what was tried and why it failed. */
    public CheckpointStoreException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
