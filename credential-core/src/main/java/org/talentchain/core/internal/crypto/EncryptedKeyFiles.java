package org.talentchain.core.internal.crypto;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.spec.ECPrivateKeySpec;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.jce.spec.ECNamedCurveParameterSpec;
import org.bouncycastle.jce.spec.ECNamedCurveSpec;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

/**
 * SM2 private keys as password-encrypted PKCS#8 PEM ("ENCRYPTED PRIVATE KEY", PBES2 with
 * PBKDF2-HMAC-SHA256 and AES-256-CBC), readable by OpenSSL 3 ({@code openssl pkey}).
 */
public final class EncryptedKeyFiles {
  private static final Provider BC = new BouncyCastleProvider();
  private static final int PBKDF2_ITERATIONS = 210_000;

  private EncryptedKeyFiles() {}

  /** The key as encrypted PKCS#8 PEM text. */
  public static String toEncryptedPem(Sm2SigningKey key, char[] password) {
    try {
      ECNamedCurveParameterSpec named = ECNamedCurveTable.getParameterSpec("sm2p256v1");
      ECNamedCurveSpec spec =
          new ECNamedCurveSpec(
              "sm2p256v1", named.getCurve(), named.getG(), named.getN(), named.getH());
      PrivateKey jca =
          KeyFactory.getInstance("EC", BC)
              .generatePrivate(new ECPrivateKeySpec(key.parameters().getD(), spec));
      OutputEncryptor encryptor =
          new JceOpenSSLPKCS8EncryptorBuilder(JcaPKCS8Generator.AES_256_CBC)
              .setProvider(BC)
              .setIterationCount(PBKDF2_ITERATIONS)
              .setPassword(password)
              .build();
      StringWriter out = new StringWriter();
      try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
        pem.writeObject(new JcaPKCS8Generator(jca, encryptor));
      }
      return out.toString();
    } catch (IOException | OperatorCreationException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException("could not encrypt the SM2 key", e);
    }
  }

  /**
   * Decrypts a key written by {@link #toEncryptedPem}.
   *
   * @throws WrongPasswordOrCorruptKeyException if the password is wrong or the text is not such a
   *     key
   */
  public static Sm2SigningKey fromEncryptedPem(String pem, char[] password)
      throws WrongPasswordOrCorruptKeyException {
    try (PEMParser parser = new PEMParser(new StringReader(pem))) {
      Object object = parser.readObject();
      if (!(object instanceof PKCS8EncryptedPrivateKeyInfo encrypted)) {
        throw new WrongPasswordOrCorruptKeyException("not an encrypted PKCS#8 private key");
      }
      InputDecryptorProvider decryptor =
          new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(BC).build(password);
      PrivateKeyInfo info = encrypted.decryptPrivateKeyInfo(decryptor);
      if (!(PrivateKeyFactory.createKey(info) instanceof ECPrivateKeyParameters ec)) {
        throw new WrongPasswordOrCorruptKeyException("not an EC private key");
      }
      BigInteger d = ec.getD();
      return new Sm2SigningKey(new ECPrivateKeyParameters(d, Sm2.DOMAIN));
    } catch (PKCSException | OperatorCreationException e) {
      throw new WrongPasswordOrCorruptKeyException("wrong password or corrupt key file");
    } catch (IOException | RuntimeException e) {
      throw new WrongPasswordOrCorruptKeyException("unreadable key file: " + e.getMessage());
    }
  }

  /** The key file could not be opened with the given password. */
  public static final class WrongPasswordOrCorruptKeyException extends Exception {
    public WrongPasswordOrCorruptKeyException(String message) {
      super(message);
    }
  }
}
