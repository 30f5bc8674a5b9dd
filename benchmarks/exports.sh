#!/usr/bin/env bash
# Benchmark harness: do the exports stream, i.e. does the heap stay flat as the registry grows?
# Loads the demo cohort (2,000 cases) through the command path, measures every export, then copies
# the read model and the event store in SQL until the registry holds 100,000 cases and measures
# again, with the same small heap. Prints figures; asserts nothing.
# Usage: benchmarks/exports.sh [copies] [heap]   (after: mvn -B -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-50}
heap=${2:-256m}
port=${PORT:-18081}
data=$(mktemp -d)
jar=$(mktemp --suffix=.jar)   # a copy: a rebuild during the run must not pull classes from under the registry
[ -f registry-app/target/registry-app.jar ] || { echo "build first: mvn -B -DskipTests package"; exit 1; }
cp registry-app/target/registry-app.jar "$jar"
h2=$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | grep -v sources | tail -1)

pid=
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; wait 2>/dev/null; cp "$data/registry.log" /tmp/exports-benchmark.log; rm -rf "$data" "$jar"' EXIT

start() { # start the registry and wait until it answers and its read models are caught up
  java -Xmx$heap -jar "$jar" --server.port=$port --registry.data-dir="$data" "$@" >> "$data/registry.log" 2>&1 &
  pid=$!
  until curl -s -o /dev/null localhost:$port/actuator/health; do
    kill -0 $pid 2>/dev/null || { tail -50 "$data/registry.log"; exit 1; }
    sleep 2
  done
  caught_up
}
caught_up() {
  until curl -s -u manager:manager localhost:$port/api/admin/projections | python3 -c 'import json,sys; sys.exit(0 if all(p["caughtUp"] for p in json.load(sys.stdin)) else 1)'; do
    sleep 2
  done
}
stop() { kill $pid; wait $pid 2>/dev/null || true; pid=; }

measure() { # one export: status, bytes, seconds, and the live heap (old generation right after a full collection) at its largest
  local name=$1 path=$2 out="$data/$1" live=0 now
  curl -s -o "$out" -w '%{http_code} %{size_download} %{time_total}\n' -u manager:manager "localhost:$port$path" > "$data/curl" &
  local curl_pid=$!
  while kill -0 $curl_pid 2>/dev/null; do
    jcmd $pid GC.run > /dev/null
    now=$(jstat -gc $pid | awk 'NR==2 { printf "%d", $8/1024 }')
    [ "$now" -gt "$live" ] && live=$now
    sleep 2
  done
  read -r code size secs < "$data/curl"
  printf '  %-17s HTTP %s %8.1f MiB in %7.1f s   live heap at most %4d MiB (-Xmx%s)\n' \
    "$name" "$code" "$(echo "$size / 1048576" | bc -l)" "$secs" "$live" "$heap"
}

measure_all() {
  measure fhir.ndjson '/api/exports/fhir?format=ndjson'
  echo "  ($(grep -c '"resourceType":"Patient"' "$data/fhir.ndjson") cases)"
  measure analysis.csv /api/exports/analysis.csv
  measure fhir-bundle.json /api/exports/fhir
  measure events.ndjson /api/exports/events.ndjson
  measure audit.pdf /api/reports/audit.pdf
  rm -f "$data"/*.ndjson "$data"/*.json "$data"/*.csv "$data"/*.pdf
}

sql() { java -cp "$h2" org.h2.tools.Shell -url "jdbc:h2:file:$data/registry" -user sa -sql "$1" > /dev/null; }

start --registry.demo-cohort.enabled=true
until grep -q "demo cohort: .* cases loaded in" "$data/registry.log"; do sleep 2; done
caught_up
measure_all
stop

echo "copying the registry $copies times in SQL ..."
sql "CREATE TABLE base_case AS SELECT * FROM analysis_case;
     INSERT INTO analysis_case SELECT LEFT(case_id, 28) || LPAD(k.X, 8, '0'), centre_id,
            REPLACE(document, case_id, LEFT(case_id, 28) || LPAD(k.X, 8, '0'))
       FROM base_case, SYSTEM_RANGE(1, $copies - 1) k;
     DROP TABLE base_case;
     CREATE TABLE base_event AS SELECT * FROM DomainEventEntry;
     SET @last = (SELECT MAX(globalIndex) FROM base_event);
     INSERT INTO DomainEventEntry (globalIndex, aggregateIdentifier, sequenceNumber, type, eventIdentifier,
            metaData, payload, payloadRevision, payloadType, timeStamp)
       SELECT globalIndex + k.X * @last, LEFT(aggregateIdentifier, 28) || LPAD(k.X, 8, '0'), sequenceNumber, type,
            eventIdentifier || '-' || k.X, metaData, payload, payloadRevision, payloadType, timeStamp
       FROM base_event, SYSTEM_RANGE(1, $copies - 1) k;
     DROP TABLE base_event;
     ALTER TABLE DomainEventEntry ALTER COLUMN globalIndex RESTART WITH (SELECT MAX(globalIndex) + 1 FROM DomainEventEntry);
     UPDATE TokenEntry SET token = STRINGTOUTF8('{\"index\":' || (SELECT MAX(globalIndex) FROM DomainEventEntry) || ',\"gaps\":[]}')
       WHERE tokenType LIKE '%GapAwareTrackingToken';"
echo "  (copies share their events' payloads; read models are told they have seen them)"
start
measure_all
