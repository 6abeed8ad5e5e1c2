package org.talentchain.web.verification.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.talentchain.core.api.Verdict;
import org.talentchain.web.verification.Channel;
import org.talentchain.web.verification.VerificationOutcome;
import org.talentchain.web.verification.VerificationService;

/**
 * Verification for HR systems: post what the QR code says (or the credential JSON) and get the
 * itemised report. Every verdict about the credential is a 200 with the report; only "the ledger
 * could not be asked" is a 503 problem document (with the offline checks that did run), because
 * then nothing is known about the credential.
 */
@RestController
@RequestMapping("/api/v1/verifications")
@Tag(name = "Verification", description = "Verify a talent credential presentation")
public class VerificationController {
  /** Largest accepted request body; a QR code holds at most about 4 KB. */
  public static final int MAX_BODY_CHARS = 64 * 1024;

  private final VerificationService verification;

  VerificationController(VerificationService verification) {
    this.verification = verification;
  }

  @Operation(
      summary = "Verify a presentation",
      description =
          "The body is the text of the QR code (starting with TC1:) or a credential presentation"
              + " as JSON. The report lists every check with its status and a message in the"
              + " language of Accept-Language (zh-CN, zh-HK, en, pt).",
      responses = {
        @ApiResponse(
            responseCode = "200",
            description = "A verdict about the credential (VALID, INVALID, REVOKED, ...)",
            content = @Content(schema = @Schema(implementation = VerificationOutcome.class))),
        @ApiResponse(
            responseCode = "400",
            description = "Empty body",
            content = @Content(mediaType = "application/problem+json")),
        @ApiResponse(
            responseCode = "413",
            description = "Body larger than 64 KiB",
            content = @Content(mediaType = "application/problem+json")),
        @ApiResponse(
            responseCode = "503",
            description = "The ledger could not be reached: cannot verify now (not invalid)",
            content = @Content(mediaType = "application/problem+json"))
      })
  @PostMapping(
      consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_JSON_VALUE},
      produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
  public ResponseEntity<?> verify(
      @RequestBody(required = false) String body,
      @Parameter(description = "Name of the verifying organisation, shown to the holder")
          @RequestHeader(name = "X-Verifier-Name", required = false)
          String verifierName,
      Locale locale) {
    if (body == null || body.isBlank()) {
      return problem(HttpStatus.BAD_REQUEST, "empty-body", "Send the QR code text as the body.");
    }
    if (body.length() > MAX_BODY_CHARS) {
      return problem(
          HttpStatus.CONTENT_TOO_LARGE,
          "body-too-large",
          "The body is larger than "
              + MAX_BODY_CHARS
              + " characters; a QR payload is far smaller.");
    }
    VerificationOutcome outcome =
        verification.verify(body.strip(), Channel.API, verifierName, locale);
    if (outcome.verdict() == Verdict.CANNOT_VERIFY_NOW) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, outcome.verdictText());
      problem.setType(URI.create("urn:talentchain:problem:ledger-unavailable"));
      problem.setTitle("Cannot verify now");
      problem.setProperty("verdict", outcome.verdict());
      problem.setProperty("checks", outcome.checks());
      problem.setProperty("verifiedAt", outcome.verifiedAt());
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .header("Retry-After", "60")
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(problem);
    }
    return ResponseEntity.ok(outcome);
  }

  private static ResponseEntity<ProblemDetail> problem(
      HttpStatus status, String type, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("urn:talentchain:problem:" + type));
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
