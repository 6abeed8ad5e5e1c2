#!/usr/bin/env bash
# Writes the FISCO BCOS Java SDK config.toml (SM crypto, message timeout) and copies the SM SDK
# certificates beside it.
# Usage: make-sdk-config.sh SDK_CERT_DIR OUTPUT_DIR PEER [PEER ...]
set -euo pipefail

certs=${1:?usage: make-sdk-config.sh SDK_CERT_DIR OUTPUT_DIR PEER [PEER ...]}
out=${2:?usage: make-sdk-config.sh SDK_CERT_DIR OUTPUT_DIR PEER [PEER ...]}
shift 2
[ $# -ge 1 ] || { echo "name at least one peer (host:rpcport)" >&2; exit 2; }

mkdir -p "$out/conf"
cp "$certs"/sm_ca.crt "$certs"/sm_sdk.crt "$certs"/sm_sdk.key "$certs"/sm_ensdk.crt "$certs"/sm_ensdk.key "$out/conf/"
chmod 600 "$out"/conf/*.key

peers=""
for p in "$@"; do
  peers="${peers:+$peers, }\"$p\""
done

cat >"$out/config.toml" <<TOML
[cryptoMaterial]
certPath = "$out/conf"
useSMCrypto = "true"

[network]
# Without a message timeout a node that accepts but never answers hangs every call.
messageTimeout = "5000"
defaultGroup = "group0"
peers = [$peers]

[account]
keyStoreDir = "$out/account"
accountFileFormat = "pem"

[threadPool]
threadPoolSize = "8"
TOML
echo "wrote $out/config.toml"
