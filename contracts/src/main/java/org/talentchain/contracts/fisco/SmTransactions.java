package org.talentchain.contracts.fisco;

import java.util.HexFormat;
import org.fisco.bcos.sdk.jni.common.JniException;
import org.fisco.bcos.sdk.jni.utilities.tx.TransactionBuilderJniObj;
import org.fisco.bcos.sdk.v3.client.protocol.model.TransactionAttribute;
import org.fisco.bcos.sdk.v3.model.CryptoType;
import org.talentchain.core.api.SigningKey;

/**
 * Builds FISCO BCOS transactions signed through a {@link SigningKey} handle: the SDK builds the
 * transaction data and its SM3 hash, our handle signs the hash (SM2 with the default user ID,
 * exactly as the SDK's own SM2 signer does), and the SDK assembles the signed transaction with the
 * signature {@code r || s || public key}. The private key never leaves the handle.
 */
final class SmTransactions {
  private static final HexFormat HEX = HexFormat.of();

  private SmTransactions() {}

  /** The signed transaction (hex) and its hash. */
  record Signed(String transactionHex, String hash) {}

  static Signed sign(
      SigningKey key,
      String group,
      String chainId,
      String to,
      byte[] input,
      String abi,
      long blockLimit) {
    long data = 0;
    try {
      data =
          TransactionBuilderJniObj.createTransactionData(
              group, chainId, to, HEX.formatHex(input), abi, blockLimit);
      String hash = TransactionBuilderJniObj.calcTransactionDataHash(CryptoType.SM_TYPE, data);
      byte[] rs = key.sign(HEX.parseHex(strip(hash)));
      String signature = HEX.formatHex(rs) + key.publicKey().hex();
      String signed =
          TransactionBuilderJniObj.createSignedTransaction(
              data, signature, strip(hash), TransactionAttribute.EVM_ABI_CODEC);
      return new Signed(signed, strip(hash));
    } catch (JniException e) {
      throw new IllegalStateException("could not build the transaction: " + e.getMessage(), e);
    } finally {
      if (data != 0) {
        try {
          TransactionBuilderJniObj.destroyTransactionData(data);
        } catch (JniException e) {
          // nothing more to free
        }
      }
    }
  }

  static String strip(String hex) {
    return hex.startsWith("0x") ? hex.substring(2) : hex;
  }
}
