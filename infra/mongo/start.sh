#!/usr/bin/env bash
# Starts an in-memory mongo-java-server for tests (see README.md).
# Stdout carries only MONGO_URL=...; progress and errors go to stderr.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
port="${MONGO_PORT:-27017}"
state="${MONGO_STATE_DIR:-$here/.run}"
mkdir -p "$state" && state="$(cd "$state" && pwd)"
jars="$here/.jars"
pid_file="$state/mongo.pid" log_file="$state/mongo.log"
timeout="${MONGO_START_TIMEOUT:-60}"
url="mongodb://127.0.0.1:$port/?directConnection=true"

# Two callers starting at once (parallel test workers) must not race.
exec 9>"$state/.lock"
flock 9

running_pid() {
  [[ -f $pid_file ]] || return 1
  local pid; pid="$(cat "$pid_file")"
  ps -p "$pid" -o args= 2>/dev/null | grep -q 'MongoServerMain' && echo "$pid"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The server accepts connections only once bind() is done, so an open port means ready.
wait_ready() {
  local deadline=$((SECONDS + timeout))
  until port_open "$port"; do
    if ! kill -0 "$1" 2>/dev/null || ((SECONDS >= deadline)); then
      echo "mongo did not start on port $port; last lines of $log_file:" >&2
      tail -n 40 "$log_file" >&2 || true
      return 1
    fi
    sleep 0.2
  done
}

if pid="$(running_pid)"; then
  wait_ready "$pid"
  echo "MONGO_URL=$url"
  exit 0
fi
rm -f "$pid_file"

if port_open "$port"; then echo "port $port is already in use; set MONGO_PORT" >&2; exit 1; fi

# Refetch when the pom changes, so a version bump never mixes old and new jars.
pom_sum="$(sha256sum "$here/pom.xml" | cut -d' ' -f1)"
if [[ "$(cat "$jars/.pom.sha256" 2>/dev/null)" != "$pom_sum" ]]; then
  echo "fetching mongo-java-server jars into $jars" >&2
  rm -rf "$jars"
  mvn -B -q -f "$here/pom.xml" dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$jars" >&2
  echo "$pom_sum" >"$jars/.pom.sha256"
fi

# 9>&- : the server must not inherit (and hold forever) the start lock.
nohup java -Xmx256m -cp "$jars/*" -Dorg.slf4j.simpleLogger.showDateTime=true \
  "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd HH:mm:ss.SSS" \
  "$here/MongoServerMain.java" "$port" </dev/null >"$log_file" 2>&1 9>&- &
echo $! >"$pid_file"

if ! wait_ready "$!"; then
  "$here/stop.sh" >&2
  exit 1
fi
echo "MONGO_URL=$url"
