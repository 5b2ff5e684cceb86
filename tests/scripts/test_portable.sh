#!/usr/bin/env bash
# The console and qmctl build on Windows and macOS too (.github/workflows/desktop.yml): no
# POSIX-only header in core/, models/, widgets/ or app/ unless
#   1. the file is in the allow-list below, with the reason it may, and
#   2. the #include sits inside a platform guard (#if/#ifdef naming Q_OS_*, _WIN32, __unix__,
#      __linux__ or __APPLE__), so the other platforms never see it.
# A new POSIX include anywhere else fails with its file and line. The sandbox, the storefront
# simulator and the page origin (server/) may stay Linux-only and are not checked.
# The checker first proves on a made-up tree that it catches an unguarded include and a guarded
# one in a file that is not allowed (a check that cannot fail would prove nothing).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)

# file (relative to the root) | why it may include POSIX headers
ALLOW_LIST='
app/quartermaster/startupreport.cpp | process start time and RSS from /proc (clock_gettime, sysconf) for --exit-after-first-paint; #ifdef Q_OS_LINUX, elsewhere a QElapsedTimer stands in
app/qmctl/commands/cachepurge.cpp | isatty() decides whether to show progress and to ask; <io.h> _isatty() under Q_OS_WIN, <unistd.h> otherwise
core/runbooks/journal.cpp | fsync() of each journal record (a SIGKILLed run must find what it did on disk); <io.h> _commit() under Q_OS_WIN, <unistd.h> otherwise
app/qmctl/commands/runbook_support.cpp | isatty() decides whether qmctl runbook asks for confirmations and answers; <io.h> _isatty() under Q_OS_WIN, <unistd.h> otherwise
core/audit/checkpoint.cpp | a new signing key is created 0600 with open(O_EXCL) and a key readable by others is refused (stat), as ssh does; under Q_OS_UNIX only, elsewhere QFile with NewOnly
app/qmctl/commands/audit.cpp | isatty() decides whether audit verify shows progress; under Q_OS_UNIX only, elsewhere no progress
core/runbooks/backupsteps_p.h | pid_t of the scratch server of the restore drill (sys/types.h); under Q_OS_UNIX only, like backupsteps.cpp
core/runbooks/restoredrillstep.cpp | the restore drill runs pgBackRest and a scratch PostgreSQL as the PostgreSQL account (setuid, chown, process groups); under Q_OS_UNIX only, elsewhere restore.drill is not registered
core/safety/auditspool.cpp | each spooled audit entry is written with fsync and the spool is locked (flock) against a second writer; <io.h> _commit() under Q_OS_WIN, POSIX otherwise
core/runbooks/backupsteps.cpp | the restore drill runs pgBackRest and a scratch PostgreSQL as the PostgreSQL account (setuid, chown, process groups); under Q_OS_UNIX only, elsewhere backup.check and restore.drill are not registered
'

check() { # check ROOT: prints each offence, exits 1 if any
  ALLOW_LIST="$ALLOW_LIST" python3 - "$1" <<'PY'
import os, re, sys
root = sys.argv[1]
allowed = {}
for line in os.environ['ALLOW_LIST'].strip().splitlines():
    path, _, why = line.partition('|')
    allowed[path.strip()] = why.strip()
posix = re.compile(r'^\s*#\s*include\s*[<"]('
                   r'unistd\.h|sys/[^>"]+|fcntl\.h|dlfcn\.h|pthread\.h|signal\.h|termios\.h|'
                   r'pwd\.h|grp\.h|poll\.h|netdb\.h|arpa/[^>"]+|netinet/[^>"]+|dirent\.h|'
                   r'syslog\.h|spawn\.h|sched\.h|semaphore\.h|strings\.h|libgen\.h|glob\.h|'
                   r'fnmatch\.h|wordexp\.h|utime\.h|ucontext\.h|execinfo\.h|link\.h|elf\.h|'
                   r'mqueue\.h|aio\.h|ifaddrs\.h|net/[^>"]+|linux/[^>"]+|mach/[^>"]+)[>"]')
guard = re.compile(r'Q_OS_|_WIN32|_WIN64|__unix__|__unix\b|__linux__|__APPLE__|_POSIX_VERSION')
bad = []
for top in ('core', 'models', 'widgets', 'app'):
    for dirpath, _, names in os.walk(os.path.join(root, top)):
        for n in sorted(names):
            if not n.endswith(('.h', '.hpp', '.cpp', '.cc', '.c', '.mm')):
                continue
            path = os.path.join(dirpath, n)
            rel = os.path.relpath(path, root)
            stack = []  # one entry per open #if: does it (or its #elif/#else) name a platform?
            for no, line in enumerate(open(path, encoding='utf-8', errors='replace'), 1):
                d = re.match(r'^\s*#\s*(if|ifdef|ifndef|elif|else|endif)\b(.*)', line)
                if d:
                    kw, rest = d.groups()
                    if kw in ('if', 'ifdef', 'ifndef'):
                        stack.append(bool(guard.search(rest)))
                    elif kw == 'elif' and stack:
                        stack[-1] = stack[-1] or bool(guard.search(rest))
                    elif kw == 'endif' and stack:
                        stack.pop()
                    continue
                m = posix.match(line)
                if not m:
                    continue
                where = '%s:%d: #include <%s>' % (rel, no, m.group(1))
                if rel not in allowed:
                    bad.append(where + ' is POSIX-only and the file is not in the allow-list '
                               '(tests/scripts/test_portable.sh): guard it and list the file with '
                               'its reason, or use Qt')
                elif not any(stack):
                    bad.append(where + ' is POSIX-only and not inside a platform guard '
                               '(#ifdef Q_OS_UNIX or the like)')
for b in bad:
    print('FAIL: ' + b)
sys.exit(1 if bad else 0)
PY
}

# The checker catches what it must, on a made-up tree.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/core/x" "$tmp/app/quartermaster" "$tmp/app/qmctl/commands"
printf '#include <QString>\n#include <sys/stat.h>\n' > "$tmp/core/x/a.cpp"
if out=$(check "$tmp"); then
  echo "FAIL: the checker missed an unguarded <sys/stat.h> in a file outside the allow-list"; exit 1
fi
grep -q 'core/x/a.cpp:2: #include <sys/stat.h>' <<<"$out" || { echo "FAIL: unexpected report: $out"; exit 1; }
printf '#ifdef Q_OS_UNIX\n#include <unistd.h>\n#endif\n' > "$tmp/core/x/a.cpp"
if check "$tmp" >/dev/null; then
  echo "FAIL: the checker let a guarded include through in a file that is not in the allow-list"; exit 1
fi
rm "$tmp/core/x/a.cpp"
printf '#include <cstdio>\n#include <unistd.h>\n' > "$tmp/app/qmctl/commands/cachepurge.cpp"
if check "$tmp" >/dev/null; then
  echo "FAIL: the checker let an unguarded include through in an allow-listed file"; exit 1
fi
printf '#ifdef Q_OS_WIN\n#include <io.h>\n#else\n#include <unistd.h>\n#endif\n' \
  > "$tmp/app/qmctl/commands/cachepurge.cpp"
check "$tmp" >/dev/null || { echo "FAIL: the checker refused a guarded include in an allow-listed file"; exit 1; }

# The real tree.
if ! check "$ROOT"; then
  exit 1
fi
echo "test_portable: no unguarded or unlisted POSIX include in core/, models/, widgets/, app/"
