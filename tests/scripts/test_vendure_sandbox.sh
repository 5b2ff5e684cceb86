#!/usr/bin/env bash
# The Vendure store of scripts/sandbox (QM_SANDBOX_STORE=vendure, server/sandbox/vendure.sh) against
# a sandbox this test makes: the Shop API lists the sample and the generated products; the Admin
# API signs the superadmin in with the password file; the generated catalog is what Vendure's own
# search reindex (run by the worker) writes; the console's login users may connect to the database;
# shoppers place real orders that land in the `vendure` database; `down` then `up` keeps the data
# and neither reinstalls nor reseeds; `destroy` leaves no node process behind.
#
# Ports: base V = QM_VENDURE_SANDBOX_TEST_BASE, or QM_SANDBOX_PORT_BASE + 300 (the suite's sandbox is
# on QM_SANDBOX_PORT_BASE..+31, test_sandbox.sh on +100..+299), or 16732. The test uses V..V+31 and
# nothing else; its sandbox lives in a temporary folder, destroyed by the exit trap whatever happens.
# node_modules come from the usual cache (QM_VENDURE_CACHE_DIR, which scripts/test exports), so only
# the first run on a machine installs them.
# shellcheck disable=SC2046,SC2086
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SANDBOX=${QM_SANDBOX_SCRIPT:-$ROOT/scripts/sandbox}
V=${QM_VENDURE_SANDBOX_TEST_BASE:-$((${QM_SANDBOX_PORT_BASE:-16432} + 300))}
VARIANTS=40 # generated variants (10 products of four sizes) besides the 88 sample ones
ORDERS=6
unset QM_SANDBOX_ALLOW_EPHEMERAL QM_SANDBOX_NO_SEED QM_VENDURE_MODULES
export QM_SANDBOX_PRODUCTS=100 QM_SANDBOX_CACHE=0 QM_SANDBOX_STORE=vendure
export QM_SANDBOX_VENDURE_VARIANTS=$VARIANTS QM_SANDBOX_PORT_BASE=$V

FAILS=0
WORK=$(mktemp -d /tmp/qm-vendure-test.XXXXXX)
chmod 755 "$WORK"
S=$WORK/state
mkdir -m 755 "$S"
export QM_SANDBOX_DIR=$S
URL=http://127.0.0.1:$((V + 7))

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

owner_sql() { # SQL on the vendure database as the sandbox owner
  PGPASSFILE=$S/pgpass psql -X -qAt -h 127.0.0.1 -p "$V" -U qm_owner -d vendure -c "$1"
}

gql() { # API QUERY [TOKEN]: the JSON answer; response headers in $WORK/headers
  curl -s --max-time 60 -D "$WORK/headers" -H 'content-type: application/json' \
    ${3:+-H "authorization: Bearer $3"} -d "$(jq -cn --arg q "$2" '{query: $q}')" "$URL/$1"
}

node_pids() { # live node processes whose command line names this test's folder
  local pid
  for pid in $(pgrep -x node); do
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF "$WORK/" && echo "$pid"
  done
  return 0
}

