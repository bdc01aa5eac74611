#!/bin/bash
# The by-speaker page against the built server alone, uncached: a 2 s warm-up, then autocannon -c 50 -d 10, and the
# server's CPU time from /proc around the measured run. For comparing the server's per-request cost before and after
# a change (issue 11); `npm run bench` is the full side-by-side run.
# Usage: tests/bench/hot-path.sh <corpus.db> [label] [--cpu-prof]   (DIST=dist-other to run another build of apps/server;
#   PG_URL=postgres://…/claimline_bench_10000 to load a PostgreSQL corpus instead of the SQLite file)
# The corpus (e.g. tests/bench/data/corpus-10000.db from `npm run bench -- --scale 10000`) is copied, never written.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CORPUS=$1
LABEL=${2:-run}
PORT=${PORT:-4711}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp "$CORPUS" "$WORK/corpus.db"
PROFILE=()
if [ "${3:-}" = "--cpu-prof" ]; then PROFILE=(--cpu-prof "--cpu-prof-dir=$ROOT/tests/bench/results/profile-$LABEL"); fi
NODE_ENV=production DATABASE_URL="${PG_URL:-file:$WORK/corpus.db}" RATE_LIMIT_CAPACITY=0 PORT=$PORT \
  node "${PROFILE[@]}" "$ROOT/apps/server/${DIST:-dist}/main.js" > "$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 120); do curl -sf "localhost:$PORT/healthz" > /dev/null && break; sleep 0.5; done
BODY='{"query":"query SpeakerPage($speaker: ID!) { statements(filter: { speakerIds: [$speaker] }, first: 20) { nodes { id content speechAct speaker { id name } denials { id content denier { id name } } } } }","variables":{"speaker":"Person:actor-0"}}'
AUTOCANNON=("$ROOT/node_modules/.bin/autocannon" -c 50 -m POST -H content-type=application/json -b "$BODY")
"${AUTOCANNON[@]}" -d 2 "http://127.0.0.1:$PORT/graphql" > /dev/null 2>&1
TICKS_BEFORE=$(awk '{print $14 + $15}' "/proc/$SERVER/stat")
"${AUTOCANNON[@]}" -d 10 --json "http://127.0.0.1:$PORT/graphql" > "$WORK/autocannon.json" 2> /dev/null
TICKS_AFTER=$(awk '{print $14 + $15}' "/proc/$SERVER/stat")
kill -INT $SERVER
wait $SERVER || true
node -e '
const [file, label, ticks] = process.argv.slice(1);
const r = require(file);
const load = require("os").loadavg().map((x) => x.toFixed(1)).join(" ");
console.log(`${label}: ${Math.round(r.requests.average)} req/s, p50/p99 ${r.latency.p50}/${r.latency.p99} ms, ` +
  `non-2xx ${r.non2xx}, errors ${r.errors}, CPU ${((Number(ticks) * 10) / r.requests.total).toFixed(3)} ms/request, load ${load}`);
' "$WORK/autocannon.json" "$LABEL" $((TICKS_AFTER - TICKS_BEFORE))
