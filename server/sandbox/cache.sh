# shellcheck shell=bash
# The cache stack of the sandbox, sourced by scripts/sandbox (which defines STATE, BASE, LOGS,
# REDIS_PORT, ROOT, say, die). Started with `up` unless QM_SANDBOX_CACHE=0:
#   base+3   Redis replica of the sandbox Redis (base+2)
#   base+4   Redis Sentinel monitoring them as master "qm-master", with Sentinels 2 and 3 on
#            base+20 and base+21 (quorum 2: a failover needs two of the three to agree)
#   base+5   Varnish (xkey; BAN/PURGE from loopback only) in front of
#   base+6   qm-page-origin (server/sandbox/pageorigin.cpp)
#   base+10..base+12  a 3-master Redis Cluster for the tests (cluster bus on base+13..base+15)
# It writes $STATE/cache.json (what the tests read) and $STATE/profile-sentinel.json,
# $STATE/profile-cluster.json (profiles for the same store through Sentinel / the Cluster).

CACHE_REPLICA_PORT=$((BASE + 3))
CACHE_SENTINEL_PORT=$((BASE + 4))
# All three Sentinels; the first is the one profiles and tests name first.
CACHE_SENTINEL_PORTS=($((BASE + 4)) $((BASE + 20)) $((BASE + 21)))
CACHE_SENTINEL_QUORUM=2
CACHE_VARNISH_PORT=$((BASE + 5))
CACHE_ORIGIN_PORT=$((BASE + 6))
CACHE_CLUSTER_PORTS=($((BASE + 10)) $((BASE + 11)) $((BASE + 12)))
CACHE_MASTER_NAME=qm-master
CACHE_DIR=$STATE/cache
# Redis ACL users, one per console role (see redis_acl_prepare); passwords in $REDIS_USERS.
REDIS_USERS=$STATE/redis-users
REDIS_ACL=$STATE/redis-acl/users.acl
# What profile.json's "redis" object says: each role signs in as its own ACL user.
REDIS_PROFILE_AUTH="\"user_from_database\": true, \"passfile\": \"$REDIS_USERS\""
CACHE_ORIGIN_BIN=${QM_PAGE_ORIGIN:-${QM_BUILD_DIR:-$ROOT/build}/server/sandbox/qm-page-origin}

cache_enabled() {
  [ "${QM_SANDBOX_CACHE:-1}" != 0 ] || return 1
  command -v redis-sentinel >/dev/null || { say "cache stack skipped: redis-sentinel missing"; return 1; }
  return 0
}

cache_ping() { redis-cli -h 127.0.0.1 -p "$1" ping 2>/dev/null | grep -q PONG; }

# Redis ACL users per console role, enforced by Redis itself (the console's checks only mirror
# them): merch and manager read (GET, SCAN, TYPE, TTL, MEMORY USAGE, INFO...) and cannot UNLINK,
# DEL, EXPIRE, GETDEL, SET or FLUSH*; oncall and admin may purge; storefront does what the
# simulator needs; qm-sentinel and qm-replication are for Sentinel and replicas. Passwords are
# generated once into $REDIS_USERS ("user password" lines, 0600), like pgpass for PostgreSQL.
# The `default` user stays open on loopback: it is the sandbox's own superuser (the scripts and
# the tests' fixtures use it, as they use the owner for PostgreSQL); production turns it off.
redis_acl_rules() { # user -> ACL rules (without password)
  # What the console reads besides data: stats, topology, memory of a key.
  local look='+info +role +memory|usage +config|get +slowlog|get +latency|latest +dbsize'
  look+=' +cluster|info +cluster|slots +cluster|shards +cluster|nodes +cluster|myid'
  look+=' +client|setname +client|getname +client|id +readonly'
  case $1 in
    admin) echo '~* &* +@all' ;;
    # Streams (the order pipeline, issue 10): XADD/XACK/XAUTOCLAIM/XTRIM/XDEL are @write, XINFO/
    # XRANGE/XLEN/XPENDING @read, so merch and manager only look; on-call replays dead letters
    # with one Lua script (EVAL runs each command under the caller's ACL: nothing more is allowed).
    oncall) echo "~* &* +@read +@write +@connection -@dangerous +eval +evalsha $look" ;;
    merch|manager) echo "~* resetchannels +@read +@connection -@dangerous $look" ;;
    storefront) echo '~* resetchannels +@read +@write +@connection +@transaction -@dangerous' ;;
    qm-sentinel) echo 'allchannels +multi +slaveof +replicaof +ping +exec +subscribe +config|rewrite +role +publish +info +client|setname +client|kill +script|kill' ;;
    qm-replication) echo '+psync +replconf +ping' ;;
  esac
}

