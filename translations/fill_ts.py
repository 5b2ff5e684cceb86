#!/usr/bin/env python3
"""Fills unfinished entries of a Qt Linguist .ts file from translation tables.

    translations/fill_ts.py quartermaster_de.ts TABLE.py [TABLE.py...]   fill, report what is left
    translations/fill_ts.py quartermaster_de.ts --missing                list unfinished sources

A TABLE.py defines T = {source: translation} (a list of forms for %n plurals). Entries are matched
by source text in any context; existing finished translations are kept. Exit code 1 while some
entry is still unfinished, so the check can run in CI.

Every translation (from a table, and every finished one already in the file) must keep its source's
markers: %1..%99 / %L1 / %n (as a multiset, order may change), the number of &-accelerators, HTML
tags, line breaks, and a trailing colon. A mismatch is printed and makes the run fail (exit 2); a
table with a mismatch writes nothing.
"""
import re
import runpy
import sys
import xml.etree.ElementTree as ET

HTML_TAGS = ('a|b|big|br|center|code|div|em|font|h[1-6]|hr|html|i|img|li|nobr|ol|p|pre|qt|s|small|'
             'span|strong|sub|sup|table|td|th|tr|tt|u|ul')
TAG_RE = re.compile(r'</?(?:%s)\b[^<>]*>' % HTML_TAGS, re.IGNORECASE)
ARG_RE = re.compile(r'%L?(?:\d{1,2}|n)')
# An accelerator is a single & before a character; && is a literal ampersand, &name; an entity.
ACCEL_RE = re.compile(r'(?<!&)&(?!&|\s|[A-Za-z]+;|#\d+;)')


def markers(text):
    text = text.replace('&&', '')
    return {
        'placeholders': sorted(ARG_RE.findall(text)),
        '&-accelerators': len(ACCEL_RE.findall(text)),
        'HTML tags': sorted(t.lower().split()[0].rstrip('>') for t in TAG_RE.findall(text)),
        'line breaks': text.count('\n'),
        'trailing colon': text.rstrip().endswith(':'),
    }


def mismatch(source, translation):
    """The first marker that differs between source and translation, as a message, or None."""
    want, got = markers(source), markers(translation)
    for key in want:
        if want[key] != got[key]:
            return f'{key}: source has {want[key]!r}, translation has {got[key]!r}'
    return None


def unfinished(tr):
    return tr is None or tr.get('type') in ('unfinished', 'obsolete', 'vanished') or not (
        (tr.text or '').strip() or any((f.text or '').strip() for f in tr.iter('numerusform')))


def escape(text):
    return (text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;').replace("'", '&apos;'))


def serialize(elem, depth=-1):
    """The element as lupdate writes it (contexts at column 0, 4 spaces a level, &quot; and &apos;),
    so that lupdate and this script rewrite the same file without reformatting each other's."""
    attrs = ''.join(f' {k}="{escape(v)}"' for k, v in elem.attrib.items())
    pad = '    ' * max(depth, 0)
    children = list(elem)
    if not children:
        return f'{pad}<{elem.tag}{attrs}>{escape(elem.text or "")}</{elem.tag}>\n'
    head = f'{pad}<{elem.tag}{attrs}>\n'
    return head + ''.join(serialize(c, depth + 1) for c in children) + f'{pad}</{elem.tag}>\n'


def main():
    path = sys.argv[1]
    table = {}
    for extra in sys.argv[2:]:
        if extra != '--missing':
            table.update(runpy.run_path(extra)['T'])
    tree = ET.parse(path)
    missing = 0
    bad = 0

    def check(name, src, forms):
        nonlocal bad
        for form in forms:
            why = mismatch(src, form)
            if why:
                bad += 1
                print(f'MISMATCH {name}\t{src!r} -> {form!r}: {why}', file=sys.stderr)

    for ctx in tree.getroot().iter('context'):
        name = ctx.find('name').text
        for msg in ctx.iter('message'):
            tr = msg.find('translation')
            src = msg.find('source').text or ''
            if not unfinished(tr):
                forms = [f.text or '' for f in tr.iter('numerusform')] or [tr.text or '']
                check(name, src, forms)
                continue
            value = table.get(src)
            if value is None:
                missing += 1
                print(f'{name}\t{"P" if msg.get("numerus") == "yes" else "-"}\t{src!r}')
                continue
            if tr is None:
                tr = ET.SubElement(msg, 'translation')
            tr.attrib.pop('type', None)
            for child in list(tr):
                tr.remove(child)
            check(name, src, value if isinstance(value, list) else [value])
            if msg.get('numerus') == 'yes':
                forms = value if isinstance(value, list) else [value, value]
                tr.text = None
                for form in forms:
                    ET.SubElement(tr, 'numerusform').text = form
            else:
                tr.text = value[-1] if isinstance(value, list) else value
    if bad:
        print(f'{bad} translations do not keep their source\'s markers', file=sys.stderr)
        return 2
    if len(sys.argv) > 2 and '--missing' not in sys.argv:
        with open(path, 'w', encoding='utf-8') as out:
            out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            out.write(serialize(tree.getroot()))
    print(f'{missing} unfinished', file=sys.stderr)
    return 1 if missing else 0


if __name__ == '__main__':
    sys.exit(main())
