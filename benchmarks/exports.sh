#!/usr/bin/env bash
# Benchmark harness: do the exports stream, i.e. does the heap stay flat as the registry grows?
# Loads the demo cohort (2,000 cases) through the command path, measures every export, then copies
# the events and read models in SQL until the registry holds 100,000 cases (see Harness.java) and
# measures again, with the same small heap. Prints figures; asserts nothing.
# Usage: benchmarks/exports.sh [copies] [heap]   (after: mvn -B -DskipTests clean package)
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-50}
heap=${2:-256m}
port=${PORT:-18081}
source benchmarks/registry.sh
prepare
data=$work/data

measure() { # one export: status, bytes, seconds, and the live heap at its largest during the download
  local name=$1 path=$2 out="$work/$1" live=0 now
  curl -s -o "$out" -w '%{http_code} %{size_download} %{time_total}\n' -u manager:manager "localhost:$port$path" > "$work/curl" &
  local curl_pid=$!
  while kill -0 $curl_pid 2>/dev/null; do
    now=$(live_heap)
    [ "$now" -gt "$live" ] && live=$now
    sleep 2
  done
  read -r code size secs < "$work/curl"
  printf '  %-17s HTTP %s %8.1f MiB in %7.1f s   live heap at most %4d MiB (-Xmx%s)\n' \
    "$name" "$code" "$(echo "$size / 1048576" | bc -l)" "$secs" "$live" "$heap"
}

measure_all() {
  start -Xmx$heap
  measure fhir.ndjson '/api/exports/fhir?format=ndjson'
  echo "  ($(grep -c '"resourceType":"Patient"' "$work/fhir.ndjson") cases)"
  measure analysis.csv /api/exports/analysis.csv
  measure fhir-bundle.json /api/exports/fhir
  measure events.ndjson /api/exports/events.ndjson
  measure audit.pdf /api/reports/audit.pdf
  rm -f "$work"/*.ndjson "$work"/*.json "$work"/*.csv "$work"/*.pdf
  stop
}

demo_cohort
measure_all
echo "copying the registry $copies times in SQL ..."
copy_cases "$copies" 50
measure_all
