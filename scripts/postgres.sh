#!/usr/bin/env bash
# A local PostgreSQL for the labour department simulator, its tests and the demo -- no Docker needed.
#
# Uses Debian's PostgreSQL 15 (package postgresql, binaries in /usr/lib/postgresql/15/bin) and runs a
# cluster of its own in the state directory: listening on 127.0.0.1 only, with its own socket
# directory, superuser "civichub" with trust authentication (loopback, test data only), and the
# database "labour". initdb refuses to run as root, so when this script runs as root it creates the
# unprivileged system user "civichub" (the one scripts/elasticsearch.sh uses) and runs PostgreSQL as
# that user. No system cluster is touched.
#
# Usage: scripts/postgres.sh <command>
#   install   install Debian's postgresql package if the binaries are missing (as root, with apt-get)
#   start     install if needed, create the cluster if needed, start it on 127.0.0.1, wait until it
#             accepts connections and create the database "labour" if absent; prints the JDBC URL
#   stop      stop (fast shutdown: open sessions are ended); no error if not running
#   status    running or not, and the JDBC URL (exit status 3 when not running)
#   url       print the JDBC URL of the database "labour" (user civichub, no password)
#   wipe      stop and delete the cluster (the next start creates an empty one)
#
# Environment:
#   CIVICHUB_STATE_DIR          state directory (default: <repository>/.civichub)
#   CIVICHUB_PG_PORT            port on 127.0.0.1 (default: 5432)
#   CIVICHUB_PG_BIN             PostgreSQL's programs (default: /usr/lib/postgresql/15/bin)
#   CIVICHUB_PG_START_TIMEOUT   seconds to wait for the server to accept connections (default: 60)
set -euo pipefail

REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
readonly REPO_DIR
readonly PG_USER="civichub"
readonly DATABASE="labour"
readonly DEFAULT_PG_BIN="/usr/lib/postgresql/15/bin"
readonly APT_PACKAGE="postgresql"
readonly PROGRAMS=(initdb pg_ctl postgres psql pg_isready)
# A Unix socket path holds at most 107 bytes; ".s.PGSQL.<port>" takes up to 15 of them.
readonly MAX_SOCKET_DIR_LENGTH=90
readonly NOT_RUNNING_STATUS=3

info() { printf 'postgres: %s\n' "$*"; }
note() { printf 'postgres: note: %s\n' "$*" >&2; }
die() {
    printf 'postgres: error: %s\n' "$*" >&2
    exit 1
}

usage() {
    sed -n '2,/^set -euo pipefail/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//'
}

PG_PORT="${CIVICHUB_PG_PORT:-5432}"
PG_BIN="${CIVICHUB_PG_BIN:-$DEFAULT_PG_BIN}"
START_TIMEOUT="${CIVICHUB_PG_START_TIMEOUT:-60}"
STATE_DIR="$(realpath -m -- "${CIVICHUB_STATE_DIR:-$REPO_DIR/.civichub}")"
readonly PG_PORT PG_BIN START_TIMEOUT STATE_DIR

validate_configuration() {
    if ! [[ "$PG_PORT" =~ ^[1-9][0-9]{0,4}$ ]] || ((PG_PORT > 65535)); then
        die "CIVICHUB_PG_PORT '$PG_PORT' is not a port number"
    fi
    [[ "$START_TIMEOUT" =~ ^[1-9][0-9]*$ ]] \
        || die "CIVICHUB_PG_START_TIMEOUT '$START_TIMEOUT' is not a positive number of seconds"
}

jdbc_url() { printf 'jdbc:postgresql://127.0.0.1:%s/%s\n' "$PG_PORT" "$DATABASE"; }

is_root() { [[ "$EUID" -eq 0 ]]; }

pg_user_exists() { id -u "$PG_USER" >/dev/null 2>&1; }

ensure_pg_user() {
    is_root || return 0
    pg_user_exists && return 0
    command -v useradd >/dev/null || die "useradd not found: cannot create the user '$PG_USER'"
    local shell=/usr/sbin/nologin
    [[ -x "$shell" ]] || shell=/bin/false
    useradd --system --user-group --no-create-home --home-dir /nonexistent --shell "$shell" "$PG_USER"
    info "created the system user '$PG_USER' (no login shell, no home) to run PostgreSQL"
}

