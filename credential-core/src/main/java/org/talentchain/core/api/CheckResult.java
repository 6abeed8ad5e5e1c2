package org.talentchain.core.api;

import java.util.List;
import java.util.Objects;

/**
 * One line of a verification report.
 *
 * @param check which check
 * @param status its outcome
 * @param reason why, as a stable code
 * @param arguments values the message shows (block number, time, reason code, claim name)
 */
public record CheckResult(
    Check check, CheckStatus status, ReasonCode reason, List<String> arguments) {
  public CheckResult {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
    arguments = List.copyOf(arguments);
  }

  private static final java.time.format.DateTimeFormatter TIME =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
          .withZone(java.time.ZoneOffset.UTC);

  static CheckResult of(Check check, CheckStatus status, ReasonCode reason, Object... args) {
    return new CheckResult(
        check,
        status,
        reason,
        java.util.Arrays.stream(args)
            .map(a -> a instanceof java.time.Instant i ? TIME.format(i) : String.valueOf(a))
            .toList());
  }

  /** The time an argument holds, as {@link #of} wrote it. */
  static java.time.Instant parseTime(String argument) {
    return java.time.LocalDateTime.parse(argument.substring(0, 19).replace(' ', 'T'))
        .toInstant(java.time.ZoneOffset.UTC);
  }
}
