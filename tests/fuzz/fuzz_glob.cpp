// libFuzzer harness for Redis glob patterns (core/cache/glob), which decide what a purge deletes
// and whether it may reach a protected namespace. Input: pattern NUL key.
//
// Oracles, beyond "no crash, no sanitizer report" (and no runaway time on `*` storms):
// - globEscape(x) matches x and nothing else that differs from x in one byte;
// - every key that matches the pattern starts with globLiteralPrefix(pattern) (when the pattern
//   has no unclosed class, whose meaning Redis bends);
// - globMayOverlap is conservative: if the key matches both the pattern and the protected glob
//   "session:*", the overlap test must say true (the purge would otherwise delete sessions);
// - a literal pattern matches exactly itself.
//
//   scripts/fuzz glob [seconds]
#include "cache/glob.h"

#include <cstdint>
#include <cstdlib>

using namespace qm::cache;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray all(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype cut = all.indexOf('\0');
    const QByteArray pattern = cut < 0 ? all : all.left(cut);
    const QByteArray key = cut < 0 ? QByteArray() : all.mid(cut + 1);
    if (pattern.size() > 256 || key.size() > 256)
        return 0;

    const bool matches = globMatch(pattern, key);
    (void)globMatch(pattern, key, true);

    const QByteArray escaped = globEscape(key);
    if (!globMatch(escaped, key) || !globIsLiteral(escaped))
        abort();
    if (!key.isEmpty()) {
        QByteArray other = key;
        other[0] = char(other[0] ^ 1);
        if (globMatch(escaped, other))
            abort();
    }

    if (globDubiousAt(pattern) < 0 && matches && !key.startsWith(globLiteralPrefix(pattern)))
        abort();

    static const QByteArray sessions("session:*");
    if (matches && globMatch(sessions, key) && !globMayOverlap(pattern, sessions))
        abort();

    if (globIsLiteral(pattern) && globDubiousAt(pattern) < 0) {
        // A literal pattern names one key: itself, unescaped.
        if (matches != (key == globLiteralPrefix(pattern)))
            abort();
    }
    return 0;
}
