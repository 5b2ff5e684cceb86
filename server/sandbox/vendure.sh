# shellcheck shell=bash
# The Vendure store of the sandbox, sourced by scripts/sandbox (which defines STATE, BASE, LOGS, ROOT,
# PGPASS, OWNER, PG_PRIMARY_PORT, PG_REPLICA_PORT, PROFILE, psql_owner, add_pgpass, random_pw,
# pid_of, pid_is_ours, say, die, warn). On with QM_SANDBOX_STORE=both|vendure:
#   base+7   Vendure 3 server (Shop API /shop-api, Admin API /admin-api) on 127.0.0.1
#            and its worker (a second node process, no port), both from server/vendure/store/
# Database `vendure` on the primary, owned by the login role `vendure` (password in pgpass); the
# console's login users admin, merch, manager, oncall may CONNECT to it. Files in $STATE/vendure:
#   settings.json      what the node scripts read (ports, database, files)
#   superadmin.pass    "superadmin <password>" (0600), the Admin API's superadmin
#   server.pid/.log, worker.pid/.log, shoppers.pid/.log, populate.log, npm.log, catalog.log
#   populated          the number of generated variants, once the schema and data are complete
# and $STATE/profile-vendure.json (profile.json too when QM_SANDBOX_STORE=vendure).
# node_modules come from `npm ci` of the committed lock file into a cache folder keyed by the lock's
# hash: QM_VENDURE_MODULES, else ${QM_VENDURE_CACHE_DIR:-${XDG_CACHE_HOME:-~/.cache}/quartermaster}/vendure-<sha>;
# beside it <that folder>-populated-<key>.dump/.assets.tar, the populated database (vendure_populate).

VENDURE_PORT=$((BASE + 7))
VENDURE_DIR=$STATE/vendure
VENDURE_SRC=$ROOT/server/vendure/store
VENDURE_DB=vendure
VENDURE_ROLE=vendure
VENDURE_PROFILE=$STATE/profile-vendure.json
VENDURE_PASSFILE=$VENDURE_DIR/superadmin.pass
VENDURE_STORE_FILE=$STATE/store
VENDURE_VARIANTS=${QM_SANDBOX_VENDURE_VARIANTS:-2000}
VENDURE_URL=http://127.0.0.1:$VENDURE_PORT
# The console's login users that may connect to the Vendure database (what they may read there is
# granted by the qm_vendure migrations to their group roles).
VENDURE_CONSOLE_USERS="admin merch manager oncall"

# reference|both|vendure: QM_SANDBOX_STORE, else what the last `up` recorded, else reference.
vendure_store() {
  local s=${QM_SANDBOX_STORE:-}
  [ -n "$s" ] || s=$(cat "$VENDURE_STORE_FILE" 2>/dev/null || true)
  printf '%s' "${s:-reference}"
}

vendure_enabled() { [ "$(vendure_store)" != reference ]; }

# What `up` checks before it starts anything.
vendure_check() {
  case $(vendure_store) in
    reference | both | vendure) ;;
    *) die "QM_SANDBOX_STORE must be reference, both or vendure, not \"$(vendure_store)\"" ;;
  esac
  case $VENDURE_VARIANTS in
    '' | *[!0-9]*) die "QM_SANDBOX_VENDURE_VARIANTS must be a number of variants, not \"$VENDURE_VARIANTS\"" ;;
  esac
  vendure_enabled || return 0
  command -v node >/dev/null && command -v npm >/dev/null ||
    die "QM_SANDBOX_STORE=$(vendure_store) needs node (20 or later) and npm: run scripts/setup"
  local major
  major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
  [ "$major" -ge 20 ] || die "Vendure 3 needs node 20 or later, this is $(node --version 2>/dev/null): run scripts/setup"
}

# "PORT SERVER" and pid files, for scripts/sandbox's port checks and its stop of leftovers.
vendure_ports() {
  if vendure_enabled || [ -d "$VENDURE_DIR" ]; then printf '%s %s\n' "$VENDURE_PORT" "Vendure server"; fi
  return 0
}

