#!/usr/bin/env bash
# Builds a FISCO BCOS 3.x SM-crypto chain with the official build_chain.sh.
# Usage: build-chain.sh TARGET_DIR IP_LIST     (IP_LIST as for build_chain.sh -l, e.g. 127.0.0.1:4)
# Put the official build_chain.sh of the FISCO BCOS 3.x release you run (v3.6.0 tested against
# the Java SDK 3.6.0) into TARGET_DIR first: it downloads the node binary itself, so run this
# where the FISCO BCOS release downloads are reachable.
set -euo pipefail

target=${1:?usage: build-chain.sh TARGET_DIR IP_LIST}
ips=${2:?usage: build-chain.sh TARGET_DIR IP_LIST}

cd "$target"
if [ ! -f build_chain.sh ]; then
  echo "put the FISCO BCOS release's build_chain.sh into $target first" >&2
  exit 2
fi
# -s: SM crypto (SM2/SM3/SM4, SM-TLS); -p: P2P and RPC start ports.
bash build_chain.sh -l "$ips" -s -p 30300,20200 -o nodes
echo "chain built in $target/nodes; start it with: bash $target/nodes/${ips%%:*}/start_all.sh"
echo "SDK certificates: $target/nodes/${ips%%:*}/sdk"
