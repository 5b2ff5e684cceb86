#!/usr/bin/env bash
# The HA sandbox (QM_SANDBOX_HA=patroni, server/sandbox/patroni.sh and pgbackrest.sh) against a
# sandbox this test makes: `patronictl list` shows two members, a Leader and a streaming Replica;
# the data the sandbox seeds is there; `patronictl switchover --force` makes pg-replica the leader,
# which takes writes, and the old leader rejoins as a streaming replica of it; `status` shows the
# leader, each member's role, timeline and lag; pgBackRest has a full backup and archives WAL from
# the leader (`pgbackrest check`, before and after the switchover); the three Sentinels agree on the
# Redis master and a real SENTINEL FAILOVER moves it (when the cache stack is on); `down` and
# `destroy` leave nothing listening on the test's ports.
#
# Ports: base H = QM_HA_SANDBOX_TEST_BASE, or QM_SANDBOX_PORT_BASE + 400 (the suite's sandbox is
# on QM_SANDBOX_PORT_BASE..+31, test_sandbox.sh on +100..+299, test_vendure_sandbox.sh +300..+331),
# or 16832. The test uses H..H+31 and nothing else; its sandbox lives in a temporary folder under
# /var/tmp (PostgreSQL and Patroni run as postgres when root runs this), destroyed by the exit trap.
# QM_HA_SANDBOX_TEST_CACHE=1 also starts the cache stack (Sentinels); default 0.
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SANDBOX=${QM_SANDBOX_SCRIPT:-$ROOT/scripts/sandbox}
H=${QM_HA_SANDBOX_TEST_BASE:-$((${QM_SANDBOX_PORT_BASE:-16432} + 400))}
unset QM_SANDBOX_ALLOW_EPHEMERAL QM_SANDBOX_NO_SEED QM_SANDBOX_STORE
export QM_SANDBOX_PRODUCTS=100 QM_SANDBOX_CACHE=${QM_HA_SANDBOX_TEST_CACHE:-0} QM_SANDBOX_HA=patroni
export QM_SANDBOX_PORT_BASE=$H

FAILS=0
WORK=$(mktemp -d /var/tmp/qm-ha-test.XXXXXX)
chmod 755 "$WORK"
S=$WORK/state
mkdir -m 755 "$S"
export QM_SANDBOX_DIR=$S

fail() { printf 'FAIL: %s\n' "$*"; FAILS=$((FAILS + 1)); }
pass() { printf 'PASS: %s\n' "$*"; }
step() { printf '\n== %s\n' "$*"; }

sb() { # scripts/sandbox ARGS..., output in $WORK/out (and shown)
  local rc
  "$SANDBOX" "$@" >"$WORK/out" 2>&1
  rc=$?
  sed 's/^/    | /' "$WORK/out"
  return $rc
}

as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pctl() { as_pg patronictl -c "$S/patroni.yml" "$@"; }

sql() { # PORT SQL: as the sandbox owner on the quartermaster database
  PGPASSFILE=$S/pgpass psql -X -qAt -h 127.0.0.1 -p "$1" -U qm_owner -d quartermaster -c "$2"
}

# "name role state" lines of `patronictl list`.
members() {
  pctl list -f json 2>/dev/null | python3 -c 'import json,sys
for m in json.load(sys.stdin): print(m["Member"], m["Role"].replace(" ", "_"), m["State"].replace(" ", "_"))'
}

# Until `patronictl list` shows EXPECTED ("pg-x Role State" lines, sorted) and the replica's
# walreceiver streams from the leader (Patroni 3.0.2 says "running" for a replica, streaming or not).
wait_members() {
  local replica_port
  case $1 in *"pg-primary Replica"*) replica_port=$H ;; *) replica_port=$((H + 1)) ;; esac
  for _ in $(seq 1 120); do
    if [ "$(members | sort)" = "$1" ] &&
      [ "$(sql "$replica_port" "select status from pg_stat_wal_receiver" 2>/dev/null)" = streaming ]; then
      return 0
    fi
    sleep 1
  done
  return 1
}

listeners() { # listeners on the test's ports
  local port
  for port in $(seq "$H" $((H + 31))); do ss -tlnH "sport = :$port" 2>/dev/null; done
}

