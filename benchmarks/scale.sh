#!/usr/bin/env bash
# Scale harness (issue 13): outcome answers, the audit report, projection rebuilds and the live heap
# of a registry of CASES cases (100,000 by default; 1000000 takes about an hour), each figure beside
# a baseline measured in the same run on the same machine: hand-written SQL over the same statistics
# rows, and a raw sequential read of the event table with every payload deserialised. Prints
# figures; asserts nothing.
#
# The registry is loaded with the demo cohort (2,000 cases) through the command path, copied in SQL
# to CASES cases (events and read models; see Harness.java), and started with -Xmx512m.
# Usage: benchmarks/scale.sh [cases]   (after: mvn -B -DskipTests clean package)
#        REBUILD=no skips the rebuilds, REBUILD=600 measures each one's rate over its first 600 s; HEAP, PORT, ROUND override the heap, the port and the copies
#        per round of the SQL copy; DATA=folder keeps the built registry there, and a later run with
#        the same DATA measures it again without building.
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-100000}
heap=${HEAP:-512m}
port=${PORT:-18082}
rebuild=${REBUILD:-yes}
round=${ROUND:-50}   # copies per round of the SQL copy (50 = 100,000 cases)
source benchmarks/registry.sh
prepare
data=${DATA:-$work/data}
seconds() { python3 -c "import time; print(f'{time.time() - $1:.0f}')"; }

if [ -f "$data/built" ]; then
  echo "== measuring the registry in $data again (compacted first: each run grows the file)"
  compact
else
echo "== building $cases cases"
began=$(date +%s.%N)
demo_cohort
echo "  demo cohort through the command path: $(seconds "$began") s"
began=$(date +%s.%N)
copy_cases $((cases / 2000)) "$round"
touch "$data/built"
echo "  copied in SQL and compacted: $(seconds "$began") s ($(du -sh "$data" | cut -f1) on disk)"
fi

echo "== baselines (registry stopped)"
java -Xmx3g -cp "$classpath" benchmarks/Harness.java baseline "jdbc:h2:file:$data/registry;OPTIMIZE_REUSE_RESULTS=FALSE" > "$work/baseline"
sed 's/^/  /' "$work/baseline"
base() { awk -v k="$1" '$1 == k { print $2 }' "$work/baseline"; }

echo "== registry with -Xmx$heap"
began=$(date +%s.%N)
start -Xmx$heap
curl -s -o /dev/null -u auditor:auditor localhost:$port/api/outcomes/units
curl -s -o /dev/null -u auditor:auditor localhost:$port/api/quality/conformance
echo "  started, caught up, statistics rows and conformance evaluations read: $(seconds "$began") s; live heap $(live_heap) MiB"
events=$(projections /analysis-dataset | python3 -c 'import json,sys; print(json.load(sys.stdin)["head"])')

largest_heap=0
endpoint() { # name, baseline key, path[, variants]; the same request, then a new setting on every request
  local name=$1 key=$2 path=$3 variants=${4:-same new} sep='?'
  [[ "$path" == *\?* ]] && sep='&'
  for variant in $variants; do
    local p=$path
    [ $variant = new ] && p="$path${sep}painReductionThreshold=0.5{i}"
    for clients in 1 20; do
      local requests=$(( clients == 1 ? 30 : 10 ))
      python3 benchmarks/load.py read $port auditor auditor $clients $requests "$p" | python3 -c "
import sys, re
line = sys.stdin.read().strip()
median = float(re.search(r'median +([0-9.]+)', line).group(1))
print(f'  {\"$name\":10} {\"$variant\":4} {line}   median = {median / $(base sql-$key):.2f} x SQL')"
    done
  done
  local now
  now=$(live_heap)
  [ "$now" -gt "$largest_heap" ] && largest_heap=$now
  return 0
}
echo "  (SQL: $(for k in benchmarks funnel cusum survival conformance; do printf '%s %s ms  ' $k "$(base sql-$k)"; done))"
endpoint benchmarks benchmarks /api/outcomes/benchmarks
endpoint funnel funnel '/api/outcomes/funnel?benchmarkId=BM-CEMENT-PAIN'
endpoint cusum cusum '/api/outcomes/cusum?benchmarkId=BM-CEMENT-PAIN&operatorId=OP-RM-2'
endpoint survival survival '/api/outcomes/survival?endpoint=PAIN_PALLIATION'
endpoint conformance conformance '/api/quality/conformance' same   # counted on every request, nothing kept
curl -s -o "$work/audit.pdf" -w '  audit.pdf: HTTP %{http_code}, %{size_download} bytes in %{time_total} s\n' -u auditor:auditor \
  "localhost:$port/api/reports/audit.pdf"
now=$(live_heap); [ "$now" -gt "$largest_heap" ] && largest_heap=$now
echo "  live heap (old generation after a full collection), largest seen: $largest_heap MiB of -Xmx$heap"

position() { projections "/$1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["position"])'; }
if [ "$rebuild" = yes ]; then
  echo "== rebuilds of $events events (raw read: $(base raw-read) events/s)"
  for projection in analysis-dataset case-summary guideline-conformance; do
    began=$(date +%s.%N)
    curl -s -o /dev/null -u manager:manager -X POST "localhost:$port/api/admin/projections/$projection/rebuild"
    sleep 2
    until [ "$(projections /$projection | python3 -c 'import json,sys; print(json.load(sys.stdin)["caughtUp"])')" = True ]; do sleep 2; done
    took=$(seconds "$began")
    python3 -c "print(f'  {\"$projection\":22} {$took:6.0f} s  {$events / $took:8.0f} events/s = 1/{$(base raw-read) * $took / $events:.1f} of the raw read')"
  done
elif [ "$rebuild" != no ]; then   # a number of seconds: each rebuild's rate over that window, from a copy of the store
  echo "== rebuild rates over $rebuild s windows (raw read: $(base raw-read) events/s)"
  stop
  cp "$data/registry.mv.db" "$work/kept.mv.db"
  for projection in analysis-dataset case-summary guideline-conformance; do
    start -Xmx$heap
    curl -s -o /dev/null -u auditor:auditor localhost:$port/api/outcomes/units   # the read-aheads done first: statistics rows,
    curl -s -o /dev/null -u auditor:auditor localhost:$port/api/quality/conformance   # conformance evaluations
    curl -s -o /dev/null -u manager:manager -X POST "localhost:$port/api/admin/projections/$projection/rebuild"
    sleep 20   # past the reset and the first batches
    from=$(position $projection); began=$(date +%s.%N)
    sleep "$rebuild"
    to=$(position $projection); took=$(seconds "$began")
    python3 -c "r = ($to - $from) / $took; print(f'  {\"$projection\":22} events {$from}..{$to} in {$took} s: {r:8.0f} events/s = 1/{$(base raw-read) / r:.1f} of the raw read')"
    stop
    cp "$work/kept.mv.db" "$data/registry.mv.db"   # the next projection starts from the store as built
  done
  start -Xmx$heap
fi
stop
