# shellcheck shell=bash
# PostgreSQL under Patroni 3 with one etcd 3.4 member, sourced by scripts/sandbox (which defines
# STATE, BASE, LOGS, RUNDIR, PRIMARY, REPLICA, PGBIN, PGPASS, OWNER, PG_PRIMARY_PORT,
# PG_REPLICA_PORT, as_pg, psql_owner, say, die, warn). On with QM_SANDBOX_HA=patroni, which `up`
# records in $STATE/ha-mode for later commands (like QM_SANDBOX_STORE):
#   base+16  etcd client (v3 gRPC gateway, what Patroni's etcd3 DCS talks to)
#   base+17  etcd peer
#   base+18  Patroni REST API of the member "pg-primary" (data $STATE/pg-primary, PostgreSQL +0)
#   base+19  Patroni REST API of the member "pg-replica" (data $STATE/pg-replica, PostgreSQL +1)
# The members keep their names and ports after a switchover: "pg-primary" is the data folder, not
# the role. The sandbox makes the primary as always (initdb, TLS, pg_hba, SCRAM); Patroni takes
# that data folder over as the leader, and clones the replica itself (pg_basebackup).
# Files: $STATE/patroni.yml (the pg-primary member's, what `patronictl -c` reads; it lists the
# whole cluster), $STATE/patroni-replica.yml, $STATE/etcd/ (data), $STATE/ha.json (see
# DEVELOPERS.md), pid files in $RUNDIR, logs $LOGS/patroni-{primary,replica}.log, $LOGS/etcd.log.

HA_MODE_FILE=$STATE/ha-mode
ETCD_CLIENT_PORT=$((BASE + 16))
ETCD_PEER_PORT=$((BASE + 17))
PATRONI_REST_PRIMARY=$((BASE + 18))
PATRONI_REST_REPLICA=$((BASE + 19))
PATRONI_SCOPE=qm-$BASE
PATRONI_NAMESPACE=/quartermaster/
ETCD_DIR=$STATE/etcd
ETCD_PID=$STATE/etcd.pid
PATRONI_YML=$STATE/patroni.yml
HA_JSON=$STATE/ha.json
# Patroni's timings: a planned switchover takes about loop_wait; a dead leader is replaced after ttl.
# Patroni wants loop_wait + 2 * retry_timeout <= ttl.
PATRONI_TTL=${QM_SANDBOX_PATRONI_TTL:-12}
PATRONI_LOOP_WAIT=2
PATRONI_RETRY_TIMEOUT=5
PATRONI_MAX_LAG=1048576

# none|patroni: QM_SANDBOX_HA, else what the last `up` recorded, else none.
ha_mode() {
  local m=${QM_SANDBOX_HA:-}
  [ -n "$m" ] || m=$(cat "$HA_MODE_FILE" 2>/dev/null || true)
  printf '%s' "${m:-none}"
}

ha_enabled() { [ "$(ha_mode)" = patroni ]; }

ha_check() {
  case $(ha_mode) in
    none | patroni) ;;
    *) die "QM_SANDBOX_HA must be patroni or none, not \"$(ha_mode)\"" ;;
  esac
  # A sandbox made without Patroni is not turned into one (its replica was not cloned by Patroni).
  if [ "$(ha_mode)" = patroni ] && [ -f "$PRIMARY/PG_VERSION" ] && [ ! -f "$HA_MODE_FILE" ]; then
    die "QM_SANDBOX_HA=patroni: the sandbox in $STATE was made without Patroni; destroy it first"
  fi
  ha_enabled || return 0
  command -v patroni >/dev/null && command -v patronictl >/dev/null && command -v etcd >/dev/null ||
    die "QM_SANDBOX_HA=patroni needs patroni and etcd-server: run scripts/setup"
}

ha_ports() {
  if ha_enabled; then
    printf '%s %s\n' "$ETCD_CLIENT_PORT" "etcd client" "$ETCD_PEER_PORT" "etcd peer" \
      "$PATRONI_REST_PRIMARY" "Patroni REST (pg-primary)" "$PATRONI_REST_REPLICA" "Patroni REST (pg-replica)"
  fi
  return 0
}

ha_pidfiles() {
  printf '%s\n' "$ETCD_PID" "$RUNDIR/patroni-primary.pid" "$RUNDIR/patroni-replica.pid"
}

