package org.talentchain.web.verification.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.talentchain.core.api.QrPayloadCodec;
import org.talentchain.web.base.ledger.LedgerConnection;
import org.talentchain.web.issuance.IssuedCredentialRepository;

/** The HR systems' API over real HTTP: verdicts, problem details, limits, OpenAPI, headers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VerificationApiIT {
  static final Path DATA;

  static {
    try {
      DATA = Files.createTempDirectory("talentchain-api-");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @LocalServerPort int port;
  @Autowired IssuedCredentialRepository credentials;
  @Autowired LedgerConnection ledger;
  final HttpClient http = HttpClient.newHttpClient();

  @DynamicPropertySource
  static void embeddedDefaults(DynamicPropertyRegistry registry) {
    registry.add("talentchain.data-dir", DATA::toString);
  }

  private HttpResponse<String> post(String body, String language) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/verifications"))
            .header("Content-Type", "text/plain")
            .header("Accept-Language", language)
            .header("X-Verifier-Name", "Macao Bank HR")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String demoQr(String title) {
    var c =
        credentials.findByHolderUsernameOrderByIssuedAtDesc("chan.taiman").stream()
            .filter(x -> x.getTitle().startsWith(title))
            .findFirst()
            .orElseThrow()
            .document();
    return QrPayloadCodec.encode(c.present(List.of("holderName", "institution")));
  }

  @Test
  void post_genuineQr_isValidWithMessagesInTheRequestedLanguage() throws Exception {
    HttpResponse<String> r = post(demoQr("Bachelor of Engineering"), "zh-HK");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"verdict\":\"VALID\"", "簽發機構簽署", "\"blockHeight\"");
  }

  @Test
  void post_revokedQr_isRevokedNot500() throws Exception {
    HttpResponse<String> r = post(demoQr("Certificate in Blockchain"), "en");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains(
            "\"verdict\":\"REVOKED\"",
            "Reason: issued in error",
            "\"reason\":{\"code\":1,\"text\":\"issued in error\"}",
            "\"nameDisclosed\":true");
  }

  @Test
  void post_garbageOrEmpty_isAClearAnswer() throws Exception {
    HttpResponse<String> garbage = post("this is not a certificate", "en");
    assertThat(garbage.statusCode()).isEqualTo(200);
    assertThat(garbage.body()).contains("\"verdict\":\"UNREADABLE\"");

    HttpResponse<String> empty = post("", "en");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
  }

  @Test
  void post_hugeBody_isRefusedWith413() throws Exception {
    HttpResponse<String> r = post("A".repeat(300_000), "en");
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(r.body()).contains("body-too-large");
  }

  @Test
  void post_whileLedgerDown_is503CannotVerifyNow() throws Exception {
    String qr = demoQr("Bachelor of Engineering");
    ledger.disconnect();
    try {
      HttpResponse<String> r = post(qr, "pt-PT");
      assertThat(r.statusCode()).isEqualTo(503);
      assertThat(r.headers().firstValue("Retry-After")).contains("60");
      assertThat(r.body()).contains("CANNOT_VERIFY_NOW", "não significa");
      HttpResponse<String> readiness = get("/actuator/health/readiness");
      assertThat(readiness.statusCode()).isEqualTo(503);
      assertThat(readiness.body()).contains("OUT_OF_SERVICE");
    } finally {
      ledger.reconnect();
    }
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void post_floodFromOneClient_isRateLimitedWith429_otherClientsUnaffected() throws Exception {
    // the flood comes from another loopback address: that address is the client (no proxy is
    // trusted by default, so an X-Forwarded-For header would not make it anyone else)
    HttpClient flooder =
        HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.9.1")).build();
    int limited = 0;
    for (int i = 0; i < 200; i++) {
      HttpResponse<String> r =
          flooder.send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + port + "/api/v1/verifications"))
                  .header("Content-Type", "text/plain")
                  .header("X-Forwarded-For", "203.0.113." + (i % 250))
                  .POST(HttpRequest.BodyPublishers.ofString("TC1:X"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() == 429) {
        limited++;
        assertThat(r.headers().firstValue("Retry-After")).isPresent();
        assertThat(r.body()).contains("rate-limited");
      }
    }
    // 120 in the bucket, refilled at 2 per second while the flood runs: of 200, about 80 refused
    assertThat(limited).isBetween(30, 80);
    assertThat(post("TC1:X", "en").statusCode()).isEqualTo(200);
  }

  @Test
  void readiness_withLedgerAnswering_isUpWithTheBlockHeight() throws Exception {
    HttpResponse<String> readiness = get("/actuator/health/readiness");
    assertThat(readiness.statusCode()).isEqualTo(200);
    assertThat(readiness.body()).contains("\"ledger\"", "\"blockHeight\"", "embedded");
  }

  @Test
  void openApi_isServed_andPagesCarrySecurityHeaders() throws Exception {
    HttpResponse<String> api =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(api.statusCode()).isEqualTo(200);
    assertThat(api.body()).contains("/api/v1/verifications");

    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(page.headers().firstValue("X-Frame-Options")).isPresent();
  }
}
