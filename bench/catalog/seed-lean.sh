#!/usr/bin/env bash
# Seeds N products the lean way (bench/catalog/seed-lean.sql) into the sandbox that the PG*
# variables name (scripts/sandbox env): rows from bench_catalog_seedgen, COPY'd without WAL; then builds the dropped indexes two at a time and ANALYZEs.
#   bench/catalog/seed-lean.sh N [SEED]
# Prints "seed-lean: ..." progress on stderr and one JSON object on stdout:
#   {"products":N,"seed_seconds":S,"load_seconds":L,"index_seconds":I,"cpu_seconds":C,
#    "db_bytes":B,"wal_bytes":W,"loadavg_start":"...","loadavg_end":"..."}
# cpu_seconds: the server's sessions (the postmaster's reaped children) and the generator: on a
# shared machine the wall time says more about the neighbours than about the seed.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
n=${1:?usage: seed-lean.sh N [SEED]}
seed=${2:-42}
case $n in '' | *[!0-9]*) echo "seed-lean: N must be a number" >&2; exit 2 ;; esac
[ -n "${PGHOST:-}" ] || { echo "seed-lean: run with the sandbox's environment: eval \"\$(scripts/sandbox env)\"" >&2; exit 2; }
[ "$(psql -XtAc 'show wal_level')" = minimal ] ||
  echo "seed-lean: warning: wal_level is not minimal (QM_SANDBOX_REPLICA=0): the load writes WAL" >&2
# CPU of the primary's exited children (each psql session's backend ends with it), in ticks.
pm_pid=$(head -1 "${QM_SANDBOX_DIR:?}/pg-primary/postmaster.pid")
children_ticks() { awk '{print $16 + $17}' "/proc/$pm_pid/stat"; }
hz=$(getconf CLK_TCK)
cpu0=$(children_ticks)
load0=$(cut -d' ' -f1-3 /proc/loadavg)
gen_cpu=$(mktemp)
trap 'rm -f "$gen_cpu"' EXIT
t0=$(date +%s.%N)
gen=${QM_BUILD_DIR:-$ROOT/build}/bench/catalog/bench_catalog_seedgen
[ -x "$gen" ] || { echo "seed-lean: $gen is not built (scripts/build --target bench_catalog_seedgen)" >&2; exit 2; }
# The generator and the server's COPY run side by side (two processes, two cores).
/usr/bin/time -f '%U %S' -o "$gen_cpu" "$gen" "$n" "$seed" "$(date +%s)" |
  psql -XqAt -v ON_ERROR_STOP=1 -v products="$n" -f "$ROOT/bench/catalog/seed-lean.sql" >&2
t1=$(date +%s.%N)
# Indexes: each in its own session (a new index is written without WAL under wal_level = minimal),
# two at a time; the trigram index (the longest) first.
build_index() {
  psql -Xq -v ON_ERROR_STOP=1 -c "set maintenance_work_mem = '512MB'" -c "$1" >/dev/null
  echo "seed-lean: ${1%% USING*} built ($(($(date +%s) - start)) s)" >&2
}
start=$(date +%s)
mapfile -t indexes < <(psql -XtA -c "select create_sql from qm_sandbox.lean_indexes
                                     order by create_sql like '%gin%' desc, name")
pids=()
for sql in "${indexes[@]}"; do
  [ -n "$sql" ] || continue
  if [ ${#pids[@]} -ge 2 ]; then wait -n; fi
  build_index "$sql" &
  pids+=($!)
  # (jobs that ended leave the list: keep only the running ones)
  running=()
  for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && running+=("$p"); done
  pids=(${running[@]+"${running[@]}"})
done
for p in ${pids[@]+"${pids[@]}"}; do wait "$p"; done
psql -Xq -v ON_ERROR_STOP=1 -c "drop table qm_sandbox.lean_indexes" \
  -c "analyze shop.products, shop.stock_levels, shop.stock_movements, shop.categories, shop.warehouses"
t2=$(date +%s.%N)
cpu=$(echo "($(children_ticks) - $cpu0) / $hz + $(awk '{print $1 + $2}' "$gen_cpu")" | bc -l)
db=$(psql -XtAc "select pg_database_size(current_database())")
wal=$(psql -XtAc "select coalesce(sum(size), 0) from pg_ls_waldir()")
printf '{"products":%s,"seed_seconds":%.1f,"load_seconds":%.1f,"index_seconds":%.1f,"cpu_seconds":%.1f,"db_bytes":%s,"wal_bytes":%s,"loadavg_start":"%s","loadavg_end":"%s"}\n' \
  "$n" "$(echo "$t2 - $t0" | bc)" "$(echo "$t1 - $t0" | bc)" "$(echo "$t2 - $t1" | bc)" "$cpu" \
  "$db" "$wal" "$load0" "$(cut -d' ' -f1-3 /proc/loadavg)"
