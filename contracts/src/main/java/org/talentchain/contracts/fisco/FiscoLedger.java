package org.talentchain.contracts.fisco;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.fisco.bcos.sdk.v3.BcosSDK;
import org.fisco.bcos.sdk.v3.client.Client;
import org.fisco.bcos.sdk.v3.client.protocol.request.Transaction;
import org.fisco.bcos.sdk.v3.client.protocol.response.Call;
import org.fisco.bcos.sdk.v3.config.ConfigOption;
import org.fisco.bcos.sdk.v3.model.TransactionReceipt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentchain.core.api.AccountAddress;
import org.talentchain.core.api.Bytes32;
import org.talentchain.core.api.SigningKey;
import org.talentchain.core.api.Sm2PublicKey;
import org.talentchain.core.spi.AnchorRecord;
import org.talentchain.core.spi.CredentialLedger;
import org.talentchain.core.spi.CredentialStatus;
import org.talentchain.core.spi.IssuerRecord;
import org.talentchain.core.spi.IssuerStatus;
import org.talentchain.core.spi.KeyRecord;
import org.talentchain.core.spi.KeyStatus;
import org.talentchain.core.spi.LedgerException;
import org.talentchain.core.spi.LedgerInfo;
import org.talentchain.core.spi.LedgerReceipt;
import org.talentchain.core.spi.LedgerRejectedException;
import org.talentchain.core.spi.LedgerUnavailableException;

/**
 * The registry on a FISCO BCOS SM-crypto chain, through the official Java SDK 3.x. Writes are
 * transactions signed through {@link SigningKey} handles; reads are calls. Block times are FISCO
 * BCOS {@code block.timestamp} milliseconds.
 *
 * <p>A node that does not answer never hangs a caller: the client is opened on a daemon thread with
 * a bounded wait, the SDK's {@code [network] messageTimeout} must be set, and every call is bounded
 * again here; all of these become {@link LedgerUnavailableException}.
 */
