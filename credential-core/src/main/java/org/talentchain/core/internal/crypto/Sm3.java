package org.talentchain.core.internal.crypto;

import org.bouncycastle.crypto.digests.SM3Digest;

/** SM3 (GB/T 32905) digests. Stateless and thread-safe. */
public final class Sm3 {
  private Sm3() {}

  /** The 32-byte SM3 digest of {@code data}. */
  public static byte[] digest(byte[] data) {
    SM3Digest d = new SM3Digest();
    d.update(data, 0, data.length);
    byte[] out = new byte[32];
    d.doFinal(out, 0);
    return out;
  }

  /** The 32-byte SM3 digest of the concatenation of {@code parts}. */
  public static byte[] digest(byte[]... parts) {
    SM3Digest d = new SM3Digest();
    for (byte[] p : parts) {
      d.update(p, 0, p.length);
    }
    byte[] out = new byte[32];
    d.doFinal(out, 0);
    return out;
  }
}