vendure_pidfiles() {
  printf '%s\n' "$VENDURE_DIR/server.pid" "$VENDURE_DIR/worker.pid" "$VENDURE_DIR/shoppers.pid"
}

vendure_modules_dir() {
  if [ -n "${QM_VENDURE_MODULES:-}" ]; then
    printf '%s' "$QM_VENDURE_MODULES"
    return 0
  fi
  local sha
  sha=$(sha256sum "$VENDURE_SRC/package-lock.json" | cut -c1-16)
  printf '%s/vendure-%s' "${QM_VENDURE_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/quartermaster}" "$sha"
}

# npm ci of the lock file into the cache folder, once per lock file: concurrent sandboxes wait for
# one another (flock), an install cut short is made again (it is renamed into place when complete).
vendure_install() {
  local dir t0=$SECONDS
  dir=$(vendure_modules_dir)
  [ -f "$dir/.installed" ] && return 0
  mkdir -p "$(dirname "$dir")" "$VENDURE_DIR"
  say "vendure: npm ci into $dir"
  (
    flock 9
    [ -f "$dir/.installed" ] && exit 0
    rm -rf "$dir".tmp.*
    tmp=$dir.tmp.$$
    mkdir -p "$tmp"
    cp "$VENDURE_SRC/package.json" "$VENDURE_SRC/package-lock.json" "$tmp/"
    (cd "$tmp" && npm ci --no-audit --no-fund --prefer-offline) >"$VENDURE_DIR/npm.log" 2>&1 || exit 1
    rm -rf "$dir"
    date -u +%FT%TZ >"$tmp/.installed"
    mv "$tmp" "$dir"
  ) 9>"$dir.lock" || die "npm ci of server/vendure/store failed: see $VENDURE_DIR/npm.log"
  say "vendure: installed in $((SECONDS - t0)) s"
}

# node SCRIPT --state $STATE/vendure, with the cached modules.
vendure_node() { # script [args...]
  local script=$1
  shift
  env NODE_PATH="$(vendure_modules_dir)/node_modules" VENDURE_DISABLE_TELEMETRY=true \
    node "$VENDURE_SRC/$script" --state "$VENDURE_DIR" "$@"
}

vendure_bootstrap_db() {
  if ! grep -q "^[^:]*:$PG_PRIMARY_PORT:[^:]*:$VENDURE_ROLE:" "$PGPASS"; then
    local pw
    pw=$(random_pw)
    psql_owner "$PG_PRIMARY_PORT" postgres -v u="$VENDURE_ROLE" -v p="$pw" <<'SQL'
select format('create role %I login', :'u') where not exists (select from pg_roles where rolname = :'u') \gexec
select format('alter role %I password %L', :'u', :'p') \gexec
SQL
    add_pgpass "$VENDURE_ROLE" "$pw"
  fi
  vendure_create_db
}

vendure_create_db() {
  if ! psql_owner "$PG_PRIMARY_PORT" postgres -tAc "select 1 from pg_database where datname='$VENDURE_DB'" | grep -q 1; then
    say "create database $VENDURE_DB"
    psql_owner "$PG_PRIMARY_PORT" postgres -c "create database $VENDURE_DB owner $VENDURE_ROLE"
  fi
  local user grants="revoke connect on database $VENDURE_DB from public;"
  grants+=" grant connect, temporary on database $VENDURE_DB to $VENDURE_ROLE;"
  for user in $VENDURE_CONSOLE_USERS; do
    if psql_owner "$PG_PRIMARY_PORT" postgres -tAc "select 1 from pg_roles where rolname='$user'" | grep -q 1; then
      grants+=" grant connect on database $VENDURE_DB to $user;"
    fi
  done
  psql_owner "$PG_PRIMARY_PORT" postgres -c "$grants"
}

