package org.talentchain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fisco.bcos.sdk.v3.crypto.CryptoSuite;
import org.fisco.bcos.sdk.v3.model.CryptoType;
import org.fisco.solc.compiler.SolidityCompiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed SM-crypto artifact is what the SM ("gm") compiler makes of the source, and its
 * function selectors are the SM3 ones the FISCO BCOS SDK computes in SM mode (not keccak). Run with
 * {@code -Dcontracts.regenerate=true} to rewrite the committed ABI/BIN after changing the source.
 */
class SmArtifactTest {
  static final Path SOURCE = Path.of("src/main/solidity/CredentialRegistry.sol");
  static final Path RESOURCES = Path.of("src/main/resources/org/talentchain/contracts");
  static final ObjectMapper JSON = new ObjectMapper();
  static JsonNode compiledSm;
  static JsonNode compiledKeccak;

  @BeforeAll
  static void compile() throws IOException {
    compiledSm = compile(true);
    compiledKeccak = compile(false);
    if (Boolean.getBoolean("contracts.regenerate")) {
      Files.createDirectories(RESOURCES);
      Files.writeString(
          RESOURCES.resolve("CredentialRegistry.abi"), compiledSm.get("abi").asText() + "\n");
      Files.writeString(
          RESOURCES.resolve("CredentialRegistry.sm.bin"), compiledSm.get("bin").asText() + "\n");
    }
  }

  static JsonNode compile(boolean sm) throws IOException {
    SolidityCompiler.Result result =
        SolidityCompiler.compile(
            SOURCE.toFile(), sm, true, SolidityCompiler.Options.ABI, SolidityCompiler.Options.BIN);
    assertThat(result.isFailed()).as(result.getErrors()).isFalse();
    JsonNode contracts = JSON.readTree(result.getOutput()).get("contracts");
    return contracts.elements().next();
  }

  static String resource(String name) throws IOException {
    try (InputStream in =
        SmArtifactTest.class.getResourceAsStream("/org/talentchain/contracts/" + name)) {
      assertThat(in).as("committed artifact %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }

  /** The runtime bytecode without the trailing CBOR metadata (which hashes the source path). */
  static String withoutMetadata(String bin) {
    int marker = bin.lastIndexOf("a165627a7a72305820");
    return marker > 0 ? bin.substring(0, marker) : bin;
  }

  @Test
  void committedAbi_equalsTheCompiledAbi() throws IOException {
    assertThat(JSON.readTree(resource("CredentialRegistry.abi")))
        .isEqualTo(JSON.readTree(compiledSm.get("abi").asText()));
  }

  @Test
  void committedSmBin_equalsTheSmCompilerOutput() throws IOException {
    assertThat(withoutMetadata(resource("CredentialRegistry.sm.bin")))
        .isEqualTo(withoutMetadata(compiledSm.get("bin").asText()));
  }

  @Test
  void smBin_dispatchesOnTheSdksSm3Selectors_notOnKeccak() throws IOException {
    CryptoSuite sm = new CryptoSuite(CryptoType.SM_TYPE);
    CryptoSuite ecdsa = new CryptoSuite(CryptoType.ECDSA_TYPE);
    String smBin = resource("CredentialRegistry.sm.bin");
    String keccakBin = compiledKeccak.get("bin").asText();
    List<String> signatures = new ArrayList<>();
    for (JsonNode f : JSON.readTree(resource("CredentialRegistry.abi"))) {
      if ("function".equals(f.path("type").asText())) {
        StringBuilder sig = new StringBuilder(f.get("name").asText()).append('(');
        for (int i = 0; i < f.get("inputs").size(); i++) {
          sig.append(i > 0 ? "," : "").append(f.get("inputs").get(i).get("type").asText());
        }
        signatures.add(sig.append(')').toString());
      }
    }
    assertThat(signatures).contains("anchorBatch(bytes32,uint32)", "registerIssuer(bytes,bytes32)");
    for (String signature : signatures) {
      byte[] text = signature.getBytes(StandardCharsets.UTF_8);
      String smSelector = hex(sm.hash(text)).substring(0, 8);
      String keccakSelector = hex(ecdsa.hash(text)).substring(0, 8);
      assertThat(smBin).as("SM3 selector of %s", signature).contains("63" + smSelector);
      assertThat(smBin)
          .as("keccak selector of %s", signature)
          .doesNotContain("63" + keccakSelector);
      assertThat(keccakBin)
          .as("keccak build has the keccak selector of %s", signature)
          .contains("63" + keccakSelector);
    }
  }

  private static String hex(byte[] bytes) {
    StringBuilder sb = new StringBuilder();
    for (byte b : bytes) {
      sb.append(String.format("%02x", b));
    }
    return sb.toString();
  }
}
