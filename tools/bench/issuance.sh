#!/usr/bin/env bash
# Issue-12 bulk issuance harness: N diplomas through IssuanceService (streamed, chunked, anchored on
# the embedded ledger, stored in H2) with -Xmx512m. (PostgreSQL: not yet -- the demo issuer it uses
# exists only in the embedded set-up.)
# Prints one "RESULT ..." line per run and appends it to target/bench/issuance.txt.
#   tools/bench/issuance.sh ROWS [CHUNK] [QR_OUT QR_COUNT]
#   for n in 1000 10000 50000 100000; do tools/bench/issuance.sh $n; done   (the plot's series)
# Builds offline (mvn -o) unless MVN_ONLINE=1.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=tools/java-home.sh
. tools/java-home.sh
rows=${1:?rows}
chunk=${2:-5000}
root=$(pwd)
if [ -n "${MVN_ONLINE:-}" ]; then offline=(); else offline=(-o); fi
mkdir -p target/bench
cp_file="$root/target/bench/web-test-classpath.txt"
if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -ntp -B -q "${offline[@]}" -pl web -am test-compile dependency:build-classpath \
    -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >target/bench/build.log 2>&1 \
    || { tail -40 target/bench/build.log; exit 1; }
fi
if [ -n "${DATA_DIR:-}" ]; then
  data=$DATA_DIR   # kept: rest-wrk.sh starts the application on it afterwards
else
  data=$(mktemp -d "${TMPDIR:-/tmp}/talentchain-bench-XXXXXX")
  trap 'rm -rf "$data"' EXIT
fi
"$JAVA_HOME/bin/java" -Xmx512m -XX:+ExitOnOutOfMemoryError --enable-native-access=ALL-UNNAMED \
  -cp "web/target/test-classes:web/target/classes:$(cat "$cp_file")" \
  org.talentchain.web.issuance.IssuanceBench "$rows" "$data" "$chunk" "${3:-}" "${4:-0}" \
  2>"target/bench/issuance-$rows.err" | tee -a /dev/stderr | grep '^RESULT' | tee -a target/bench/issuance.txt
