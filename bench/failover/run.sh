#!/usr/bin/env bash
# bench failover: seconds from "run" to the first write accepted on the new primary, for the
# console's planned-switchover runbook (qmctl runbook run postgres-switchover, the engine with its
# checks and verification) against `patronictl switchover --force` run directly, alternated
# QM_BENCH_FAILOVER_ROUNDS times (default 3) in one run on an HA sandbox (Patroni + etcd), while
# the storefront simulator places orders; each line also says how many orders failed meanwhile.
#   QM_BENCH_HA_SANDBOX_DIR   the HA sandbox (default /var/tmp/quartermaster-bench-ha), made with
#                             QM_SANDBOX_HA=patroni if not up, and left running
#   QM_BENCH_HA_PORT_BASE     its ports (default QM_BENCH_PORT_BASE + 400 = 18832)
#   QM_BENCH_FAILOVER_RATE    simulator orders per second (default 20)
# The clock: a probe loop (psql, libpq multi-host with target_session_attrs=read-write) commits a
# transaction id as fast as it can from the moment the command starts; the time is that of the
# first commit on the candidate's port. Both sides are measured the same way.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${QM_BUILD_DIR:-$ROOT/build}
STATE=${QM_BENCH_HA_SANDBOX_DIR:-/var/tmp/quartermaster-bench-ha}
BASE=${QM_BENCH_HA_PORT_BASE:-$((${QM_BENCH_PORT_BASE:-18432} + 400))}
ROUNDS=${QM_BENCH_FAILOVER_ROUNDS:-3}
RATE=${QM_BENCH_FAILOVER_RATE:-20}
QMCTL=${QM_QMCTL:-$BUILD/app/qmctl/qmctl}
SIM=$BUILD/server/storefront/qm-storefront
for t in qmctl qm-storefront; do :; done
[ -x "$QMCTL" ] && [ -x "$SIM" ] || "$ROOT/scripts/build" --target qmctl qm-storefront qm-page-origin >&2
export QM_SANDBOX_DIR=$STATE QM_SANDBOX_PORT_BASE=$BASE QM_SANDBOX_HA=patroni QM_QMCTL=$QMCTL
if [ ! -f "$STATE/ha.json" ] || ! curl -fs --max-time 2 "http://127.0.0.1:$((BASE + 18))/patroni" >/dev/null 2>&1 &&
  ! curl -fs --max-time 2 "http://127.0.0.1:$((BASE + 19))/patroni" >/dev/null 2>&1; then
  QM_SANDBOX_CACHE=${QM_SANDBOX_CACHE:-0} QM_SANDBOX_MONITORING=0 "$ROOT/scripts/sandbox" up >&2
fi
PROFILE=$STATE/profile-reference.json
[ -f "$PROFILE" ] || PROFILE=$STATE/profile.json
YML=$STATE/patroni.yml
ctl() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- patronictl -c "$YML" "$@"; else patronictl -c "$YML" "$@"; fi
}
P0=$BASE P1=$((BASE + 1))
CONN="host=127.0.0.1,127.0.0.1 port=$P0,$P1 dbname=quartermaster user=qm_owner passfile=$STATE/pgpass target_session_attrs=read-write connect_timeout=1"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

leader() { ctl list -f json | python3 -c 'import json,sys; print(next(m["Member"] for m in json.load(sys.stdin) if m["Role"]=="Leader"))'; }
other() { ctl list -f json | python3 -c 'import json,sys; print(next(m["Member"] for m in json.load(sys.stdin) if m["Role"]!="Leader"))'; }
port_of() { [ "$1" = pg-primary ] && echo "$P0" || echo "$P1"; }
healthy() { # a leader running and the replica following with lag 0
  ctl list -f json | python3 -c '
import json,sys
m=json.load(sys.stdin)
ok=any(x["Role"]=="Leader" and x["State"]=="running" for x in m) and all(x["Role"]=="Leader" or (x["State"] in ("running","streaming") and x.get("Lag in MB")==0) for x in m) and len(m)==2
sys.exit(0 if ok else 1)'
}
wait_healthy() { for _ in $(seq 1 240); do healthy && return 0; sleep 0.5; done; echo "bench failover: the cluster did not settle" >&2; return 1; }

# One trial: starts the simulator, runs "$@" in the background, probes until the candidate's port
# commits, then waits for the command and stops the simulator. Prints "seconds orders failed".
trial() {
  local target=$1; shift
  "$SIM" --profile "$PROFILE" --rate "$RATE" --report-every 0 --redis none --seed $RANDOM >"$WORK/sim.out" 2>"$WORK/sim.err" &
  local sim=$!
  sleep 3
  local t0 t1 port
  t0=$(date +%s.%N)
  "$@" >"$WORK/cmd.out" 2>&1 &
  local cmd=$!
  while :; do
    port=$(psql "$CONN" -XAtqc "select inet_server_port() from (select txid_current()) t" 2>/dev/null || true)
    if [ "$port" = "$target" ]; then t1=$(date +%s.%N); break; fi
    if ! kill -0 "$cmd" 2>/dev/null && [ -z "${done_at:-}" ]; then done_at=$(date +%s); fi
    if [ -n "${done_at:-}" ] && [ $(($(date +%s) - done_at)) -gt 60 ]; then
      echo "bench failover: no write on port $target; command said:" >&2; cat "$WORK/cmd.out" >&2; kill -INT "$sim"; return 1
    fi
    sleep 0.02
  done
  unset done_at
  wait "$cmd" || { echo "bench failover: the command failed:" >&2; tail -20 "$WORK/cmd.out" >&2; kill -INT "$sim"; wait "$sim" || true; return 1; }
  sleep 3
  kill -INT "$sim"; wait "$sim" || true
  python3 - "$t0" "$t1" "$WORK/sim.out" <<'PY'
import json, sys
t0, t1 = float(sys.argv[1]), float(sys.argv[2])
summary = {}
for line in open(sys.argv[3]):
    if line.startswith('{'):
        o = json.loads(line)
        if o.get("event") == "summary":
            summary = o
print(round(t1 - t0, 3), summary.get("orders", 0), summary.get("errors", 0))
PY
}

wait_healthy
for i in $(seq 1 "$ROUNDS"); do
  wait_healthy; sleep 2
  cand=$(other)
  read -r ours ours_orders ours_failed < <(trial "$(port_of "$cand")" \
    "$QMCTL" runbook run postgres-switchover --profile "$PROFILE" --user oncall --yes \
    --param "candidate=$cand" --journal-dir "$WORK/journal")
  wait_healthy; sleep 2
  lead=$(leader); cand=$(other)
  read -r peer peer_orders peer_failed < <(trial "$(port_of "$cand")" ctl switchover --leader "$lead" --candidate "$cand" --force)
  python3 -c '
import json, sys
ours, peer = float(sys.argv[1]), float(sys.argv[2])
print(json.dumps({"bench": "failover", "metric": "seconds", "ours": ours,
  "peer": "patronictl switchover --force", "peer_value": peer,
  "ratio": round(ours / peer, 4) if peer else None, "unit": "s", "round": int(sys.argv[3]),
  "rate": int(sys.argv[8]), "orders_ours": int(sys.argv[4]), "orders_failed": int(sys.argv[5]),
  "orders_peer": int(sys.argv[6]), "orders_failed_peer": int(sys.argv[7])}), flush=True)
' "$ours" "$peer" "$i" "$ours_orders" "$ours_failed" "$peer_orders" "$peer_failed" "$RATE"
done
