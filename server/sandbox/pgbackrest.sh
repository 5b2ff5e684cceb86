# shellcheck shell=bash
# pgBackRest for the HA sandbox (QM_SANDBOX_HA=patroni), sourced by scripts/sandbox after
# patroni.sh. A repository under $STATE/pgbackrest/repo, stanza "qm" over both members' data
# folders (pg1 = pg-primary, pg2 = pg-replica: pgBackRest finds the leader itself, so backups and
# `check` work after a switchover too). Every member archives WAL (archive_mode=on and
# archive_command through Patroni's postgresql.parameters: only the leader archives, whichever it
# is). `up` makes the stanza once and a full backup each time (its time is reported); `status`
# shows the latest backup's age.
#   pgbackrest --config $STATE/pgbackrest/pgbackrest.conf --stanza qm info --output=json
# (as the postgres user when root: the repository belongs to it). Log files in $LOGS/pgbackrest.

PGBR_DIR=$STATE/pgbackrest
PGBR_CONF=$PGBR_DIR/pgbackrest.conf
PGBR_STANZA=qm

pgbr_enabled() { ha_enabled && command -v pgbackrest >/dev/null; }

pgbr() { as_pg pgbackrest --config="$PGBR_CONF" --stanza="$PGBR_STANZA" "$@"; }

# Lines for patroni.yml's postgresql.parameters (8 spaces deep) of the member whose data folder
# is $1 (archive-push insists that PostgreSQL's folder is pg1-path: each member names its own; a
# member's local parameters win over the cluster's). Without $1: pg-primary's, for the cluster.
pgbr_patroni_parameters() {
  pgbr_enabled || return 0
  cat <<YML
        archive_mode: "on"
        archive_command: 'pgbackrest --config=$PGBR_CONF --stanza=$PGBR_STANZA --pg1-path=${1:-$PRIMARY} archive-push %p'
        archive_timeout: 60
YML
}

pgbr_write_conf() {
  mkdir -p "$PGBR_DIR/repo" "$PGBR_DIR/lock" "$PGBR_DIR/spool" "$LOGS/pgbackrest"
  cat >"$PGBR_CONF.tmp" <<CONF
# Written by scripts/sandbox (server/sandbox/pgbackrest.sh).
[global]
repo1-path=$PGBR_DIR/repo
repo1-retention-full=2
lock-path=$PGBR_DIR/lock
spool-path=$PGBR_DIR/spool
log-path=$LOGS/pgbackrest
log-level-console=warn
log-level-file=info
compress-type=lz4
start-fast=y
archive-timeout=60

[$PGBR_STANZA]
pg1-path=$PRIMARY
pg1-port=$PG_PRIMARY_PORT
pg1-socket-path=$RUNDIR
pg1-user=$OWNER
pg2-path=$REPLICA
pg2-port=$PG_REPLICA_PORT
pg2-socket-path=$RUNDIR
pg2-user=$OWNER
CONF
  mv "$PGBR_CONF.tmp" "$PGBR_CONF"
  chmod 640 "$PGBR_CONF"
  if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres:postgres "$PGBR_DIR" "$LOGS/pgbackrest"
  fi
}

# Before Patroni starts PostgreSQL (archive_command names the configuration).
pgbr_prepare() {
  pgbr_enabled || return 0
  pgbr_write_conf
}

# The latest backup: "TYPE LABEL STOP_EPOCH" (nothing: none).
pgbr_latest() {
  pgbr info --output=json 2>/dev/null | python3 -c 'import json,sys
try: b=json.load(sys.stdin)[0]["backup"]
except Exception: sys.exit(1)
if not b: sys.exit(1)
x=b[-1]; print(x["type"], x["label"], x["timestamp"]["stop"])'
}

# After the migrations and the seed: the stanza (once), then a full backup.
pgbr_up() {
  pgbr_enabled || return 0
  pgbr_write_conf
  if [ ! -d "$PGBR_DIR/repo/backup/$PGBR_STANZA" ]; then
    pgbr stanza-create >"$LOGS/pgbackrest-stanza.log" 2>&1 ||
      die "pgBackRest: stanza-create failed: see $LOGS/pgbackrest-stanza.log"
  fi
  local t0 t1
  t0=$(date +%s.%N)
  pgbr --type=full backup >"$LOGS/pgbackrest-backup.log" 2>&1 ||
    die "pgBackRest: the full backup failed: see $LOGS/pgbackrest-backup.log"
  t1=$(date +%s.%N)
  local latest; latest=$(pgbr_latest || true)
  say "pgBackRest: full backup ${latest:+$(echo "$latest" | cut -d' ' -f2) }in $(python3 -c "print('%.1f' % ($t1 - $t0))") s (repository $PGBR_DIR/repo, stanza $PGBR_STANZA)"
}

pgbr_status() {
  pgbr_enabled || return 0
  local latest type label stop
  latest=$(pgbr_latest || true)
  if [ -z "$latest" ]; then echo "backup   none  (pgBackRest stanza $PGBR_STANZA)"; return 1; fi
  read -r type label stop <<<"$latest"
  echo "backup   $type  $label, $(($(date +%s) - stop)) s old (pgBackRest stanza $PGBR_STANZA)"
}

# ha.json's "pgbackrest" object.
pgbr_json() {
  if pgbr_enabled; then
    printf '{"config": "%s", "stanza": "%s", "repo": "%s", "run_as": "%s"}' "$PGBR_CONF" "$PGBR_STANZA" \
      "$PGBR_DIR/repo" "$([ "$(id -u)" -eq 0 ] && echo postgres || id -un)"
  else
    echo null
  fi
}
