package org.talentchain.core.internal.ledger.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.talentchain.core.api.AccountAddress;
import org.talentchain.core.api.Bytes32;
import org.talentchain.core.api.SigningKey;
import org.talentchain.core.api.Sm2Keys;
import org.talentchain.core.api.Sm2PublicKey;
import org.talentchain.core.internal.crypto.Sm3;
import org.talentchain.core.internal.encoding.Base64Url;
import org.talentchain.core.internal.encoding.Json;

/**
 * One block of the embedded ledger: a single operation, signed by its submitter, chained to the
 * previous block by SM3. On disk it is one line of JSON:
 *
 * <pre>{"n":7,"prev":"&lt;hex&gt;","time":1767225600000,"op":"anchorBatch","args":{...},
 *  "sender":"&lt;SM2 public key hex&gt;","sig":"&lt;base64url r||s&gt;"}</pre>
 *
 * The signature covers the JCS bytes of the entry without {@code sig}; the block hash is SM3 of the
 * JCS bytes of the whole entry.
 */
record LedgerEntry(
    ObjectNode json,
    long number,
    Bytes32 previous,
    Instant time,
    String op,
    JsonNode args,
    Sm2PublicKey sender,
    byte[] signature) {

  static final Bytes32 NO_PREVIOUS = Bytes32.of(new byte[32]);

  static LedgerEntry create(
      long number, Bytes32 previous, Instant time, String op, ObjectNode args, SigningKey sender) {
    ObjectNode json = Json.MAPPER.createObjectNode();
    json.put("n", number);
    json.put("prev", previous.hex());
    json.put("time", time.toEpochMilli());
    json.put("op", op);
    json.set("args", args);
    json.put("sender", sender.publicKey().hex());
    byte[] signature = sender.sign(Json.canonical(json));
    json.put("sig", Base64Url.encode(signature));
    return new LedgerEntry(json, number, previous, time, op, args, sender.publicKey(), signature);
  }

  /**
   * Parses one line.
   *
   * @throws IllegalArgumentException if it is not a well-formed entry
   */
  static LedgerEntry parse(String line) {
    JsonNode node = Json.parse(line);
    if (!node.isObject()) {
      throw new IllegalArgumentException("entry is not a JSON object");
    }
    ObjectNode json = (ObjectNode) node;
    for (String field : new String[] {"n", "prev", "time", "op", "args", "sender", "sig"}) {
      if (!json.hasNonNull(field)) {
        throw new IllegalArgumentException("entry lacks " + field);
      }
    }
    return new LedgerEntry(
        json,
        json.get("n").asLong(),
        Bytes32.fromHex(json.get("prev").asText()),
        Instant.ofEpochMilli(json.get("time").asLong()),
        json.get("op").asText(),
        json.get("args"),
        Sm2PublicKey.fromHex(json.get("sender").asText()),
        Base64Url.decode(json.get("sig").asText(), 64, "sig"));
  }

  /** Whether the submitter's signature is valid. */
  boolean signatureValid() {
    ObjectNode unsigned = json.deepCopy();
    unsigned.remove("sig");
    return Sm2Keys.verify(sender, Json.canonical(unsigned), signature);
  }

  Bytes32 hash() {
    return Bytes32.of(Sm3.digest(Json.canonical(json)));
  }

  AccountAddress senderAddress() {
    return sender.address();
  }

  String line() {
    return json.toString();
  }
}
