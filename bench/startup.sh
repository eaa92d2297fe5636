#!/bin/sh
# Measures the local stack: start to "ready", then the first task from submission to SUCCEEDED.
# Usage: bench/startup.sh [--clean]   (curl and a POSIX shell; runs ./taskwire up, stops it after)
set -eu
cd "$(dirname "$0")/.."
log=$(mktemp)
now_ms() { date +%s%3N; }

build_start=$(now_ms)
./mvnw --batch-mode --quiet -DskipTests package -pl deploy,gateway-service,task-service,worker-service,trace-service -am
build_done=$(now_ms)

start=$(now_ms)
TASKWIRE_SKIP_BUILD=1 ./taskwire up "$@" > "$log" 2>&1 &
stack=$!
trap 'kill -TERM $stack 2>/dev/null; wait $stack 2>/dev/null || true; rm -f "$log"' EXIT
while ! grep -qx ready "$log"; do
	if ! kill -0 "$stack" 2>/dev/null; then cat "$log"; echo "the stack did not start" >&2; exit 1; fi
	sleep 0.2
done
ready=$(now_ms)

submitted=$(now_ms)
task=$(curl -sS -X POST http://localhost:8080/api/v1/tasks -H 'Authorization: Bearer tw-alice-dev-key' \
	-H 'Content-Type: application/json' -d '{"type":"llm.chat","input":{"prompt":"Say hello."}}')
id=$(printf '%s' "$task" | sed 's/^{"id":"\([^"]*\)".*/\1/')
until curl -sS "http://localhost:8080/api/v1/tasks/$id" -H 'Authorization: Bearer tw-alice-dev-key' \
	| grep -q '"status":"SUCCEEDED"'; do
	sleep 0.05
done
done_at=$(now_ms)

echo "build (incremental, tests skipped): $(( build_done - build_start )) ms"
echo "start to ready: $(( ready - start )) ms"
echo "first task, submitted to SUCCEEDED: $(( done_at - submitted )) ms"
