#!/usr/bin/env bash
# Starts a single-node KRaft Kafka 3.9.1 broker for tests (see README.md).
# Stdout carries only KAFKA_BROKERS=...; progress and errors go to stderr.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
port="${KAFKA_PORT:-9092}"
controller_port="${KAFKA_CONTROLLER_PORT:-9093}"
state="${KAFKA_STATE_DIR:-$here/.run}"
mkdir -p "$state" && state="$(cd "$state" && pwd)"
jars="$here/.jars"
pid_file="$state/kafka.pid" log_file="$state/kafka.log" props="$state/server.properties"
data="$state/data"
bootstrap="127.0.0.1:$port"
timeout="${KAFKA_START_TIMEOUT:-90}"
java_cmd=(java -cp "$jars/*" "-Dlog4j.configuration=file:$here/log4j.properties")

# Two callers starting at once (parallel test workers) must not race.
exec 9>"$state/.lock"
flock 9

running_pid() {
  [[ -f $pid_file ]] || return 1
  local pid; pid="$(cat "$pid_file")"
  ps -p "$pid" -o args= 2>/dev/null | grep -q 'kafka\.Kafka' && echo "$pid"
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Compiled once (not run as a source file) to save ~2 s of javac on every start.
wait_ready() {
  if [[ ! "$jars/classes/WaitReady.class" -nt "$here/WaitReady.java" ]]; then
    javac -cp "$jars/*" -d "$jars/classes" "$here/WaitReady.java"
  fi
  if ! java -cp "$jars/*:$jars/classes" "-Dlog4j.configuration=file:$here/log4j.properties" \
    WaitReady "$bootstrap" "$timeout" "$1" >"$state/wait.log" 2>&1; then
    echo "kafka did not become ready on $bootstrap; last lines of $log_file:" >&2
    tail -n 40 "$log_file" >&2 || true
    cat "$state/wait.log" >&2
    return 1
  fi
}

if pid="$(running_pid)"; then
  wait_ready "$pid"
  echo "KAFKA_BROKERS=$bootstrap"
  exit 0
fi
rm -f "$pid_file"

for p in "$port" "$controller_port"; do
  if port_busy "$p"; then echo "port $p is already in use; set KAFKA_PORT / KAFKA_CONTROLLER_PORT" >&2; exit 1; fi
done

# Refetch when the pom changes, so a version bump never mixes old and new jars.
pom_sum="$(sha256sum "$here/pom.xml" | cut -d' ' -f1)"
if [[ "$(cat "$jars/.pom.sha256" 2>/dev/null)" != "$pom_sum" ]]; then
  echo "fetching kafka jars into $jars" >&2
  rm -rf "$jars"
  mvn -B -q -f "$here/pom.xml" dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$jars" >&2
  echo "$pom_sum" >"$jars/.pom.sha256"
fi

cat >"$props" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$controller_port
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$controller_port
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$data
num.partitions=${KAFKA_NUM_PARTITIONS:-3}
auto.create.topics.enable=true
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
EOF

# KAFKA_KEEP_DATA=1 restarts on the previous run's log dir (topics, offsets survive).
if [[ "${KAFKA_KEEP_DATA:-0}" == 1 && -f "$data/meta.properties" ]]; then
  echo "reusing kafka data in $data" >&2
else
  rm -rf "$data"
  : >"$log_file"
  cluster_id="$("${java_cmd[@]}" kafka.tools.StorageTool random-uuid 2>/dev/null)"
  if ! "${java_cmd[@]}" kafka.tools.StorageTool format -t "$cluster_id" -c "$props" --ignore-formatted >"$state/format.log" 2>&1; then
    cat "$state/format.log" >&2
    exit 1
  fi
fi

# 9>&- : the broker must not inherit (and hold forever) the start lock.
nohup java -Xmx512m -Xms256m -cp "$jars/*" "-Dlog4j.configuration=file:$here/log4j.properties" \
  kafka.Kafka "$props" </dev/null >>"$log_file" 2>&1 9>&- &
echo $! >"$pid_file"

if ! wait_ready "$!"; then
  "$here/stop.sh" >&2
  exit 1
fi
echo "KAFKA_BROKERS=$bootstrap"
