#!/usr/bin/env bash
# scripts/sandbox against real servers: two ups at once on one folder, a sandbox keeps its ports
# (down stops everything, whatever QM_SANDBOX_PORT_BASE says), a clone cut short is made again,
# destroy deletes only sandbox folders, and up names every taken port before it starts anything
# and refuses ports in the ephemeral range.
#
# Ports: base T = QM_SANDBOX_SCRIPT_TEST_BASE, or QM_SANDBOX_PORT_BASE + 100 (the suite's sandbox
# is on QM_SANDBOX_PORT_BASE..+31), or 16532. The test uses T..T+199 and nothing else; every
# sandbox it makes lives in its own temporary folder. Whatever happens, the exit trap destroys
# them and stops anything still listening on T..T+199. Its sandboxes are 40 ports apart (each
# uses base+0..base+31).
# ctest passes QM_QMCTL and QM_PAGE_ORIGIN (the built binaries); without them scripts/sandbox
# builds what it needs.
# Port lists are split into words on purpose.
# shellcheck disable=SC2046,SC2086,SC2116
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SANDBOX=${QM_SANDBOX_SCRIPT:-$ROOT/scripts/sandbox}
T=${QM_SANDBOX_SCRIPT_TEST_BASE:-$((${QM_SANDBOX_PORT_BASE:-16432} + 100))}
export QM_SANDBOX_PRODUCTS=100
unset QM_SANDBOX_DIR QM_SANDBOX_CACHE QM_SANDBOX_NO_SEED QM_SANDBOX_ALLOW_EPHEMERAL

FAILS=0
STATES=()
declare -A BASE_OF=()
OCCUPIER=""
WORK=$(mktemp -d /tmp/qm-sandbox-test.XXXXXX)
chmod 755 "$WORK"

fail() { printf 'FAIL: %s\n' "$*"; FAILS=$((FAILS + 1)); }
pass() { printf 'PASS: %s\n' "$*"; }
step() { printf '\n== %s\n' "$*"; }

new_state() { # new_state VAR BASE: a fresh, empty folder the postgres user can reach
  local d
  d=$(mktemp -d "$WORK/state.XXXXXX")
  chmod 755 "$d"
  STATES+=("$d")
  BASE_OF[$d]=$2
  printf -v "$1" '%s' "$d"
}

# sb DIR BASE|- ARGS...: scripts/sandbox on that folder, with that base in the environment ("-":
# none at all), output to $WORK/out (and shown).
sb() {
  local dir=$1 base=$2 rc
  shift 2
  if [ "$base" = - ]; then
    env -u QM_SANDBOX_PORT_BASE QM_SANDBOX_DIR="$dir" "$SANDBOX" "$@" >"$WORK/out" 2>&1
  else
    env QM_SANDBOX_DIR="$dir" QM_SANDBOX_PORT_BASE="$base" "$SANDBOX" "$@" >"$WORK/out" 2>&1
  fi
  rc=$?
  sed 's/^/    | /' "$WORK/out"
  return $rc
}

listener_pids() { # PORT...: pids of the processes listening on them
  local port
  for port in "$@"; do
    ss -tlnpH "sport = :$port" 2>/dev/null | grep -o 'pid=[0-9]*' | cut -d= -f2
  done | sort -un
}

listening_ports() { # PORT...: those with a listener
  local port
  for port in "$@"; do
    [ -z "$(ss -tlnH "sport = :$port" 2>/dev/null)" ] || echo "$port"
  done
}

sandbox_ports() { seq "$1" $(($1 + 31)); }

