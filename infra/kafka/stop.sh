#!/usr/bin/env bash
# Stops the broker started by start.sh (same KAFKA_STATE_DIR). Exit 0 if none runs.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
pid_file="${KAFKA_STATE_DIR:-$here/.run}/kafka.pid"

[[ -f $pid_file ]] || exit 0
pid="$(cat "$pid_file")"
# Check the command line too: a stale pid may now belong to another process.
alive() { ps -p "$pid" -o args= 2>/dev/null | grep -q 'kafka\.Kafka'; }

if alive; then
  kill -TERM "$pid"
  for _ in $(seq 1 40); do alive || break; sleep 0.5; done
  if alive; then
    echo "kafka (pid $pid) ignored SIGTERM for 20 s; killing" >&2
    kill -KILL "$pid"
    while alive; do sleep 0.1; done
  fi
fi
rm -f "$pid_file"
