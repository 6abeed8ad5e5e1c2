package org.talentchain.web.screening.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.talentchain.web.issuance.IssuedCredentialRepository;
import org.talentchain.web.screening.RoundFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The batch API over real HTTP: verdicts in order with "as of", size limits, the rate limit counted
 * in items, problem documents in the requested language, and the OpenAPI document describing
 * exactly the fields the endpoint answers with.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BatchVerificationApiIT {
  static final Path DATA;

  static {
    try {
      DATA = Files.createTempDirectory("talentchain-batch-");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static final JsonMapper JSON = JsonMapper.shared();

  @LocalServerPort int port;
  @Autowired IssuedCredentialRepository credentials;

  @DynamicPropertySource
  static void embeddedDefaults(DynamicPropertyRegistry registry) {
    registry.add("talentchain.data-dir", DATA::toString);
    registry.add("talentchain.demo-data", () -> "true");
  }

  private HttpResponse<String> post(HttpClient client, String body, String language)
      throws Exception {
    return client.send(
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/v1/verifications/batch"))
            .header("Content-Type", "application/json")
            .header("Accept-Language", language)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String body, String language) throws Exception {
    return post(HttpClient.newHttpClient(), body, language);
  }

  private static String array(List<String> texts) {
    return JSON.writeValueAsString(texts);
  }

  @Test
  void post_mixedBatch_resultsInOrder_asOf_andMessagesInTraditionalChinese() throws Exception {
    RoundFixtures fixtures = new RoundFixtures(credentials);
    HttpResponse<String> r =
        post(
            array(
                List.of(
                    fixtures.qr("Bachelor of Engineering"),
                    fixtures.qr("Certificate in Blockchain"),
                    "not a certificate")),
            "zh-HK");

    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.get("items").valueStream().map(i -> i.get("verdict").asString()))
        .containsExactly("VALID", "REVOKED", "UNREADABLE");
    assertThat(body.get("items").get(0).get("verdictText").asString()).contains("簽發機構");
    assertThat(body.get("items").get(0).get("issuerName").asString())
        .contains("GBA Demonstration University");
    assertThat(body.get("items").get(2).get("issuerName").isNull()).isTrue();
    assertThat(body.get("asOf").get("blockHeight").asLong()).isPositive();
    assertThat(body.get("asOf").get("time").asString()).isNotBlank();
    assertThat(body.get("counts").get("VALID").asInt()).isEqualTo(1);
  }

  @Test
  void post_1001Items_refusedWith413_inPortuguese() throws Exception {
    HttpResponse<String> r = post(array(Collections.nCopies(1001, "TC1:X")), "pt-PT");

    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
    JsonNode problem = JSON.readTree(r.body());
    assertThat(problem.get("type").asString()).isEqualTo("urn:talentchain:problem:too-many-items");
    assertThat(problem.get("title").asString()).isEqualTo("Demasiados itens");
    assertThat(problem.get("detail").asString()).contains("no máximo 1000 textos");
  }

  @Test
  void post_bodyOverFourMebibytes_refusedWith413() throws Exception {
    String huge = array(List.of("TC1:" + "A".repeat(BatchVerificationController.MAX_BODY_BYTES)));
    HttpResponse<String> r = post(huge, "en");

    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(JSON.readTree(r.body()).get("type").asString())
        .isEqualTo("urn:talentchain:problem:body-too-large");
  }

  @Test
  void post_notAnArrayOfStringsOrEmpty_refusedWith400_inSimplifiedChinese() throws Exception {
    for (String bad : List.of("{\"qr\":\"TC1:X\"}", "[1,2]", "[[\"TC1:X\"]]", "not json", "")) {
      HttpResponse<String> r = post(bad, "zh-CN");
      assertThat(r.statusCode()).as(bad).isEqualTo(400);
      JsonNode problem = JSON.readTree(r.body());
      assertThat(problem.get("type").asString()).isEqualTo("urn:talentchain:problem:not-an-array");
      assertThat(problem.get("title").asString()).isEqualTo("不是二维码文本列表");
    }
    HttpResponse<String> empty = post("[]", "zh-CN");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("urn:talentchain:problem:empty-batch", "空批次");
  }

  @Test
  void post_rateLimit_countsItemsNotRequests() throws Exception {
    HttpClient client =
        HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.9.13")).build();
    String sixHundred = array(Collections.nCopies(600, "garbage"));

    HttpResponse<String> first = post(client, sixHundred, "en");
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(first.body()).get("items").size()).isEqualTo(600);

    HttpResponse<String> second = post(client, sixHundred, "en");
    assertThat(second.statusCode()).isEqualTo(429);
    assertThat(second.headers().firstValue("Retry-After")).isPresent();
    JsonNode problem = JSON.readTree(second.body());
    assertThat(problem.get("type").asString()).isEqualTo("urn:talentchain:problem:rate-limited");
    assertThat(problem.get("detail").asString()).contains("1000 verifications per minute");

    assertThat(post(client, array(Collections.nCopies(300, "garbage")), "en").statusCode())
        .as("what is left of the bucket is still there")
        .isEqualTo(200);
  }

  @Test
  void openApi_describesTheBatchEndpointWithExactlyTheFieldsItAnswers() throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    JsonNode api = JSON.readTree(r.body());
    JsonNode batch = api.get("paths").get("/api/v1/verifications/batch").get("post");
    assertThat(batch).isNotNull();
    assertThat(
            batch
                .get("requestBody")
                .get("content")
                .get("application/json")
                .get("schema")
                .get("maxItems")
                .asInt())
        .isEqualTo(1000);
    assertThat(batch.get("responses").propertyNames()).contains("200", "400", "413", "429");

    JsonNode schemas = api.get("components").get("schemas");
    assertThat(properties(schemas.get("BatchVerificationResponse")))
        .isEqualTo(components(BatchVerificationResponse.class));
    assertThat(properties(schemas.get("Item")))
        .isEqualTo(components(BatchVerificationResponse.Item.class));
    assertThat(properties(schemas.get("AsOf")))
        .isEqualTo(components(BatchVerificationResponse.AsOf.class));
  }

  private static Set<String> properties(JsonNode schema) {
    assertThat(schema).isNotNull();
    return new TreeSet<>(schema.get("properties").propertyNames());
  }

  private static Set<String> components(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents())
        .map(c -> c.getName())
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
