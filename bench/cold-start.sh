#!/usr/bin/env bash
# Cold start: seconds from `java -jar` on an empty data directory until /actuator/health says UP
# (migrations and demo data included). Usage: bench/cold-start.sh [runs]  (after mvn -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
port=18181
for i in $(seq 1 "$runs"); do
  dir=$(mktemp -d)
  start=$(date +%s.%N)
  java -jar target/tuyengiao.jar --server.port=$port --tuyengiao.data-dir="$dir" > "$dir/app.log" 2>&1 &
  pid=$!
  until curl -sf -m 1 "http://127.0.0.1:$port/actuator/health" | grep -q '"UP"'; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "the application stopped; see $dir/app.log" >&2; exit 1; fi
    if [ "$(echo "$(date +%s.%N) - $start > 120" | bc)" = 1 ]; then echo "not UP after 120 s" >&2; kill "$pid"; exit 1; fi
    sleep 0.2
  done
  end=$(date +%s.%N)
  printf 'run %d: UP after %.1f s\n' "$i" "$(echo "$end - $start" | bc)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
done
