package org.talentchain.contracts.fisco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.fisco.bcos.sdk.jni.utilities.tx.TransactionStructBuilderJniObj;
import org.fisco.bcos.sdk.v3.crypto.CryptoSuite;
import org.fisco.bcos.sdk.v3.crypto.keypair.CryptoKeyPair;
import org.fisco.bcos.sdk.v3.model.CryptoType;
import org.fisco.bcos.sdk.v3.model.TransactionReceipt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentchain.core.api.AccountAddress;
import org.talentchain.core.api.Bytes32;
import org.talentchain.core.api.SigningKey;
import org.talentchain.core.api.Sm2Keys;
import org.talentchain.core.api.Sm2PublicKey;
import org.talentchain.core.spi.LedgerRejectedException;
import org.talentchain.core.spi.LedgerUnavailableException;

/**
 * Everything up to the network send, against the official SDK, with no node: SM address derivation,
 * signatures, ABI encoding, signed transactions, receipts, events, configuration, and nodes that
 * refuse or never answer.
 */
class FiscoLedgerOfflineTest {
  private static final HexFormat HEX = HexFormat.of();
  private final CryptoSuite sm = new CryptoSuite(CryptoType.SM_TYPE);
  private final RegistryAbi abi = new RegistryAbi();
  @TempDir Path dir;

  @Test
  void address_ofSdkGeneratedKeys_matchesOurSm2PublicKeyAddress() {
    for (int i = 0; i < 20; i++) {
      CryptoKeyPair pair = sm.generateRandomKeyPair();
      Sm2PublicKey ours = Sm2PublicKey.fromHex(pair.getHexPublicKey());
      assertThat(ours.address().hex()).isEqualTo(pair.getAddress().toLowerCase());
    }
  }

  @Test
  void signature_ofOurHandle_verifiesWithTheSdk_andTheSdksWithOurs() {
    SigningKey key = Sm2Keys.generate();
    String hash = HEX.formatHex(sm.hash("transaction".getBytes(StandardCharsets.UTF_8)));
    byte[] ours = key.sign(HEX.parseHex(hash));
    assertThat(sm.verify(key.publicKey().hex(), hash, HEX.formatHex(ours))).isTrue();

    CryptoKeyPair pair = sm.generateRandomKeyPair();
    String theirs = sm.sign(hash, pair).convertToString();
    assertThat(
            Sm2Keys.verify(
                Sm2PublicKey.fromHex(pair.getHexPublicKey()),
                HEX.parseHex(hash),
                HEX.parseHex(theirs.substring(0, 128))))
        .isTrue();
  }

  @Test
  void encode_anchorBatch_startsWithTheSm3SelectorAndRoundTrips() throws Exception {
    Bytes32 root = Bytes32.sm3(new byte[] {1, 2, 3});
    byte[] input = abi.encode("anchorBatch", List.of(root.bytes(), BigInteger.valueOf(5000)));

    assertThat(HEX.formatHex(input, 0, 4)).isEqualTo(abi.selector("anchorBatch(bytes32,uint32)"));
    assertThat(abi.selector("anchorBatch(bytes32,uint32)"))
        .isNotEqualTo(
            HEX.formatHex(
                new CryptoSuite(CryptoType.ECDSA_TYPE)
                    .hash("anchorBatch(bytes32,uint32)".getBytes(StandardCharsets.UTF_8)),
                0,
                4));
    assertThat(HEX.formatHex(input, 4, 36)).isEqualTo(root.hex());
    assertThat(new BigInteger(HEX.formatHex(input, 36, 68), 16))
        .isEqualTo(BigInteger.valueOf(5000));
  }

  @Test
  void signedTransaction_decodesBack_withOurSignatureOverItsHash() throws Exception {
    SigningKey key = Sm2Keys.generate();
    AccountAddress registry = Sm2Keys.generate().publicKey().address();
    byte[] input =
        abi.encode(
            "revokeCredential",
            List.of(Bytes32.sm3(new byte[] {9}).bytes(), BigInteger.valueOf(3)));

    SmTransactions.Signed tx =
        SmTransactions.sign(key, "group0", "chain0", registry.hex(), input, "", 600);
    var decoded = TransactionStructBuilderJniObj.decodeTransactionStruct(tx.transactionHex());

    assertThat(decoded.getTransactionData().getInput()).isEqualTo(input);
    assertThat(decoded.getTransactionData().getTo().toLowerCase())
        .contains(registry.hex().substring(2));
    assertThat(decoded.getTransactionData().getBlockLimit()).isEqualTo(600);
    byte[] signature = decoded.getSignature();
    assertThat(HEX.formatHex(signature, 64, 128)).isEqualTo(key.publicKey().hex());
    assertThat(HEX.formatHex(decoded.getDataHash())).isEqualTo(tx.hash());
    assertThat(sm.verify(key.publicKey().hex(), tx.hash(), HEX.formatHex(signature, 0, 64)))
        .isTrue();
  }