# The profile's "patroni" list: each member's REST API.
ha_profile_urls() {
  ha_enabled && printf '"%s", "%s"' "$(tls_patroni_url "$PATRONI_REST_PRIMARY")" "$(tls_patroni_url "$PATRONI_REST_REPLICA")"
  return 0
}

# --- etcd -------------------------------------------------------------------------------------

etcd_ok() { curl -fs --max-time 2 "http://127.0.0.1:$ETCD_CLIENT_PORT/health" 2>/dev/null | grep -q '"health":"true"'; }

etcd_start() {
  etcd_ok && return 0
  mkdir -p "$ETCD_DIR"; chmod 700 "$ETCD_DIR"
  local state=new
  [ -d "$ETCD_DIR/member" ] && state=existing
  # 8<&-: the daemon must not keep scripts/sandbox's lock pipe.
  setsid etcd --name qm --data-dir "$ETCD_DIR" \
    --listen-client-urls "http://127.0.0.1:$ETCD_CLIENT_PORT" \
    --advertise-client-urls "http://127.0.0.1:$ETCD_CLIENT_PORT" \
    --listen-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" \
    --initial-advertise-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" \
    --initial-cluster "qm=http://127.0.0.1:$ETCD_PEER_PORT" --initial-cluster-state "$state" \
    --initial-cluster-token "qm-$BASE" --enable-v2=false \
    </dev/null >>"$LOGS/etcd.log" 2>&1 8<&- &
  echo $! >"$ETCD_PID"
  for _ in $(seq 1 300); do etcd_ok && return 0; sleep 0.1; done
  die "etcd did not start on 127.0.0.1:$ETCD_CLIENT_PORT: see $LOGS/etcd.log"
}

ha_kill_pidfile() { # pidfile [seconds]: TERM, wait, KILL
  local pid
  pid=$(pid_of "$1") || { rm -f "$1"; return 0; }
  if pid_is_ours "$pid"; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 $((${2:-30} * 10))); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$1"
}

etcd_stop() { ha_kill_pidfile "$ETCD_PID" 20; }

# --- Patroni ------------------------------------------------------------------------------------

ha_member_of_dir() { # data dir -> primary|replica
  if [ "$1" = "$PRIMARY" ]; then echo primary; else echo replica; fi
}

ha_yml() { # primary|replica -> its config file
  if [ "$1" = primary ]; then echo "$PATRONI_YML"; else echo "$STATE/patroni-replica.yml"; fi
}

ha_rest_port() { if [ "$1" = primary ]; then echo "$PATRONI_REST_PRIMARY"; else echo "$PATRONI_REST_REPLICA"; fi; }

owner_password() { awk -F: -v u="$OWNER" '$4 == u { print $5; exit }' "$PGPASS"; }

# The PostgreSQL settings Patroni sets on every member (the rest stay in postgresql.base.conf,
# which is the sandbox's postgresql.conf that Patroni renamed when it took the folder over).
ha_pg_parameters() { # [data dir of the member]
  cat <<YML
        wal_level: replica
        hot_standby: "on"
        hot_standby_feedback: "on"
        max_wal_senders: 10
        max_replication_slots: 10
        wal_log_hints: "on"
        track_commit_timestamp: "on"
        max_connections: 200
        wal_keep_size: 512MB
$(ha_archive_parameters "${1:-}")
YML
}

# archive_mode/archive_command (server/sandbox/pgbackrest.sh; empty when pgBackRest is off).
ha_archive_parameters() {
  if declare -F pgbr_patroni_parameters >/dev/null; then pgbr_patroni_parameters "$@"; fi
}