redis_acl_users() { echo admin oncall merch manager storefront qm-sentinel qm-replication; }

redis_user_password() { awk -v u="$1" '$1 == u { print $2 }' "$REDIS_USERS" 2>/dev/null; }

# Writes the ACL file every Redis of the sandbox loads (--aclfile), generating missing passwords.
redis_acl_prepare() {
  local user pw
  mkdir -p "$(dirname "$REDIS_ACL")"
  [ -f "$REDIS_USERS" ] || { : >"$REDIS_USERS"; chmod 600 "$REDIS_USERS"; }
  for user in $(redis_acl_users); do
    [ -n "$(redis_user_password "$user")" ] && continue
    printf '%s %s\n' "$user" "$(head -c 18 /dev/urandom | base64 | tr -d '/+=')" >>"$REDIS_USERS"
  done
  {
    echo 'user default on nopass ~* &* +@all'
    for user in $(redis_acl_users); do
      echo "user $user on >$(redis_user_password "$user") $(redis_acl_rules "$user")"
    done
  } >"$REDIS_ACL.tmp"
  chmod 600 "$REDIS_ACL.tmp"; mv "$REDIS_ACL.tmp" "$REDIS_ACL"
}

# What a replica (and a master that Sentinel demotes) authenticates with.
redis_replication_args() {
  echo --masteruser qm-replication --masterauth "$(redis_user_password qm-replication)"
}
# (The pid is a pid file's first line: PostgreSQL's postmaster.pid has more.)
cache_pid_alive() { [ -f "$1" ] && kill -0 "$(head -1 "$1")" 2>/dev/null; }

cache_wait() { # what, command...
  local what=$1; shift
  for _ in $(seq 1 200); do "$@" && return 0; sleep 0.05; done
  say "warning: $what did not come up (see $LOGS)"; return 1
}

# A planned stop of the sandbox's Redis (tests restart it; `scripts/sandbox stop|restart redis`)
# must not become a Sentinel failover: on a loaded machine a restart can outlast
# down-after-milliseconds, and the tests after it then found the sandbox's Redis a READONLY
# replica. Before the stop the Sentinels are told to wait an hour; after the start they are put
# back, and if they moved the master meanwhile (a stop they were not told about) it is moved back.
cache_sentinels_running() { cache_ping "${CACHE_SENTINEL_PORTS[0]}"; }

cache_sentinel_down_after() { # milliseconds
  local p
  for p in "${CACHE_SENTINEL_PORTS[@]}"; do
    redis-cli -p "$p" sentinel set "$CACHE_MASTER_NAME" down-after-milliseconds "$1" >/dev/null 2>&1 || true
  done
}

cache_sentinel_master_port() {
  redis-cli -p "${CACHE_SENTINEL_PORTS[0]}" sentinel get-master-addr-by-name "$CACHE_MASTER_NAME" 2>/dev/null | tail -1
}

cache_hold_failover() {
  cache_sentinels_running || return 0
  cache_sentinel_down_after 3600000
}

cache_release_failover() {
  cache_sentinels_running || return 0
  local master
  master=$(cache_sentinel_master_port)
  if [ -n "$master" ] && [ "$master" != "$REDIS_PORT" ]; then
    say "Sentinel moved the master to :$master while Redis was away; moving it back to :$REDIS_PORT"
    # The restarted Redis must first be a replica in sync (Sentinel reconfigures it), then a
    # failover can promote it. NOGOODSLAVE/INPROG answers mean "not yet": try again.
    for _ in $(seq 1 60); do
      [ "$(cache_sentinel_master_port)" = "$REDIS_PORT" ] &&
        [ "$(redis-cli -p "$REDIS_PORT" role 2>/dev/null | head -1)" = master ] && break
      redis-cli -p "${CACHE_SENTINEL_PORTS[0]}" sentinel failover "$CACHE_MASTER_NAME" >/dev/null 2>&1 || true
      sleep 1
    done
    [ "$(cache_sentinel_master_port)" = "$REDIS_PORT" ] ||
      say "warning: Sentinel still names :$(cache_sentinel_master_port) as master (see $LOGS/sentinel.log)"
  fi
  cache_sentinel_down_after 5000
}