  static String errorOutput(String reason) {
    byte[] text = reason.getBytes(StandardCharsets.UTF_8);
    String len = String.format("%064x", text.length);
    StringBuilder data = new StringBuilder(HEX.formatHex(text));
    while (data.length() % 64 != 0) {
      data.append('0');
    }
    return "0x08c379a0" + String.format("%064x", 32) + len + data;
  }

  @Test
  void receipt_withRevert_becomesTheContractsReason() {
    TransactionReceipt reverted = new TransactionReceipt();
    reverted.setStatus(16);
    reverted.setOutput(errorOutput("NOT_ADMIN"));
    assertThatThrownBy(() -> FiscoLedger.checkReceipt(abi, reverted, "registerIssuer"))
        .isInstanceOf(LedgerRejectedException.class)
        .satisfies(e -> assertThat(((LedgerRejectedException) e).reason()).isEqualTo("NOT_ADMIN"));

    TransactionReceipt ok = new TransactionReceipt();
    ok.setStatus(0);
    ok.setOutput("0x");
    org.assertj.core.api.Assertions.assertThatCode(() -> FiscoLedger.checkReceipt(abi, ok, "x"))
        .doesNotThrowAnyException();
  }

  @Test
  void receipt_batchAnchoredEvent_decodesToItsFields() throws Exception {
    Bytes32 root = Bytes32.sm3(new byte[] {4});
    AccountAddress issuer = Sm2Keys.generate().publicKey().address();
    String topic0 =
        "0x"
            + sm.hash(
                HEX.formatHex(
                    "BatchAnchored(bytes32,address,address,uint32)"
                        .getBytes(StandardCharsets.UTF_8)));
    List<String> topics =
        List.of(topic0, "0x" + root.hex(), "0x" + "0".repeat(24) + issuer.hex().substring(2));
    String data = "0x" + "0".repeat(24) + issuer.hex().substring(2) + String.format("%064x", 250);

    List<Object> fields =
        new org.fisco.bcos.sdk.v3.codec.ContractCodec(sm, false)
            .decodeEvent(
                abi.abi, "BatchAnchored", new org.fisco.bcos.sdk.v3.model.EventLog(data, topics));

    String decoded = fields.toString().toLowerCase();
    assertThat(decoded).contains(issuer.hex().substring(2)).contains("250");
  }

  private Path config(String peers, boolean withTimeout) throws Exception {
    Path conf = dir.resolve("config.toml");
    Files.writeString(
        conf,
        "[cryptoMaterial]\n"
            + "certPath = \""
            + dir.resolve("conf")
            + "\"\n"
            + "useSMCrypto = \"true\"\n"
            + "disableSsl = \"true\"\n\n"
            + "[network]\n"
            + (withTimeout ? "messageTimeout = \"2000\"\n" : "")
            + "defaultGroup = \"group0\"\n"
            + "peers = ["
            + peers
            + "]\n\n"
            + "[account]\n"
            + "keyStoreDir = \""
            + dir.resolve("account")
            + "\"\n"
            + "accountFileFormat = \"pem\"\n\n"
            + "[threadPool]\n"
            + "threadPoolSize = \"2\"\n");
    return conf;
  }

  private FiscoLedger.Config ledgerConfig(Path conf) {
    return new FiscoLedger.Config(
        conf,
        "group0",
        AccountAddress.of(new byte[20]),
        Duration.ofSeconds(4),
        Duration.ofSeconds(4));
  }

  @Test
  void connect_missingConfig_isUnavailableWithTheReason() {
    assertThatThrownBy(() -> FiscoLedger.connect(ledgerConfig(dir.resolve("nope.toml"))))
        .isInstanceOf(LedgerUnavailableException.class)
        .hasMessageContaining("not found");
  }

  @Test
  void connect_configWithoutMessageTimeout_isRefused() throws Exception {
    Path conf = config("\"127.0.0.1:1\"", false);
    assertThatThrownBy(() -> FiscoLedger.loadConfig(conf))
        .isInstanceOf(LedgerUnavailableException.class)
        .hasMessageContaining("messageTimeout");
  }

  @Test
  void connect_closedPort_isUnavailableWithinTheBound() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path conf = config("\"127.0.0.1:" + port + "\"", true);
    long start = System.nanoTime();
    assertThatThrownBy(() -> FiscoLedger.connect(ledgerConfig(conf)))
        .isInstanceOf(LedgerUnavailableException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void connect_silentNode_isUnavailableInsteadOfHanging() throws Exception {
    try (ServerSocket silent = new ServerSocket(0)) {
      List<Socket> accepted = new ArrayList<>();
      Thread acceptor =
          new Thread(
              () -> {
                try {
                  while (true) {
                    accepted.add(silent.accept());
                  }
                } catch (Exception e) {
                  // closed
                }
              });
      acceptor.setDaemon(true);
      acceptor.start();
      Path conf = config("\"127.0.0.1:" + silent.getLocalPort() + "\"", true);
      long start = System.nanoTime();
      assertThatThrownBy(() -> FiscoLedger.connect(ledgerConfig(conf)))
          .isInstanceOf(LedgerUnavailableException.class);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }
  }
}
