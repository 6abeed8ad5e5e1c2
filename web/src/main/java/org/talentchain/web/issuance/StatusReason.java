package org.talentchain.web.issuance;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reason codes written to the ledger with a revocation or suspension. The numbers are part of the
 * published format ({@code docs/credential-format.md}); verifiers show them.
 */
public enum StatusReason {
  ISSUED_IN_ERROR(1, true),
  SUPERSEDED(2, true),
  ACADEMIC_MISCONDUCT(3, true),
  HOLDER_REQUEST(4, true),
  OTHER_REVOCATION(5, true),
  UNDER_INVESTIGATION(10, false),
  ADMINISTRATIVE_HOLD(11, false);

  private final int code;
  private final boolean revocation;

  StatusReason(int code, boolean revocation) {
    this.code = code;
    this.revocation = revocation;
  }

  public int code() {
    return code;
  }

  public static List<StatusReason> forRevocation() {
    return Arrays.stream(values()).filter(r -> r.revocation).toList();
  }

  public static List<StatusReason> forSuspension() {
    return Arrays.stream(values()).filter(r -> !r.revocation).toList();
  }

  public static Optional<StatusReason> ofCode(int code) {
    return Arrays.stream(values()).filter(r -> r.code == code).findFirst();
  }
}