cleanup() {
  local d pid port
  [ -z "$OCCUPIER" ] || kill "$OCCUPIER" 2>/dev/null
  for d in "${STATES[@]}"; do
    [ -d "$d" ] || continue
    # With the base it was made on: a sandbox whose primary was never made goes by the environment.
    QM_SANDBOX_DIR=$d QM_SANDBOX_PORT_BASE=${BASE_OF[$d]} "$SANDBOX" destroy >/dev/null 2>&1
    QM_SANDBOX_DIR=$d QM_SANDBOX_PORT_BASE=${BASE_OF[$d]} "$SANDBOX" down >/dev/null 2>&1
  done
  # Last resort: T..T+199 belong to this test; anything still listening there is its leftover.
  for pid in $(listener_pids $(seq "$T" $((T + 199)))); do
    printf 'cleanup: pid %s still listening on a test port: stopping it\n' "$pid"
    kill -TERM "$pid" 2>/dev/null
  done
  sleep 1
  for pid in $(listener_pids $(seq "$T" $((T + 199)))); do kill -KILL "$pid" 2>/dev/null; done
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for port in $(seq "$T" $((T + 199))); do
  if [ -n "$(ss -tlnH "sport = :$port")" ]; then
    echo "test_sandbox: port $port (of this test's range $T..$((T + 199))) is in use; set QM_SANDBOX_SCRIPT_TEST_BASE"
    exit 1
  fi
done

# --- 1. down with another or no port base in the environment stops everything (#14) ----------
# The cache stack is on: Redis, its replica, Sentinel and the Cluster were what stayed behind.
B1=$T
new_state S1 "$B1"
step "two ups at once on base $B1 with the cache stack ($S1): one waits for the other"
QM_SANDBOX_DIR=$S1 QM_SANDBOX_PORT_BASE=$B1 "$SANDBOX" up >"$WORK/up-other" 2>&1 &
other=$!
sb "$S1" "$B1" up
rc=$?
wait "$other"
rc_other=$?
sed 's/^/    2| /' "$WORK/up-other"
if [ $rc -ne 0 ] || [ $rc_other -ne 0 ]; then
  fail "two ups at once on base $B1 exited $rc and $rc_other"
else
  signed_in=0
  for user in admin merch manager oncall storefront; do
    if PGPASSFILE=$S1/pgpass psql -X -h 127.0.0.1 -p "$B1" -U "$user" -d quartermaster -tAc 'select 1' >/dev/null 2>&1; then
      signed_in=$((signed_in + 1))
    else
      fail "after two ups at once, $user cannot sign in with its password in pgpass"
    fi
  done
  [ $signed_in = 5 ] && pass "two ups at once both succeeded and every login user signs in with pgpass"
  step "up again while it runs: its own servers do not count as taken ports"
  if ! sb "$S1" "$B1" up || grep -q "taken" "$WORK/out"; then
    fail "up on the running sandbox failed or called its own ports taken"
  else
    pass "up on the running sandbox left its servers be"
  fi
  step "the built-in runbooks are signed with the sandbox's own operator key, kept across ups"
  QMCTL_BIN=${QM_QMCTL:-$ROOT/build/app/qmctl/qmctl}
  keys=$(ls "$S1"/runbook-keys/*.pub 2>/dev/null | wc -l)
  verdict=$("$QMCTL_BIN" runbook verify postgres-switchover --json --trusted-keys "$S1/runbook-keys" 2>&1)
  if [ "$keys" != 1 ] || ! grep -q '"state": *"valid"' <<<"$verdict"; then
    fail "built-in runbook not signed by the sandbox key ($keys public keys): $verdict"
  # (into a variable first: grep -q stops reading at its match, and with pipefail the writer's
  # SIGPIPE would fail the pipe)
  elif ! envout=$(QM_SANDBOX_DIR=$S1 QM_SANDBOX_PORT_BASE=$B1 "$SANDBOX" env) ||
    ! grep -q "QM_RUNBOOK_TRUSTED_KEYS='$S1/runbook-keys'" <<<"$envout"; then
    fail "sandbox env does not export QM_RUNBOOK_TRUSTED_KEYS"
  elif [ -n "$(find "$S1/runbook-signing" -name '*.key' -perm /077)" ]; then
    fail "the operator's secret key is readable by others: $(ls -l "$S1"/runbook-signing/)"
  else
    pass "every up signs the built-ins with one operator key (secret 0600), and env trusts it"
  fi
  for how in missing different; do
    pids=$(listener_pids $(sandbox_ports "$B1"))
    ports=$(listening_ports $(sandbox_ports "$B1"))
    # PostgreSQL x2, Redis, replica, Sentinel, 3 Cluster nodes and their buses at least.
    if [ "$(echo "$ports" | wc -w)" -lt 11 ]; then
      fail "after up only these ports listen: $(echo $ports)"
    fi
    if [ $how = missing ]; then
      step "down with QM_SANDBOX_PORT_BASE unset"
      sb "$S1" - down || fail "down with no port base in the environment exited non-zero"
    else
      step "down with QM_SANDBOX_PORT_BASE=$((B1 + 120))"
      sb "$S1" $((B1 + 120)) env | grep -q "PGPORT=$B1 " ||
        fail "env with QM_SANDBOX_PORT_BASE=$((B1 + 120)) does not print the primary port it was made with, $B1"
      sb "$S1" $((B1 + 120)) down || fail "down with QM_SANDBOX_PORT_BASE=$((B1 + 120)) exited non-zero"
      grep -q "made on port base $B1" "$WORK/out" ||
        fail "down with another base in the environment did not warn that the sandbox was made on $B1"
    fi
    left=$(listening_ports $(sandbox_ports "$B1"))
    alive=""
    # A server that exited but was not reaped yet (a zombie of a daemonizing parent) is gone.
    for pid in $pids; do
      st=$(ps -o stat= -p "$pid" 2>/dev/null || true)
      [ -n "$st" ] && [ "${st:0:1}" != Z ] && alive+=" $pid"
    done
    if [ -n "$left" ] || [ -n "$alive" ]; then
      fail "down ($how base) left listeners on ports: $(echo $left); pids alive:$alive"
    else
      pass "down ($how base) stopped all $(echo "$ports" | wc -w) listeners ($(echo "$pids" | wc -w) pids)"
    fi
    if [ $how = missing ]; then
      step "up again"
      sb "$S1" "$B1" up || { fail "second up failed"; break; }
    fi
  done

  # A clone of the replica cut short (the script killed during pg_basebackup, which runs on as an
  # orphan) must not be taken for a replica by the next `up`: it had the primary's port.
  step "rebuild-replica killed during pg_basebackup, then up"
  QM_SANDBOX_DIR=$S1 "$SANDBOX" rebuild-replica >"$WORK/rebuild" 2>&1 &
  rebuild=$!
  for _ in $(seq 1 600); do pgrep -f "pg_basebackup.*$S1/" >/dev/null && break; sleep 0.05; done
  kill -KILL "$rebuild"
  wait "$rebuild" 2>/dev/null
  for _ in $(seq 1 600); do pgrep -f "pg_basebackup.*$S1/" >/dev/null || break; sleep 0.1; done
  if ! sb "$S1" - up; then
    fail "up after a rebuild-replica killed during pg_basebackup failed"
  elif ! sb "$S1" - status || ! grep -q "^replica  up" "$WORK/out"; then
    fail "up after a rebuild-replica killed during pg_basebackup has no replica"
  else
    pass "up after a rebuild-replica killed during pg_basebackup made the replica again"
  fi
  sb "$S1" - down || fail "down after the killed rebuild-replica exited non-zero"
fi

# --- 2. destroy deletes only sandbox folders (#15) --------------------------------------------
step "destroy on a folder without the sandbox marker"
NOT=$WORK/not-a-sandbox
mkdir -p "$NOT/pg-primary" && echo keep >"$NOT/precious.txt"
if sb "$NOT" "$B1" destroy; then
  fail "destroy of a folder without the marker exited 0"
elif [ ! -f "$NOT/precious.txt" ]; then
  fail "destroy of a folder without the marker deleted it"
elif ! grep -q "not a sandbox folder" "$WORK/out"; then
  fail "destroy refused without saying that the folder is not a sandbox"
else
  pass "destroy refused a folder without the marker and kept its files"
fi
mkdir -p "$NOT" && echo keep >"$NOT/precious.txt"

step "up on a non-empty folder that is not a sandbox"
if sb "$NOT" $((T + 160)) up; then
  fail "up made a sandbox in a non-empty folder that was not one"
elif [ -f "$NOT/.quartermaster-sandbox" ] || [ -n "$(listening_ports $(sandbox_ports $((T + 160))))" ]; then
  fail "up refused a non-empty folder but marked it or started servers"
else
  pass "up refused a non-empty folder that is not a sandbox"
fi
BASE_OF[$NOT]=$((T + 160))
STATES+=("$NOT")

step "destroy of the sandbox itself"
if [ -d "$S1" ]; then
  if sb "$S1" - destroy && [ ! -e "$S1" ] && [ -z "$(listening_ports $(sandbox_ports "$B1"))" ]; then
    pass "destroy removed the sandbox folder and left no listener"
  else
    fail "destroy of a real sandbox failed or left something behind"
  fi
fi

# --- 3. up names every taken port, before it starts anything (#12) ---------------------------
B3=$((T + 40))
new_state S3 "$B3"
step "up on base $B3 with ports $((B3 + 2)) (Redis) and $((B3 + 14)) (Cluster bus) taken"
python3 -c '
import socket, sys, time
socks = []
for port in sys.argv[1:]:
    s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", int(port))); s.listen(); socks.append(s)
time.sleep(600)
' $((B3 + 2)) $((B3 + 14)) &
OCCUPIER=$!
for _ in $(seq 1 100); do [ "$(listening_ports $((B3 + 2)) $((B3 + 14)) | wc -l)" = 2 ] && break; sleep 0.05; done
if sb "$S3" "$B3" up; then
  fail "up exited 0 although ports $((B3 + 2)) and $((B3 + 14)) were taken"
else
  grep -q "port $((B3 + 2)) (Redis)" "$WORK/out" || fail "up did not name port $((B3 + 2)) (Redis)"
  grep -q "port $((B3 + 14)) (Redis Cluster bus" "$WORK/out" || fail "up did not name port $((B3 + 14)) (Redis Cluster bus)"
  started=$(listening_ports $B3 $((B3 + 1)) $((B3 + 3)) $((B3 + 4)) $((B3 + 10)))
  [ -z "$started" ] || fail "up refused but started servers on: $(echo $started)"
  [ -z "$started" ] && grep -q "port $((B3 + 14)) (Redis Cluster bus" "$WORK/out" &&
    pass "up named the taken ports and started nothing"
fi
kill "$OCCUPIER" 2>/dev/null
wait "$OCCUPIER" 2>/dev/null
OCCUPIER=""

# --- 4. up refuses a base whose ports reach into the ephemeral range (#12) ---------------------
# The kernel's range is read from QM_SANDBOX_EPHEMERAL_RANGE_FILE when set: here it says that the
# range starts inside this base's ports.
B4=$((T + 80))
new_state S4 "$B4"
echo "$((B4 + 10)) 60999" >"$WORK/range"
step "up on base $B4 with an ephemeral range starting at $((B4 + 10))"
if QM_SANDBOX_EPHEMERAL_RANGE_FILE=$WORK/range sb "$S4" "$B4" up; then
  fail "up accepted ports that reach into the ephemeral range"
elif ! grep -q "ephemeral" "$WORK/out" || ! grep -q "QM_SANDBOX_ALLOW_EPHEMERAL=1" "$WORK/out"; then
  fail "up refused the base without explaining the ephemeral range and QM_SANDBOX_ALLOW_EPHEMERAL"
elif [ -n "$(listening_ports $(sandbox_ports "$B4"))" ]; then
  fail "up refused the base but started servers"
else
  pass "up refused a base in the ephemeral range and said why"
fi

# --- 5. no qmctl: up stops before starting anything, naming what to build (#15) --------------
# (It used to migrate and seed with psql instead, without the migrator's checksums and bookkeeping.)
B5=$((T + 120))
new_state S5 "$B5"
step "up on base $B5 with QM_QMCTL naming a file that does not exist"
if QM_QMCTL=$WORK/no-such-qmctl sb "$S5" "$B5" up; then
  fail "up without qmctl exited 0"
elif ! grep -q "scripts/build --target qmctl" "$WORK/out"; then
  fail "up without qmctl did not say what to build"
elif [ -n "$(listening_ports $(sandbox_ports "$B5"))" ]; then
  fail "up without qmctl started servers"
else
  pass "up without qmctl stopped before starting anything and said what to build"
fi

# --- 6. bad input to up on a folder that does not exist: refused, and no folder left behind ------
step "up with QM_SANDBOX_PORT_BASE=abc on a folder that does not exist"
NEW=$WORK/never-made
if sb "$NEW" abc up; then
  fail "up accepted the port base abc"
elif [ -e "$NEW" ]; then
  fail "up refused the port base abc but left the folder $NEW"
else
  pass "up refused the port base abc and made no folder"
fi

echo
if [ $FAILS -gt 0 ]; then
  echo "test_sandbox: $FAILS check(s) failed"
  exit 1
fi
echo "test_sandbox: all checks passed"