cache_redis_server() { # port name [extra args...]
  local port=$1 name=$2; shift 2
  cache_ping "$port" && return 0
  mkdir -p "$CACHE_DIR/$name"
  redis_acl_prepare
  # shellcheck disable=SC2046 # the replication args are words
  redis-server --port "$port" --bind 127.0.0.1 --daemonize yes --dir "$CACHE_DIR/$name" \
    --pidfile "$CACHE_DIR/$name/redis.pid" --logfile "$LOGS/$name.log" --save "" \
    --appendonly no --aclfile "$REDIS_ACL" $(redis_replication_args) "$@" >/dev/null
}

cache_start_replica() {
  local role
  cache_redis_server "$CACHE_REPLICA_PORT" redis-replica --maxmemory 2gb \
    --maxmemory-policy allkeys-lru
  cache_wait "Redis replica" cache_ping "$CACHE_REPLICA_PORT" || return 1
  # After a Sentinel failover one of the two is master: only make a fresh replica follow.
  role=$(redis-cli -p "$CACHE_REPLICA_PORT" role 2>/dev/null | head -1)
  local other
  other=$(redis-cli -p "$REDIS_PORT" role 2>/dev/null | head -1)
  if [ "$role" = master ] && [ "$other" = master ]; then
    redis-cli -p "$CACHE_REPLICA_PORT" replicaof 127.0.0.1 "$REDIS_PORT" >/dev/null
  fi
}

# Sentinel N (1..3): folder sentinel, sentinel-2, sentinel-3; log sentinel.log, sentinel-2.log...
cache_sentinel_name() { if [ "$1" = 1 ]; then echo sentinel; else echo "sentinel-$1"; fi; }

cache_start_one_sentinel() { # N
  local port=${CACHE_SENTINEL_PORTS[$(($1 - 1))]} name
  name=$(cache_sentinel_name "$1")
  cache_ping "$port" && return 0
  mkdir -p "$CACHE_DIR/$name"
  local conf=$CACHE_DIR/$name/sentinel.conf
  if [ ! -f "$conf" ]; then # Sentinel rewrites its file: it is state, written once
    # The master is whichever Redis is master now (a failover may have moved it before Sentinels
    # 2 and 3 first started).
    local master=$REDIS_PORT
    [ "$(redis-cli -p "$REDIS_PORT" role 2>/dev/null | head -1)" = master ] ||
      [ "$(redis-cli -p "$CACHE_REPLICA_PORT" role 2>/dev/null | head -1)" != master ] || master=$CACHE_REPLICA_PORT
    sed -e "s/@PORT@/$port/" -e "s/@MASTER_PORT@/$master/" -e "s/@QUORUM@/$CACHE_SENTINEL_QUORUM/" \
      -e "s/@MASTER_NAME@/$CACHE_MASTER_NAME/" -e "s|@DIR@|$CACHE_DIR/$name|" \
      -e "s|@LOG@|$LOGS/$name.log|" -e "s|@SENTINEL_PASS@|$(redis_user_password qm-sentinel)|" \
      "$ROOT/server/sandbox/sentinel.conf" >"$conf"
    chmod 600 "$conf"
  fi
  redis-sentinel "$conf" >/dev/null
  cache_wait "Sentinel $1" cache_ping "$port"
}

cache_start_sentinel() {
  local n rc=0
  for n in 1 2 3; do cache_start_one_sentinel "$n" || rc=1; done
  return $rc
}

cache_stop_sentinels() {
  local port
  for port in "${CACHE_SENTINEL_PORTS[@]}"; do cache_stop_redis "$port"; done
}

cache_cluster_ok() {
  redis-cli -p "${CACHE_CLUSTER_PORTS[0]}" cluster info 2>/dev/null | grep -q 'cluster_state:ok'
}

