#!/usr/bin/env bash
# Benchmark harness: how long the demo cohort takes to load through the command path, and how fast
# /api/outcomes/benchmarks answers on it. Prints figures; asserts nothing.
# Usage: benchmarks/outcomes.sh [requests]   (after: mvn -B -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-30}
port=18080
data=$(mktemp -d)
jar=registry-app/target/registry-app.jar
[ -f "$jar" ] || { echo "build first: mvn -B -DskipTests package"; exit 1; }

java -jar "$jar" --server.port=$port --registry.data-dir="$data" --registry.demo-cohort.enabled=true > "$data/registry.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT

until grep -q "demo cohort: .* cases loaded in" "$data/registry.log"; do
  kill -0 $pid 2>/dev/null || { cat "$data/registry.log"; exit 1; }
  sleep 2
done
grep -o "demo cohort: .* cases loaded in .*" "$data/registry.log"
until curl -s -u manager:manager localhost:$port/api/admin/projections | python3 -c 'import json,sys; sys.exit(0 if all(p["caughtUp"] for p in json.load(sys.stdin)) else 1)'; do
  sleep 1
done
events=$(curl -s -u manager:manager localhost:$port/api/admin/projections/analysis-dataset | python3 -c 'import json,sys; print(json.load(sys.stdin)["head"])')
echo "event store: $events events; read models caught up"

curl -s -u auditor:auditor -o /dev/null localhost:$port/api/outcomes/benchmarks   # first request, JIT cold
for i in $(seq "$requests"); do
  curl -s -u auditor:auditor -o /dev/null -w '%{time_total}\n' localhost:$port/api/outcomes/benchmarks
done | sort -n | python3 -c '
import sys
t = [float(x) for x in sys.stdin]
pick = lambda q: t[min(len(t) - 1, int(q * len(t)))]
print(f"/api/outcomes/benchmarks, {len(t)} requests after one warm-up: min {t[0]:.3f} s, median {pick(0.5):.3f} s, p95 {pick(0.95):.3f} s, max {t[-1]:.3f} s")'
for path in "/api/outcomes/funnel?benchmarkId=BM-CEMENT-LEAK&by=centre" "/api/quality/conformance" "/api/outcomes/survival?endpoint=DEATH"; do
  curl -s -u auditor:auditor -o /dev/null -w "$path: %{time_total} s\n" "localhost:$port$path"
done
