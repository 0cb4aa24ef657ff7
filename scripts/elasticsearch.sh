#!/usr/bin/env bash
# A local single-node Elasticsearch for development, tests and the demo -- no Docker needed -- or one
# node of a local cluster of several on loopback (CIVICHUB_ES_CLUSTER_NODES).
#
# Uses the official integration-test distribution of Elasticsearch from Maven Central
# (org.elasticsearch.distribution.integ-test-zip:elasticsearch:<version>:zip), which has no bundled
# JDK: Elasticsearch runs on the JDK in use. Elasticsearch refuses to run as root, so when this script
# runs as root it creates the unprivileged system user "civichub" and runs Elasticsearch as that user.
#
# Usage: scripts/elasticsearch.sh <command>
#   install   resolve the distribution with Maven and unpack it into the state directory (idempotent)
#   start     install if needed, start on 127.0.0.1 and wait until the cluster is at least yellow
#   stop      stop (SIGTERM, then SIGKILL after 30 s); no error if not running
#   status    running or not, URL and cluster health (exit status 3 when not running)
#   url       print the HTTP URL
#   wipe      stop and delete the data (keeps the installation)
#
# Environment:
#   CIVICHUB_STATE_DIR          state directory (default: <repository>/.civichub)
#   CIVICHUB_ES_VERSION         distribution version (default: elasticsearch.server.version in pom.xml)
#   CIVICHUB_ES_PORT            HTTP port on 127.0.0.1 (default: 9200; the transport port is automatic)
#   CIVICHUB_ES_HEAP            JVM heap, e.g. 512m or 1g (default: 1g)
#   CIVICHUB_ES_START_TIMEOUT   seconds to wait for a healthy cluster (default: 120)
#   CIVICHUB_ES_CLUSTER_NODES   nodes of a local cluster (default: 1, a single node); with more, this run is
#                               node CIVICHUB_ES_CLUSTER_NODE (1..N) on HTTP port CIVICHUB_ES_PORT + that - 1
#                               and transport port HTTP + 100, and its data, logs and pid are its own
#                               (one installation); start all N at once: the cluster forms when most are up
#   CIVICHUB_ES_CLUSTER_NODE    this node's number in the local cluster (default: 1)
#   ES_JAVA_HOME / JAVA_HOME    the JDK to run on (default: the java on PATH)
set -euo pipefail

REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
readonly REPO_DIR
readonly ES_USER="civichub"
readonly CLUSTER_NAME="civichub-local"
readonly NODE_NAME="civichub-local-1"
readonly DEFAULT_ES_VERSION="8.19.21"
readonly DEPENDENCY_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:3.6.1"
readonly STOP_TIMEOUT=30
readonly RECOMMENDED_OPEN_FILES=65535
readonly RECOMMENDED_MAX_MAP_COUNT=262144
readonly NOT_RUNNING_STATUS=3

info() { printf 'elasticsearch: %s\n' "$*"; }
note() { printf 'elasticsearch: note: %s\n' "$*" >&2; }
die() {
    printf 'elasticsearch: error: %s\n' "$*" >&2
    exit 1
}

usage() {
    sed -n '2,/^set -euo pipefail/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//'
}

# Prints the value of a <property> of the parent pom, or the given default.
pom_property() {
    local name="$1" default="$2" value=""
    if [[ -f "$REPO_DIR/pom.xml" ]]; then
        value="$(sed -n "s:.*<$name>[[:space:]]*\([^<[:space:]]*\)[[:space:]]*</$name>.*:\1:p" \
            "$REPO_DIR/pom.xml" | head -n 1)"
    fi
    printf '%s\n' "${value:-$default}"
}

ES_VERSION="${CIVICHUB_ES_VERSION:-$(pom_property elasticsearch.server.version "$DEFAULT_ES_VERSION")}"
CLUSTER_NODES="${CIVICHUB_ES_CLUSTER_NODES:-1}"
CLUSTER_NODE="${CIVICHUB_ES_CLUSTER_NODE:-1}"
FIRST_PORT="${CIVICHUB_ES_PORT:-9200}"
ES_PORT="$FIRST_PORT"
if [[ "$CLUSTER_NODES" =~ ^[0-9]+$ && "$CLUSTER_NODE" =~ ^[0-9]+$ && "$FIRST_PORT" =~ ^[0-9]+$ ]]; then
    ES_PORT=$((FIRST_PORT + CLUSTER_NODE - 1))
