#!/usr/bin/env bash
# Regenerates the user guide's screenshots (docs/guide/img/<workspace>.png) from the running
# console: `quartermaster --check SHOT.png --check-all` against a sandbox, at 1280x800 under a
# virtual X server, with settings of its own (so no saved window size or workspace gets in).
#
#   QM_SANDBOX_DIR=/var/tmp/qm-x QM_SANDBOX_PORT_BASE=N scripts/sandbox up   # a sandbox first
#   scripts/sandbox shoppers 5                                              # orders arriving
#   docs/guide/shots.sh                                                     # then this
#
# QM_PROFILE names another profile (default: the sandbox's profile.json); QM_BUILD_DIR another build.
# The pictures are optimised with optipng when it is installed.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${QM_BUILD_DIR:-$ROOT/build}
APP=$BUILD/app/quartermaster/quartermaster
SANDBOX=${QM_SANDBOX_DIR:-/var/tmp/quartermaster-sandbox}
PROFILE=${QM_PROFILE:-$SANDBOX/profile.json}
OUT=$ROOT/docs/guide/img

[ -x "$APP" ] || { echo "shots: $APP is not built (scripts/build --target quartermaster)" >&2; exit 2; }
[ -r "$PROFILE" ] || { echo "shots: no profile at $PROFILE: start a sandbox (scripts/sandbox up) or set QM_PROFILE" >&2; exit 2; }
command -v xvfb-run >/dev/null || { echo "shots: xvfb-run is missing (apt-get install xvfb)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/config" "$work/data" "$work/cache" "$work/state"
# English pictures whatever the machine's language; the light theme, as a fresh install shows it.
XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache \
  XDG_STATE_HOME=$work/state QM_LANGUAGE=en LANG=C.UTF-8 \
  xvfb-run -a -s "-screen 0 1280x800x24" "$APP" --profile "$PROFILE" --check "$work/shot.png" --check-all

mkdir -p "$OUT"
# shot.png is the first workspace (Overview); shot-<key>.png each of the others.
mv "$work/shot.png" "$work/shot-overview.png"
n=0
for f in "$work"/shot-*.png; do
  key=${f##*/shot-}
  cp "$f" "$OUT/$key"
  n=$((n + 1))
done
if command -v optipng >/dev/null; then
  optipng -quiet -o2 "$OUT"/*.png
fi
echo "shots: $n pictures in $OUT"
