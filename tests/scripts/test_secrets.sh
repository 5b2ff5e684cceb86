#!/usr/bin/env bash
# Secrets stay secret: the GUI (--check --check-all --stall-report) and qmctl (status, migrate,
# catalog export, capacity, queues, orders tail, runbook list/plan, cache purge --dry-run, and a
# refused command) run through a session whose PostgreSQL and Redis passwords are unique marker
# strings, stored the way a headless user stores them (QM_NO_KEYCHAIN=1: a pgpass file and a
# Redis passfile, both 0600, outside the scratch home). Then every file they wrote (the whole
# scratch HOME with its XDG config/data/cache/state/runtime folders and TMPDIR: settings, logs,
# journals, crash and stall output, screenshots) and everything they printed (stdout and stderr of
# each command) is searched for either password; the console's audit rows and runbook journal
# in the database too. A hit fails the test with file:line.
#
# Sandbox: QM_SECRETS_TEST_DIR names a running sandbox to use (e.g. the suite's); otherwise the
# test makes its own (PostgreSQL and Redis only) in a temporary folder on QM_SECRETS_TEST_BASE,
# default QM_SANDBOX_PORT_BASE + 500 (base..base+31), and destroys it at the end. In either case
# it adds a login role and a Redis ACL user `qm_secret_probe` with the marker passwords and
# removes them at the end. QM_SECRETS_TEST_KEEP=1 keeps the scratch folder to look at.
# ctest passes QM_QMCTL and QM_BUILD_DIR; QM_GUI names the console (default
# $QM_BUILD_DIR/app/quartermaster/quartermaster).
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${QM_BUILD_DIR:-$ROOT/build}
QMCTL=${QM_QMCTL:-$BUILD/app/qmctl/qmctl}
GUI=${QM_GUI:-$BUILD/app/quartermaster/quartermaster}
SANDBOX=$ROOT/scripts/sandbox
PROBE=qm_secret_probe

FAILS=0
fail() { printf 'FAIL: %s\n' "$*"; FAILS=$((FAILS + 1)); }
pass() { printf 'PASS: %s\n' "$*"; }
step() { printf '\n== %s\n' "$*"; }

for bin in "$QMCTL" "$GUI"; do
  [ -x "$bin" ] || { echo "test_secrets: $bin is not built (scripts/build --target qmctl quartermaster)" >&2; exit 1; }
done

WORK=$(mktemp -d /tmp/qm-secrets-test.XXXXXX)
chmod 755 "$WORK"
OWN_SANDBOX=""
if [ -n "${QM_SECRETS_TEST_DIR:-}" ]; then
  STATE=$QM_SECRETS_TEST_DIR
else
  STATE=$WORK/sandbox
  mkdir -p "$STATE" && chmod 755 "$STATE"
  OWN_SANDBOX=$STATE
fi