# The command prefix that runs a command as the PostgreSQL user (empty when not root: then PostgreSQL
# runs as ourselves).
AS_PG_USER=()
select_user_switch() {
    if ! is_root; then
        AS_PG_USER=()
    elif command -v runuser >/dev/null; then
        AS_PG_USER=(runuser -u "$PG_USER" --)
    elif command -v setpriv >/dev/null; then
        AS_PG_USER=(setpriv --reuid="$PG_USER" --regid="$PG_USER" --init-groups --)
    else
        # shellcheck disable=SC2016 # expanded by the user's shell
        AS_PG_USER=(su -s /bin/bash -c 'exec "$0" "$@"' "$PG_USER")
    fi
}

run_as_pg_user() { "${AS_PG_USER[@]}" "$@"; }

give_to_pg_user() {
    is_root || return 0
    chown -- "$PG_USER:$PG_USER" "$@"
}

# True if the PostgreSQL user can reach the directory (for one that does not exist yet: its nearest
# existing ancestor).
pg_user_can_enter() {
    local dir="$1"
    while [[ ! -e "$dir" ]]; do dir="$(dirname -- "$dir")"; done
    run_as_pg_user test -x "$dir"
}

PG_BASE="" PG_DATA="" PG_RUN="" PG_LOG="" RELOCATED_DIR=""

