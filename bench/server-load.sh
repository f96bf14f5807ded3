#!/usr/bin/env bash
# The server at scale, from an empty data directory: start, seed ENTRIES random PDQ entries through the import
# endpoint, heap after a full GC, one-hash lookups at RATE/s, 1 MP image matching, then a restart (index load
# time and heap again). Loopback only; everything it creates is in DATA (deleted at the end unless KEEP=1).
#   bench/server-load.sh                 # 10M entries, 1,000/s for 60 s, images for 30 s
#   ENTRIES=1000000 DURATION=20 bench/server-load.sh
#   REUSE=1 KEEP=1 DATA=/tmp/custos-load-XXXXXX bench/server-load.sh   # a data dir seeded by an earlier KEEP=1 run
#   CLIENT=jdk ...                       # lookups through the JDK HttpClient instead of the lean keep-alive client
set -euo pipefail
cd "$(dirname "$0")/.."
ENTRIES=${ENTRIES:-10000000}
RATE=${RATE:-1000}
DURATION=${DURATION:-60}
PORT=${PORT:-18181}
SHARED=${SHARED:-../shared}
DATA=${DATA:-$(mktemp -d /tmp/custos-load-XXXXXX)}
mkdir -p "$DATA"
export CUSTOS_JAVA_OPTS=${CUSTOS_JAVA_OPTS:--Xmx2g -XX:MaxDirectMemorySize=4g -Xlog:gc:file=$DATA/gc-%p.log}
URL=http://127.0.0.1:$PORT
PID=

stop_server() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then kill "$PID"; wait "$PID" 2>/dev/null || true; fi
  PID=
}
finish() {
  stop_server
  if [ "${KEEP:-0}" != 1 ]; then rm -rf "$DATA"; else echo "data kept in $DATA"; fi
}
trap finish EXIT

start_server() {
  local started=$(date +%s.%N)
  ./custos serve --port "$PORT" --data-dir "$DATA" >>"$DATA/server.log" 2>&1 &
  PID=$!
  until curl -sf "$URL/actuator/health/readiness" >/dev/null; do
    kill -0 "$PID" 2>/dev/null || { cat "$DATA/server.log"; exit 1; }
    sleep 0.5
  done
  JDK=$(dirname "$(readlink /proc/$PID/exe)")
  echo "server ready in $(awk "BEGIN {printf \"%.1f\", $(date +%s.%N) - $started}") s (pid $PID; $(uptime | sed 's/.*load/load/'))"
}

memory() {
  "$JDK/jcmd" "$PID" GC.run >/dev/null
  local heap=$(curl -sf -H "Authorization: Bearer $KEY" "$URL/actuator/prometheus" \
    | awk '/^jvm_memory_used_bytes/ && /area="heap"/ {s += $NF} END {printf "%.0f", s / 1048576}')
  local index=$(curl -sf -H "Authorization: Bearer $KEY" "$URL/actuator/prometheus" \
    | awk '/^custos_index_pdq_bytes/ {printf "%.0f", $2 / 1048576}')
  local entries=$(curl -sf -H "Authorization: Bearer $KEY" "$URL/actuator/prometheus" \
    | awk '/^custos_index_pdq_entries/ {printf "%.0f", $2}')
  echo "memory after a full GC: heap used $heap MiB, PDQ index $index MiB off-heap for $entries entries," \
    "RSS $(awk '/VmRSS/ {printf "%.0f MiB", $2 / 1024}' /proc/$PID/status)"
  "$JDK/jcmd" "$PID" GC.heap_info | sed 's/^/  /'
}

# CPU seconds used so far by the server JVM and PostgreSQL (the postmaster and its backends): what a run costs
# whatever else shares the machine. From /proc/<pid>/stat (user + system, clock ticks), so to 10 ms.
cpu_seconds() {
  local pm=$(head -1 "$DATA/postgresql/postmaster.pid")
  local tick=$(getconf CLK_TCK)
  for p in "$PID" "$pm" $(pgrep -P "$pm"); do cat "/proc/$p/stat" 2>/dev/null || true; done \
    | awk -v t="$tick" '{sub(/^.*\) /, ""); s += $12 + $13} END {printf "%.2f", s / t}'
}

# One-hash lookups, with the CPU they cost per request: the server JVM and PostgreSQL, and the load tool apart.
lookups() {
  local before=$(cpu_seconds)
  /usr/bin/time -f "%U %S" -o "$DATA/load-tool.cpu" \
    "$JDK/java" -cp bench/target/classes org.custos.bench.server.MatchLoad "$URL" "$KEY" hashes "$@" ${CLIENT:-}
  local requests=$(( $2 * $3 + $2 * ($3 / 5 > 1 ? $3 / 5 : 1) ))
  awk -v b="$before" -v a="$(cpu_seconds)" -v n="$requests" '{printf "CPU per request (%d, warm-up included): " \
    "server JVM and PostgreSQL %.2f ms, load tool %.2f ms\n", n, (a - b) * 1000 / n, ($1 + $2) * 1000 / n}' \
    "$DATA/load-tool.cpu"
}

load() {
  "$JDK/java" -cp bench/target/classes org.custos.bench.server.MatchLoad "$URL" "$KEY" "$@"
}

mvn -B -q -pl bench compile
start_server
echo "machine: $(nproc) cores, $(uname -r), $("$JDK/java" -version 2>&1 | head -1), server $CUSTOS_JAVA_OPTS"
KEY=$(grep -o 'custos_[0-9a-f]\{12\}_[A-Za-z0-9_-]*' "$DATA/server.log" | head -1)
[ -n "$KEY" ] || { echo "no operator key in $DATA/server.log"; exit 1; }
if [ "${REUSE:-0}" != 1 ]; then
  before=$(cpu_seconds)
  load seed "$ENTRIES"
  echo "import used $(awk -v b="$before" -v a="$(cpu_seconds)" 'BEGIN {printf "%.0f", a - b}') CPU seconds" \
    "(server JVM and PostgreSQL);" \
    "after it: $(uptime | sed 's/.*load/load/')"
fi
memory
lookups "$ENTRIES" "$RATE" "$DURATION"
echo "after the lookups: $(uptime | sed 's/.*load/load/')"
if [ -d "$SHARED/pdq-vectors" ]; then
  load images "$SHARED/pdq-vectors/pdq/data" 2 30
else
  echo "image matching skipped: $SHARED/pdq-vectors is absent"
fi
stop_server
echo "restart with $ENTRIES entries:"
start_server
memory