public final class FiscoLedger implements CredentialLedger {
  private static final Logger log = LoggerFactory.getLogger(FiscoLedger.class);
  private static final HexFormat HEX = HexFormat.of();
  private static final ExecutorService CALLS =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "fisco-ledger-call");
            t.setDaemon(true);
            return t;
          });

  private final Client client;
  private final RegistryAbi abi;
  private final String registry;
  private final Duration callTimeout;

  FiscoLedger(Client client, RegistryAbi abi, AccountAddress registry, Duration callTimeout) {
    this.client = client;
    this.abi = abi;
    this.registry = registry.hex();
    this.callTimeout = callTimeout;
  }

  /**
   * Where the chain and the registry are.
   *
   * @param sdkConfig the SDK's {@code config.toml} (SM crypto, certificates, peers, messageTimeout)
   * @param group the group, usually {@code group0}
   * @param registry the deployed CredentialRegistry's address
   * @param connectTimeout how long to wait for the first connection
   * @param callTimeout how long to wait for any one call or transaction
   */
  public record Config(
      Path sdkConfig,
      String group,
      AccountAddress registry,
      Duration connectTimeout,
      Duration callTimeout) {}

  /**
   * Connects to the chain, off the caller's thread and within {@code connectTimeout}.
   *
   * @throws LedgerUnavailableException if the configuration is unusable or no node answers in time
   */
  public static FiscoLedger connect(Config config) throws LedgerUnavailableException {
    Client client = openClient(config.sdkConfig(), config.group(), config.connectTimeout());
    return new FiscoLedger(client, new RegistryAbi(), config.registry(), config.callTimeout());
  }

  /** Loads and checks an SDK configuration: SM crypto and a message timeout are required. */
  static ConfigOption loadConfig(Path sdkConfig) throws LedgerUnavailableException {
    if (!Files.isReadable(sdkConfig)) {
      throw new LedgerUnavailableException("FISCO BCOS SDK config not found: " + sdkConfig, null);
    }
    ConfigOption option;
    try {
      option = org.fisco.bcos.sdk.v3.config.Config.load(sdkConfig.toString());
    } catch (Exception e) {
      throw new LedgerUnavailableException(
          "FISCO BCOS SDK config " + sdkConfig + " is unusable: " + e.getMessage(), e);
    }
    if (option.getNetworkConfig().getTimeout() <= 0) {
      throw new LedgerUnavailableException(
          "set [network] messageTimeout in " + sdkConfig + ": without it a silent node hangs calls",
          null);
    }
    return option;
  }

  static Client openClient(Path sdkConfig, String group, Duration timeout)
      throws LedgerUnavailableException {
    ConfigOption option = loadConfig(sdkConfig);
    Future<Client> opening =
        CALLS.submit(
            () -> {
              BcosSDK sdk = new BcosSDK(option);
              return sdk.getClient(group);
            });
    try {
      return opening.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      opening.cancel(true);
      throw new LedgerUnavailableException(
          "no FISCO BCOS node answered within " + timeout.toSeconds() + " s (" + sdkConfig + ")",
          e);
    } catch (ExecutionException e) {
      throw new LedgerUnavailableException(
          "cannot connect to FISCO BCOS: " + e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LedgerUnavailableException("interrupted while connecting to FISCO BCOS", e);
    }
  }

  /**
   * Deploys a new CredentialRegistry whose genesis admin is {@code deployer}.
   *
   * @return the registry's address
   */
  public static AccountAddress deploy(Config config, SigningKey deployer) throws LedgerException {
    Client client = openClient(config.sdkConfig(), config.group(), config.connectTimeout());
    try {
      RegistryAbi abi = new RegistryAbi();
      FiscoLedger ledger =
          new FiscoLedger(client, abi, AccountAddress.of(new byte[20]), config.callTimeout());
      TransactionReceipt receipt = ledger.transact(deployer, "", HEX.parseHex(abi.bin), "deploy");
      return AccountAddress.fromHex(receipt.getContractAddress());
    } finally {
      client.stop();
      client.destroy();
    }
  }

  private <T> T bounded(Callable<T> call, String what) throws LedgerUnavailableException {
    Future<T> f = CALLS.submit(call);
    try {
      return f.get(callTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new LedgerUnavailableException(
          what + ": no answer within " + callTimeout.toSeconds() + " s", e);
    } catch (ExecutionException e) {
      throw new LedgerUnavailableException(
          what + " failed: " + e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LedgerUnavailableException(what + " interrupted", e);
    }
  }

  private TransactionReceipt transact(SigningKey key, String to, byte[] input, String what)
      throws LedgerException {
    TransactionReceipt receipt =
        bounded(
            () -> {
              long blockLimit = client.getBlockLimit().longValue();
              SmTransactions.Signed tx =
                  SmTransactions.sign(
                      key, client.getGroup(), client.getChainId(), to, input, "", blockLimit);
              return client.sendTransaction(tx.transactionHex(), false).getTransactionReceipt();
            },
            what);
    return checkReceipt(abi, receipt, what);
  }

  /** Turns a receipt into success, or the contract's revert reason. */
  static TransactionReceipt checkReceipt(RegistryAbi abi, TransactionReceipt receipt, String what)
      throws LedgerException {
    if (receipt == null) {
      throw new LedgerUnavailableException(what + ": no receipt", null);
    }
    if (receipt.getStatus() == 0) {
      return receipt;
    }
    String reason = abi.revertReason(receipt.getOutput());
    if (reason != null) {
      throw new LedgerRejectedException(reason);
    }
    throw new LedgerRejectedException("STATUS_" + receipt.getStatus());
  }

  private LedgerReceipt write(SigningKey key, String function, Object... args)
      throws LedgerException {
    TransactionReceipt receipt =
        transact(key, registry, abi.encode(function, List.of(args)), function);
    long block = receipt.getBlockNumber().longValue();
    return new LedgerReceipt(receipt.getTransactionHash(), block, blockTime(block));
  }

  private List<Object> read(String function, Object... args) throws LedgerUnavailableException {
    byte[] input = abi.encode(function, List.of(args));
    Call call =
        bounded(() -> client.call(new Transaction("", registry, input)), "reading " + function);
    if (call.getCallResult() == null || call.getCallResult().getStatus() != 0) {
      throw new LedgerUnavailableException("reading " + function + " failed on the node", null);
    }
    return abi.decode(function, call.getCallResult().getOutput());
  }

  private Instant blockTime(long block) throws LedgerUnavailableException {
    long millis =
        bounded(
            () ->
                client
                    .getBlockByNumber(BigInteger.valueOf(block), true, true)
                    .getBlock()
                    .getTimestamp(),
            "reading block " + block);
    return Instant.ofEpochMilli(millis);
  }

  @Override
  public LedgerInfo info() throws LedgerException {
    long height =
        bounded(
            () -> client.getBlockNumber().getBlockNumber().longValue(), "reading the block number");
    return new LedgerInfo(
        "fisco-bcos",
        client.getChainId() + "/" + client.getGroup(),
        registry,
        height,
        blockTime(height));
  }

  @Override
  public LedgerReceipt addAdmin(SigningKey admin, AccountAddress newAdmin) throws LedgerException {
    return write(admin, "addAdmin", newAdmin.hex());
  }

  @Override
  public LedgerReceipt removeAdmin(SigningKey admin, AccountAddress formerAdmin)
      throws LedgerException {
    return write(admin, "removeAdmin", formerAdmin.hex());
  }

  @Override
  public LedgerReceipt registerIssuer(
      SigningKey admin, Sm2PublicKey initialKey, Bytes32 metadataHash) throws LedgerException {
    return write(admin, "registerIssuer", initialKey.bytes(), metadataHash.bytes());
  }

  @Override
  public LedgerReceipt suspendIssuer(SigningKey admin, AccountAddress issuerId, int reasonCode)
      throws LedgerException {
    return write(admin, "suspendIssuer", issuerId.hex(), BigInteger.valueOf(reasonCode));
  }

  @Override
  public LedgerReceipt reinstateIssuer(SigningKey admin, AccountAddress issuerId)
      throws LedgerException {
    return write(admin, "reinstateIssuer", issuerId.hex());
  }

  @Override
  public LedgerReceipt rotateIssuerKey(
      SigningKey admin, AccountAddress issuerId, Sm2PublicKey newKey) throws LedgerException {
    return write(admin, "rotateIssuerKey", issuerId.hex(), newKey.bytes());
  }

  @Override
  public LedgerReceipt reportKeyCompromise(
      SigningKey admin, AccountAddress issuerId, AccountAddress key, Instant since)
      throws LedgerException {
    return write(
        admin,
        "reportKeyCompromise",
        issuerId.hex(),
        key.hex(),
        BigInteger.valueOf(since.toEpochMilli()));
  }

  @Override
  public LedgerReceipt anchorBatch(SigningKey issuerKey, Bytes32 merkleRoot, int credentialCount)
      throws LedgerException {
    return write(issuerKey, "anchorBatch", merkleRoot.bytes(), BigInteger.valueOf(credentialCount));
  }

  @Override
  public LedgerReceipt revokeCredential(SigningKey issuerKey, Bytes32 credentialId, int reasonCode)
      throws LedgerException {
    return write(
        issuerKey, "revokeCredential", credentialId.bytes(), BigInteger.valueOf(reasonCode));
  }

  @Override
  public LedgerReceipt suspendCredential(SigningKey issuerKey, Bytes32 credentialId, int reasonCode)
      throws LedgerException {
    return write(
        issuerKey, "suspendCredential", credentialId.bytes(), BigInteger.valueOf(reasonCode));
  }

  @Override
  public LedgerReceipt reinstateCredential(SigningKey issuerKey, Bytes32 credentialId)
      throws LedgerException {
    return write(issuerKey, "reinstateCredential", credentialId.bytes());
  }

  @Override
  public boolean isAdmin(AccountAddress account) throws LedgerException {
    return (Boolean) read("isAdmin", account.hex()).get(0);
  }

  @Override
  public Optional<IssuerRecord> findIssuer(AccountAddress issuerId) throws LedgerException {
    List<Object> i = read("getIssuer", issuerId.hex());
    int status = number(i.get(0)).intValue();
    if (status == 0) {
      return Optional.empty();
    }
    int keyCount = number(i.get(4)).intValue();
    List<KeyRecord> keys = new ArrayList<>();
    for (int k = 0; k < keyCount; k++) {
      List<Object> key = read("getIssuerKey", issuerId.hex(), BigInteger.valueOf(k));
      keys.add(
          new KeyRecord(
              Sm2PublicKey.of((byte[]) key.get(0)),
              KeyStatus.values()[number(key.get(1)).intValue()],
              number(key.get(2)).longValue(),
              millis(key.get(3)),
              optionalMillis(key.get(4)),
              optionalMillis(key.get(5))));
    }
    return Optional.of(
        new IssuerRecord(
            issuerId,
            IssuerStatus.values()[status],
            Bytes32.of((byte[]) i.get(1)),
            number(i.get(2)).longValue(),
            millis(i.get(3)),
            keys));
  }

  @Override
  public Optional<AnchorRecord> findAnchor(Bytes32 merkleRoot) throws LedgerException {
    List<Object> a = read("getAnchor", merkleRoot.bytes());
    AccountAddress issuer = AccountAddress.fromHex(a.get(0).toString());
    if (issuer.equals(AccountAddress.of(new byte[20]))) {
      return Optional.empty();
    }
    return Optional.of(
        new AnchorRecord(
            merkleRoot,
            issuer,
            AccountAddress.fromHex(a.get(1).toString()),
            number(a.get(2)).intValue(),
            number(a.get(3)).longValue(),
            millis(a.get(4))));
  }

  @Override
  public CredentialStatus credentialStatus(AccountAddress issuerId, Bytes32 credentialId)
      throws LedgerException {
    List<Object> s = read("getCredentialStatus", issuerId.hex(), credentialId.bytes());
    long block = number(s.get(2)).longValue();
    if (block == 0) {
      return CredentialStatus.active();
    }
    return new CredentialStatus(
        CredentialStatus.CredentialState.values()[number(s.get(0)).intValue()],
        number(s.get(1)).intValue(),
        block,
        millis(s.get(3)));
  }

  private static BigInteger number(Object value) {
    return value instanceof BigInteger b ? b : new BigInteger(value.toString());
  }

  private static Instant millis(Object value) {
    return Instant.ofEpochMilli(number(value).longValue());
  }

  private static Instant optionalMillis(Object value) {
    long v = number(value).longValue();
    return v == 0 ? null : Instant.ofEpochMilli(v);
  }

  @Override
  public void close() {
    try {
      client.stop();
      client.destroy();
    } catch (RuntimeException e) {
      log.warn("closing the FISCO BCOS client failed", e);
    }
  }
}
