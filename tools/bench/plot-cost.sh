#!/usr/bin/env bash
# Plots cost per credential against batch size from the RESULT lines of tools/bench/issuance.sh
# (target/bench/issuance.txt; several runs per size: the median is plotted, min-max as error
# bars) into docs/bench/cost-per-credential.png. Installs gnuplot from Debian if missing.
#   for n in 1000 10000 50000 100000; do for r in 1 2 3; do tools/bench/issuance.sh $n; done; done
#   tools/bench/plot-cost.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v gnuplot >/dev/null; then
  apt-get update -qq && apt-get install -y -qq gnuplot-nox >/dev/null
fi
in=${1:-target/bench/issuance.txt}
mkdir -p docs/bench
dat=target/bench/cost.dat
# rows, then min/median/max of issuance ms per credential, then of verification microseconds
awk '
  /^RESULT/ {
    for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    n = v["rows"]; c[n] = c[n] " " v["ms_per_cred"]; u[n] = u[n] " " v["verify_us"]
  }
  function stats(list,   a, k, m, i, j, t) {
    k = split(list, a, " ")
    for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
    m = (k % 2) ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
    return a[1] " " m " " a[k]
  }
  END { for (n in c) print n, stats(c[n]), stats(u[n]) }
' "$in" | sort -n >"$dat"
cat "$dat"
gnuplot <<GNUPLOT
set terminal pngcairo size 900,520 font "DejaVu Sans,11"
set output "docs/bench/cost-per-credential.png"
set title "Cost per credential against batch size (2 cores, embedded ledger, H2, -Xmx512m)"
set logscale x
set xlabel "credentials in the import"
set ylabel "issuance: ms of wall time per credential"
set y2label "verification: ms per QR payload (one thread)"
set ytics nomirror
set y2tics
set yrange [0:*]
set y2range [0:*]
set key top left
set grid
plot "$dat" using 1:3:2:4 with yerrorlines lw 2 pt 7 title "issue (stream, sign, anchor, store)", \
     "$dat" using 1:(\$6/1000):(\$5/1000):(\$7/1000) axes x1y2 with yerrorlines lw 2 pt 5 title "verify (full, cached ledger reads)"
GNUPLOT
echo "wrote docs/bench/cost-per-credential.png"
