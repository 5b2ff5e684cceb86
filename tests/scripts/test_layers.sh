#!/usr/bin/env bash
# core/ has one job per folder and no folder cycles (issue 8 #8): reads every #include "folder/..."
# under core/ and fails, naming the cycle, when a folder reaches itself again through its includes.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
python3 - "$ROOT/core" <<'PY'
import os, re, sys
core = sys.argv[1]
folders = sorted(d for d in os.listdir(core) if os.path.isdir(os.path.join(core, d)))
deps = {f: {} for f in folders}
inc = re.compile(r'^\s*#\s*include\s+"([a-z_]+)/[^"]+"', re.M)
for f in folders:
    for dirpath, _, names in os.walk(os.path.join(core, f)):
        for n in names:
            if not n.endswith(('.h', '.cpp')):
                continue
            path = os.path.join(dirpath, n)
            for m in inc.finditer(open(path, encoding='utf-8', errors='replace').read()):
                t = m.group(1)
                if t != f and t in deps:
                    deps[f].setdefault(t, os.path.relpath(path, core))
# Depth-first search for a cycle; print the first one with the file that makes each edge.
state, stack, cycles = {}, [], []
def visit(n):
    state[n] = 1
    stack.append(n)
    for t in sorted(deps[n]):
        if state.get(t) == 1:
            c = stack[stack.index(t):] + [t]
            cycles.append(c)
        elif t not in state:
            visit(t)
    stack.pop()
    state[n] = 2
for f in folders:
    if f not in state:
        visit(f)
if deps.get('common'):
    print('FAIL: core/common must not include other core folders: %s' % deps['common'])
    sys.exit(1)
if cycles:
    for c in cycles:
        edges = ['%s -> %s (%s)' % (a, b, deps[a][b]) for a, b in zip(c, c[1:])]
        print('FAIL: folder cycle in core: ' + '; '.join(edges))
    sys.exit(1)
print('layers: %d core folders, no cycles' % len(folders))
PY