cache_start_cluster() {
  local port
  for port in "${CACHE_CLUSTER_PORTS[@]}"; do
    # The bus port is set explicitly (port + 3): the default, port + 10000, overflows for
    # sandbox bases above 55535.
    cache_redis_server "$port" "cluster-$port" --cluster-enabled yes \
      --cluster-port $((port + 3)) --cluster-config-file nodes.conf --cluster-node-timeout 2000 \
      --maxmemory 256mb
  done
  for port in "${CACHE_CLUSTER_PORTS[@]}"; do
    cache_wait "cluster node $port" cache_ping "$port" || return 1
  done
  if ! redis-cli -p "${CACHE_CLUSTER_PORTS[0]}" cluster info | grep -q 'cluster_slots_assigned:16384'; then
    local nodes=()
    for port in "${CACHE_CLUSTER_PORTS[@]}"; do nodes+=("127.0.0.1:$port"); done
    redis-cli --cluster create "${nodes[@]}" --cluster-replicas 0 --cluster-yes \
      >"$LOGS/cluster-create.log" 2>&1 || { say "warning: cluster create failed ($LOGS/cluster-create.log)"; return 1; }
  fi
  cache_wait "Redis Cluster" cache_cluster_ok
}

cache_build_origin() {
  [ -x "$CACHE_ORIGIN_BIN" ] && [ "$CACHE_ORIGIN_BIN" -nt "$ROOT/server/sandbox/pageorigin.cpp" ] && return 0
  [ -n "${QM_PAGE_ORIGIN:-}" ] && return 1
  "$ROOT/scripts/build" --target qm-page-origin >"$LOGS/build-origin.log" 2>&1
}

# The cache stack's ports ("PORT SERVER" lines) and pid files, for scripts/sandbox's port checks and
# its stop of leftovers. The cluster bus is node port + 3 (cache_start_cluster).
cache_ports() {
  local port
  printf '%s %s\n' "$CACHE_REPLICA_PORT" "Redis replica" "$CACHE_SENTINEL_PORT" "Redis Sentinel" \
    "${CACHE_SENTINEL_PORTS[1]}" "Redis Sentinel 2" "${CACHE_SENTINEL_PORTS[2]}" "Redis Sentinel 3"
  if command -v varnishd >/dev/null; then
    printf '%s %s\n' "$CACHE_VARNISH_PORT" "Varnish" "$CACHE_ORIGIN_PORT" "page origin"
  fi
  for port in "${CACHE_CLUSTER_PORTS[@]}"; do printf '%s %s\n' "$port" "Redis Cluster node"; done
  for port in "${CACHE_CLUSTER_PORTS[@]}"; do printf '%s %s\n' $((port + 3)) "Redis Cluster bus of node $port"; done
}

cache_pidfiles() {
  local port
  printf '%s\n' "$CACHE_DIR/redis-replica/redis.pid" "$CACHE_DIR/sentinel/sentinel.pid" \
    "$CACHE_DIR/sentinel-2/sentinel.pid" "$CACHE_DIR/sentinel-3/sentinel.pid"
  for port in "${CACHE_CLUSTER_PORTS[@]}"; do printf '%s\n' "$CACHE_DIR/cluster-$port/redis.pid"; done
  printf '%s\n' "$CACHE_DIR/varnish/varnishd.pid" "$CACHE_DIR/origin.pid"
}

cache_http_ok() { curl -fs -o /dev/null --max-time 1 "http://127.0.0.1:$1$2"; }