vendure_write_settings() {
  mkdir -p "$VENDURE_DIR/assets"
  if [ ! -s "$VENDURE_PASSFILE" ]; then
    (umask 077 && printf 'superadmin %s\n' "$(random_pw)" >"$VENDURE_PASSFILE")
  fi
  chmod 600 "$VENDURE_PASSFILE"
  [ -s "$VENDURE_DIR/cookie.secret" ] || (umask 077 && random_pw >"$VENDURE_DIR/cookie.secret")
  cat >"$VENDURE_DIR/settings.json.tmp" <<JSON
{
  "port": $VENDURE_PORT,
  "dbHost": "127.0.0.1",
  "dbPort": $PG_PRIMARY_PORT,
  "dbName": "$VENDURE_DB",
  "dbUser": "$VENDURE_ROLE",
  "pgpass": "$PGPASS",
  "superadminPassFile": "$VENDURE_PASSFILE",
  "cookieSecret": "$(cat "$VENDURE_DIR/cookie.secret")",
  "assetDir": "$VENDURE_DIR/assets",
  "shopApi": "$VENDURE_URL/shop-api",
  "adminApi": "$VENDURE_URL/admin-api"
}
JSON
  chmod 600 "$VENDURE_DIR/settings.json.tmp" # (the cookie secret)
  mv "$VENDURE_DIR/settings.json.tmp" "$VENDURE_DIR/settings.json"
}

# Schema (TypeORM synchronize), Vendure's sample data (populate()) and the generated catalog, on
# the first `up` only. A run cut short leaves no `populated` file: the next `up` starts over on an
# empty database. The populated database (before the generated catalog) and its asset files are kept
# once per machine as a template beside the node_modules, keyed by what makes them (lock file,
# config.js, populate.js): later sandboxes restore it in seconds instead of populating for a minute
# or more, and set their own superadmin password (set-superadmin.js). QM_VENDURE_TEMPLATE=0: always
# populate.
vendure_template() {
  local key
  key=$(cat "$VENDURE_SRC/package-lock.json" "$VENDURE_SRC/config.js" "$VENDURE_SRC/populate.js" | sha256sum | cut -c1-16)
  printf '%s-populated-%s' "$(vendure_modules_dir)" "$key"
}

vendure_populate() {
  [ -f "$VENDURE_DIR/populated" ] && return 0
  local t0=$SECONDS tpl
  tpl=$(vendure_template)
  if psql_owner "$PG_PRIMARY_PORT" "$VENDURE_DB" -tAc "select 1 from pg_tables where schemaname='public' limit 1" | grep -q 1; then
    say "vendure: an earlier populate did not finish: making the database $VENDURE_DB again"
    psql_owner "$PG_PRIMARY_PORT" postgres -c "drop database $VENDURE_DB with (force)"
    vendure_create_db
  fi
  rm -rf "$VENDURE_DIR/assets" && mkdir -p "$VENDURE_DIR/assets"
  if [ "${QM_VENDURE_TEMPLATE:-1}" != 0 ] && [ -f "$tpl.dump" ] && [ -f "$tpl.assets.tar" ]; then
    say "vendure: schema and sample data from the template $tpl.dump"
    PGPASSFILE=$PGPASS pg_restore --no-owner --no-privileges -h 127.0.0.1 -p "$PG_PRIMARY_PORT"       -U "$VENDURE_ROLE" -d "$VENDURE_DB" --exit-on-error "$tpl.dump" >"$VENDURE_DIR/populate.log" 2>&1 &&
      tar -xf "$tpl.assets.tar" -C "$VENDURE_DIR/assets" >>"$VENDURE_DIR/populate.log" 2>&1 &&
      vendure_node set-superadmin.js >>"$VENDURE_DIR/populate.log" 2>&1 ||
      die "vendure: restoring the template failed: see $VENDURE_DIR/populate.log (QM_VENDURE_TEMPLATE=0 populates instead)"
  else
    say "vendure: schema and sample data"
    vendure_node populate.js >"$VENDURE_DIR/populate.log" 2>&1 ||
      die "vendure: populate failed: see $VENDURE_DIR/populate.log"
    if [ "${QM_VENDURE_TEMPLATE:-1}" != 0 ]; then # (complete files only: written aside, then renamed)
      PGPASSFILE=$PGPASS pg_dump -Fc -h 127.0.0.1 -p "$PG_PRIMARY_PORT" -U "$VENDURE_ROLE"         -d "$VENDURE_DB" -f "$tpl.dump.$$" 2>>"$VENDURE_DIR/populate.log" &&
        tar -cf "$tpl.assets.tar.$$" -C "$VENDURE_DIR/assets" . &&
        mv "$tpl.assets.tar.$$" "$tpl.assets.tar" && mv "$tpl.dump.$$" "$tpl.dump" ||
        warn "vendure: could not keep the populated database as a template ($tpl): see $VENDURE_DIR/populate.log"
      rm -f "$tpl.dump.$$" "$tpl.assets.tar.$$"
    fi
  fi
  say "vendure: schema and sample data in $((SECONDS - t0)) s; generating $VENDURE_VARIANTS variants"
  t0=$SECONDS
  vendure_generate_catalog || die "vendure: generating the catalog failed: see $VENDURE_DIR/catalog.log"
  say "vendure: $VENDURE_VARIANTS variants in $((SECONDS - t0)) s"
  echo "$VENDURE_VARIANTS" >"$VENDURE_DIR/populated"
}