SB_ENV=(QM_SANDBOX_DIR="$STATE")
PGENV=()
cleanup() {
  if [ ${#PGENV[@]} -gt 0 ]; then
    env "${PGENV[@]}" psql -qAtc "DROP ROLE IF EXISTS $PROBE" >/dev/null 2>&1
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ACL DELUSER "$PROBE" >/dev/null 2>&1
  fi
  if [ -n "$OWN_SANDBOX" ]; then
    env "${SB_ENV[@]}" "$SANDBOX" destroy >/dev/null 2>&1
  fi
  if [ -n "${QM_SECRETS_TEST_KEEP:-}" ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

if [ -n "$OWN_SANDBOX" ]; then
  T=${QM_SECRETS_TEST_BASE:-$((${QM_SANDBOX_PORT_BASE:-16432} + 500))}
  SB_ENV+=(QM_SANDBOX_PORT_BASE="$T")
  step "sandbox (PostgreSQL and Redis) on $T"
  env "${SB_ENV[@]}" QM_SANDBOX_CACHE=0 QM_SANDBOX_MONITORING=0 QM_SANDBOX_PRODUCTS=100 \
    QM_QMCTL="$QMCTL" "$SANDBOX" up >"$WORK/sandbox-up.log" 2>&1 ||
    { sed 's/^/    | /' "$WORK/sandbox-up.log"; echo "test_secrets: the sandbox did not start" >&2; exit 1; }
fi
[ -f "$STATE/profile.json" ] || { echo "test_secrets: no sandbox profile in $STATE" >&2; exit 1; }

# The owner's psql environment (PG*), and the sandbox's ports from its own profile.
while IFS= read -r line; do
  case $line in
    export\ PG*) for kv in ${line#export }; do PGENV+=("$(eval "printf '%s' $kv")"); done ;;
  esac
done < <(env "${SB_ENV[@]}" "$SANDBOX" env)
psql_owner() { env "${PGENV[@]}" psql -v ON_ERROR_STOP=1 -qAt "$@"; }
REDIS_PORT=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["redis"]["port"])' "$STATE/profile.json")

# Unique markers: a hit can only be one of these passwords.
PG_SECRET=QmPgSecret$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
REDIS_SECRET=QmRedisSecret$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')

step "probe login role and Redis ACL user with marker passwords"
psql_owner -c "SET client_min_messages = warning" -c "DROP ROLE IF EXISTS $PROBE" -c "CREATE ROLE $PROBE LOGIN PASSWORD '$PG_SECRET' IN ROLE qm_admin" ||
  { echo "test_secrets: could not create the probe role" >&2; exit 1; }
redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ACL SETUSER "$PROBE" reset on ">$REDIS_SECRET" '~*' '&*' +@all >/dev/null ||
  { echo "test_secrets: could not create the probe Redis user" >&2; exit 1; }

# Where the passwords are stored (read by libpq and the console, never searched), the profile,
# the scratch home (everything the programs may write) and their output.
SECRETS=$WORK/secrets HOMEDIR=$WORK/home OUT=$WORK/out
mkdir -p "$SECRETS" "$HOMEDIR" "$OUT"
chmod 700 "$SECRETS"
for h in $(python3 -c 'import json,sys; print(" ".join(json.load(open(sys.argv[1]))["postgres"]["hosts"]))' "$STATE/profile.json"); do
  printf '%s:%s:*:%s:%s\n' "${h%:*}" "${h##*:}" "$PROBE" "$PG_SECRET"
done >"$SECRETS/pgpass"
printf '%s %s\n' "$PROBE" "$REDIS_SECRET" >"$SECRETS/redis-users"
chmod 600 "$SECRETS/pgpass" "$SECRETS/redis-users"
PROFILE=$WORK/profile.json
python3 - "$STATE/profile.json" "$PROFILE" "$PROBE" "$SECRETS" <<'EOF'
import json, sys
src, dst, probe, secrets = sys.argv[1:]
p = json.load(open(src))
p["name"] = "Secrets probe"
p["postgres"]["user"] = probe
p["postgres"]["passfile"] = secrets + "/pgpass"
p["redis"]["user_from_database"] = True
p["redis"]["passfile"] = secrets + "/redis-users"
json.dump(p, open(dst, "w"), indent=2)
EOF

mkdir -p "$HOMEDIR"/{.config,.local/share,.local/state,.cache,run,tmp,shots}
chmod 700 "$HOMEDIR/run"
RUNENV=(HOME="$HOMEDIR" XDG_CONFIG_HOME="$HOMEDIR/.config" XDG_DATA_HOME="$HOMEDIR/.local/share"
  XDG_STATE_HOME="$HOMEDIR/.local/state" XDG_CACHE_HOME="$HOMEDIR/.cache"
  XDG_RUNTIME_DIR="$HOMEDIR/run" TMPDIR="$HOMEDIR/tmp" QM_NO_KEYCHAIN=1 QT_QPA_PLATFORM=offscreen
  QM_PROFILE="$PROFILE" QM_SANDBOX_DIR="$STATE" QM_RUNBOOK_TRUSTED_KEYS="$HOMEDIR/keys")
# The programs see neither the owner's credentials nor a password in the environment.
UNSET=(-u PGPASSWORD -u PGPASSFILE -u PGUSER -u PGHOST -u PGPORT -u PGDATABASE -u REDISCLI_AUTH
  -u DBUS_SESSION_BUS_ADDRESS)

N=0
# run NAME EXPECTED_RC CMD...: runs it in the scratch environment, stdout and stderr kept.
run() {
  local name=$1 want=$2 rc
  shift 2
  N=$((N + 1))
  env "${UNSET[@]}" "${RUNENV[@]}" timeout -s INT 180 "$@" >"$OUT/$N-$name.out" 2>"$OUT/$N-$name.err" </dev/null
  rc=$?
  if [ "$want" = any ] || [ "$rc" = "$want" ]; then
    pass "$name exited $rc"
  else
    fail "$name exited $rc, expected $want: $(tail -3 "$OUT/$N-$name.err" | tr '\n' ' ')"
  fi
}

step "qmctl through the probe session"
run status 0 "$QMCTL" --profile "$PROFILE" status
grep -q "$PROBE\|primary" "$OUT/$N-status.out" "$OUT/$N-status.err" ||
  fail "status did not reach the primary: $(head -3 "$OUT/$N-status.out")"
run migrate-status 0 "$QMCTL" --profile "$PROFILE" migrate --status
# The probe is no owner: migrate itself is refused, with a message that must not leak either.
run migrate any "$QMCTL" --profile "$PROFILE" migrate
run catalog-export 0 "$QMCTL" --profile "$PROFILE" catalog export --filter sku=SKU-00 -o "$HOMEDIR/export.csv"
run capacity 0 "$QMCTL" --profile "$PROFILE" capacity query --expr pg.connections --range 4s --sample 1 --json
run queues 0 "$QMCTL" --profile "$PROFILE" queues list --json
run orders-tail 0 "$QMCTL" --profile "$PROFILE" orders tail --last 3 --duration 2
run runbook-list 0 "$QMCTL" --profile "$PROFILE" runbook list --json
run runbook-plan 0 "$QMCTL" --profile "$PROFILE" runbook plan pre-deploy-checks
run runbook-plan-json 0 "$QMCTL" --profile "$PROFILE" runbook plan cancel-runaway-queries --json
run cache-purge-dry 0 "$QMCTL" --profile "$PROFILE" cache purge --pattern 'qm-secrets-none:*' --dry-run --json
# A failure path: a database that does not exist (error messages quote connection settings).
python3 - "$PROFILE" "$WORK/profile-baddb.json" <<'EOF'
import json, sys
p = json.load(open(sys.argv[1])); p["postgres"]["database"] = "qm_no_such_db"
json.dump(p, open(sys.argv[2], "w"))
EOF
run status-bad-db any "$QMCTL" --profile "$WORK/profile-baddb.json" status
# REDISCLI_AUTH as redis-cli users give it: accepted, and not echoed.
N=$((N + 1))
if env "${UNSET[@]}" "${RUNENV[@]}" REDISCLI_AUTH="$REDIS_SECRET" timeout 120 "$QMCTL" --profile "$PROFILE" \
  queues list >"$OUT/$N-queues-env.out" 2>"$OUT/$N-queues-env.err" </dev/null; then
  pass "queues list with REDISCLI_AUTH"
else
  fail "queues list with REDISCLI_AUTH: $(tail -2 "$OUT/$N-queues-env.err")"
fi

step "the console (offscreen): --check --check-all --stall-report"
run gui-check 0 "$GUI" --profile "$PROFILE" --check "$HOMEDIR/shots/shot.png" --check-all --stall-report
[ -s "$HOMEDIR/shots/shot.png" ] || fail "the console saved no screenshot (did it connect?)"
shots=("$HOMEDIR"/shots/shot-*.png)
[ -s "${shots[0]}" ] || fail "--check-all saved no workspace screenshots"

step "searching every file written and everything printed for the passwords"
written=$(find "$HOMEDIR" -type f | wc -l)
echo "    $written files written under the scratch home, $(find "$OUT" -type f | wc -l) output files"
[ "$written" -gt 0 ] || fail "nothing was written under the scratch home: the programs did not use it"
for secret in "$PG_SECRET" "$REDIS_SECRET"; do
  which=PostgreSQL
  [ "$secret" = "$REDIS_SECRET" ] && which=Redis
  hits=$(grep -r -n -a -F -- "$secret" "$HOMEDIR" "$OUT" "$PROFILE" 2>/dev/null | cut -c1-300)
  if [ -n "$hits" ]; then
    while IFS= read -r h; do fail "the $which password appears in ${h#"$WORK"/}"; done <<<"$hits"
  else
    pass "the $which password is in no file written and no output"
  fi
  rows=$(psql_owner -c "SELECT 'qm.audit_log id ' || id FROM qm.audit_log a WHERE a::text LIKE '%$secret%'
    UNION ALL SELECT 'console.runbook_journal' FROM console.runbook_journal j WHERE j::text LIKE '%$secret%'" 2>&1)
  if [ -n "$rows" ]; then
    fail "the $which password appears in the database: $rows"
  else
    pass "the $which password is in no audit row or runbook journal entry"
  fi
done

echo
if [ "$FAILS" -gt 0 ]; then
  echo "test_secrets: $FAILS failure(s)"
  exit 1
fi
echo "test_secrets: all passed"