cache_start_varnish() {
  if ! command -v varnishd >/dev/null; then
    say "Varnish skipped: varnishd missing (scripts/setup installs varnish + varnish-modules)"
    return 0
  fi
  mkdir -p "$CACHE_DIR/varnish"
  if ! cache_pid_alive "$CACHE_DIR/origin.pid"; then
    cache_build_origin || { say "warning: qm-page-origin did not build ($LOGS/build-origin.log)"; return 1; }
    # --db: the origin shows the maintenance page while storefront.maintenance is on (0502).
    "$CACHE_ORIGIN_BIN" --port "$CACHE_ORIGIN_PORT" --varnish-dir "$CACHE_DIR/varnish/work" \
      --db "host=127.0.0.1,127.0.0.1 port=$BASE,$((BASE + 1)) dbname=${DB:-quartermaster} user=storefront passfile=$STATE/pgpass connect_timeout=2 application_name=qm-page-origin" \
      >>"$LOGS/origin.log" 2>&1 &
    echo $! >"$CACHE_DIR/origin.pid"
    disown 2>/dev/null || true
  fi
  if ! cache_pid_alive "$CACHE_DIR/varnish/varnishd.pid"; then
    sed -e "s/@ORIGIN_PORT@/$CACHE_ORIGIN_PORT/" "$ROOT/server/sandbox/varnish.vcl" \
      >"$CACHE_DIR/varnish/default.vcl"
    # -j none: no jail, so it runs as whoever runs the sandbox (root or not) in its own folder.
    varnishd -n "$CACHE_DIR/varnish/work" -a "127.0.0.1:$CACHE_VARNISH_PORT" \
      -f "$CACHE_DIR/varnish/default.vcl" -s malloc,64m -j none -T 127.0.0.1:0 \
      -P "$CACHE_DIR/varnish/varnishd.pid" -p thread_pool_min=5 -p thread_pool_max=100 \
      >"$LOGS/varnish.log" 2>&1 || { say "warning: varnishd failed ($LOGS/varnish.log)"; return 1; }
  fi
  cache_wait "page origin" cache_http_ok "$CACHE_ORIGIN_PORT" /p/1
  cache_wait "Varnish" cache_http_ok "$CACHE_VARNISH_PORT" /p/1
}

cache_stop_redis() { # port
  cache_ping "$1" || return 0
  redis-cli -p "$1" shutdown nosave >/dev/null 2>&1 || true
  for _ in $(seq 1 100); do cache_ping "$1" || return 0; sleep 0.05; done
}

cache_kill_pidfile() { # pidfile
  cache_pid_alive "$1" || return 0
  local pid; pid=$(head -1 "$1")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || { rm -f "$1"; return 0; }; sleep 0.05; done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$1"
}

cache_stop_varnish() {
  cache_kill_pidfile "$CACHE_DIR/varnish/varnishd.pid"
  cache_kill_pidfile "$CACHE_DIR/origin.pid"
}

cache_stop_cluster() {
  local port
  for port in "${CACHE_CLUSTER_PORTS[@]}"; do cache_stop_redis "$port"; done
}

cache_write_files() {
  local seeds="" sentinels="" port
  for port in "${CACHE_CLUSTER_PORTS[@]}"; do seeds+="${seeds:+, }\"127.0.0.1:$port\""; done
  for port in "${CACHE_SENTINEL_PORTS[@]}"; do sentinels+="${sentinels:+, }\"127.0.0.1:$port\""; done
  cat >"$STATE/cache.json.tmp" <<JSON
{
  "redis": "127.0.0.1:$REDIS_PORT",
  "replica": "127.0.0.1:$CACHE_REPLICA_PORT",
  "sentinel": {"master": "$CACHE_MASTER_NAME", "sentinels": [$sentinels], "quorum": $CACHE_SENTINEL_QUORUM},
  "cluster": {"seeds": [$seeds]},
  "varnish": {"url": "http://127.0.0.1:$CACHE_VARNISH_PORT",
              "origin": "http://127.0.0.1:$CACHE_ORIGIN_PORT",
              "workdir": "$CACHE_DIR/varnish/work"}
}
JSON
  mv "$STATE/cache.json.tmp" "$STATE/cache.json"
  [ -f "$PROFILE" ] || return 0
  sed -e "s|\"redis\": {[^}]*}|\"redis\": {\"mode\": \"sentinel\", \"master\": \"$CACHE_MASTER_NAME\", \"sentinels\": [$sentinels], $REDIS_PROFILE_AUTH}|" \
    -e "s|\"name\": \"Sandbox\"|\"name\": \"Sandbox (Sentinel)\"|" "$PROFILE" >"$STATE/profile-sentinel.json"
  sed -e "s|\"redis\": {[^}]*}|\"redis\": {\"mode\": \"cluster\", \"seeds\": [$seeds], $REDIS_PROFILE_AUTH}|" \
    -e "s|\"name\": \"Sandbox\"|\"name\": \"Sandbox (Cluster)\"|" "$PROFILE" >"$STATE/profile-cluster.json"
}

