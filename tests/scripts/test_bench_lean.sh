#!/usr/bin/env bash
# The lean benchmark sandbox of `scripts/bench catalog --products N` against real servers:
# QM_SANDBOX_REPLICA=0 makes a primary alone (wal_level minimal, one host in the profile, no
# replica in status, failover refused) and bench/catalog/seed-lean.sh fills it: N products with
# their stock rows and opening balances (on_hand == the ledger's sum), every index the migrations
# made is back afterwards, nothing of the load is left behind, and a second seed replaces the first.
#
# Ports: base L = QM_BENCH_LEAN_TEST_BASE, or QM_SANDBOX_PORT_BASE + 600 (L..L+31). The sandbox
# lives in a temporary folder; the exit trap destroys it. Needs bench_catalog_seedgen built
# (QM_BUILD_DIR, default build/).
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
L=${QM_BENCH_LEAN_TEST_BASE:-$((${QM_SANDBOX_PORT_BASE:-16432} + 600))}
unset QM_SANDBOX_HA QM_SANDBOX_STORE QM_SANDBOX_TLS
export QM_SANDBOX_PORT_BASE=$L QM_SANDBOX_REPLICA=0 QM_SANDBOX_CACHE=0 QM_SANDBOX_MONITORING=0
export QM_SANDBOX_NO_SEED=1
WORK=$(mktemp -d /tmp/qm-bench-lean-test.XXXXXX)
chmod 755 "$WORK"
export QM_SANDBOX_DIR=$WORK/state
FAILS=0
fail() { printf 'FAIL: %s\n' "$*"; FAILS=$((FAILS + 1)); }
pass() { printf 'PASS: %s\n' "$*"; }
cleanup() {
  "$ROOT/scripts/sandbox" destroy >/dev/null 2>&1
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if ! "$ROOT/scripts/sandbox" up >"$WORK/up.log" 2>&1; then
  sed 's/^/    | /' "$WORK/up.log"
  echo "FAIL: scripts/sandbox up with QM_SANDBOX_REPLICA=0"
  exit 1
fi
eval "$("$ROOT/scripts/sandbox" env)"
q() { psql -XtAq -v ON_ERROR_STOP=1 -c "$1"; }

[ "$(q 'show wal_level')" = minimal ] && pass "wal_level is minimal" ||
  fail "wal_level is $(q 'show wal_level'), not minimal"
hosts=$(python3 -c 'import json,sys; print(" ".join(json.load(open(sys.argv[1]))["postgres"]["hosts"]))' "$QM_SANDBOX_DIR/profile.json")
[ "$hosts" = "127.0.0.1:$L" ] && pass "the profile names the primary alone" ||
  fail "the profile's hosts are \"$hosts\", not the primary alone"
"$ROOT/scripts/sandbox" status >"$WORK/status" 2>&1
grep -q '^replica  none' "$WORK/status" && pass "status: replica none" ||
  fail "status does not say the replica is none: $(cat "$WORK/status")"
[ ! -d "$QM_SANDBOX_DIR/pg-replica" ] && [ -z "$(ss -tlnH "sport = :$((L + 1))")" ] &&
  pass "no replica made or listening" || fail "a replica exists or listens on $((L + 1))"
if "$ROOT/scripts/sandbox" failover >"$WORK/fo" 2>&1; then fail "failover succeeded without a replica"
else grep -q 'no replica' "$WORK/fo" && pass "failover refused: no replica" || fail "failover failed otherwise: $(cat "$WORK/fo")"; fi
# A later command without QM_SANDBOX_REPLICA still knows (recorded by up).
env -u QM_SANDBOX_REPLICA "$ROOT/scripts/sandbox" status >"$WORK/status2" 2>&1
grep -q '^replica  none' "$WORK/status2" && pass "the mode is recorded for later commands" ||
  fail "without QM_SANDBOX_REPLICA, status says: $(grep replica "$WORK/status2")"

indexes_sql="select string_agg(indexrelid::regclass::text, ' ' order by indexrelid::regclass::text)
             from pg_index where indrelid in ('shop.products'::regclass, 'shop.stock_levels'::regclass,
                                              'shop.stock_movements'::regclass)"
before=$(q "$indexes_sql")
for n in 2000 1500; do
  if ! "$ROOT/bench/catalog/seed-lean.sh" "$n" >"$WORK/seed.json" 2>"$WORK/seed.log"; then
    sed 's/^/    | /' "$WORK/seed.log"
    fail "seed-lean.sh $n failed"
    continue
  fi
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["products"]==int(sys.argv[2]) and d["seed_seconds"]>0 and d["db_bytes"]>0, d' \
    "$WORK/seed.json" "$n" && pass "seed-lean.sh $n reports products, seconds and disk" ||
    fail "seed-lean.sh $n printed $(cat "$WORK/seed.json")"
  got=$(q "select count(*), count(distinct sku), min(id), max(id) from shop.products")
  [ "$got" = "$n|$n|1|$n" ] && pass "$n products, ids 1..$n, distinct SKUs" ||
    fail "products after seeding $n: count|skus|min|max = $got"
  got=$(q "select count(*) filter (where warehouse_id = 1), count(*) >= $n
           from shop.stock_levels")
  [ "$got" = "$n|t" ] && pass "every product is stocked in warehouse 1" || fail "stock rows: $got"
  got=$(q "select count(*) from shop.stock_levels l full join (select product_id, warehouse_id,
             sum(delta) s from shop.stock_movements group by 1, 2) m using (product_id, warehouse_id)
           where coalesce(l.on_hand, -1) <> coalesce(m.s, 0)")
  [ "$got" = 0 ] && pass "on_hand == the ledger's sum on every stock row" ||
    fail "$got stock rows disagree with the ledger"
  got=$(q "select count(*) from shop.products p left join shop.categories c on c.id = p.category_id
           where c.id is null or p.status not in ('active', 'draft', 'archived')")
  [ "$got" = 0 ] && pass "every product has a category and a status" || fail "$got products without"
  after=$(q "$indexes_sql")
  [ "$after" = "$before" ] && pass "every index is back: $after" ||
    fail "indexes before: $before; after: $after"
  [ "$(q "select to_regclass('qm_sandbox.lean_indexes') is null")" = t ] &&
    pass "the load's bookkeeping table is gone" || fail "qm_sandbox.lean_indexes is left behind"
  [ "$(q "select count(*) from shop.products where name ilike '%lamp%'")" -gt 0 ] &&
    [ "$(q "select count(*) from console.products")" = "$n" ] &&
    pass "console.products reads them and the name search finds lamps" ||
    fail "console.products or the name search"
done

echo
if [ $FAILS -gt 0 ]; then echo "test_bench_lean: $FAILS failure(s)"; exit 1; fi
echo "test_bench_lean: all passed"