fi
ES_HEAP="${CIVICHUB_ES_HEAP:-1g}"
START_TIMEOUT="${CIVICHUB_ES_START_TIMEOUT:-120}"
STATE_DIR="$(realpath -m -- "${CIVICHUB_STATE_DIR:-$REPO_DIR/.civichub}")"
readonly ES_VERSION ES_PORT ES_HEAP START_TIMEOUT STATE_DIR CLUSTER_NODES CLUSTER_NODE FIRST_PORT
readonly ES_ARTIFACT="org.elasticsearch.distribution.integ-test-zip:elasticsearch:${ES_VERSION}:zip"

validate_configuration() {
    [[ "$ES_VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+([.-][A-Za-z0-9.-]+)?$ ]] \
        || die "CIVICHUB_ES_VERSION '$ES_VERSION' is not a version"
    if ! [[ "$ES_PORT" =~ ^[1-9][0-9]{0,4}$ ]] || ((ES_PORT > 65535)); then
        die "CIVICHUB_ES_PORT '$ES_PORT' is not a port number"
    fi
    [[ "$ES_HEAP" =~ ^[0-9]+[kKmMgG]$ ]] \
        || die "CIVICHUB_ES_HEAP '$ES_HEAP' is not a heap size like 512m or 1g"
    [[ "$START_TIMEOUT" =~ ^[1-9][0-9]*$ ]] \
        || die "CIVICHUB_ES_START_TIMEOUT '$START_TIMEOUT' is not a positive number of seconds"
    [[ "$CLUSTER_NODES" =~ ^[1-9]$ ]] || die "CIVICHUB_ES_CLUSTER_NODES '$CLUSTER_NODES' is not 1 to 9"
    [[ "$CLUSTER_NODE" =~ ^[1-9]$ ]] && ((CLUSTER_NODE <= CLUSTER_NODES)) \
        || die "CIVICHUB_ES_CLUSTER_NODE '$CLUSTER_NODE' is not a node of 1 to $CLUSTER_NODES"
    ((FIRST_PORT + CLUSTER_NODES + 100 <= 65535)) || die "CIVICHUB_ES_PORT '$FIRST_PORT' leaves no room for the nodes"
}

is_cluster() { ((CLUSTER_NODES > 1)); }

es_url() { printf 'http://127.0.0.1:%s\n' "$ES_PORT"; }

is_root() { [[ "$EUID" -eq 0 ]]; }

es_user_exists() { id -u "$ES_USER" >/dev/null 2>&1; }

ensure_es_user() {
    is_root || return 0
    es_user_exists && return 0
    command -v useradd >/dev/null || die "useradd not found: cannot create the user '$ES_USER'"
    local shell=/usr/sbin/nologin
    [[ -x "$shell" ]] || shell=/bin/false
    useradd --system --user-group --no-create-home --home-dir /nonexistent --shell "$shell" "$ES_USER"
    info "created the system user '$ES_USER' (no login shell, no home) to run Elasticsearch"
}

# Sets AS_ES_USER to the command prefix that runs a command as the Elasticsearch user (empty when
# not root: then Elasticsearch runs as ourselves).
AS_ES_USER=()
select_user_switch() {
    if ! is_root; then
        AS_ES_USER=()
    elif command -v runuser >/dev/null; then
        AS_ES_USER=(runuser -u "$ES_USER" --)
    elif command -v setpriv >/dev/null; then
        AS_ES_USER=(setpriv --reuid="$ES_USER" --regid="$ES_USER" --init-groups --)
    else
        # shellcheck disable=SC2016 # expanded by the user's shell
        AS_ES_USER=(su -s /bin/bash -c 'exec "$0" "$@"' "$ES_USER")
    fi
}

run_as_es_user() { "${AS_ES_USER[@]}" "$@"; }

# Makes files and directories belong to the Elasticsearch user (nothing to do when not root).
# Usage: give_to_es_user [-R] PATH...
give_to_es_user() {
    is_root || return 0
    local options=()
    if [[ "$1" == -R ]]; then
        options=(-R)
        shift
    fi
    chown "${options[@]}" -- "$ES_USER:$ES_USER" "$@"
}

# True if the Elasticsearch user can reach the directory (for a directory that does not exist yet:
# its nearest existing ancestor).
es_user_can_enter() {
    local dir="$1"
    while [[ ! -e "$dir" ]]; do dir="$(dirname -- "$dir")"; done
    run_as_es_user test -x "$dir"
}

ES_BASE="" ES_HOME="" ES_DATA="" ES_LOGS="" ES_RUN="" ES_TMP="" PID_FILE="" RELOCATED_DIR=""

# Everything of Elasticsearch lives in <state dir>/elasticsearch, unless the Elasticsearch user cannot
# enter the state directory (e.g. a repository under /root): then under /var/tmp/civichub-<hash>.
resolve_layout() {
    ES_BASE="$STATE_DIR/elasticsearch"
    if is_root && es_user_exists && ! es_user_can_enter "$STATE_DIR"; then
        RELOCATED_DIR="/var/tmp/civichub-$(printf '%s' "$STATE_DIR" | sha256sum | cut -c1-10)"
        ES_BASE="$RELOCATED_DIR/elasticsearch"
    fi
    ES_HOME="$ES_BASE/elasticsearch-$ES_VERSION"
    local own=""
    is_cluster && own="-node$CLUSTER_NODE"
    ES_DATA="$ES_BASE/data$own"
    ES_LOGS="$ES_BASE/logs$own"
    ES_RUN="$ES_BASE/run$own"
    ES_TMP="$ES_BASE/tmp$own"
    PID_FILE="$ES_RUN/elasticsearch.pid"
}

# /var/tmp is world-writable: only use a directory there that we created ourselves.
prepare_relocated_dir() {
    local dir="$RELOCATED_DIR"
    if [[ ! -e "$dir" && ! -L "$dir" ]]; then
        mkdir -m 0750 -- "$dir"
    fi
    [[ -d "$dir" && ! -L "$dir" ]] || die "$dir is not a directory"
    local owner
    owner="$(stat -c %U -- "$dir")"
    [[ "$owner" == root || "$owner" == "$ES_USER" ]] || die "$dir belongs to '$owner'; remove it and retry"
    give_to_es_user "$dir"
    chmod 0750 -- "$dir"
}

# Creates the state directory, readable and enterable by others (the Elasticsearch user).
ensure_state_dir() {
    [[ -d "$STATE_DIR" ]] && return 0
    mkdir -p -- "$(dirname -- "$STATE_DIR")"
    mkdir -m 0755 -- "$STATE_DIR"
}

prepare_layout() {
    ensure_state_dir
    if [[ -n "$RELOCATED_DIR" ]]; then
        prepare_relocated_dir
        info "the user '$ES_USER' cannot enter $STATE_DIR: Elasticsearch lives in $ES_BASE"
    fi
    mkdir -p -- "$ES_BASE" "$ES_DATA" "$ES_LOGS" "$ES_RUN" "$ES_TMP"
    chmod 0750 -- "$ES_DATA"
    give_to_es_user "$ES_BASE" "$ES_DATA" "$ES_LOGS" "$ES_RUN" "$ES_TMP"
}

# Serialises install/start/stop/wipe of one state directory (of one node of a local cluster: install
# the distribution once before starting the nodes together).
acquire_lock() {
    command -v flock >/dev/null || return 0
    ensure_state_dir
    # Each node of a local cluster has a lock of its own: the nodes start at the same time.
    local lock="$STATE_DIR/.elasticsearch.lock"
    is_cluster && lock="$STATE_DIR/.elasticsearch-node$CLUSTER_NODE.lock"
    exec 9>"$lock"
    flock -w "$((START_TIMEOUT + STOP_TIMEOUT + 60))" 9 \
        || die "another run of this script holds $lock"
}

is_installed() { [[ -f "$ES_HOME/.civichub-installed" && -x "$ES_HOME/bin/elasticsearch" ]]; }

maven_command() {
    if [[ -x "$REPO_DIR/mvnw" ]]; then
        printf '%s\n' "$REPO_DIR/mvnw"
    else
        command -v mvn || die "Maven (mvn) not found on PATH"
    fi
}

# Resolves the distribution zip through Maven (and so through its local repository) into a directory.
download_distribution() {
    local target_dir="$1" mvn
    mvn="$(maven_command)"
    info "resolving $ES_ARTIFACT with Maven"
    # Run outside the project: in the reactor, dependency:copy would run once per module. Show Maven's
    # output only when it fails.
    local output
    if ! output="$(cd "$target_dir" && "$mvn" -B -q "$DEPENDENCY_PLUGIN:copy" \
        -Dartifact="$ES_ARTIFACT" -DoutputDirectory="$target_dir" 2>&1)"; then
        printf '%s\n' "$output" >&2
        die "Maven could not resolve $ES_ARTIFACT"
    fi
}

unpack_zip() {
    local zip="$1" target_dir="$2"
    mkdir -p -- "$target_dir"
    if command -v unzip >/dev/null; then
        unzip -q -- "$zip" -d "$target_dir"
    else
        # jar does not keep the executable bits: restore them for the launch scripts.
        (cd "$target_dir" && jar xf "$zip")
        chmod +x -- "$target_dir"/*/bin/*
    fi
}

install_distribution() {
    if is_installed; then
        info "Elasticsearch $ES_VERSION is installed in $ES_HOME"
        return 0
    fi
    local work
    work="$(mktemp -d -- "$ES_BASE/.install.XXXXXX")"
    # shellcheck disable=SC2064 # expand now: $work is local
    trap "rm -rf -- $(printf '%q' "$work")" EXIT
    download_distribution "$work"
    local zips=("$work"/*.zip)
    [[ -f "${zips[0]}" ]] || die "Maven produced no zip for $ES_ARTIFACT"
    unpack_zip "${zips[0]}" "$work/unpacked"
    local homes=("$work"/unpacked/*/bin/elasticsearch)
    [[ -x "${homes[0]}" ]] || die "the zip of $ES_ARTIFACT has no bin/elasticsearch"
    rm -rf -- "$ES_HOME"
    mv -- "$(dirname -- "$(dirname -- "${homes[0]}")")" "$ES_HOME"
    # Elasticsearch writes into its home, e.g. the keystore into config/.
    give_to_es_user -R "$ES_HOME"
    touch -- "$ES_HOME/.civichub-installed"
    rm -rf -- "$work"
    trap - EXIT
    info "installed Elasticsearch $ES_VERSION in $ES_HOME"
}

# Prints the pid of our Elasticsearch if it runs (pid file present, process alive, and the process is
# the Elasticsearch of this installation -- not a recycled pid).
running_pid() {
    [[ -f "$PID_FILE" ]] || return 1
    local pid
    pid="$(tr -dc '0-9' <"$PID_FILE")"
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 1
    local command_line
    if command_line="$(tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline")"; then
        [[ "$command_line" == *" --module-path $ES_HOME/lib "* ]] || return 1
    fi
    printf '%s\n' "$pid"
}

