package org.talentchain.web.verification.api;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns API failures into problem documents (RFC 9457) instead of HTML error pages. */
@RestControllerAdvice(basePackageClasses = VerificationController.class)
class ApiExceptionHandler {

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof RequestSizeLimitFilter.BodyTooLargeException) {
        return problem(
            HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "The request body is too large.");
      }
    }
    return problem(
        HttpStatus.BAD_REQUEST, "unreadable-body", "The request body could not be read.");
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