cleanup() {
  local port pid
  "$SANDBOX" destroy >/dev/null 2>&1
  for port in $(seq "$H" $((H + 31))); do
    for pid in $(ss -tlnpH "sport = :$port" 2>/dev/null | grep -o 'pid=[0-9]*' | cut -d= -f2); do
      printf 'cleanup: pid %s still listening on test port %s: stopping it\n' "$pid" "$port"
      kill -KILL "$pid" 2>/dev/null
    done
  done
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step "up with QM_SANDBOX_HA=patroni on ports $H..$((H + 31))"
if ! sb up; then
  fail "up failed"
  for f in "$S"/logs/patroni-*.log "$S"/logs/etcd.log; do [ -f "$f" ] && { echo "--- $f"; tail -30 "$f"; }; done
  exit 1
fi
pass "up"
grep -q '^sandbox: pgBackRest: full backup' "$WORK/out" && pass "up reports the full backup's time" ||
  fail "up does not report a full backup"

step "patronictl list: a Leader and a streaming Replica"
if wait_members "$(printf 'pg-primary Leader running\npg-replica Replica running')"; then
  pass "patronictl -c $S/patroni.yml list shows pg-primary Leader and pg-replica Replica running"
else
  fail "patronictl list shows: $(members | tr '\n' ';')"
fi
[ "$(sql "$H" 'select count(*) > 0 from shop.products')" = t ] && pass "seeded catalog on the leader" ||
  fail "no seeded catalog on the leader :$H"
[ "$(sql $((H + 1)) 'select pg_is_in_recovery()')" = t ] && pass "the replica :$((H + 1)) is in recovery" ||
  fail "the replica :$((H + 1)) is not in recovery"
python3 -c 'import json,sys; h=json.load(open(sys.argv[1])); assert h["mode"]=="patroni" and len(h["members"])==2 and h["pgbackrest"]["stanza"]' \
  "$S/ha.json" && pass "ha.json names the members and the pgBackRest stanza" || fail "ha.json: $(cat "$S/ha.json")"
grep -q "\"patroni\": \[\"http://127.0.0.1:$((H + 18))\"" "$S/profile.json" && pass "profile.json lists the Patroni REST APIs" ||
  fail "profile.json has no Patroni REST APIs: $(grep patroni "$S/profile.json")"

step "status shows the leader, roles, timelines and lag"
sb status
TL=$(sed -n 's/.*pg-primary .*leader .*timeline \([0-9]*\).*/\1/p' "$WORK/out")
grep -q "leader pg-primary" "$WORK/out" && grep -q "pg-replica .*replica .*running .*timeline $TL  lag [0-9]" "$WORK/out" &&
  pass "status: leader pg-primary, pg-replica a replica on the same timeline ($TL) with a lag" || fail "status does not show the topology"
grep -q "^backup   .*full" "$WORK/out" && pass "status shows the latest backup" || fail "status shows no backup"

step "pgBackRest: a full backup, archiving works"
PGBR_CONF=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["pgbackrest"]["config"])' "$S/ha.json")
STANZA=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["pgbackrest"]["stanza"])' "$S/ha.json")
info=$(as_pg pgbackrest --config="$PGBR_CONF" --stanza="$STANZA" info --output=json 2>&1)
if printf '%s' "$info" | python3 -c 'import json,sys; b=json.load(sys.stdin)[0]["backup"]; sys.exit(0 if any(x["type"]=="full" for x in b) else 1)'; then
  pass "pgbackrest info lists a full backup"
else
  fail "pgbackrest info lists no full backup: $info"
fi
if as_pg pgbackrest --config="$PGBR_CONF" --stanza="$STANZA" check >"$WORK/check" 2>&1; then
  pass "pgbackrest check: WAL archiving from the leader works"
else
  fail "pgbackrest check failed: $(tail -3 "$WORK/check")"
fi

step "switchover: pg-replica becomes the leader and takes writes, pg-primary rejoins"
# Shoppers (the storefront simulator, multi-host with target_session_attrs=read-write) place
# orders through the switchover: they must find the new leader by themselves.
if sb shoppers 5; then pass "shoppers started"; else fail "shoppers did not start"; fi
orders() { sql "$1" 'select count(*) from shop.orders' 2>/dev/null; }
for _ in $(seq 1 300); do [ "${O0:=0}" -lt 3 ] || break; O0=$(orders "$H"); O0=${O0:-0}; sleep 0.2; done
[ "$O0" -ge 3 ] && pass "shoppers place orders on the leader ($O0)" || fail "shoppers place no orders on :$H"
sql "$H" 'create table if not exists public.ha_probe (id int primary key, at timestamptz default now())' >/dev/null
t0=$(date +%s.%N)
if pctl switchover "qm-$H" --leader pg-primary --candidate pg-replica --force >"$WORK/sw" 2>&1; then
  pass "patronictl switchover --force"
else
  fail "patronictl switchover failed: $(tail -3 "$WORK/sw")"
fi
wrote=0
for _ in $(seq 1 600); do
  if sql $((H + 1)) 'insert into public.ha_probe (id) values (1)' >/dev/null 2>&1; then wrote=1; break; fi
  sleep 0.1
done
t1=$(date +%s.%N)
if [ $wrote = 1 ]; then
  pass "the new leader :$((H + 1)) takes writes ($(python3 -c "print(round($t1 - $t0, 1))") s after the switchover began)"
else
  fail "the new leader :$((H + 1)) takes no writes"
fi
if wait_members "$(printf 'pg-primary Replica running\npg-replica Leader running')"; then
  pass "pg-primary rejoined as a streaming replica of pg-replica"
else
  fail "after the switchover patronictl list shows: $(members | tr '\n' ';')"
