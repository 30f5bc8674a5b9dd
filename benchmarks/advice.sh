#!/usr/bin/env bash
# Live-advice harness (issue 26): the guideline's advice beside a form is a dry run of the entry
# (POST …?dryRun=true) sent as the clinician types. Eight clinicians type at once on the embedded
# default, loaded with the demo cohort, each in browser sessions (a session cookie, CSRF token),
# each on a procedure of a case of their own; prints their latency while typing (a dry run, then the
# form's pause) and flat out (no pause: capacity). Asserts nothing.
# Usage: benchmarks/advice.sh [dry runs per clinician]   (after: mvn -B -DskipTests clean package)
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-200}
pause=500   # DEBOUNCE_MS of workspace/entry-page.js
port=${PORT:-18084}
source benchmarks/registry.sh
prepare
data=$work/data
demo_cohort
start ""
echo "embedded default, demo cohort, $(nproc) cores; dry runs of a procedure (RFA + cementoplasty) per clinician:"
python3 benchmarks/load.py advice $port clinician clinician 8 150 IT-BO-01 > /dev/null   # warm-up: the JIT compiles the path first
echo "typing: each clinician's next dry run $pause ms after the answer (the form asks $pause ms after the last keystroke)"
for clients in 1 8; do
  python3 benchmarks/load.py advice $port clinician clinician $clients "$requests" IT-BO-01 $pause
done
echo "flat out: no pause, the registry's capacity for dry runs"
python3 benchmarks/load.py advice $port clinician clinician 8 "$requests" IT-BO-01
