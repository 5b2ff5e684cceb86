# shellcheck shell=bash
# Monitoring of the sandbox, sourced by scripts/sandbox after cache.sh (it uses STATE, BASE, LOGS,
# ROOT, DB, PGPASS, PG_PRIMARY_PORT, REDIS_PORT, psql_owner, add_pgpass, random_pw, pid_of,
# pid_is_ours, say, warn and cache.sh's redis_acl_* functions). On unless QM_SANDBOX_MONITORING=0:
#   base+22  Prometheus 2 (scrape interval 2 s, TSDB in $STATE/prometheus, retention bounded by size)
#   base+23  postgres_exporter as the login `qm_monitor` (pg_monitor; SELECT on the console views the
#            business queries read), with the business metrics of server/sandbox/monitoring-queries.yaml
#   base+24  redis_exporter as the Redis ACL user `qm-exporter` (INFO, CONFIG GET and a few reads)
#   base+25  node_exporter with only cpu, meminfo, filesystem, loadavg, diskstats, netdev
#   base+26  scraped (job storefront): the storefront simulator's /metrics when one runs
# Everything listens on 127.0.0.1. Passwords: qm_monitor's is in pgpass, qm-exporter's in
# redis-users (both 0600); the exporters get them in their environment, never on a command line.
# Files: $STATE/prometheus/{prometheus.yml,data,*.pid}, logs in $LOGS/{prometheus,*-exporter}.log.
# The profiles get "prometheus": {"url": "http://127.0.0.1:<base+22>"} (write_profile).

MON_PROM_PORT=$((BASE + 22))
MON_PG_EXPORTER_PORT=$((BASE + 23))
MON_REDIS_EXPORTER_PORT=$((BASE + 24))
MON_NODE_EXPORTER_PORT=$((BASE + 25))
# The storefront simulator's own /metrics (qm-storefront --metrics-port, server/storefront/metrics.h):
# the checkout histogram. Scraped whenever a simulator listens there (down otherwise, harmless).
MON_SIM_METRICS_PORT=$((BASE + 26))
MON_DIR=$STATE/prometheus
MON_PG_ROLE=qm_monitor
MON_REDIS_USER=qm-exporter
MON_RETENTION_SIZE=${QM_SANDBOX_PROMETHEUS_RETENTION:-256MB}
MON_URL=http://127.0.0.1:$MON_PROM_PORT
# With QM_SANDBOX_TLS=1 (server/sandbox/tls.sh, sourced before this file) Prometheus serves https
# with the sandbox's certificate for localhost.
if tls_enabled; then MON_URL=https://localhost:$MON_PROM_PORT; fi

monitoring_enabled() {
  [ "${QM_SANDBOX_MONITORING:-1}" != 0 ] || return 1
  command -v prometheus >/dev/null || { say "monitoring skipped: prometheus missing (scripts/setup)"; return 1; }
  return 0
}

# The Redis ACL user of redis_exporter, added to cache.sh's list (the ACL file every Redis of the
# sandbox loads): what the exporter runs, nothing that reads or writes keys' values.
eval "$(declare -f redis_acl_users | sed '1s/^redis_acl_users/monitoring_cache_acl_users/')"
eval "$(declare -f redis_acl_rules | sed '1s/^redis_acl_rules/monitoring_cache_acl_rules/')"
redis_acl_users() { echo "$(monitoring_cache_acl_users) $MON_REDIS_USER"; }
redis_acl_rules() {
  case $1 in
    "$MON_REDIS_USER")
      echo 'resetchannels -@all +ping +auth +hello +select +info +config|get +dbsize +slowlog|get +slowlog|len +latency|latest +client|list +client|setname +cluster|info' ;;
    *) monitoring_cache_acl_rules "$1" ;;
  esac
}

# "PORT SERVER" lines and pid files, for scripts/sandbox's port checks and leftover stops.
monitoring_ports() {
  if monitoring_enabled >/dev/null 2>&1 || [ -d "$MON_DIR" ]; then
    printf '%s %s\n' "$MON_PROM_PORT" "Prometheus" "$MON_PG_EXPORTER_PORT" "postgres_exporter" \
      "$MON_REDIS_EXPORTER_PORT" "redis_exporter" "$MON_NODE_EXPORTER_PORT" "node_exporter"
  fi
  return 0
}