vendure_generate_catalog() {
  [ "$VENDURE_VARIANTS" -gt 0 ] || return 0
  PGPASSFILE=$PGPASS psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PRIMARY_PORT" \
    -U "$VENDURE_ROLE" -d "$VENDURE_DB" -v variants="$VENDURE_VARIANTS" \
    -f "$VENDURE_SRC/catalog.sql" >"$VENDURE_DIR/catalog.log" 2>&1
}

vendure_alive() { # name: its pid file names a live node process of this sandbox
  local pid
  pid=$(pid_of "$VENDURE_DIR/$1.pid") && pid_is_ours "$pid"
}

vendure_start() { # name script
  vendure_alive "$1" && return 0
  # Its own session and process group: `down` stops the group, so nothing it starts is left.
  setsid env NODE_PATH="$(vendure_modules_dir)/node_modules" VENDURE_DISABLE_TELEMETRY=true \
    node "$VENDURE_SRC/$2" --state "$VENDURE_DIR" </dev/null >>"$VENDURE_DIR/$1.log" 2>&1 &
  echo $! >"$VENDURE_DIR/$1.pid"
  disown 2>/dev/null || true
}

vendure_answers() {
  curl -fs --max-time 5 -H 'content-type: application/json' \
    -d '{"query":"{ activeChannel { code } }"}' "$VENDURE_URL/shop-api" 2>/dev/null | grep -q '"code"'
}

vendure_wait_ready() {
  local deadline=$((SECONDS + ${QM_VENDURE_START_TIMEOUT:-300}))
  while [ $SECONDS -lt $deadline ]; do
    vendure_answers && return 0
    vendure_alive server || die "vendure: the server exited: see $VENDURE_DIR/server.log
$(tail -n 15 "$VENDURE_DIR/server.log" 2>/dev/null)"
    sleep 0.5
  done
  die "vendure: the server did not answer on $VENDURE_URL/shop-api within ${QM_VENDURE_START_TIMEOUT:-300} s: see $VENDURE_DIR/server.log"
}

vendure_write_profile() {
  # The reference store's profile with the Vendure database and the "vendure" block.
  sed -e "s|\"name\": \"Sandbox\"|\"name\": \"Sandbox (Vendure)\",\n  \"backend\": \"vendure\"|" \
    -e "s|\"database\": \"[^\"]*\"|\"database\": \"$VENDURE_DB\"|" \
    -e "s|^  \"postgres\": {|  \"vendure\": {\"adminApi\": \"$VENDURE_URL/admin-api\", \"shopApi\": \"$VENDURE_URL/shop-api\", \"user\": \"superadmin\", \"passfile\": \"$VENDURE_PASSFILE\"},\n  \"postgres\": {|" \
    "$STATE/profile-reference.json" >"$VENDURE_PROFILE.tmp"
  mv "$VENDURE_PROFILE.tmp" "$VENDURE_PROFILE"
}

