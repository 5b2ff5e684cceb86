#!/usr/bin/env bash
# Every language in QM_LANGUAGES (app/quartermaster/CMakeLists.txt) has its
# translations/quartermaster_<code>.ts, with 0 unfinished entries (lupdate's "unfinished" and empty
# translations alike) and every translation keeping its source's %1/%n placeholders,
# &-accelerators, HTML tags, line breaks and trailing colon (translations/fill_ts.py --missing).
# Also checks that the checker itself catches a dropped placeholder.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
langs=$(sed -n 's/^set(QM_LANGUAGES \(.*\))$/\1/p' "$ROOT/app/quartermaster/CMakeLists.txt")
[ -n "$langs" ] || { echo "FAIL: no set(QM_LANGUAGES ...) in app/quartermaster/CMakeLists.txt"; exit 1; }
fail=0
counts=""
for lang in $langs; do
  ts="$ROOT/translations/quartermaster_$lang.ts"
  if [ ! -f "$ts" ]; then
    echo "FAIL: $lang: $ts is missing (build the quartermaster_lupdate target)"; fail=1; continue
  fi
  n=$(grep -c '<source>' "$ts" || true)
  counts="$counts $n"
  if out=$(python3 "$ROOT/translations/fill_ts.py" "$ts" --missing 2>&1); then
    echo "ok: $lang: $n sources, $(echo "$out" | tail -1)"
  else
    echo "FAIL: $lang:"; echo "$out" | tail -20; fail=1
  fi
done
# Every language translates the same sources (a new, still empty .ts has 0 "unfinished" too).
if [ "$(echo $counts | tr ' ' '\n' | sort -u | wc -l)" -ne 1 ]; then
  echo "FAIL: the languages have different numbers of sources ($counts): run quartermaster_lupdate"
  fail=1
fi

# The checker must fail on a translation that loses a placeholder.
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/t.ts" <<'TS'
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES"><context><name>x</name>
<message><source>Edit %1</source><translation>Editar</translation></message>
</context></TS>
TS
if python3 "$ROOT/translations/fill_ts.py" "$tmp/t.ts" --missing >/dev/null 2>&1; then
  echo "FAIL: fill_ts.py accepted a translation without its %1"; fail=1
fi
exit $fail
