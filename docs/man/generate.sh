#!/usr/bin/env bash
# Writes the manual pages quartermaster.1 and qmctl.1 in this folder from the programs' own --help
# and --version (help2man), plus the sections below that --help does not carry. The pages are
# committed; scripts/package regenerates them into a temporary folder and fails when the committed
# ones differ, so they stay true to the commands.
# Usage: docs/man/generate.sh BUILD_DIR [OUT_DIR]   (needs help2man: apt-get install help2man)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=$(cd "${1:?usage: generate.sh BUILD_DIR [OUT_DIR]}" && pwd)
OUT=${2:-$HERE}
QMCTL=$BUILD/app/qmctl/qmctl
GUI=$BUILD/app/quartermaster/quartermaster
command -v help2man >/dev/null || { echo "generate.sh: help2man missing (apt-get install help2man)" >&2; exit 1; }
for b in "$QMCTL" "$GUI"; do [ -x "$b" ] || { echo "generate.sh: $b not built" >&2; exit 1; }; done
mkdir -p "$OUT"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The date in the pages' header is the release date (metainfo), not today's: reruns are identical.
release=$(sed -n 's/.*<release version="[^"]*" date="\([0-9-]*\)".*/\1/p' \
  "$HERE/../../installer/linux/org.quartermaster.Quartermaster.metainfo.xml" | head -1)
export SOURCE_DATE_EPOCH=$(date -u -d "$release" +%s)
# QM_LANGUAGE=en: qmctl follows the console's language setting too; the pages are English.
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANGUAGE=en QM_LANGUAGE=en XDG_RUNTIME_DIR=$tmp
# help2man quotes lines of --help that start with a dot or quote; everything else is as printed.

# qmctl: one subsection per command, from `qmctl COMMAND --help`.
{
  echo "[COMMANDS]"
  "$QMCTL" --help | sed -n '/^Commands:/,$p' | tail -n +2 | sed 's/^  \([a-z]* \?[a-z]*[a-z]\)  .*/\1/' |
  while read -r cmd; do
    [ -n "$cmd" ] || continue
    echo ".SS \"qmctl $cmd\""
    echo ".nf"
    # shellcheck disable=SC2086 # a command is one or two words
    "$QMCTL" $cmd --help | sed -e 's/\\/\\e/g' -e 's/^\./\\\&./' -e "s/^'/\\\\\&'/"
    echo ".fi"
  done
  cat <<'SECTIONS'
[EXIT STATUS]
.TP
.B 0
success
.TP
.B 1
the command ran and failed (the message is on standard error)
.TP
.B 2
bad command line
.TP
.B 3
.B migrate \-\-status:
migrations are pending
.TP
.B 4
no server could be reached
.TP
.B 5
authentication or permission refused
[ENVIRONMENT]
.TP
.B QM_SANDBOX_DIR
without \fB\-\-profile\fR, the profile is \fI$QM_SANDBOX_DIR/profile.json\fR
.TP
.B PGPASSFILE
PostgreSQL password file (libpq's own variable), used when the profile names none
.TP
.B REDISCLI_AUTH
the Redis password, taken before the profile's password file
[FILES]
.TP
.I /usr/share/quartermaster/server/migrations
the schema migrations that \fBqmctl migrate\fR applies (the same files are built into the program;
\fB\-\-dir\fR reads another folder)
.TP
.I /usr/share/quartermaster/server/seed
the sandbox's seed data
[SEE ALSO]
.BR quartermaster (1)
SECTIONS
} > "$tmp/qmctl.h2m"
help2man -N -s 1 -n "command line of the Quartermaster store operations console" \
  -i "$tmp/qmctl.h2m" -o "$OUT/qmctl.1" "$QMCTL"

cat > "$tmp/quartermaster.h2m" <<'SECTIONS'
[DESCRIPTION]
Quartermaster is a desktop console for the people who run an online store: merchandisers edit the
catalog, store managers watch orders and adjust stock, on-call engineers purge caches, against the
store's PostgreSQL cluster, Redis and Varnish. Every destructive action has a dry run, a
confirmation and an audit record.
[ENVIRONMENT]
.TP
.B QM_NO_KEYCHAIN
when set (to any value), the desktop's keychain is not used for passwords
.TP
.B QT_QPA_PLATFORM
Qt's platform; \fBoffscreen\fR runs the console without a display (with \fB\-\-check\fR)
[FILES]
.TP
.I ~/.config/Quartermaster/Quartermaster.conf
settings
.TP
.I ~/.config/Quartermaster/Quartermaster/profiles/
connection profiles (one JSON file each)
.TP
.I /usr/share/quartermaster/server/migrations
the schema migrations the console's Migrate dialog applies (built into the program as well)
[SEE ALSO]
.BR qmctl (1)
SECTIONS
# The console calls itself "Quartermaster" in --version; the page is for the command.
version=$("$GUI" --version 2>/dev/null | awk '{print $NF}')
help2man -N -s 1 -n "operations console for online stores" --version-string="quartermaster $version" \
  -i "$tmp/quartermaster.h2m" -o "$OUT/quartermaster.1" "$GUI"
echo "generate.sh: wrote $OUT/qmctl.1 $OUT/quartermaster.1"
