#!/usr/bin/env python3
"""Fills unfinished entries of a Qt Linguist .ts file from translation tables.

    translations/fill_ts.py quartermaster_de.ts TABLE.py [TABLE.py...]   fill, report what is left
    translations/fill_ts.py quartermaster_de.ts --missing                list unfinished sources

A TABLE.py defines T = {source: translation} (a list of forms for %n plurals). Entries are matched
by source text in any context; existing finished translations are kept. Exit code 1 while some
entry is still unfinished, so the check can run in CI.
"""
import runpy
import sys
import xml.etree.ElementTree as ET


def unfinished(tr):
    return tr is None or tr.get('type') in ('unfinished', 'obsolete', 'vanished') or not (
        (tr.text or '').strip() or any((f.text or '').strip() for f in tr.iter('numerusform')))


def main():
    path = sys.argv[1]
    table = {}
    for extra in sys.argv[2:]:
        if extra != '--missing':
            table.update(runpy.run_path(extra)['T'])
    tree = ET.parse(path)
    missing = 0
    for ctx in tree.getroot().iter('context'):
        name = ctx.find('name').text
        for msg in ctx.iter('message'):
            tr = msg.find('translation')
            if not unfinished(tr):
                continue
            src = msg.find('source').text or ''
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
            if msg.get('numerus') == 'yes':
                forms = value if isinstance(value, list) else [value, value]
                tr.text = None
                for form in forms:
                    ET.SubElement(tr, 'numerusform').text = form
            else:
                tr.text = value[-1] if isinstance(value, list) else value
    if len(sys.argv) > 2 and '--missing' not in sys.argv:
        with open(path, 'w', encoding='utf-8') as out:
            out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            ET.indent(tree, space='    ')
            out.write(ET.tostring(tree.getroot(), encoding='unicode'))
            out.write('\n')
    print(f'{missing} unfinished', file=sys.stderr)
    return 1 if missing else 0


if __name__ == '__main__':
    sys.exit(main())