# The Varnish URL for profile.json's "varnish" list (empty when the stack is off).
cache_varnish_urls() {
  cache_enabled >/dev/null 2>&1 && command -v varnishd >/dev/null && printf '"http://127.0.0.1:%s"' "$CACHE_VARNISH_PORT"
  return 0
}

cache_up() {
  cache_enabled || return 0
  local t0=$SECONDS
  mkdir -p "$CACHE_DIR"
  # A part that fails is reported and left out; PostgreSQL and Redis users are not held up.
  cache_start_replica || say "warning: Redis replica not started"
  cache_start_sentinel || say "warning: Sentinel not started"
  # A stop held off failovers (cache_hold_failover) and Sentinel wrote that to its file.
  if cache_sentinels_running; then cache_sentinel_down_after 5000; fi
  cache_start_cluster || say "warning: Redis Cluster not started"
  cache_start_varnish || say "warning: Varnish not started"
  cache_write_files
  say "cache stack up in $((SECONDS - t0)) s: replica :$CACHE_REPLICA_PORT, sentinel :$CACHE_SENTINEL_PORT, varnish :$CACHE_VARNISH_PORT, origin :$CACHE_ORIGIN_PORT, cluster :${CACHE_CLUSTER_PORTS[0]}-${CACHE_CLUSTER_PORTS[2]}"
}

cache_down() {
  [ -d "$CACHE_DIR" ] || return 0
  # Sentinels first, so that stopping the master is not taken for a failure.
  cache_stop_sentinels
  cache_stop_varnish
  cache_stop_cluster
  cache_stop_redis "$CACHE_REPLICA_PORT"
  return 0
}

cache_status() {
  [ -d "$CACHE_DIR" ] || return 0
  local rc=0 port
  if cache_ping "$CACHE_REPLICA_PORT"; then echo "redis-replica up    127.0.0.1:$CACHE_REPLICA_PORT"; else echo "redis-replica down"; rc=1; fi
  local n=0
  for port in "${CACHE_SENTINEL_PORTS[@]}"; do cache_ping "$port" && n=$((n + 1)); done
  if [ $n = 3 ]; then echo "sentinel up    127.0.0.1:${CACHE_SENTINEL_PORTS[0]},${CACHE_SENTINEL_PORTS[1]},${CACHE_SENTINEL_PORTS[2]} (quorum $CACHE_SENTINEL_QUORUM)"
  else echo "sentinel down  ($n of 3 Sentinels answer)"; rc=1; fi
  if cache_http_ok "$CACHE_VARNISH_PORT" /p/1; then echo "varnish  up    127.0.0.1:$CACHE_VARNISH_PORT"; else echo "varnish  down"; rc=1; fi
  if cache_http_ok "$CACHE_ORIGIN_PORT" /p/1; then echo "origin   up    127.0.0.1:$CACHE_ORIGIN_PORT"; else echo "origin   down"; rc=1; fi
  if cache_cluster_ok; then echo "cluster  up    127.0.0.1:${CACHE_CLUSTER_PORTS[0]}-${CACHE_CLUSTER_PORTS[2]}"; else echo "cluster  down"; rc=1; fi
  return $rc
}

# cache_service ACTION SERVICE: stop|start|restart of redis-replica, sentinel, varnish, cluster.
# Returns 2 for a service it does not know.
cache_service() {
  case "$2" in
    redis-replica) [ "$1" = start ] || cache_stop_redis "$CACHE_REPLICA_PORT"
                   [ "$1" = stop ] || cache_start_replica ;;
    sentinel) [ "$1" = start ] || cache_stop_sentinels
              [ "$1" = stop ] || cache_start_sentinel ;;
    varnish) [ "$1" = start ] || cache_stop_varnish
             [ "$1" = stop ] || cache_start_varnish ;;
    cluster) [ "$1" = start ] || cache_stop_cluster
             [ "$1" = stop ] || cache_start_cluster ;;
    *) return 2 ;;
  esac
}
