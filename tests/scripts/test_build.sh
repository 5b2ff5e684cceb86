#!/usr/bin/env bash
# scripts/build, QM_BUILD_TYPE and QM_SANITIZE: the first configure takes them, a later one that is
# set and differs reconfigures that setting only, and a run without them (scripts/sandbox, test and
# demo call scripts/build that way) keeps the folder's settings. Configures a scratch folder only
# (`--target help` builds nothing); the folder is removed on exit.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DIR=$(mktemp -d /tmp/qm-build-test.XXXXXX)
trap 'rm -rf "$DIR"' EXIT
FAILS=0

setting() { sed -n "s/^$1:STRING=//p" "$DIR/CMakeCache.txt" 2>/dev/null; }
run() { # run TYPE|- SANITIZE|-: scripts/build --target help in the scratch folder ("-": unset)
  local e=(env -u QM_BUILD_TYPE -u QM_SANITIZE QM_BUILD_DIR="$DIR")
  [ "$1" = - ] || e+=(QM_BUILD_TYPE="$1")
  [ "$2" = - ] || e+=(QM_SANITIZE="$2")
  "${e[@]}" "$ROOT/scripts/build" --target help >/dev/null
}
expect() { # expect WHAT TYPE SANITIZE
  local got
  got="$(setting CMAKE_BUILD_TYPE)/$(setting QM_SANITIZE)"
  if [ "$got" = "$2/$3" ]; then
    echo "PASS: $1: $got"
  else
    echo "FAIL: $1: CMAKE_BUILD_TYPE/QM_SANITIZE are '$got', expected '$2/$3'"
    FAILS=$((FAILS + 1))
  fi
}

run Debug - || { echo "FAIL: scripts/build did not configure"; exit 1; }
expect "first configure with QM_BUILD_TYPE=Debug" Debug ""
run Release -
expect "QM_BUILD_TYPE=Release afterwards reconfigures" Release ""
run - -
expect "no QM_BUILD_TYPE keeps the folder's type" Release ""
run - address
expect "QM_SANITIZE=address reconfigures, keeping the type" Release address
run Debug -
expect "QM_BUILD_TYPE=Debug without QM_SANITIZE keeps the sanitizer" Debug address
run - -
expect "neither set keeps both" Debug address
run - ""
expect "QM_SANITIZE set but empty turns the sanitizer off" Debug ""
[ $FAILS -eq 0 ] || { echo "test_build: $FAILS check(s) failed"; exit 1; }
echo "test_build: all checks passed"