monitoring_pidfiles() {
  printf '%s\n' "$MON_DIR/prometheus.pid" "$MON_DIR/postgres-exporter.pid" \
    "$MON_DIR/redis-exporter.pid" "$MON_DIR/node-exporter.pid"
}

# The profile's "prometheus" member (with its trailing comma), empty when monitoring is off.
monitoring_profile_json() {
  monitoring_enabled >/dev/null 2>&1 && printf '"prometheus": {"url": "%s"},' "$MON_URL"
  return 0
}

monitoring_http_ok() {
  if [ "$1" = "$MON_PROM_PORT" ] && tls_enabled; then
    curl -fs -o /dev/null --max-time 2 --cacert "$TLS_CA" "https://localhost:$1$2"
  else
    curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$1$2"
  fi
}

monitoring_alive() { # pidfile
  local pid
  pid=$(pid_of "$1") && pid_is_ours "$pid"
}

# Starts one server in its own session (name, pidfile, command...); the caller's environment is its.
monitoring_spawn() {
  local name=$1 pidfile=$2
  shift 2
  monitoring_alive "$pidfile" && return 0
  setsid "$@" </dev/null >>"$LOGS/$name.log" 2>&1 &
  echo $! >"$pidfile"
  disown 2>/dev/null || true
}

monitoring_stop_one() { # pidfile
  local pid
  pid=$(pid_of "$1") || return 0
  if pid_is_ours "$pid"; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$1"
}

monitoring_wait() { # what port path
  for _ in $(seq 1 300); do monitoring_http_ok "$2" "$3" && return 0; sleep 0.1; done
  warn "$1 did not answer on 127.0.0.1:$2$3 (see $LOGS)"
  return 1
}

# The login postgres_exporter uses: pg_monitor (statistics, settings), and SELECT on the console
# views its business queries read (aggregates only; it cannot call any console function).
monitoring_pg_role() {
  if ! grep -q "^[^:]*:$PG_PRIMARY_PORT:[^:]*:$MON_PG_ROLE:" "$PGPASS"; then
    local pw
    pw=$(random_pw)
    psql_owner "$PG_PRIMARY_PORT" postgres -v u="$MON_PG_ROLE" -v p="$pw" <<'SQL'
select format('create role %I login', :'u') where not exists (select from pg_roles where rolname = :'u') \gexec
select format('alter role %I password %L connection limit 5', :'u', :'p') \gexec
SQL
    add_pgpass "$MON_PG_ROLE" "$pw"
  fi
  # (checkout latency from pg_stat_statements: the library is preloaded, the view needs the extension)
  PGOPTIONS='-c client_min_messages=warning' psql_owner "$PG_PRIMARY_PORT" "$DB" -v u="$MON_PG_ROLE" <<'SQL' >/dev/null
create extension if not exists pg_stat_statements;
select format('grant pg_monitor to %I', :'u') \gexec
select format('grant usage on schema console to %I', :'u') \gexec
select format('grant select on console.orders, console.payments, console.reservations to %I', :'u') \gexec
SQL
}

monitoring_pg_password() {
  awk -F: -v p="$PG_PRIMARY_PORT" -v u="$MON_PG_ROLE" '$2 == p && $4 == u { print $5; exit }' "$PGPASS"
}

monitoring_write_config() {
  mkdir -p "$MON_DIR/data"
  cat >"$MON_DIR/prometheus.yml.tmp" <<YAML
# Written by server/sandbox/monitoring.sh on every up.
global:
  scrape_interval: 2s
  scrape_timeout: 2s
  evaluation_interval: 2s
scrape_configs:
  - job_name: prometheus
    static_configs: [{targets: ['$(if tls_enabled; then echo localhost; else echo 127.0.0.1; fi):$MON_PROM_PORT']}]$(
  tls_enabled && printf '\n    scheme: https\n    tls_config: {ca_file: %s}' "$TLS_CA")
  - job_name: postgres
    static_configs: [{targets: ['127.0.0.1:$MON_PG_EXPORTER_PORT']}]
  - job_name: redis
    static_configs: [{targets: ['127.0.0.1:$MON_REDIS_EXPORTER_PORT']}]
  - job_name: node
    static_configs: [{targets: ['127.0.0.1:$MON_NODE_EXPORTER_PORT']}]
  - job_name: storefront
    static_configs: [{targets: ['127.0.0.1:$MON_SIM_METRICS_PORT']}]
YAML
  mv "$MON_DIR/prometheus.yml.tmp" "$MON_DIR/prometheus.yml"
}