cleanup() {
  local pid
  "$SANDBOX" destroy >/dev/null 2>&1
  for pid in $(node_pids); do
    printf 'cleanup: node pid %s of this test still running: stopping it\n' "$pid"
    kill -KILL "$pid" 2>/dev/null
  done
  for port in $(seq "$V" $((V + 31))); do
    for pid in $(ss -tlnpH "sport = :$port" 2>/dev/null | grep -o 'pid=[0-9]*' | cut -d= -f2); do
      printf 'cleanup: pid %s still listening on test port %s: stopping it\n' "$pid" "$port"
      kill -KILL "$pid" 2>/dev/null
    done
  done
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

command -v jq >/dev/null || { echo "test_vendure_sandbox: jq is missing (scripts/setup installs it)"; exit 1; }
for port in $(seq "$V" $((V + 31))); do
  if [ -n "$(ss -tlnH "sport = :$port")" ]; then
    echo "test_vendure_sandbox: port $port (of this test's range $V..$((V + 31))) is in use; set QM_VENDURE_SANDBOX_TEST_BASE"
    exit 1
  fi
done

# --- 1. up with QM_SANDBOX_STORE=vendure ------------------------------------------------------
step "up on base $V with QM_SANDBOX_STORE=vendure, $VARIANTS generated variants ($S)"
if ! sb up; then
  fail "up with QM_SANDBOX_STORE=vendure failed"
  echo "test_vendure_sandbox: $FAILS check(s) failed"
  exit 1
fi
if ! sb status || ! grep -q "^vendure  up    $URL" "$WORK/out" || ! grep -q "worker up" "$WORK/out"; then
  fail "status does not show Vendure's server at $URL with its worker up"
else
  pass "status shows Vendure up at $URL with its worker"
fi
P=$S/profile-vendure.json
if ! jq -e --arg u "$URL" '.backend == "vendure" and .vendure.shopApi == ($u + "/shop-api")
      and .vendure.adminApi == ($u + "/admin-api") and .vendure.user == "superadmin"
      and (.vendure.passfile | length > 0) and .postgres.database == "vendure"' "$P" >/dev/null; then
  fail "profile-vendure.json lacks the backend, the API URLs, the passfile or the database: $(cat "$P" 2>&1)"
elif ! cmp -s "$P" "$S/profile.json"; then
  fail "with QM_SANDBOX_STORE=vendure profile.json is not Vendure's"
elif ! jq -e '.postgres.database == "quartermaster"' "$S/profile-reference.json" >/dev/null; then
  fail "profile-reference.json is not the reference store's"
else
  pass "profile-vendure.json names the Vendure APIs, the superadmin's passfile and the database; profile.json is Vendure's"
fi
sb env
grep -q "QM_VENDURE_SHOP_API='$URL/shop-api'" "$WORK/out" || fail "env does not print QM_VENDURE_SHOP_API"

# --- 2. Shop API: sample and generated products ------------------------------------------------
step "Shop API lists the sample and the generated products"
shop=$(gql shop-api '{ products(options: { take: 1 }) { totalItems }
  search(input: { term: "QM Product 0000010", groupByProduct: false }) { items { sku } } }')
products=$(jq -r '.data.products.totalItems // empty' <<<"$shop")
if [ "$products" != $((54 + VARIANTS / 4)) ]; then
  fail "the Shop API lists ${products:-no} products, not 54 sample + $((VARIANTS / 4)) generated: $shop"
elif ! jq -e '[.data.search.items[].sku] | index("QM-0000010-XL")' <<<"$shop" >/dev/null; then
  fail "the Shop API's search does not find the generated variant QM-0000010-XL: $shop"
else
  pass "the Shop API lists $products products and finds a generated variant"
fi

# --- 3. Admin API: the superadmin signs in with the password file ------------------------------
step "Admin API login with $S/vendure/superadmin.pass"
read -r user password <"$S/vendure/superadmin.pass"
mode=$(stat -c %a "$S/vendure/superadmin.pass")
[ "$mode" = 600 ] || fail "superadmin.pass is mode $mode, not 600"
login=$(gql admin-api "mutation { login(username: \"$user\", password: \"$password\") {
  ... on CurrentUser { identifier } ... on ErrorResult { errorCode } } }")
token=$(grep -i '^vendure-auth-token:' "$WORK/headers" | cut -d' ' -f2 | tr -d '\r')
variants=$(gql admin-api '{ productVariants(options: { take: 1 }) { totalItems } }' "$token" |
  jq -r '.data.productVariants.totalItems // empty')
wrong=$(gql admin-api "mutation { login(username: \"$user\", password: \"not-$password\") {
  ... on CurrentUser { identifier } ... on ErrorResult { errorCode } } }")
if [ "$(jq -r '.data.login.identifier // empty' <<<"$login")" != superadmin ] || [ -z "$token" ]; then
  fail "the Admin API did not sign in $user with the password file: $login"
elif [ "$variants" != $((88 + VARIANTS)) ]; then
  fail "signed in, the Admin API lists ${variants:-no} variants, not $((88 + VARIANTS))"
elif [ "$(jq -r '.data.login.errorCode // empty' <<<"$wrong")" != INVALID_CREDENTIALS_ERROR ]; then
  fail "the Admin API accepted a wrong password: $wrong"
else
  pass "the superadmin signs in with the password file (and not with a wrong one); $variants variants"
fi

# --- 4. the generated catalog is what Vendure itself indexes; the worker runs the job ---------
step "Vendure's reindex (a job for the worker) writes the same search index rows as catalog.sql"
index_rows() {
  owner_sql "select * from search_index_item where sku like 'QM-%' order by \"productVariantId\""
}
index_rows >"$WORK/index-before"
job=$(gql admin-api 'mutation { reindex { id } }' "$token" | jq -r '.data.reindex.id // empty')
state=""
for _ in $(seq 1 360); do
  [ -n "$job" ] || break
  state=$(owner_sql "select state from job_record where id = ${job//[!0-9]/}")
  [ "$state" = COMPLETED ] && break
  sleep 0.5
done
index_rows >"$WORK/index-after"
if [ -z "$job" ]; then
  fail "the Admin API's reindex mutation returned no job"
elif [ "$state" != COMPLETED ]; then
  fail "the reindex job $job is ${state:-missing}, not COMPLETED, after 180 s: is the worker running?"
elif [ "$(wc -l <"$WORK/index-before")" != "$VARIANTS" ]; then
  fail "catalog.sql wrote $(wc -l <"$WORK/index-before") search index rows, not $VARIANTS"
elif ! diff "$WORK/index-before" "$WORK/index-after" >"$WORK/index-diff"; then
  fail "Vendure's reindex wrote other search index rows than catalog.sql: $(head -4 "$WORK/index-diff")"
else
  pass "the worker ran the reindex, and Vendure wrote the same $VARIANTS search index rows as catalog.sql"
fi

