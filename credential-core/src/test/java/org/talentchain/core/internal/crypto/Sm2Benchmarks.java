package org.talentchain.core.internal.crypto;

import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.talentchain.core.api.Sm2PublicKey;

/** Test only: hands the benchmarks Bouncy Castle's own key parameters for the baseline. */
public final class Sm2Benchmarks {
  private Sm2Benchmarks() {}

  public static ECPublicKeyParameters publicParameters(Sm2PublicKey key) {
    return Sm2.publicParameters(key);
  }
}
