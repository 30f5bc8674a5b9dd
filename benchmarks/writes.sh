#!/usr/bin/env bash
# Write-path harness (issue 13): how many case registrations (two events each: the registration
# and its guideline evaluation) the registry accepts per second over HTTP on PostgreSQL, with 8 and
# 16 clients logged in as browsers are, and their latency; beside, in the same run on the same
# server, what pgbench commits with as many clients, one row per transaction. Prints figures;
# asserts nothing. Needs PostgreSQL's server programs and pgbench (apt-get install postgresql).
# Usage: benchmarks/writes.sh [seconds per run]   (after: mvn -B -DskipTests clean package)
#        JFR=file.jfr records a flight recording of the registry meanwhile (where a write's time goes).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
port=${PORT:-18083}
pgport=${PGPORT:-15432}
[ -f registry-app/target/registry-app.jar ] || { echo "build first: mvn -B -DskipTests clean package"; exit 1; }
bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1 || command -v initdb)")
work=$(mktemp -d)
chmod 777 "$work"
cp registry-app/target/registry-app.jar "$work/registry.jar"
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
password=bench-$RANDOM$RANDOM

pid=
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; wait 2>/dev/null; as_postgres "$bin/pg_ctl" -D "$work/pg" stop -m fast > /dev/null 2>&1; cp "$work/registry.log" /tmp/writes-benchmark.log 2>/dev/null; rm -rf "$work"' EXIT

as_postgres "$bin/initdb" -D "$work/pg" -U postgres --auth=trust > /dev/null
as_postgres "$bin/pg_ctl" -D "$work/pg" -o "-p $pgport -k $work -c max_connections=200" -l "$work/pg.log" start -w > /dev/null
psql -q -h "$work" -p $pgport -U postgres -c "CREATE USER registry PASSWORD 'registry'" -c "CREATE DATABASE registry OWNER registry" \
  -c "CREATE DATABASE pgbench"
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on port $pgport, $(nproc) cores"

REGISTRY_SECURITY_ACCOUNTS_0_USERNAME=bench REGISTRY_SECURITY_ACCOUNTS_0_PASSWORD="{noop}$password" \
REGISTRY_SECURITY_ACCOUNTS_0_ROLE=CLINICIAN REGISTRY_SECURITY_ACCOUNTS_0_CENTRES_0=IT-BO-01 \
  java ${JFR:+-XX:StartFlightRecording=filename=$JFR,settings=profile} -jar "$work/registry.jar" --spring.profiles.active=postgres --server.port=$port --registry.data-dir="$work/data" \
  --spring.datasource.url="jdbc:postgresql://localhost:$pgport/registry" > "$work/registry.log" 2>&1 &
pid=$!
until curl -s -o /dev/null localhost:$port/actuator/health; do
  kill -0 $pid 2>/dev/null || { tail -50 "$work/registry.log"; exit 1; }
  sleep 1
done

psql -q -h "$work" -p $pgport -U postgres pgbench -c "CREATE TABLE event (id BIGSERIAL PRIMARY KEY, payload TEXT NOT NULL)"
echo "INSERT INTO event (payload) VALUES (repeat('x', 500));" > "$work/append.sql"
python3 benchmarks/load.py write $port bench "$password" 4 5 IT-BO-01 > /dev/null   # warm-up
for clients in 8 16; do
  printf '  registry over HTTP: '
  python3 benchmarks/load.py write $port bench "$password" $clients "$seconds" IT-BO-01
  printf '  pgbench, one 500-byte row per commit: '
  pgbench -h "$work" -p $pgport -U postgres -n -c $clients -j 2 -T "$seconds" -f "$work/append.sql" pgbench 2>/dev/null \
    | awk -v c=$clients '/latency average/ { lat = $4 } /^tps/ { printf "%3d clients  latency average %6.2f ms  %7.0f commits/s\n", c, lat, $3 }'
done
