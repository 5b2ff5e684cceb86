#!/usr/bin/env python3
"""Wrap the string literals passed to file-local translate helpers in QT_TRANSLATE_NOOP so lupdate sees them.
Usage: translations/trhelpers.py [--check] FILE...   (--check: print offending calls, exit 1)"""
import re, sys
HELPER = re.compile(r'QString\s+(\w+)\s*\(\s*const char\s*\*\s*(\w+)\s*\)\s*\{\s*return\s+QCoreApplication::translate\(\s*"([^"]+)"\s*,\s*\2\s*\)\s*;', re.S)
LIT = r'"(?:[^"\\]|\\.)*"'
check = '--check' in sys.argv
files = [a for a in sys.argv[1:] if a != '--check']
bad = 0
for f in files:
    s = open(f, encoding='utf-8').read()
    helpers = [(m.group(1), m.group(3)) for m in HELPER.finditer(s) if m.group(1) != 'tr']
    if not helpers:
        continue
    orig = s
    for name, ctx in helpers:
        pat = re.compile(r'\b' + name + r'\(\s*(' + LIT + r'(?:\s*' + LIT + r')*)')
        if check:
            for m in pat.finditer(s):
                line = s.count('\n', 0, m.start()) + 1
                print(f'{f}:{line}: {name}({m.group(1)[:60]}…) is invisible to lupdate: wrap it in QT_TRANSLATE_NOOP("{ctx}", …)')
                bad += 1
        else:
            s = pat.sub(lambda m: f'{name}(QT_TRANSLATE_NOOP("{ctx}", {m.group(1)})', s)
    if not check and s != orig:
        open(f, 'w', encoding='utf-8').write(s)
        print('wrapped', f)
sys.exit(1 if bad else 0)
