package org.talentchain.web.screening.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.talentchain.core.api.Verdict;
import org.talentchain.web.base.abuse.ClientRateLimiter;
import org.talentchain.web.base.i18n.SupportedLanguage;
import org.talentchain.web.base.i18n.TranslationProvider;
import org.talentchain.web.screening.RoundUpload;
import org.talentchain.web.screening.ScreeningResult;
import org.talentchain.web.screening.ScreeningService;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Batch verification for HR systems: post a JSON array of QR texts and get one result per text,
 * with the ledger reading the statuses are as of. Items the ledger could not answer for are asked
 * again once after a short pause and otherwise come back as CANNOT_VERIFY_NOW (with Retry-After),
 * never as INVALID. Every refusal is a problem document (RFC 9457) in the language of
 * Accept-Language. Rate-limited per client by items, not requests.
 */
@RestController
@RequestMapping("/api/v1/verifications/batch")
@Tag(name = "Verification", description = "Verify a talent credential presentation")
public class BatchVerificationController {
  /** Largest request body: 1,000 QR texts of a few kilobytes each. */
  public static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

  private static final JsonMapper JSON = JsonMapper.shared();

  private final ScreeningService screening;
  private final BatchItemLimit limit;
  private final TranslationProvider translations;

  BatchVerificationController(
      ScreeningService screening, BatchItemLimit limit, TranslationProvider translations) {
    this.screening = screening;
    this.limit = limit;
    this.translations = translations;
  }

  @Operation(
      summary = "Verify a batch of presentations",
      description =
          "The body is a JSON array of QR texts (each starting with TC1: or TC2:), at most 1,000"
              + " and 4 MiB. Each item is verified as by POST /api/v1/verifications; the answer"
              + " lists them in the order sent, with asOf: the block height and time the statuses"
              + " were read at. Rate limit: talentchain.api.batch-items-per-minute items per"
              + " client (default 1,000), counted per item. Messages and problem documents are in"
              + " the language of Accept-Language (zh-CN, zh-HK, en, pt).",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON_VALUE,
                      array =
                          @ArraySchema(
                              schema = @Schema(type = "string", example = "TC1:..."),
                              maxItems = RoundUpload.MAX_ITEMS,
                              minItems = 1))),
      responses = {
        @ApiResponse(
            responseCode = "200",
            description = "One result per text (VALID, INVALID, REVOKED, CANNOT_VERIFY_NOW, ...)",
            content = @Content(schema = @Schema(implementation = BatchVerificationResponse.class))),
        @ApiResponse(
            responseCode = "400",
            description = "Not a JSON array of strings, or an empty one",
            content = @Content(mediaType = "application/problem+json")),
        @ApiResponse(
            responseCode = "413",
            description = "More than 1,000 items or a body larger than 4 MiB",
            content = @Content(mediaType = "application/problem+json")),
        @ApiResponse(
            responseCode = "429",
            description = "More items per minute than this client may verify; see Retry-After",
            content = @Content(mediaType = "application/problem+json"))
      })
  @PostMapping(
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
  public ResponseEntity<?> verify(
      HttpServletRequest request,
      @Parameter(description = "Name of the verifying organisation, shown to the holders")
          @RequestHeader(name = "X-Verifier-Name", required = false)
          String verifierName,
      Locale locale)
      throws IOException {
    if (request.getContentLengthLong() > MAX_BODY_BYTES) {
      return problem(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", locale, MAX_BODY_BYTES);
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      return problem(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", locale, MAX_BODY_BYTES);
    }
    List<String> texts;
    try {
      texts = texts(JSON.readTree(body));
    } catch (JacksonException e) {
      texts = null;
    }
    if (texts == null) {
      return problem(HttpStatus.BAD_REQUEST, "not-an-array", locale);
    }
    if (texts.isEmpty()) {
      return problem(HttpStatus.BAD_REQUEST, "empty-batch", locale);
    }
    int maxItems = limit.maxItems(RoundUpload.MAX_ITEMS);
    if (texts.size() > maxItems) {
      return problem(HttpStatus.CONTENT_TOO_LARGE, "too-many-items", locale, maxItems);
    }
    ClientRateLimiter.Decision decision = limit.tryConsume(request.getRemoteAddr(), texts.size());
    if (!decision.allowed()) {
      ResponseEntity<ProblemDetail> refused =
          problem(
              HttpStatus.TOO_MANY_REQUESTS,
              "rate-limited",
              locale,
              limit.perMinute(),
              decision.retryAfterSeconds());
      return ResponseEntity.status(refused.getStatusCode())
          .headers(refused.getHeaders())
          .header("Retry-After", String.valueOf(decision.retryAfterSeconds()))
          .body(refused.getBody());
    }
    ScreeningResult result = screening.verifyBatch(texts, verifierName, locale);
    BatchVerificationResponse answer = answer(result, locale);
    var ok =
        ResponseEntity.ok().header("X-RateLimit-Remaining", String.valueOf(decision.remaining()));
    if (answer.counts().get(Verdict.CANNOT_VERIFY_NOW) > 0) {
      ok = ok.header("Retry-After", "60");
    }
    return ok.contentType(MediaType.APPLICATION_JSON).body(answer);
  }

  /** The array's strings, or null when the body is not an array of strings. */
  private static List<String> texts(JsonNode body) {
    if (body == null || !body.isArray()) {
      return null;
    }
    List<String> texts = new ArrayList<>();
    for (JsonNode item : body) {
      if (!item.isString()) {
        return null;
      }
      texts.add(item.asString());
    }
    return texts;
  }

  private BatchVerificationResponse answer(ScreeningResult result, Locale locale) {
    List<BatchVerificationResponse.Item> items =
        result.items().stream()
            .map(
                i ->
                    new BatchVerificationResponse.Item(
                        i.number() - 1,
                        i.verdict(),
                        translations.getTranslation(
                            "verdict." + i.verdict().name() + ".text", locale),
                        i.reason(),
                        i.particularsVerified(),
                        nullIfEmpty(i.credentialId()),
                        nullIfEmpty(i.title()),
                        nullIfEmpty(i.issuer()),
                        i.claims(),
                        i.ledger(),
                        i.attempts()))
            .toList();
    BatchVerificationResponse.AsOf asOf =
        result
            .asOf()
            .map(
                l ->
                    new BatchVerificationResponse.AsOf(
                        l.kind(), l.network(), l.blockHeight(), l.blockTime()))
            .orElse(null);
    return new BatchVerificationResponse(asOf, result.counts(), items);
  }

  private static String nullIfEmpty(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  private ResponseEntity<ProblemDetail> problem(
      HttpStatus status, String type, Locale locale, Object... arguments) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            status,
            translations.getTranslation(
                "api.problem." + type + ".detail",
                locale,
                // plain digits: a machine may read the number back
                Arrays.stream(arguments).map(String::valueOf).toArray()));
    problem.setType(URI.create("urn:talentchain:problem:" + type));
    problem.setTitle(translations.getTranslation("api.problem." + type + ".title", locale));
    return ResponseEntity.status(status)
        .header("Content-Language", SupportedLanguage.closestTo(locale).locale().toLanguageTag())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
