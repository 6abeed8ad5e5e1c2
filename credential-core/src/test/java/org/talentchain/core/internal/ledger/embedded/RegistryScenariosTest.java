package org.talentchain.core.internal.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.talentchain.core.api.AccountAddress;
import org.talentchain.core.api.Bytes32;
import org.talentchain.core.api.SigningKey;
import org.talentchain.core.api.Sm2Keys;
import org.talentchain.core.spi.AnchorRecord;
import org.talentchain.core.spi.CredentialStatus;
import org.talentchain.core.spi.IssuerRecord;
import org.talentchain.core.spi.KeyRecord;
import org.talentchain.core.spi.LedgerException;
import org.talentchain.core.spi.LedgerRejectedException;
import org.talentchain.core.testing.MutableClock;

/**
 * The shared scenarios of {@code contracts/scenarios} on the embedded ledger; the contract runs the
 * same files on an EVM, so the two implementations of the rules cannot drift apart.
 */
class RegistryScenariosTest {
  static final Path SCENARIOS = Path.of("../contracts/scenarios");
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  static Stream<Path> scenarios() throws IOException {
    try (Stream<Path> files = Files.list(SCENARIOS)) {
      List<Path> list = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
      assertThat(list)
          .as("shared scenario files in %s", SCENARIOS.toAbsolutePath())
          .hasSizeGreaterThanOrEqualTo(4);
      return list.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario_onEmbeddedLedger_matchesExpectedOutcomes(Path file) throws Exception {
    JsonNode scenario = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    Map<String, SigningKey> actors = new HashMap<>();
    SigningKey admin = Sm2Keys.generate();
    actors.put("admin", admin);
    MutableClock clock = new MutableClock(Instant.parse("2026-06-30T00:00:00Z"));
    try (EmbeddedLedger ledger = EmbeddedLedger.openOrCreate(dir, admin, clock)) {
      int n = 0;
      for (JsonNode step : scenario.get("steps")) {
        n++;
        String where = scenario.get("name").asText() + " — step " + n + ": " + step;
        if (step.has("advance")) {
          clock.advance(Duration.ofSeconds(step.get("advance").asLong()));
        } else if (step.has("op")) {
          String outcome;
          try {
            run(ledger, step, actors, clock);
            outcome = "ok";
          } catch (LedgerRejectedException e) {
            outcome = e.reason();
          }
          assertThat(outcome).as(where).isEqualTo(step.get("expect").asText());
        } else {
          check(ledger, step, actors, where);
        }
        clock.advance(Duration.ofSeconds(3));
      }
    }
  }

  private static SigningKey actor(Map<String, SigningKey> actors, String name) {
    return actors.computeIfAbsent(name, k -> Sm2Keys.generate());
  }

  private static AccountAddress address(Map<String, SigningKey> actors, String name) {
    return actor(actors, name).publicKey().address();
  }

  static Bytes32 id32(String name) {
    return "zero".equals(name)
        ? Bytes32.of(new byte[32])
        : Bytes32.sm3(name.getBytes(StandardCharsets.UTF_8));
  }

  private static void run(
      EmbeddedLedger ledger, JsonNode s, Map<String, SigningKey> actors, MutableClock clock)
      throws LedgerException {
    SigningKey as = actor(actors, s.get("as").asText());
    switch (s.get("op").asText()) {
      case "addAdmin" -> ledger.addAdmin(as, address(actors, s.get("account").asText()));
      case "removeAdmin" -> ledger.removeAdmin(as, address(actors, s.get("account").asText()));
      case "registerIssuer" ->
          ledger.registerIssuer(
              as,
              actor(actors, s.get("key").asText()).publicKey(),
              id32("metadata:" + s.get("key").asText()));
      case "suspendIssuer" ->
          ledger.suspendIssuer(
              as, address(actors, s.get("issuer").asText()), s.get("reason").asInt());
      case "reinstateIssuer" ->
          ledger.reinstateIssuer(as, address(actors, s.get("issuer").asText()));
      case "rotateIssuerKey" ->
          ledger.rotateIssuerKey(
              as,
              address(actors, s.get("issuer").asText()),
              actor(actors, s.get("key").asText()).publicKey());
      case "reportKeyCompromise" ->
          ledger.reportKeyCompromise(
              as,
              address(actors, s.get("issuer").asText()),
              address(actors, s.get("key").asText()),
              clock.instant().plusSeconds(s.get("sinceSeconds").asLong()));
      case "anchorBatch" ->
          ledger.anchorBatch(as, id32(s.get("root").asText()), s.get("count").asInt());
      case "revokeCredential" ->
          ledger.revokeCredential(as, id32(s.get("id").asText()), s.get("reason").asInt());
      case "suspendCredential" ->
          ledger.suspendCredential(as, id32(s.get("id").asText()), s.get("reason").asInt());
      case "reinstateCredential" -> ledger.reinstateCredential(as, id32(s.get("id").asText()));
      default -> throw new IllegalArgumentException("unknown op " + s);
    }
  }

  private static void check(
      EmbeddedLedger ledger, JsonNode s, Map<String, SigningKey> actors, String where)
      throws LedgerException {
    switch (s.get("check").asText()) {
      case "admin" ->
          assertThat(ledger.isAdmin(address(actors, s.get("account").asText())))
              .as(where)
              .isEqualTo(s.get("isAdmin").asBoolean());
      case "issuer" -> {
        IssuerRecord issuer =
            ledger.findIssuer(address(actors, s.get("issuer").asText())).orElseThrow();
        assertThat(issuer.status().name()).as(where).isEqualTo(s.get("status").asText());
        List<String> keys = new ArrayList<>();
        for (KeyRecord k : issuer.keys()) {
          keys.add(k.status().name());
        }
        List<String> expected = new ArrayList<>();
        s.get("keys").forEach(k -> expected.add(k.asText()));
        assertThat(keys).as(where).isEqualTo(expected);
      }
      case "anchor" -> {
        var anchor = ledger.findAnchor(id32(s.get("root").asText()));
        assertThat(anchor.isPresent())
            .as(where)
            .isEqualTo(!s.has("exists") || s.get("exists").asBoolean());
        if (anchor.isPresent()) {
          AnchorRecord a = anchor.get();
          if (s.has("issuer")) {
            assertThat(a.issuerId()).as(where).isEqualTo(address(actors, s.get("issuer").asText()));
          }
          if (s.has("submittedBy")) {
            assertThat(a.submittedBy())
                .as(where)
                .isEqualTo(address(actors, s.get("submittedBy").asText()));
          }
          if (s.has("count")) {
            assertThat(a.credentialCount()).as(where).isEqualTo(s.get("count").asInt());
          }
        }
      }
      case "credential" -> {
        CredentialStatus status =
            ledger.credentialStatus(
                address(actors, s.get("issuer").asText()), id32(s.get("id").asText()));
        assertThat(status.state().name()).as(where).isEqualTo(s.get("state").asText());
        if (s.has("reason")) {
          assertThat(status.reasonCode()).as(where).isEqualTo(s.get("reason").asInt());
        }
      }
      default -> throw new IllegalArgumentException("unknown check " + where);
    }
  }
}