# Everything of PostgreSQL lives in <state dir>/postgres, unless the PostgreSQL user cannot enter the
# state directory (a checkout under a private home) or the socket path would be too long: then under
# /var/tmp/civichub-<hash>.
resolve_layout() {
    PG_BASE="$STATE_DIR/postgres"
    local reason=""
    if ((${#PG_BASE} + 4 > MAX_SOCKET_DIR_LENGTH)); then
        reason="the socket path under $STATE_DIR would be too long"
    elif is_root && pg_user_exists && ! pg_user_can_enter "$STATE_DIR"; then
        reason="the user '$PG_USER' cannot enter $STATE_DIR"
    fi
    if [[ -n "$reason" ]]; then
        RELOCATED_DIR="/var/tmp/civichub-$(printf '%s' "$STATE_DIR" | sha256sum | cut -c1-10)"
        PG_BASE="$RELOCATED_DIR/postgres"
        RELOCATION_REASON="$reason"
    fi
    PG_DATA="$PG_BASE/data"
    PG_RUN="$PG_BASE/run"
    PG_LOG="$PG_RUN/postgres.log"
}
RELOCATION_REASON=""

# /var/tmp is world-writable: only use a directory there that we created ourselves.
prepare_relocated_dir() {
    local dir="$RELOCATED_DIR"
    if [[ ! -e "$dir" && ! -L "$dir" ]]; then
        mkdir -m 0750 -- "$dir"
    fi
    [[ -d "$dir" && ! -L "$dir" ]] || die "$dir is not a directory"
    local owner
    owner="$(stat -c %U -- "$dir")"
    [[ "$owner" == root || "$owner" == "$PG_USER" || "$owner" == "$(id -un)" ]] \
        || die "$dir belongs to '$owner'; remove it and retry"
    give_to_pg_user "$dir"
    chmod 0750 -- "$dir"
}

ensure_state_dir() {
    [[ -d "$STATE_DIR" ]] && return 0
    mkdir -p -- "$(dirname -- "$STATE_DIR")"
    mkdir -m 0755 -- "$STATE_DIR"
}

prepare_layout() {
    ensure_state_dir
    if [[ -n "$RELOCATED_DIR" ]]; then
        prepare_relocated_dir
        info "$RELOCATION_REASON: PostgreSQL lives in $PG_BASE"
    fi
    mkdir -p -- "$PG_BASE" "$PG_RUN"
    give_to_pg_user "$PG_BASE" "$PG_RUN"
    chmod 0750 -- "$PG_RUN"
}

# Serialises install/start/stop/wipe of one state directory.
acquire_lock() {
    command -v flock >/dev/null || return 0
    ensure_state_dir
    exec 9>"$STATE_DIR/.postgres.lock"
    flock -w "$((START_TIMEOUT + 120))" 9 || die "another run of this script holds $STATE_DIR/.postgres.lock"
}

is_installed() {
    local program
    for program in "${PROGRAMS[@]}"; do
        [[ -x "$PG_BIN/$program" ]] || return 1
    done
}

installed_elsewhere() {
    local dirs=(/usr/lib/postgresql/*/bin/initdb)
    [[ -x "${dirs[0]}" ]] || return 1
    printf '%s\n' "${dirs[@]%/initdb}"
}

# Installing the package must not create and start Debian's own cluster "main" on port 5432.
suppress_main_cluster() {
    local dir=/etc/postgresql-common/createcluster.d
    [[ -e "$dir/civichub.conf" ]] && return 0
    mkdir -p -- "$dir"
    printf '# Written by CivicHub scripts/postgres.sh: it runs clusters of its own.\ncreate_main_cluster = false\n' \
        >"$dir/civichub.conf"
}

apt_install() {
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$APT_PACKAGE"
}

install_postgres() {
    is_installed && return 0
    if [[ "$PG_BIN" != "$DEFAULT_PG_BIN" ]]; then
        die "CIVICHUB_PG_BIN=$PG_BIN does not hold ${PROGRAMS[*]}"
    fi
    if ! is_root || ! command -v apt-get >/dev/null; then
        local others
        others="$(installed_elsewhere | tr '\n' ' ')" || true
        die "PostgreSQL 15 is not installed in $PG_BIN: install Debian's package '$APT_PACKAGE' as root" \
            "(apt-get install $APT_PACKAGE)${others:+, or set CIVICHUB_PG_BIN to one of: $others}"
    fi
    suppress_main_cluster
    info "installing Debian's package '$APT_PACKAGE' with apt-get"
    if ! apt_install; then
        info "retrying after apt-get update"
        apt-get update -q || die "apt-get update failed"
        apt_install || die "apt-get install $APT_PACKAGE failed"
    fi
    if ! is_installed; then
        local others
        others="$(installed_elsewhere | tr '\n' ' ')" || true
        die "the package '$APT_PACKAGE' did not install $PG_BIN${others:+; set CIVICHUB_PG_BIN to one of: $others}"
    fi
    info "installed PostgreSQL in $PG_BIN"
}

pg() { run_as_pg_user "$PG_BIN/$1" "${@:2}"; }

is_initialised() { [[ -f "$PG_DATA/PG_VERSION" ]]; }

server_major() { "$PG_BIN/postgres" --version | sed -n 's/.* \([0-9][0-9]*\)\.[0-9].*/\1/p'; }

initialise_cluster() {
    if is_initialised; then
        local made_by major
        made_by="$(cat -- "$PG_DATA/PG_VERSION")"
        major="$(server_major)"
        [[ "$made_by" == "$major" ]] \
            || die "the cluster in $PG_DATA was made by PostgreSQL $made_by, not $major: 'wipe' it or set CIVICHUB_PG_BIN"
        return 0
    fi
    rm -rf -- "$PG_DATA"
    mkdir -m 0700 -- "$PG_DATA"
    give_to_pg_user "$PG_DATA"
    info "creating a cluster in $PG_DATA"
    if ! pg initdb -D "$PG_DATA" -U "$PG_USER" --auth=trust -E UTF8 --locale=C.UTF-8 >"$PG_RUN/initdb.log" 2>&1; then
        cat -- "$PG_RUN/initdb.log" >&2
        rm -rf -- "$PG_DATA"
        die "initdb failed"
    fi
}

# Prints the port of the running server of this cluster; fails when it does not run.
running_port() {
    is_initialised || return 1
    pg pg_ctl -D "$PG_DATA" status >/dev/null 2>&1 || return 1
    sed -n 4p -- "$PG_DATA/postmaster.pid" 2>/dev/null | tr -dc '0-9'
}

running_pid() { sed -n 1p -- "$PG_DATA/postmaster.pid" 2>/dev/null | tr -dc '0-9'; }

port_in_use() { timeout 3 bash -c "exec 3<>/dev/tcp/127.0.0.1/$PG_PORT" 2>/dev/null; }

describe_port_owner() {
    if "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -t 3 2>/dev/null; then
        printf 'a PostgreSQL server of another cluster answers there (e.g. a system cluster: pg_lsclusters)'
    else
        printf 'something else listens there'
    fi
}

psql_admin() {
    "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d postgres "$@"
}

# CREATE DATABASE cannot run inside a transaction block, so it is a psql call of its own.
ensure_database() {
    local exists
    exists="$(psql_admin -Atc "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")" \
        || die "cannot query the server on port $PG_PORT; see $PG_LOG"
    if [[ "$exists" != 1 ]]; then
        psql_admin -c "CREATE DATABASE $DATABASE" || die "cannot create the database '$DATABASE'"
        info "created the database '$DATABASE'"
    fi
}

start_postgres() {
    local port
    if port="$(running_port)"; then
        [[ "$port" == "$PG_PORT" ]] || die "already running (pid $(running_pid)) on port $port, not $PG_PORT: stop it first"
        info "already running (pid $(running_pid)) on port $PG_PORT"
        ensure_database
        jdbc_url
        return 0
    fi
    if port_in_use; then
        die "port $PG_PORT on 127.0.0.1 is in use and $(describe_port_owner); stop that or set CIVICHUB_PG_PORT"
    fi
    local started=$SECONDS
    local options="-p $PG_PORT -k $PG_RUN -c listen_addresses=127.0.0.1"
    info "starting PostgreSQL $(server_major) on 127.0.0.1:$PG_PORT (data $PG_DATA)"
    # The lock (fd 9) is not passed on to the server.
    if ! pg pg_ctl -D "$PG_DATA" -l "$PG_LOG" -o "$options" -w -t "$START_TIMEOUT" start >/dev/null 9>&-; then
        printf 'postgres: error: PostgreSQL did not start within %ss\n' "$START_TIMEOUT" >&2
        [[ -s "$PG_LOG" ]] && tail -n 30 -- "$PG_LOG" >&2
        pg pg_ctl -D "$PG_DATA" -m immediate -w stop >/dev/null 2>&1 || true
        exit 1
    fi
    ensure_database
    info "ready after $((SECONDS - started))s (pid $(running_pid))"
    jdbc_url
}

stop_postgres() {
    if ! running_port >/dev/null; then
        info "not running"
        return 0
    fi
    info "stopping PostgreSQL (pid $(running_pid))"
    pg pg_ctl -D "$PG_DATA" -m fast -w -t 60 stop >/dev/null || die "PostgreSQL did not stop; see $PG_LOG"
    info "stopped"
}

cmd_install() {
    acquire_lock
    install_postgres
    info "PostgreSQL $(server_major) is installed in $PG_BIN"
}

cmd_start() {
    acquire_lock
    install_postgres
    ensure_pg_user
    resolve_layout
    prepare_layout
    initialise_cluster
    start_postgres
}

cmd_stop() {
    is_installed || { info "not running (not installed)"; return 0; }
    acquire_lock
    resolve_layout
    stop_postgres
}

cmd_status() {
    if ! is_installed; then
        info "not running, not installed; it would listen on 127.0.0.1:$PG_PORT"
        return "$NOT_RUNNING_STATUS"
    fi
    resolve_layout
    local port
    if port="$(running_port)"; then
        info "running (pid $(running_pid), PostgreSQL $(server_major)) on 127.0.0.1:$port, data $PG_DATA, log $PG_LOG"
        if [[ "$port" != "$PG_PORT" ]]; then
            note "it runs on port $port, not CIVICHUB_PG_PORT=$PG_PORT"
            return "$NOT_RUNNING_STATUS"
        fi
        jdbc_url
        return 0
    fi
    if is_initialised; then
        info "not running (cluster in $PG_DATA); it would listen on 127.0.0.1:$PG_PORT"
    else
        info "not running, no cluster yet; it would listen on 127.0.0.1:$PG_PORT"
    fi
    return "$NOT_RUNNING_STATUS"
}

cmd_wipe() {
    acquire_lock
    resolve_layout
    if is_installed; then
        stop_postgres
    fi
    rm -rf -- "$PG_DATA" "$PG_LOG"
    info "deleted the cluster in $PG_DATA"
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
        url) jdbc_url ;;
        wipe) cmd_wipe ;;
        help | -h | --help) usage ;;
        *)
            usage >&2
            exit 2
            ;;
    esac
}

main "$@"