ha_write_yml() { # primary|replica
  local which=$1 dir port rest file pw
  if [ "$which" = primary ]; then dir=$PRIMARY port=$PG_PRIMARY_PORT; else dir=$REPLICA port=$PG_REPLICA_PORT; fi
  rest=$(ha_rest_port "$which")
  file=$(ha_yml "$which")
  pw=$(owner_password)
  [ -n "$pw" ] || die "no password of $OWNER in $PGPASS"
  cat >"$file.tmp" <<YML
# Written by scripts/sandbox (server/sandbox/patroni.sh) for the member pg-$which; rewritten at up.
scope: $PATRONI_SCOPE
namespace: $PATRONI_NAMESPACE
name: pg-$which
log:
  level: INFO
  format: '%(asctime)s %(levelname)s: %(message)s'
restapi:
  listen: 127.0.0.1:$rest
  connect_address: 127.0.0.1:$rest
$(tls_patroni_restapi "$which")
$(tls_patroni_ctl)
etcd3:
  hosts: 127.0.0.1:$ETCD_CLIENT_PORT
bootstrap:
  dcs:
    ttl: $PATRONI_TTL
    loop_wait: $PATRONI_LOOP_WAIT
    retry_timeout: $PATRONI_RETRY_TIMEOUT
    maximum_lag_on_failover: $PATRONI_MAX_LAG
    postgresql:
      use_pg_rewind: true
      use_slots: true
      parameters:
$(ha_pg_parameters)
postgresql:
  listen: 127.0.0.1:$port
  connect_address: 127.0.0.1:$port
  data_dir: $dir
  bin_dir: $PGBIN
  pgpass: $RUNDIR/patroni-$which.pgpass
  use_unix_socket: true
  use_unix_socket_repl: false
  authentication:
    superuser:
      username: $OWNER
      password: '$pw'
    replication:
      username: replicator
      password: 'trust'
    rewind:
      username: $OWNER
      password: '$pw'
  parameters:
    unix_socket_directories: '$RUNDIR'
    # (the same as the cluster's, for the first start before they are in etcd)
$(ha_pg_parameters "$dir" | sed 's/^    //')
  create_replica_methods:
    - basebackup
  basebackup:
    checkpoint: fast
  remove_data_directory_on_rewind_failure: true
  remove_data_directory_on_diverged_timelines: true
tags:
  nofailover: false
  noloadbalance: false
  clonefrom: false
  nosync: false
YML
  chmod 600 "$file.tmp"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$file.tmp"
  mv "$file.tmp" "$file"
}

patroni_rest() { # port path -> body (any status)
  local args
  mapfile -t args < <(tls_curl_rest "$1" "$2")
  curl -s --max-time 3 "${args[@]}" 2>/dev/null
}

patroni_alive() { # primary|replica
  local pid
  pid=$(pid_of "$RUNDIR/patroni-$1.pid") && pid_is_ours "$pid"
}

# The current leader's member name (empty: none).
ha_leader() {
  patroni_rest "$PATRONI_REST_PRIMARY" /cluster | ha_json_leader ||
    patroni_rest "$PATRONI_REST_REPLICA" /cluster | ha_json_leader
}
ha_json_leader() {
  python3 -c 'import json,sys
try: c=json.load(sys.stdin)
except Exception: sys.exit(1)
l=[m["name"] for m in c.get("members",[]) if m.get("role") in ("leader","master","standby_leader")]
print(l[0]) if l else sys.exit(1)' 2>/dev/null
}

# A member whose PostgreSQL runs as the leader (primary) or as a streaming replica.
patroni_member_ready() { # primary|replica
  patroni_rest "$(ha_rest_port "$1")" /patroni | python3 -c 'import json,sys
try: p=json.load(sys.stdin)
except Exception: sys.exit(1)
sys.exit(0 if p.get("state")=="running" and (p.get("role") in ("master","primary") or p.get("replication_state")=="streaming" or p.get("role")=="replica") else 1)' 2>/dev/null
}

