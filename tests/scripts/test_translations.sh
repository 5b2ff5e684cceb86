#!/usr/bin/env bash
# Every language in QM_LANGUAGES (app/quartermaster/CMakeLists.txt) has its
# translations/quartermaster_<code>.ts, with 0 unfinished entries (lupdate's "unfinished" and empty
# translations alike) and every translation keeping its source's %1/%n placeholders,
# &-accelerators, HTML tags, line breaks and trailing colon (translations/fill_ts.py --missing).
# Also checks that the checker itself catches a dropped placeholder, that lupdate would add no
# source to and drop none from the .ts files (English's plural-only one included), and, given
# QM_QMCTL, that qmctl's text follows QM_LANGUAGE while its --json output does not.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
langs=$(sed -n 's/^set(QM_LANGUAGES \(.*\))$/\1/p' "$ROOT/app/quartermaster/CMakeLists.txt")
[ -n "$langs" ] || { echo "FAIL: no set(QM_LANGUAGES ...) in app/quartermaster/CMakeLists.txt"; exit 1; }
fail=0
counts=""
for lang in $langs; do
  ts="$ROOT/translations/quartermaster_$lang.ts"
  if [ ! -f "$ts" ]; then
    echo "FAIL: $lang: $ts is missing (build the quartermaster_lupdate target)"; fail=1; continue
  fi
  n=$(grep -c '<source>' "$ts" || true)
  counts="$counts $n"
  if out=$(python3 "$ROOT/translations/fill_ts.py" "$ts" --missing 2>&1); then
    echo "ok: $lang: $n sources, $(echo "$out" | tail -1)"
  else
    echo "FAIL: $lang:"; echo "$out" | tail -20; fail=1
  fi
done
# Every language translates the same sources (a new, still empty .ts has 0 "unfinished" too).
if [ "$(echo $counts | tr ' ' '\n' | sort -u | wc -l)" -ne 1 ]; then
  echo "FAIL: the languages have different numbers of sources ($counts): run quartermaster_lupdate"
  fail=1
fi

# A count in the text is a %n plural, never "%1 item(s)": each language (English too) has its forms.
first=$(echo $langs | cut -d' ' -f1)
if bad=$(python3 - "$ROOT/translations/quartermaster_$first.ts" <<'PY'
import re, sys
import xml.etree.ElementTree as ET
for c in ET.parse(sys.argv[1]).getroot().iter('context'):
    for m in c.iter('message'):
        src = m.findtext('source') or ''
        if m.get('numerus') != 'yes' and re.search(r'\((s|es|ies)\)', src):
            print(f"  {c.findtext('name')}: {src!r}")
PY
) && [ -n "$bad" ]; then
  echo "FAIL: sources that count with \"(s)\" but are not %n plurals (tr(text, nullptr, n) with %n):"
  echo "$bad"; fail=1
fi

# The checker must fail on a translation that loses a placeholder.
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/t.ts" <<'TS'
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES"><context><name>x</name>
<message><source>Edit %1</source><translation>Editar</translation></message>
</context></TS>
TS
if python3 "$ROOT/translations/fill_ts.py" "$tmp/t.ts" --missing >/dev/null 2>&1; then
  echo "FAIL: fill_ts.py accepted a translation without its %1"; fail=1
fi

# A file-local helper such as `QString flowTr(const char *t) { return QCoreApplication::translate(
# "ctx", t); }` hides its literals from lupdate: every call must pass QT_TRANSLATE_NOOP("ctx", "...").
# (Five of the safety flow's messages and every refusal of the elevation gate were English in
# every language that way.)
if ! out=$(find "$ROOT/core" "$ROOT/models" "$ROOT/widgets" "$ROOT/app" -name '*.cpp' 2>/dev/null \
    | sort | xargs python3 "$ROOT/translations/trhelpers.py" --check); then
  echo "FAIL: translation helpers called with bare literals (run translations/trhelpers.py FILE to wrap them):"
  echo "$out" | sed "s|$ROOT/||" | head -20; fail=1
fi

# Every tr() source of core, models, widgets and app is in every .ts: lupdate (the same options as
# the quartermaster_lupdate target) into temporary copies must add nothing and drop nothing. A
# string added without running lupdate shows in English in every language.
lupdate=${QM_LUPDATE:-}
if [ -z "$lupdate" ]; then
  for c in "$(qtpaths6 --query QT_HOST_BINS 2>/dev/null)/lupdate" /usr/lib/qt6/bin/lupdate \
           "$(command -v lupdate6 || true)" "$(command -v lupdate || true)"; do
    [ -x "$c" ] && { lupdate=$c; break; }
  done
fi
if [ -z "$lupdate" ]; then
  echo "FAIL: no lupdate (Debian: qt6-l10n-tools; or set QM_LUPDATE)"; fail=1