fi
for _ in $(seq 1 100); do [ "$(sql "$H" 'select count(*) from public.ha_probe' 2>/dev/null)" = 1 ] && break; sleep 0.2; done
[ "$(sql "$H" 'select count(*) from public.ha_probe' 2>/dev/null)" = 1 ] &&
  pass "the write on the new leader reached the old leader, now a replica" || fail "the old leader does not replicate the new leader's write"
O1=$(orders $((H + 1)))
more=0
for _ in $(seq 1 600); do
  O2=$(orders $((H + 1)))
  [ "${O2:-0}" -ge $((O1 + 3)) ] && { more=1; break; }
  sleep 0.2
done
[ $more = 1 ] && pass "the shoppers went on placing orders on the new leader ($O1 -> $O2) without a restart" ||
  fail "the shoppers placed no orders on the new leader :$((H + 1)) after the switchover ($O1 -> ${O2:-?}; see $S/logs/shoppers.log)"
sb shoppers stop >/dev/null
if sql "$H" 'insert into public.ha_probe (id) values (2)' >/dev/null 2>&1; then
  fail "the old leader :$H still takes writes"
else
  pass "the old leader :$H rejects writes"
fi
sb status
grep -q "leader pg-replica" "$WORK/out" && grep -q "pg-primary .*replica .*timeline $((TL + 1))" "$WORK/out" &&
  pass "status: leader pg-replica, pg-primary a replica on timeline $((TL + 1))" || fail "status does not show the new topology"
if as_pg pgbackrest --config="$PGBR_CONF" --stanza="$STANZA" check >"$WORK/check" 2>&1; then
  pass "pgbackrest check after the switchover: the new leader archives"
else
  fail "pgbackrest check after the switchover failed: $(tail -3 "$WORK/check")"
fi

if [ "${QM_SANDBOX_CACHE}" != 0 ]; then
  step "three Sentinels (quorum 2): a real SENTINEL FAILOVER"
  SP=$((H + 4))
  n=$(redis-cli -p "$SP" sentinel master qm-master | awk 'prev == "num-other-sentinels" { print; exit } { prev = $0 }')
  [ "$n" = 2 ] && pass "Sentinel :$SP sees 2 other Sentinels" || fail "Sentinel :$SP sees ${n:-?} other Sentinels, not 2"
  q=$(redis-cli -p "$SP" sentinel ckquorum qm-master 2>&1)
  case $q in OK*) pass "ckquorum: $q" ;; *) fail "ckquorum: $q" ;; esac
  old=$(redis-cli -p "$SP" sentinel get-master-addr-by-name qm-master | tail -1)
  redis-cli -p "$SP" sentinel failover qm-master >/dev/null
  moved=0
  for _ in $(seq 1 300); do
    new=$(redis-cli -p $((H + 21)) sentinel get-master-addr-by-name qm-master | tail -1)
    if [ "$new" != "$old" ] && [ "$(redis-cli -p "$new" role | head -1)" = master ]; then moved=1; break; fi
    sleep 0.1
  done
  [ $moved = 1 ] && pass "SENTINEL FAILOVER: the master moved from :$old to :$new (seen by Sentinel 3)" ||
    fail "SENTINEL FAILOVER did not move the master from :$old"
  redis-cli -p "$new" set qm:ha:probe 1 >/dev/null 2>&1 && pass "the new Redis master takes writes" ||
    fail "the new Redis master :$new takes no writes"
fi

step "rebuild-replica under Patroni: leader back to pg-primary, pg-replica cloned again"
if sb rebuild-replica && wait_members "$(printf 'pg-primary Leader running\npg-replica Replica running')"; then
  pass "rebuild-replica: pg-primary Leader, pg-replica Replica running"
else
  fail "rebuild-replica: patronictl list shows: $(members | tr '\n' ';')"
fi

step "down leaves nothing listening; up again keeps the data"
sb down || fail "down failed"
left=$(listeners)
[ -z "$left" ] && pass "down: nothing listens on $H..$((H + 31))" || fail "down left listeners: $left"
pgrep -f "$S/" >/dev/null && fail "down left processes: $(pgrep -af "$S/")" || pass "down: no process names the state folder"
if sb up; then
  [ "$(sql "$H" 'select count(*) from public.ha_probe')" = 1 ] && pass "up again: the data is kept" ||
    fail "up again: the probe row is gone"
  wait_members "$(printf 'pg-primary Leader running\npg-replica Replica running')" &&
    pass "up again: pg-primary Leader, pg-replica streaming" || fail "up again: $(members | tr '\n' ';')"
else
  fail "up again failed"
fi

step "destroy leaves nothing listening"
sb destroy || fail "destroy failed"
left=$(listeners)
[ -z "$left" ] && pass "destroy: nothing listens on $H..$((H + 31))" || fail "destroy left listeners: $left"
[ ! -e "$S" ] && pass "destroy removed the state folder" || fail "destroy left $S"

echo
if [ $FAILS -gt 0 ]; then
  echo "test_sandbox_ha: $FAILS failure(s)"
  exit 1
fi
echo "test_sandbox_ha: all passed"
