package org.talentchain.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A stranger cannot take the service down or read what is for operators (issue 10): rate limits and
 * the body cap on the path as Spring matches it, client identity from configured proxies only,
 * health without details and metrics for operators only. Over real HTTP, each test from its own
 * loopback address (Linux answers on all of 127.0.0.0/8), so the address is the client.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AbuseLimitsIT {
  static final int API_LIMIT = 20;
  static final int LOGIN_LIMIT = 5;
  static final int UPLOAD_LIMIT = 5;
  static final String PROXY = "127.0.0.2";
  static final String OPERATOR = "127.0.0.3";

  @LocalServerPort int port;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws Exception {
    Path data = Files.createTempDirectory("talentchain-abuse-");
    registry.add("talentchain.data-dir", data::toString);
    registry.add("talentchain.demo-data", () -> "false");
    registry.add("talentchain.api.rate-per-minute", () -> API_LIMIT);
    registry.add("talentchain.login.rate-per-minute", () -> LOGIN_LIMIT);
    registry.add("talentchain.uploads.rate-per-minute", () -> UPLOAD_LIMIT);
    registry.add("talentchain.trusted-proxies", () -> PROXY);
    registry.add("talentchain.operator-networks", () -> OPERATOR + "/32");
  }

  private HttpResponse<String> send(String from, HttpRequest.Builder request) throws Exception {
    HttpClient client = HttpClient.newBuilder().localAddress(InetAddress.getByName(from)).build();
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder post(String path, String body, Map<String, String> headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(b::header);
    return b;
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
  }

  /**
   * How many of {@code n} posts were refused with 429. The bucket refills while the test runs (one
   * token every 60/limit seconds), so tests send ten more than the limit and expect at least five
   * refusals rather than an exact count.
   */
  private int throttled(String from, String path, int n, Map<String, String> headers)
      throws Exception {
    int throttled = 0;
    for (int i = 0; i < n; i++) {
      HttpResponse<String> r = send(from, post(path, "TC1:X", headers));
      assertThat(r.statusCode()).as("%s %s", path, r.body()).isLessThan(500);
      if (r.statusCode() == 429) {
        throttled++;
      }
    }
    return throttled;
  }

  @Test
  void api_pathSpellingsSpringAlsoMatches_areRateLimited() throws Exception {
    String[] spellings = {
      "/%61pi/v1/verifications",
      "/api/v1/%76erifications",
      "//api/v1/verifications",
      "/api;x=1/v1/verifications",
      "/api/v1/verifications;jsessionid=1"
    };
    for (int i = 0; i < spellings.length; i++) {
      String from = "127.0.1." + (i + 1);
      assertThat(throttled(from, spellings[i], API_LIMIT + 10, Map.of()))
          .as(spellings[i])
          .isGreaterThanOrEqualTo(5);
    }
  }

  @Test
  void api_encodedPathWithHugeBody_isRefusedBeforeItIsRead() throws Exception {
    HttpResponse<String> r =
        send("127.0.2.1", post("/%61pi/v1/verifications", "A".repeat(1_000_000), Map.of()));

    assertThat(r.statusCode()).isEqualTo(413);
    // the filter's answer (bytes), not the controller's after buffering the megabyte (characters)
    assertThat(r.body()).contains("body-too-large", "bytes");
  }

  @Test
  void forwardedFor_fromAnUntrustedPeer_doesNotChangeTheClient() throws Exception {
    int throttled = 0;
    for (int i = 0; i < API_LIMIT + 10; i++) {
      throttled +=
          throttled(
              "127.0.3.1", "/api/v1/verifications", 1, Map.of("X-Forwarded-For", "203.0.113." + i));
    }
    assertThat(throttled).isGreaterThanOrEqualTo(5);
  }

  @Test
  void forwardedFor_fromTheConfiguredProxy_isTheClient() throws Exception {
    // each forwarded client has its own bucket
    for (int i = 0; i < API_LIMIT + 10; i++) {
      HttpResponse<String> r =
          send(
              PROXY,
              post("/api/v1/verifications", "TC1:X", Map.of("X-Forwarded-For", "198.51.100." + i)));
      assertThat(r.statusCode()).isEqualTo(200);
    }
    // what the client itself put in front of the proxy's entry does not make it someone else
    int throttled = 0;
    for (int i = 0; i < API_LIMIT + 10; i++) {
      throttled +=
          throttled(
              PROXY,
              "/api/v1/verifications",
              1,
              Map.of("X-Forwarded-For", "192.0.2." + i + ", 203.0.113.200"));
    }
    assertThat(throttled).isGreaterThanOrEqualTo(5);
  }

  @Test
  void login_flood_isThrottled() throws Exception {
    int throttled = 0;
    for (int i = 0; i < LOGIN_LIMIT + 10; i++) {
      HttpResponse<String> r =
          send(
              "127.0.4.1",
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=guess" + i)));
      if (r.statusCode() == 429) {
        throttled++;
        assertThat(r.headers().firstValue("Retry-After")).isPresent();
      }
    }
    assertThat(throttled).isGreaterThanOrEqualTo(5);
  }

  @Test
  void verifierUploads_flood_isThrottled() throws Exception {
    int throttled = 0;
    for (int i = 0; i < UPLOAD_LIMIT + 10; i++) {
      HttpResponse<String> r =
          send(
              "127.0.5.1",
              post("/VAADIN/dynamic/resource/0/" + i + "/upload", "not an image", Map.of()));
      if (r.statusCode() == 429) {
        throttled++;
      }
    }
    assertThat(throttled).isGreaterThanOrEqualTo(5);
  }

  @Test
  void health_forAnyone_isTheStatusWithoutDetails() throws Exception {
    for (String path : new String[] {"/actuator/health", "/actuator/health/readiness"}) {
      HttpResponse<String> r = send("127.0.6.1", get(path));
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body())
          .contains("\"status\":\"UP\"")
          .doesNotContain("components", "details", "blockHeight", "embedded", "/tmp");
    }
  }

  @Test
  void metricsAndHealthDetails_fromTheOperatorNetwork_areServed() throws Exception {
    HttpResponse<String> metrics = send(OPERATOR, get("/actuator/prometheus"));
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("talentchain_ledger_available");

    HttpResponse<String> health = send(OPERATOR, get("/actuator/health"));
    assertThat(health.body()).contains("\"ledger\"", "blockHeight");
  }

  @Test
  void metrics_fromElsewhere_areRefused() throws Exception {
    assertThat(send("127.0.7.1", get("/actuator/prometheus")).statusCode()).isIn(401, 403);
    // a remote client through the proxy is not the operator network, whatever it claims first
    assertThat(
            send(
                    PROXY,
                    get("/actuator/prometheus")
                        .header("X-Forwarded-For", OPERATOR + ", 203.0.113.9"))
                .statusCode())
        .isIn(401, 403);
  }
}