else
  mkdir -p "$tmp/ts"
  (cd "$ROOT" && find core models widgets app -type f \( -name '*.cpp' -o -name '*.h' \) | sort |
     sed "s|^|$ROOT/|") > "$tmp/sources.lst"
  inc=(-I "$ROOT/core" -I "$ROOT/models" -I "$ROOT/widgets")
  fresh=()
  for lang in $langs; do
    [ -f "$ROOT/translations/quartermaster_$lang.ts" ] || continue
    cp "$ROOT/translations/quartermaster_$lang.ts" "$tmp/ts/"
    fresh+=("$tmp/ts/quartermaster_$lang.ts")
  done
  ok=1
  "$lupdate" -silent -no-obsolete -locations none "${inc[@]}" "@$tmp/sources.lst" -ts "${fresh[@]}" \
    >"$tmp/lupdate.log" 2>&1 || { echo "FAIL: lupdate failed:"; tail -5 "$tmp/lupdate.log"; ok=0; }
  en="$ROOT/translations/quartermaster_en.ts"
  if [ ! -f "$en" ]; then
    echo "FAIL: translations/quartermaster_en.ts (English plural forms) is missing"; fail=1
  else
    cp "$en" "$tmp/ts/"
    "$lupdate" -silent -pluralonly -no-obsolete -locations none -source-language en \
      -target-language en "${inc[@]}" "@$tmp/sources.lst" -ts "$tmp/ts/quartermaster_en.ts" \
      >>"$tmp/lupdate.log" 2>&1 || { echo "FAIL: lupdate -pluralonly failed"; ok=0; }
    fresh+=("$tmp/ts/quartermaster_en.ts")
    if out=$(python3 "$ROOT/translations/fill_ts.py" "$en" --missing 2>&1); then
      echo "ok: en (plural forms only): $(grep -c '<source>' "$en") sources, $(echo "$out" | tail -1)"
    else
      echo "FAIL: en:"; echo "$out" | tail -20; fail=1
    fi
  fi
  [ $ok = 1 ] || fail=1
  if [ $ok = 1 ]; then
    for new in "${fresh[@]}"; do
      name=$(basename "$new")
      if ! python3 - "$ROOT/translations/$name" "$new" <<'PY'
import sys
import xml.etree.ElementTree as ET

def entries(path):
    return {(c.findtext('name'), m.findtext('source'))
            for c in ET.parse(path).getroot().iter('context') for m in c.iter('message')}

old, new = entries(sys.argv[1]), entries(sys.argv[2])
added, gone = sorted(new - old), sorted(old - new)
name = sys.argv[1].rsplit('/', 1)[-1]
for ctx, src in added[:30]:
    print(f'  not in {name}: {ctx}: {src!r}')
if len(added) > 30:
    print(f'  ... and {len(added) - 30} more')
for ctx, src in gone[:10]:
    print(f'  no longer in the sources: {ctx}: {src!r}')
sys.exit(1 if added or gone else 0)
PY
      then
        echo "FAIL: $name is not up to date with the sources (listed above). Run"
        echo "  cmake --build build --target quartermaster_lupdate"
        echo "  then add the new strings to translations/<code>_table.py and run"
        echo "  translations/fill_ts.py translations/quartermaster_<code>.ts translations/<code>_table.py"
        fail=1
      fi
    done
    [ $fail = 1 ] || echo "ok: lupdate adds nothing to and drops nothing from the .ts files"
  fi
fi

# qmctl (when this build's is given, as ctest does): its text follows QM_LANGUAGE, with English
# plural forms; its --json output does not.
if [ -n "${QM_QMCTL:-}" ] && [ -x "$QM_QMCTL" ]; then
  printf 'name: broken\ntitle: Broken\nsteps: 3\n' > "$tmp/broken.yaml"
  export XDG_CONFIG_HOME="$tmp/config"
  de=$(QM_LANGUAGE=de "$QM_QMCTL" runbook plan "$tmp/broken.yaml" 2>&1 || true)
  en=$(QM_LANGUAGE=en "$QM_QMCTL" runbook plan "$tmp/broken.yaml" 2>&1 || true)
  js=$(QM_LANGUAGE=de "$QM_QMCTL" runbook plan --json "$tmp/broken.yaml" 2>&1 || true)
  if ! grep -q 'nichts lief' <<<"$de"; then
    echo "FAIL: qmctl with QM_LANGUAGE=de printed no German:"; echo "$de" | tail -3; fail=1
  elif ! grep -q 'the runbook has 1 error; nothing ran' <<<"$en"; then
    echo "FAIL: qmctl in English did not use the plural form:"; echo "$en" | tail -3; fail=1
  elif ! grep -q '"result": *"invalid"' <<<"$js" || ! grep -q '"errors"' <<<"$js"; then
    echo "FAIL: qmctl --json with QM_LANGUAGE=de changed its keys or values:"; echo "$js"; fail=1
  else
    echo "ok: qmctl speaks German with QM_LANGUAGE=de, English plurals, and keeps --json keys"
  fi
fi
exit $fail
