#!/usr/bin/env bash
# scripts/build and QM_BUILD_TYPE: the first configure takes it, a later QM_BUILD_TYPE that differs
# reconfigures, and a run without QM_BUILD_TYPE (scripts/sandbox, test and demo call scripts/build
# that way) keeps the folder's type. Configures a scratch folder only (`--target help` builds
# nothing); the folder is removed on exit.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DIR=$(mktemp -d /tmp/qm-build-test.XXXXXX)
trap 'rm -rf "$DIR"' EXIT
FAILS=0

cached_type() { sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$DIR/CMakeCache.txt" 2>/dev/null; }
run() { # run TYPE|-: scripts/build --target help in the scratch folder, with that QM_BUILD_TYPE
  if [ "$1" = - ]; then
    env -u QM_BUILD_TYPE QM_BUILD_DIR="$DIR" "$ROOT/scripts/build" --target help >/dev/null
  else
    env QM_BUILD_TYPE="$1" QM_BUILD_DIR="$DIR" "$ROOT/scripts/build" --target help >/dev/null
  fi
}
expect() { # expect WHAT TYPE
  local got; got=$(cached_type)
  if [ "$got" = "$2" ]; then echo "PASS: $1: $got"; else echo "FAIL: $1: CMAKE_BUILD_TYPE is '$got', expected '$2'"; FAILS=$((FAILS + 1)); fi
}

run Debug || { echo "FAIL: scripts/build did not configure"; exit 1; }
expect "first configure with QM_BUILD_TYPE=Debug" Debug
run Release
expect "QM_BUILD_TYPE=Release afterwards reconfigures" Release
run -
expect "no QM_BUILD_TYPE keeps the folder's type" Release
[ $FAILS -eq 0 ] || { echo "test_build: $FAILS check(s) failed"; exit 1; }
echo "test_build: all checks passed"