patroni_start() { # data dir
  local which dir=$1 yml pid
  which=$(ha_member_of_dir "$dir")
  etcd_start
  patroni_alive "$which" && return 0
  pgbr_prepare
  ha_write_yml "$which"
  yml=$(ha_yml "$which")
  if [ "$which" = replica ] && [ ! -f "$REPLICA/PG_VERSION" ]; then
    say "Patroni clones the replica ($REPLICA)"
    # (Patroni runs as postgres and cannot make a folder in the state folder itself.)
    mkdir -p "$REPLICA"; chmod 700 "$REPLICA"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$REPLICA"
  fi
  # Patroni runs PostgreSQL and so runs as its user; sh writes its own pid and becomes Patroni.
  # (setpriv, not runuser: it execs, so no process of this script stays behind as a parent.)
  local as=()
  [ "$(id -u)" -eq 0 ] && as=(setpriv --reuid=postgres --regid=postgres --init-groups)
  # shellcheck disable=SC2016
  setsid "${as[@]}" sh -c 'echo $$ >"$1"; exec patroni "$2"' sh "$RUNDIR/patroni-$which.pid" "$yml" \
    </dev/null >>"$LOGS/patroni-$which.log" 2>&1 8<&- &
  for _ in $(seq 1 50); do [ -s "$RUNDIR/patroni-$which.pid" ] && break; sleep 0.1; done
  # Generous: the first start of the replica clones the primary.
  for _ in $(seq 1 1800); do
    if patroni_member_ready "$which" && pg_running "$dir" &&
      as_pg "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$([ "$which" = primary ] && echo "$PG_PRIMARY_PORT" || echo "$PG_REPLICA_PORT")"; then
      ha_write_json
      return 0
    fi
    pid=$(pid_of "$RUNDIR/patroni-$which.pid") || true
    [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null && die "Patroni member pg-$which exited: see $LOGS/patroni-$which.log"
    sleep 0.1
  done
  die "Patroni member pg-$which did not run PostgreSQL within 180 s: see $LOGS/patroni-$which.log"
}

# Stops a member: Patroni stops its PostgreSQL (a leader hands its lock over first, so the other
# member becomes the leader within a loop; `down` stops the replica first for that reason).
patroni_stop() { # data dir
  local which
  which=$(ha_member_of_dir "$1")
  ha_kill_pidfile "$RUNDIR/patroni-$which.pid" 90
  # Patroni stopped PostgreSQL; one that was left (Patroni killed) is stopped the usual way.
  if pg_running "$1"; then as_pg "$PGBIN/pg_ctl" -D "$1" -m fast -w -t 60 stop >/dev/null || true; fi
}

ha_down() {
  ha_enabled || [ -f "$ETCD_PID" ] || return 0
  patroni_stop "$REPLICA"
  patroni_stop "$PRIMARY"
  etcd_stop
}

patronictl_() { as_pg patronictl -c "$PATRONI_YML" "$@"; }

ha_wait_leader() { # member name: until it is the leader and takes writes
  local port=$PG_PRIMARY_PORT
  [ "$1" = pg-replica ] && port=$PG_REPLICA_PORT
  for _ in $(seq 1 600); do
    if [ "$(ha_leader)" = "$1" ] &&
      [ "$(psql_owner "$port" postgres -tAc 'select not pg_is_in_recovery()' 2>/dev/null)" = t ]; then
      return 0
    fi
    sleep 0.1
  done
  return 1
}

ha_wait_streaming() { # member name: until the leader shows it streaming
  for _ in $(seq 1 900); do
    patroni_rest "$PATRONI_REST_PRIMARY" /cluster | python3 -c 'import json,sys
c=json.load(sys.stdin)
sys.exit(0 if any(m["name"]==sys.argv[1] and m.get("state") in ("streaming","running") and m.get("role")=="replica" for m in c["members"]) else 1)' "$1" 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}

# `up` of an HA sandbox whose leader is pg-replica (after a switchover): the sandbox's
# migrations, grants and profile expect the leader at +0, so the leadership goes back there.
ha_settle() {
  ha_enabled || return 0
  local leader; leader=$(ha_leader || true)
  if [ "$leader" = pg-replica ]; then
    say "Patroni: switchover back to pg-primary (the leader was pg-replica)"
    ha_wait_streaming pg-primary || warn "pg-primary does not stream from pg-replica"
    patronictl_ switchover "$PATRONI_SCOPE" --leader pg-replica --candidate pg-primary --force >>"$LOGS/patronictl.log" 2>&1 ||
      die "switchover back to pg-primary failed: see $LOGS/patronictl.log"
    ha_wait_leader pg-primary || die "pg-primary did not become the leader"
  fi
  ha_wait_streaming pg-replica || warn "pg-replica is not streaming yet (see $LOGS/patroni-replica.log)"
  ha_write_json
}

ha_up_record() { ha_enabled && echo patroni >"$HA_MODE_FILE"; return 0; }

# $STATE/ha.json: where the tests and tools find the HA servers (documented in DEVELOPERS.md).
ha_write_json() {
  ha_enabled || return 0
  cat >"$HA_JSON.tmp" <<JSON
{
  "mode": "patroni",
  "scope": "$PATRONI_SCOPE",
  "namespace": "$PATRONI_NAMESPACE",
  "patroni_yml": "$PATRONI_YML",
  "etcd": "http://127.0.0.1:$ETCD_CLIENT_PORT",
  "members": [
    {"name": "pg-primary", "rest": "$(tls_patroni_url "$PATRONI_REST_PRIMARY")", "host": "127.0.0.1", "port": $PG_PRIMARY_PORT,
     "data": "$PRIMARY", "config": "$PATRONI_YML"},
    {"name": "pg-replica", "rest": "$(tls_patroni_url "$PATRONI_REST_REPLICA")", "host": "127.0.0.1", "port": $PG_REPLICA_PORT,
     "data": "$REPLICA", "config": "$STATE/patroni-replica.yml"}
  ],
  "ttl": $PATRONI_TTL, "loop_wait": $PATRONI_LOOP_WAIT, "retry_timeout": $PATRONI_RETRY_TIMEOUT,
  "maximum_lag_on_failover": $PATRONI_MAX_LAG,
  "pgbackrest": $(if declare -F pgbr_json >/dev/null; then pgbr_json; else echo null; fi)
}
JSON
  mv "$HA_JSON.tmp" "$HA_JSON"
}

ha_status() {
  ha_enabled || return 0
  if etcd_ok; then echo "etcd     up    127.0.0.1:$ETCD_CLIENT_PORT"; else echo "etcd     down"; return 1; fi
  local json
  json=$(patroni_rest "$PATRONI_REST_PRIMARY" /cluster)
  [ -n "$json" ] || json=$(patroni_rest "$PATRONI_REST_REPLICA" /cluster)
  if [ -z "$json" ]; then echo "patroni  down  (no member answers on :$PATRONI_REST_PRIMARY/:$PATRONI_REST_REPLICA)"; return 1; fi
  local rc=0
  pgbr_status || rc=1
  printf '%s' "$json" | python3 -c 'import json,sys
c=json.load(sys.stdin)
ms=c.get("members",[])
lead=[m["name"] for m in ms if m.get("role") in ("leader","master","standby_leader")]
paused=" (paused)" if c.get("pause") else ""
print("patroni  scope %s, leader %s%s" % (sys.argv[1], lead[0] if lead else "NONE", paused))
for m in ms:
    lag=m.get("lag", "")
    lag="-" if lag=="" or m.get("role") in ("leader","master") else ("%s B" % lag if isinstance(lag,int) else str(lag))
    print("  %-11s %-8s %-10s 127.0.0.1:%s  timeline %s  lag %s" % (m["name"], m.get("role"), m.get("state"), m.get("port"), m.get("timeline","?"), lag))
sys.exit(0 if lead and len(ms)==2 else 1)' "$PATRONI_SCOPE" || rc=1
  return $rc
}

# The sandbox's failure drills under Patroni (scripts/sandbox failover | rebuild-replica):
#   failover         patronictl failover to pg-replica (Patroni demotes pg-primary and keeps it as a
#                    replica of the new leader; nothing is stopped)
#   rebuild-replica  leadership back to pg-primary (a switchover if needed), then patronictl reinit
#                    of pg-replica (a fresh clone from the leader)
ha_failover() {
  patroni_alive replica || die "failover: the replica's Patroni member is not running"
  patronictl_ failover "$PATRONI_SCOPE" --candidate pg-replica --force >>"$LOGS/patronictl.log" 2>&1 ||
    die "failover: patronictl failover failed (see $LOGS/patronictl.log)"
  ha_wait_leader pg-replica || die "failover: pg-replica did not become the leader"
  say "failover: the primary is now 127.0.0.1:$PG_REPLICA_PORT (Patroni leader pg-replica)"
}

ha_rebuild_replica() {
  [ -f "$PRIMARY/PG_VERSION" ] || die "rebuild-replica: the sandbox is not up"
  patroni_start "$PRIMARY"
  patroni_alive replica || patroni_start "$REPLICA"
  ha_settle
  patronictl_ reinit "$PATRONI_SCOPE" pg-replica --force --wait >>"$LOGS/patronictl.log" 2>&1 ||
    die "rebuild-replica: patronictl reinit failed (see $LOGS/patronictl.log)"
  ha_wait_streaming pg-replica || die "rebuild-replica: pg-replica does not stream"
  say "rebuild-replica: leader pg-primary 127.0.0.1:$PG_PRIMARY_PORT, replica :$PG_REPLICA_PORT (reinit by Patroni)"
}
