#!/usr/bin/env python3
"""Benchmark result files: one JSON object per line, in bench/common/benchline.h's format.

    bench/results.py check FILE...      every line has the seven keys with the right types
    bench/results.py compare A B        two result files side by side, per (bench, metric, peer)

Exit code 1 when check finds a bad line (each printed as FILE:LINE: what is wrong).
"""
import json
import math
import sys

KEYS = ('bench', 'metric', 'ours', 'peer', 'peer_value', 'ratio', 'unit')


def number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def problems(line):
    out = [f'no "{k}"' for k in KEYS if k not in line]
    for k in ('bench', 'metric', 'peer', 'unit'):
        if k in line and not (isinstance(line[k], str) and line[k]):
            out.append(f'"{k}" is not a text')
    if 'ours' in line and not number(line['ours']):
        out.append('"ours" is not a number')
    for k in ('peer_value', 'ratio'):
        if line.get(k) is not None and not number(line[k]):
            out.append(f'"{k}" is neither a number nor null')
    ours, peer, ratio = line.get('ours'), line.get('peer_value'), line.get('ratio')
    if number(ours) and number(peer) and peer != 0 and number(ratio):
        exact = ours / peer
        if abs(ratio - exact) > 1e-3 * abs(exact) + 1e-12:
            out.append(f'"ratio" {ratio} is not ours / peer_value ({exact:.4g})')
    if peer is None and ratio is not None:
        out.append('"ratio" without a "peer_value"')
    return out


def read(path):
    """(line number, object) of every line; a line that is not a JSON object is a problem."""
    rows, bad = [], []
    with open(path, encoding='utf-8') as f:
        for n, text in enumerate(f, 1):
            text = text.strip()
            if not text:
                continue
            try:
                obj = json.loads(text)
            except ValueError as e:
                bad.append(f'{path}:{n}: not JSON ({e.msg})')
                continue
            if not isinstance(obj, dict):
                bad.append(f'{path}:{n}: not a JSON object')
                continue
            rows.append((n, obj))
    return rows, bad


def check(paths):
    failed = 0
    for path in paths:
        rows, bad = read(path)
        for msg in bad:
            print(msg)
        for n, obj in rows:
            for p in problems(obj):
                print(f'{path}:{n}: {p}')
                failed += 1
        failed += len(bad)
        if not rows and not bad:
            print(f'{path}: no benchmark lines')
            failed += 1
    return 1 if failed else 0


def fmt(v):
    if v is None:
        return '-'
    return f'{v:.4g}' if isinstance(v, float) else str(v)


def compare(a, b):
    def keyed(path):
        rows, bad = read(path)
        for msg in bad:
            print(msg, file=sys.stderr)
        out = {}
        for _, obj in rows:
            if not problems(obj):
                # The same metric measured again in one file (rates, peers): keep each, in order.
                key = (obj['bench'], obj['metric'], obj['peer'], str(obj.get('rate', '')))
                out.setdefault(key, []).append(obj)
        return out
    ka, kb = keyed(a), keyed(b)
    header = ('bench', 'metric', 'unit', 'A ours', 'B ours', 'change', 'A ratio', 'B ratio', 'peer')
    table = [header]
    for key in sorted(set(ka) | set(kb), key=lambda k: (k[0], k[1], k[3], k[2])):
        la, lb = ka.get(key, []), kb.get(key, [])
        for i in range(max(len(la), len(lb))):
            x = la[i] if i < len(la) else None
            y = lb[i] if i < len(lb) else None
            change = '-'
            if x and y and number(x['ours']) and number(y['ours']) and x['ours']:
                change = f'{(y["ours"] - x["ours"]) / abs(x["ours"]) * 100:+.1f}%'
            unit = (x or y)['unit']
            metric = key[1] + (f' @{key[3]}' if key[3] else '')
            table.append((key[0], metric, unit, fmt(x and x['ours']), fmt(y and y['ours']), change,
                          fmt(x and x['ratio']), fmt(y and y['ratio']), key[2][:48]))
    widths = [max(len(str(r[i])) for r in table) for i in range(len(header))]
    for r in table:
        print('  '.join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())
    return 0


def main(argv):
    if len(argv) >= 2 and argv[0] == 'check':
        return check(argv[1:])
    if len(argv) == 3 and argv[0] == 'compare':
        return compare(argv[1], argv[2])
    print(__doc__.strip(), file=sys.stderr)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