monitoring_up() {
  monitoring_enabled || return 0
  local t0=$SECONDS
  mkdir -p "$MON_DIR"
  monitoring_pg_role || { warn "monitoring: the qm_monitor login could not be set up"; return 1; }
  monitoring_write_config
  (
    DATA_SOURCE_NAME="postgresql://$MON_PG_ROLE:$(monitoring_pg_password)@127.0.0.1:$PG_PRIMARY_PORT/$DB?sslmode=disable"
    export DATA_SOURCE_NAME
    monitoring_spawn postgres-exporter "$MON_DIR/postgres-exporter.pid" prometheus-postgres-exporter \
      "--web.listen-address=127.0.0.1:$MON_PG_EXPORTER_PORT" \
      "--extend.query-path=$ROOT/server/sandbox/monitoring-queries.yaml"
  )
  (
    export REDIS_USER=$MON_REDIS_USER REDIS_PASSWORD
    REDIS_PASSWORD=$(redis_user_password "$MON_REDIS_USER")
    monitoring_spawn redis-exporter "$MON_DIR/redis-exporter.pid" prometheus-redis-exporter \
      -web.listen-address "127.0.0.1:$MON_REDIS_EXPORTER_PORT" -redis.addr "redis://127.0.0.1:$REDIS_PORT"
  )
  monitoring_spawn node-exporter "$MON_DIR/node-exporter.pid" prometheus-node-exporter \
    "--web.listen-address=127.0.0.1:$MON_NODE_EXPORTER_PORT" --collector.disable-defaults \
    --collector.cpu --collector.meminfo --collector.filesystem --collector.loadavg \
    --collector.diskstats --collector.netdev
  monitoring_spawn prometheus "$MON_DIR/prometheus.pid" prometheus \
    "--config.file=$MON_DIR/prometheus.yml" "--storage.tsdb.path=$MON_DIR/data" \
    "--storage.tsdb.retention.size=$MON_RETENTION_SIZE" "--web.listen-address=127.0.0.1:$MON_PROM_PORT" \
    $(tls_prometheus_args)
  local rc=0
  monitoring_wait postgres_exporter "$MON_PG_EXPORTER_PORT" /metrics || rc=1
  monitoring_wait redis_exporter "$MON_REDIS_EXPORTER_PORT" /metrics || rc=1
  monitoring_wait node_exporter "$MON_NODE_EXPORTER_PORT" /metrics || rc=1
  monitoring_wait Prometheus "$MON_PROM_PORT" /-/ready || rc=1
  say "monitoring up in $((SECONDS - t0)) s: prometheus $MON_URL, exporters :$MON_PG_EXPORTER_PORT (postgres) :$MON_REDIS_EXPORTER_PORT (redis) :$MON_NODE_EXPORTER_PORT (node)"
  return $rc
}

monitoring_down() {
  [ -d "$MON_DIR" ] || return 0
  local f
  while IFS= read -r f; do monitoring_stop_one "$f"; done < <(monitoring_pidfiles)
  return 0
}

monitoring_status() {
  [ -d "$MON_DIR" ] || return 0
  local rc=0 name port path
  while read -r name port path; do
    if monitoring_http_ok "$port" "$path"; then
      printf '%-8s up    127.0.0.1:%s\n' "$name" "$port"
    else
      printf '%-8s down\n' "$name"
      rc=1
    fi
  done <<EOF
prometheus $MON_PROM_PORT /-/ready
pg-exporter $MON_PG_EXPORTER_PORT /metrics
redis-exporter $MON_REDIS_EXPORTER_PORT /metrics
node-exporter $MON_NODE_EXPORTER_PORT /metrics
EOF
  return $rc
}

# monitoring_service ACTION SERVICE: stop|start|restart of prometheus (the exporters with it).
# Returns 2 for a service it does not know.
monitoring_service() {
  case "$2" in
    prometheus | monitoring) [ "$1" = start ] || monitoring_down
                             [ "$1" = stop ] || monitoring_up ;;
    *) return 2 ;;
  esac
}
