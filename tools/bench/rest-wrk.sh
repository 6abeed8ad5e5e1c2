#!/usr/bin/env bash
# Issue-12 HTTP harness: packages the application (no install), issues $CREDENTIALS diplomas into a
# fresh data folder (tools/bench/issuance.sh), starts the jar on loopback with the API rate limit
# raised, warms up, runs wrk (installed from Debian if missing) posting their QR payloads with
# $CONNECTIONS connections for $DURATION, stops the application (graceful: queued verification
# events are written) and checks that every VALID verification became a verification_event row.
#   tools/bench/rest-wrk.sh            (defaults: 64 connections, 60s, 40000 credentials)
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=tools/java-home.sh
. tools/java-home.sh
root=$(pwd)
if [ -n "${MVN_ONLINE:-}" ]; then offline=(); else offline=(-o); fi
connections=${CONNECTIONS:-64}
duration=${DURATION:-60s}
credentials=${CREDENTIALS:-40000}
port=${BENCH_PORT:-18080}
read -r -a app_opts <<<"${APP_JAVA_OPTS:--Xmx1g}"
mkdir -p target/bench
if ! command -v wrk >/dev/null; then
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi
jar=web/target/talentchain-web.jar
if [ ! -f "$jar" ] || [ -n "${REBUILD:-}" ]; then
  mvn -ntp -B -q "${offline[@]}" -pl web -am package -DskipTests >target/bench/package.log 2>&1 \
    || { tail -40 target/bench/package.log; exit 1; }
fi
data=$(mktemp -d "${TMPDIR:-/tmp}/talentchain-rest-XXXXXX")
qr="$root/target/bench/qr.txt"
DATA_DIR="$data" tools/bench/issuance.sh "$credentials" 5000 "$qr" "$credentials" >/dev/null
app_pid=
cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then kill "$app_pid"; wait "$app_pid" || true; fi
  rm -rf "$data"
}
trap cleanup EXIT
TALENTCHAIN_DATA_DIR="$data" PORT=$port TALENTCHAIN_API_RATE_PER_MINUTE=100000000 \
  "$JAVA_HOME/bin/java" "${app_opts[@]}" --enable-native-access=ALL-UNNAMED \
  -jar "$jar" --server.address=127.0.0.1 >target/bench/app.log 2>&1 &
app_pid=$!
for _ in $(seq 1 180); do
  curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
url="http://127.0.0.1:$port/api/v1/verifications"
echo "warm-up (15 s)"
QR_FILE="$qr" wrk -t2 -c16 -d15s -s tools/bench/verify.lua "$url" | grep '^RESULT' | tee target/bench/rest-warmup.txt
echo "measured: $connections connections, $duration"
QR_FILE="$qr" wrk -t2 -c"$connections" -d"$duration" --latency -s tools/bench/verify.lua "$url" \
  | tee target/bench/rest-wrk-full.txt | grep '^RESULT' | tee -a target/bench/rest.txt
kill "$app_pid"
wait "$app_pid" || true
app_pid=
h2=$(tr ':' '\n' <target/bench/web-test-classpath.txt | grep '/com/h2database/h2/' | head -1)
rows=$("$JAVA_HOME/bin/java" -cp "$h2" org.h2.tools.Shell \
  -url "jdbc:h2:file:$data/db/talentchain;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" -user sa \
  -sql "select count(*) from verification_event where verifier_label = 'wrk benchmark'" \
  | grep -Eo '^[0-9]+' | head -1)
valid=$(( $(grep -Eo ' valid=[0-9]+' target/bench/rest-warmup.txt | cut -d= -f2) \
  + $(tail -1 target/bench/rest.txt | grep -Eo ' valid=[0-9]+' | cut -d= -f2) ))
timeouts=$(( $(grep -Eo 'errors_timeout=[0-9]+' target/bench/rest-warmup.txt | cut -d= -f2) \
  + $(tail -1 target/bench/rest.txt | grep -Eo 'errors_timeout=[0-9]+' | cut -d= -f2) ))
# wrk stops counting when its time is up, but the server still answers (and records) the requests
# in flight then (at most one per connection of each run) and those wrk gave up on (timeouts).
in_flight=$(( 16 + connections + timeouts ))
echo "verification_event rows: $rows, VALID responses counted by wrk: $valid (+ at most $in_flight in flight or timed out)"
if [ "$rows" -ge "$valid" ] && [ "$rows" -le $(( valid + in_flight )) ]; then
  echo "RECORDS all written"
else
  echo "RECORDS MISMATCH"
  exit 1
fi