# --- 5. the console's login users may connect to the vendure database, others not ------------
step "CONNECT on database vendure"
can() { PGPASSFILE=$S/pgpass psql -X -h 127.0.0.1 -p "$V" -U "$1" -d vendure -tAc 'select 1' >/dev/null 2>&1; }
connect_ok=1
for user in admin merch manager oncall vendure; do can "$user" || { fail "$user cannot connect to vendure"; connect_ok=0; }; done
if can storefront; then fail "storefront may connect to vendure (only the console's users and vendure may)"; connect_ok=0; fi
[ $connect_ok = 1 ] && pass "admin, merch, manager, oncall and vendure connect to vendure; storefront does not"

# --- 6. shoppers place real orders through the Shop API ---------------------------------------
step "scripts/sandbox shoppers 3: $ORDERS orders in the vendure database"
before=$(owner_sql "select count(*) from \"order\" where state = 'PaymentAuthorized'")
if ! sb shoppers 3; then
  fail "scripts/sandbox shoppers 3 failed"
else
  placed=0
  for _ in $(seq 1 360); do
    placed=$(($(owner_sql "select count(*) from \"order\" where state = 'PaymentAuthorized'") - before))
    [ "$placed" -ge "$ORDERS" ] && break
    sleep 0.5
  done
  shopper=$(cat "$S/vendure/shoppers.pid" 2>/dev/null)
  lines=$(owner_sql "select count(*) from order_line l join \"order\" o on o.id = l.\"orderId\" where o.state = 'PaymentAuthorized'")
  payments=$(owner_sql "select count(*) from payment where state = 'Authorized'")
  if [ "$placed" -lt "$ORDERS" ]; then
    fail "shoppers placed $placed orders in 180 s, not $ORDERS: $(tail -3 "$S/vendure/shoppers.log" 2>/dev/null)"
  elif [ "$lines" -lt "$placed" ] || [ "$payments" -lt "$placed" ]; then
    fail "$placed orders but only $lines lines and $payments authorized payments"
  else
    pass "shoppers placed $placed orders (with lines and authorized payments) through the Shop API"
  fi
  sb shoppers stop
  if [ -n "$shopper" ] && kill -0 "$shopper" 2>/dev/null; then fail "shoppers stop left pid $shopper running"; fi
fi
orders=$(owner_sql 'select count(*) from "order"')

# --- 7. down, then up: the data stays, nothing is installed or seeded again -------------------
step "down, then up"
pids_before=$(node_pids | tr '\n' ' ')
pass_before=$(cat "$S/vendure/superadmin.pass")
sb down || fail "down exited non-zero"
left=$(node_pids | tr '\n' ' ')
if [ -n "$left" ]; then fail "down left node processes: $left (before: $pids_before)"; else pass "down stopped every node process ($pids_before)"; fi
if ! sb up; then
  fail "up after down failed"
else
  if grep -q "npm ci\|schema and sample data\|generating" "$WORK/out"; then
    fail "the second up installed or populated again: $(grep "npm ci\|schema and sample data\|generating" "$WORK/out" | head -2)"
  elif [ "$(owner_sql 'select count(*) from "order"')" != "$orders" ]; then
    fail "after down and up the vendure database has $(owner_sql 'select count(*) from "order"') orders, not $orders"
  elif [ "$(cat "$S/vendure/superadmin.pass")" != "$pass_before" ]; then
    fail "the second up changed the superadmin's password file"
  elif ! gql shop-api '{ activeChannel { code } }' | grep -q __default_channel__; then
    fail "after down and up the Shop API does not answer"
  else
    pass "after down and up the $orders orders are there, the Shop API answers, nothing was installed or seeded again"
  fi
  sb status | grep -q "worker up" || fail "after down and up the worker is not running"
fi

# --- 8. destroy leaves no node process --------------------------------------------------------
step "destroy"
sb shoppers 1 >/dev/null 2>&1 # one more node process, to be stopped too
# The shoppers are started detached (setsid env node ...): until env has exec'd node, pgrep -x node
# does not see them. Wait for the third process instead of counting at once (CI saw 2 of 3 once).
for _ in $(seq 1 50); do
  [ "$(node_pids | wc -l)" -ge 3 ] && break
  sleep 0.2
done
pids=$(node_pids | tr '\n' ' ')
[ "$(echo $pids | wc -w)" -ge 3 ] || fail "before destroy expected server, worker and shoppers, found node pids: $pids"
sb destroy || fail "destroy exited non-zero"
sleep 1
left=""
for pid in $pids; do
  st=$(ps -o stat= -p "$pid" 2>/dev/null || true)
  [ -n "$st" ] && [ "${st:0:1}" != Z ] && left+=" $pid"
done
left+=$(node_pids | tr '\n' ' ')
if [ -n "${left// /}" ]; then
  fail "destroy left node processes:$left"
elif [ -e "$S" ]; then
  fail "destroy left the folder $S"
elif [ -n "$(ss -tlnH "sport = :$((V + 7))")" ]; then
  fail "destroy left a listener on $((V + 7))"
else
  pass "destroy stopped every node process ($pids) and removed the folder"
fi

echo
if [ $FAILS -gt 0 ]; then
  echo "test_vendure_sandbox: $FAILS check(s) failed"
  exit 1
fi
echo "test_vendure_sandbox: all checks passed"