# The console's own SQL beside Vendure (schema qm_vendure), when this qmctl has it.
vendure_migrate() {
  "$QMCTL" migrate --help 2>&1 | grep -q -- '--backend' || return 0
  "$QMCTL" --profile "$VENDURE_PROFILE" --user "$OWNER" migrate --backend vendure ||
    die "qmctl migrate --backend vendure failed (see above)"
}

vendure_up() {
  if ! vendure_enabled; then
    printf '%s\n' reference >"$VENDURE_STORE_FILE"
    vendure_down # (a Vendure of an earlier `up` with QM_SANDBOX_STORE=both|vendure)
    return 0
  fi
  local t0=$SECONDS
  printf '%s\n' "$(vendure_store)" >"$VENDURE_STORE_FILE"
  mkdir -p "$VENDURE_DIR"
  vendure_install
  vendure_bootstrap_db
  vendure_write_settings
  vendure_write_profile
  if ! vendure_alive server; then vendure_populate; fi
  vendure_migrate
  vendure_start server server.js
  vendure_start worker worker.js
  vendure_wait_ready
  vendure_alive worker || die "vendure: the worker exited: see $VENDURE_DIR/worker.log"
  if [ "$(vendure_store)" = vendure ]; then cp "$VENDURE_PROFILE" "$PROFILE"; fi
  say "vendure up in $((SECONDS - t0)) s: $VENDURE_URL/shop-api, $VENDURE_URL/admin-api (superadmin: $VENDURE_PASSFILE)"
}

vendure_stop_one() { # name
  local pid f=$VENDURE_DIR/$1.pid
  pid=$(pid_of "$f") || { rm -f "$f"; return 0; }
  if ! pid_is_ours "$pid"; then
    rm -f "$f"
    return 0
  fi
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 150); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -KILL -- "-$pid" 2>/dev/null || true
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$f"
}

vendure_down() {
  [ -d "$VENDURE_DIR" ] || return 0
  vendure_stop_one shoppers
  vendure_stop_one server
  vendure_stop_one worker
}

vendure_status() {
  if ! vendure_enabled; then
    [ ! -d "$VENDURE_DIR" ] || echo "vendure  off   (QM_SANDBOX_STORE=reference; its data is kept)"
    return 0
  fi
  local worker=down rc=0
  vendure_alive worker && worker=up
  if vendure_answers; then
    echo "vendure  up    $VENDURE_URL (shop-api, admin-api; worker $worker)"
  else
    echo "vendure  down  (worker $worker)"
    rc=1
  fi
  [ $worker = up ] || rc=1
  return $rc
}

vendure_env() {
  vendure_enabled || [ -d "$VENDURE_DIR" ] || return 0
  echo "export QM_VENDURE_SHOP_API='$VENDURE_URL/shop-api' QM_VENDURE_ADMIN_API='$VENDURE_URL/admin-api'"
  echo "export QM_VENDURE_PASSFILE='$VENDURE_PASSFILE' QM_VENDURE_PROFILE='$VENDURE_PROFILE'"
}

# Shoppers on the Vendure store: server/vendure/store/shoppers.js, detached, in its own group.
vendure_shoppers() { # rate
  vendure_answers || die "Vendure is not running (QM_SANDBOX_STORE=both|vendure scripts/sandbox up)"
  vendure_stop_one shoppers
  setsid env NODE_PATH="$(vendure_modules_dir)/node_modules" \
    node "$VENDURE_SRC/shoppers.js" --state "$VENDURE_DIR" --rate "$1" --report-every 60 \
    </dev/null >>"$VENDURE_DIR/shoppers.log" 2>&1 &
  echo $! >"$VENDURE_DIR/shoppers.pid"
  disown 2>/dev/null || true
  say "shoppers (Vendure Shop API): $1 orders/s (pid $!, log $VENDURE_DIR/shoppers.log)"
}
