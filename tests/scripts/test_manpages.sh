#!/usr/bin/env bash
# The committed manual pages (docs/man/qmctl.1, quartermaster.1) are what docs/man/generate.sh
# writes from this build's --help today: a changed help text with stale pages fails here, in the
# suite, instead of at the end of CI in scripts/package. Also checks that the check itself catches
# a changed page (a page with one line removed must differ).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${QM_BUILD_DIR:-$ROOT/build}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$ROOT/docs/man/generate.sh" "$BUILD" "$tmp" >/dev/null
fail=0
for page in qmctl.1 quartermaster.1; do
  if diff -u "$ROOT/docs/man/$page" "$tmp/$page" > "$tmp/$page.diff"; then
    echo "ok: docs/man/$page matches $BUILD's --help ($(wc -l < "$tmp/$page") lines)"
  else
    echo "FAIL: docs/man/$page differs from the program's --help: run docs/man/generate.sh $BUILD"
    head -40 "$tmp/$page.diff"
    fail=1
  fi
done
# The comparison itself: a page missing a line is noticed.
sed '10d' "$tmp/qmctl.1" > "$tmp/changed.1"
if diff -q "$ROOT/docs/man/qmctl.1" "$tmp/changed.1" >/dev/null; then
  echo "FAIL: a page with a line removed compares equal: the check cannot fail"; fail=1
fi
exit $fail
