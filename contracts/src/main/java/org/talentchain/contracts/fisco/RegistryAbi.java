package org.talentchain.contracts.fisco;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fisco.bcos.sdk.v3.codec.ContractCodec;
import org.fisco.bcos.sdk.v3.codec.ContractCodecException;
import org.fisco.bcos.sdk.v3.crypto.CryptoSuite;
import org.fisco.bcos.sdk.v3.model.CryptoType;
import org.fisco.bcos.sdk.v3.transaction.codec.decode.TransactionDecoderService;

/**
 * The CredentialRegistry contract's SM-crypto ABI and bytecode (from the {@code contracts} jar) and
 * the official SDK's codec for them: SM3 selectors, ABI encoding of calls, decoding of outputs and
 * of {@code Error(string)} reverts. Thread-safe.
 */
final class RegistryAbi {
  private static final String BASE = "/org/talentchain/contracts/";
  final String abi;
  final String bin;
  final CryptoSuite suite;
  private final ContractCodec codec;
  private final TransactionDecoderService decoder;

  RegistryAbi() {
    this.abi = resource("CredentialRegistry.abi");
    this.bin = resource("CredentialRegistry.sm.bin");
    this.suite = new CryptoSuite(CryptoType.SM_TYPE);
    this.codec = new ContractCodec(suite, false);
    this.decoder = new TransactionDecoderService(suite, false);
  }

  private static String resource(String name) {
    try (InputStream in = RegistryAbi.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new IllegalStateException("the contracts jar is missing " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** ABI-encoded call data of {@code function(args)}, with the SM3 selector. */
  byte[] encode(String function, List<Object> args) {
    try {
      return codec.encodeMethod(abi, function, args);
    } catch (ContractCodecException e) {
      throw new IllegalArgumentException("cannot encode " + function + ": " + e.getMessage(), e);
    }
  }

  /** The decoded return values of {@code function} from its output hex. */
  List<Object> decode(String function, String outputHex) {
    try {
      return codec.decodeMethodOutputAndGetObject(abi, function, outputHex).getLeft();
    } catch (ContractCodecException e) {
      throw new IllegalStateException(
          "cannot decode the output of " + function + ": " + e.getMessage(), e);
    }
  }

  /** The revert reason inside a failed receipt's output, or null when there is none. */
  String revertReason(String outputHex) {
    if (outputHex == null || outputHex.length() < 10) {
      return null;
    }
    try {
      String message = decoder.decodeRevertMessage(outputHex);
      return message == null || message.isBlank() ? null : message;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The SM3 selector of a function signature, e.g. {@code anchorBatch(bytes32,uint32)}. */
  String selector(String signature) {
    byte[] hash = suite.hash(signature.getBytes(StandardCharsets.UTF_8));
    return java.util.HexFormat.of().formatHex(hash, 0, 4);
  }
}