require_curl() {
    command -v curl >/dev/null || die "curl not found: it is needed to check the cluster health"
}

is_healthy() {
    curl -fsS --max-time 5 -o /dev/null "$(es_url)/_cluster/health?wait_for_status=yellow&timeout=1s" \
        2>/dev/null
}

port_in_use() {
    timeout 3 bash -c "exec 3<>/dev/tcp/127.0.0.1/$ES_PORT" 2>/dev/null
}

describe_port_owner() {
    local name
    name="$(curl -fsS --max-time 3 "$(es_url)/_cluster/health" 2>/dev/null \
        | sed -n 's/.*"cluster_name":"\([^"]*\)".*/\1/p')" || true
    if [[ -n "$name" ]]; then
        printf "it answers as Elasticsearch cluster '%s', not the one of this state directory" "$name"
    else
        printf 'something else listens there'
    fi
}

wait_until_healthy() {
    local deadline="$1"
    while ((SECONDS < deadline)); do
        is_healthy && return 0
        if [[ -f "$PID_FILE" ]] && ! running_pid >/dev/null; then
            return 1 # it started and died
        fi
        sleep 1
    done
    is_healthy
}

show_log_tails() {
    local file
    for file in "$ES_RUN/startup.out" "$ES_LOGS/$CLUSTER_NAME.log"; do
        [[ -s "$file" ]] || continue
        printf '\n---- last lines of %s ----\n' "$file" >&2
        tail -n 40 -- "$file" >&2
    done
}

# The JDK to run Elasticsearch on: ES_JAVA_HOME, JAVA_HOME, or the one of the java on PATH.
java_home() {
    local home="${ES_JAVA_HOME:-${JAVA_HOME:-}}" java
    if [[ -z "$home" ]]; then
        java="$(command -v java)" || die "no java on PATH: set JAVA_HOME to a JDK 17 or later"
        java="$(readlink -f -- "$java")"
        home="${java%/bin/java}"
    fi
    [[ -x "$home/bin/java" ]] || die "$home/bin/java not found: set JAVA_HOME to a JDK 17 or later"
    run_as_es_user test -x "$home/bin/java" \
        || die "the user '$ES_USER' cannot run $home/bin/java: use a JDK outside private directories"
    printf '%s\n' "$home"
}

note_system_limits() {
    local max_map_count
    max_map_count="$(cat /proc/sys/vm/max_map_count 2>/dev/null || echo "$RECOMMENDED_MAX_MAP_COUNT")"
    if ((max_map_count < RECOMMENDED_MAX_MAP_COUNT)); then
        note "vm.max_map_count is $max_map_count" \
            "(production needs $RECOMMENDED_MAX_MAP_COUNT; fine for this loopback node)"
    fi
}

launch_elasticsearch() {
    local jdk="$1" timeout_seconds="$2"
    local settings=(
        -E "network.host=127.0.0.1"
        -E "http.port=$ES_PORT"
        -E "xpack.security.enabled=false"
        -E "path.data=$ES_DATA"
        -E "path.logs=$ES_LOGS"
        -E "cluster.routing.allocation.disk.threshold_enabled=false"
    )
    if is_cluster; then
        local i seeds=() masters=()
        for ((i = 1; i <= CLUSTER_NODES; i++)); do
            seeds+=("127.0.0.1:$((FIRST_PORT + i - 1 + 100))")
            masters+=("$CLUSTER_NAME-node$i")
        done
        settings+=(-E "cluster.name=$CLUSTER_NAME-cluster" -E "node.name=$CLUSTER_NAME-node$CLUSTER_NODE"
            -E "transport.port=$((ES_PORT + 100))"
            -E "discovery.seed_hosts=$(IFS=,; echo "${seeds[*]}")"
            -E "cluster.initial_master_nodes=$(IFS=,; echo "${masters[*]}")")
    else
        settings+=(-E "cluster.name=$CLUSTER_NAME" -E "node.name=$NODE_NAME" -E "discovery.type=single-node")
    fi
    # The configuration is the one of ES_HOME; a node of a local cluster has a copy of its own (its own
    # keystore: the nodes start at the same time).
    local conf=(-u ES_PATH_CONF)
    if is_cluster; then
        local own_conf="$ES_BASE/config-node$CLUSTER_NODE"
        if [[ ! -d "$own_conf" ]]; then
            cp -r -- "$ES_HOME/config" "$own_conf"
            rm -f -- "$own_conf"/elasticsearch.keystore*
            give_to_es_user -R "$own_conf"
        fi
        conf=("ES_PATH_CONF=$own_conf")
    fi
    (
        # The JVM needs a working directory it can enter; jvm.options puts the GC log into logs/ and heap
        # dumps into data/ of it, i.e. into ES_LOGS and ES_DATA. Raise the open-files limit where allowed.
        cd "$ES_BASE"
        ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
        if (($(ulimit -n) < RECOMMENDED_OPEN_FILES)); then
            note "open files limit is $(ulimit -n)" \
                "(production needs $RECOMMENDED_OPEN_FILES; fine for this loopback node)"
        fi
        # The lock (fd 9) is not passed on; the configuration is the one of ES_HOME.
        exec timeout --kill-after=10 "$timeout_seconds" \
            "${AS_ES_USER[@]}" env "${conf[@]}" \
            ES_JAVA_HOME="$jdk" ES_JAVA_OPTS="-Xms$ES_HEAP -Xmx$ES_HEAP" ES_TMPDIR="$ES_TMP" \
            "$ES_HOME/bin/elasticsearch" -d -p "$PID_FILE" "${settings[@]}" >"$ES_RUN/startup.out" 2>&1 9>&-
    )
}

start_elasticsearch() {
    local started=$SECONDS deadline=$((SECONDS + START_TIMEOUT)) pid
    if pid="$(running_pid)"; then
        local running_port
        running_port="$(cat -- "$ES_RUN/http.port" 2>/dev/null || echo "$ES_PORT")"
        if [[ "$running_port" != "$ES_PORT" ]]; then
            die "already running (pid $pid) on port $running_port, not $ES_PORT: stop it first"
        fi
        if is_healthy; then
            info "already running (pid $pid) at $(es_url)"
            return 0
        fi
        info "running (pid $pid) but not healthy yet: waiting up to ${START_TIMEOUT}s"
        wait_until_healthy "$deadline" || die "Elasticsearch (pid $pid) did not become healthy; see $ES_LOGS"
        info "running (pid $pid) at $(es_url)"
        return 0
    fi
    rm -f -- "$PID_FILE"
    if port_in_use; then
        die "port $ES_PORT on 127.0.0.1 is in use and $(describe_port_owner);" \
            "stop that or set CIVICHUB_ES_PORT"
    fi
    local jdk
    jdk="$(java_home)"
    note_system_limits
    info "starting Elasticsearch $ES_VERSION on $(es_url) (heap $ES_HEAP, JDK $jdk, data $ES_DATA)"
    printf '%s\n' "$ES_PORT" >"$ES_RUN/http.port"
    if ! launch_elasticsearch "$jdk" "$START_TIMEOUT" || ! wait_until_healthy "$deadline"; then
        printf 'elasticsearch: error: Elasticsearch did not become healthy within %ss\n' "$START_TIMEOUT" >&2
        show_log_tails
        stop_elasticsearch >/dev/null
        exit 1
    fi
    info "healthy after $((SECONDS - started))s (pid $(running_pid || echo '?'))"
    es_url
}

stop_elasticsearch() {
    local pid
    if ! pid="$(running_pid)"; then
        rm -f -- "$PID_FILE"
        info "not running"
        return 0
    fi
    info "stopping Elasticsearch (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    local waited=0
    while kill -0 "$pid" 2>/dev/null && ((waited < STOP_TIMEOUT)); do
        sleep 1
        waited=$((waited + 1))
    done
    if kill -0 "$pid" 2>/dev/null; then
        note "still running after ${STOP_TIMEOUT}s: killing it"
        kill -KILL "$pid" 2>/dev/null || true
        while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    fi
    rm -f -- "$PID_FILE"
    info "stopped"
}

cmd_install() {
    acquire_lock
    ensure_es_user
    resolve_layout
    prepare_layout
    install_distribution
}

cmd_start() {
    require_curl
    acquire_lock
    ensure_es_user
    resolve_layout
    prepare_layout
    install_distribution
    start_elasticsearch
}

cmd_stop() {
    acquire_lock
    resolve_layout
    stop_elasticsearch
}

cmd_status() {
    require_curl
    resolve_layout
    local pid
    if pid="$(running_pid)"; then
        info "running (pid $pid, version $ES_VERSION) at $(es_url)"
        info "home $ES_HOME, data $ES_DATA, logs $ES_LOGS"
        curl -fsS --max-time 10 "$(es_url)/_cluster/health?pretty" \
            || note "no answer from $(es_url)/_cluster/health"
        return 0
    fi
    if is_installed; then
        info "not running (installed: $ES_HOME); it would listen on $(es_url)"
    else
        info "not running, not installed; it would listen on $(es_url)"
    fi
    return "$NOT_RUNNING_STATUS"
}

cmd_wipe() {
    acquire_lock
    resolve_layout
    stop_elasticsearch
    rm -rf -- "$ES_DATA"
    info "deleted the data in $ES_DATA (the installation is kept)"
}

main() {
    local command="${1:-help}"
    validate_configuration
    select_user_switch
    case "$command" in
        install) cmd_install ;;
        start) cmd_start ;;
        stop) cmd_stop ;;
        status) cmd_status ;;
        url) es_url ;;
        wipe) cmd_wipe ;;
        help | -h | --help) usage ;;
        *)
            usage >&2
            exit 2
            ;;
    esac
}

main "$@"
