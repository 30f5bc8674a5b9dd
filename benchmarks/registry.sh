# What the benchmark harnesses share, sourced by them (not run): a registry started from a copy of
# the built jar on an H2 file in $data, waited for, stopped; its live heap; and the SQL copy that
# grows it. The sourcing script sets port and data, and calls prepare first.

prepare() { # $work (scratch folder, removed at exit), the jar copy, the class path of Harness.java
  [ -f registry-app/target/registry-app.jar ] || { echo "build first: mvn -B -DskipTests clean package"; exit 1; }
  work=$(mktemp -d)
  log=$work/registry.log
  jar=$work/registry.jar   # a copy: a rebuild during the run must not pull classes from under the registry
  cp registry-app/target/registry-app.jar "$jar"
  local m2=~/.m2/repository
  newest() { ls "$m2/$1"/*/"$2"-*.jar | grep -v sources | sort -V | tail -1; }
  classpath=$(newest com/h2database/h2 h2):$(newest com/fasterxml/jackson/core/jackson-databind jackson-databind)
  classpath=$classpath:$(newest com/fasterxml/jackson/core/jackson-core jackson-core):$(newest com/fasterxml/jackson/core/jackson-annotations jackson-annotations)
  pid=
  trap '[ -n "$pid" ] && kill $pid 2>/dev/null; wait 2>/dev/null; cp "$log" /tmp/$(basename "$0" .sh)-benchmark.log 2>/dev/null; rm -rf "$work"' EXIT
}

start() { # the registry with these JVM options and arguments, answering and caught up
  local options=$1
  shift
  java $options -jar "$jar" --server.port=$port --registry.data-dir="$data" "$@" >> "$log" 2>&1 &
  pid=$!
  until curl -s -o /dev/null localhost:$port/actuator/health; do
    kill -0 $pid 2>/dev/null || { tail -50 "$log"; exit 1; }
    sleep 1
  done
  caught_up
}
demo_cohort() { # a new registry loaded with the demo cohort through the command path, stopped
  start "" --registry.demo-cohort.enabled=true
  until grep -q "demo cohort: .* cases loaded in" "$log"; do sleep 2; done
  caught_up
  stop
}
caught_up() { until [ "$(projections | python3 -c 'import json,sys; print(all(p["caughtUp"] for p in json.load(sys.stdin)))')" = True ]; do sleep 2; done; }
projections() { curl -s -u manager:manager "localhost:$port/api/admin/projections${1:-}"; }
stop() { kill $pid; wait $pid 2>/dev/null || true; pid=; }
live_heap() { jcmd $pid GC.run > /dev/null; jstat -gc $pid | awk 'NR==2 { printf "%d", $8/1024 }'; }   # old generation after a full collection, MiB
compact() { java -cp "$classpath" org.h2.tools.Shell -url "jdbc:h2:file:$data/registry;DB_CLOSE_ON_EXIT=FALSE" -user sa -sql "SHUTDOWN COMPACT" > /dev/null 2>&1 || true; }
harness() { local command=$1; shift; java -Xmx4g -cp "$classpath" benchmarks/Harness.java "$command" "jdbc:h2:file:$data/registry" "$@"; }

copy_cases() { # COPIES ROUND: the stopped registry's cases copied in SQL until there are COPIES times as many
  local copies=$1 round=$2 first
  compact
  for first in $(seq 1 "$round" $((copies - 1))); do   # in rounds, compacted between: H2 grows eightfold while inserting
    harness copy "$first" $((first + round - 1 < copies - 1 ? first + round - 1 : copies - 1))
    compact
  done
  harness done
  compact
}
