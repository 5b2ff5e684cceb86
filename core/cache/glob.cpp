#include "cache/glob.h"

#include <utility>

namespace qm::cache {

namespace {

// Mirrors stringmatchlen_impl of Redis 7.0 (src/util.c). Redis reads one byte past the end of
// its NUL-terminated sds strings in a few places; at() returns that terminating 0 instead.
// `char` is signed on the platforms Redis ships for, so byte ranges compare signed values.
inline int sc(char c)
{
    return static_cast<signed char>(c);
}

int foldCase(int c)
{
    // tolower() on a signed char value: Redis passes (int)char, negative for bytes >= 0x80;
    // glibc's tolower leaves values outside 0..255 (and non-letters) unchanged.
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 'a';
    return c;
}

bool matchImpl(const char *pattern, qsizetype patternLen, const char *string, qsizetype stringLen,
    bool nocase, bool *skipLongerMatches)
{
    auto pat = [&](qsizetype i) -> char { return i < patternLen ? pattern[i] : '\0'; };
    while (patternLen && stringLen) {
        switch (pattern[0]) {
        case '*':
            while (patternLen && pat(1) == '*') {
                ++pattern;
                --patternLen;
            }
            if (patternLen == 1)
                return true;
            while (stringLen) {
                if (matchImpl(
                        pattern + 1, patternLen - 1, string, stringLen, nocase, skipLongerMatches))
                    return true;
                if (*skipLongerMatches)
                    return false;
                ++string;
                --stringLen;
            }
            // No match for the rest of the pattern anywhere in the rest of the string: an
            // earlier '*' cannot help either (Redis' guard against exponential patterns).
            *skipLongerMatches = true;
            return false;
        case '?':
            ++string;
            --stringLen;
            break;
        case '[': {
            ++pattern;
            --patternLen;
            const bool negate = pat(0) == '^';
            if (negate) {
                ++pattern;
                --patternLen;
            }
            bool match = false;
            while (true) {
                if (pat(0) == '\\' && patternLen >= 2) {
                    ++pattern;
                    --patternLen;
                    if (pattern[0] == string[0])
                        match = true;
                } else if (pat(0) == ']') {
                    break;
                } else if (patternLen == 0) {
                    --pattern;
                    ++patternLen;
                    break;
                } else if (patternLen >= 3 && pattern[1] == '-') {
                    int start = sc(pattern[0]);
                    int end = sc(pattern[2]);
                    int c = sc(string[0]);
                    if (start > end)
                        std::swap(start, end);
                    if (nocase) {
                        start = foldCase(start);
                        end = foldCase(end);
                        c = foldCase(c);
                    }
                    pattern += 2;
                    patternLen -= 2;
                    if (c >= start && c <= end)
                        match = true;
                } else if (!nocase) {
                    if (pattern[0] == string[0])
                        match = true;
                } else if (foldCase(sc(pattern[0])) == foldCase(sc(string[0]))) {
                    match = true;
                }
                ++pattern;
                --patternLen;
            }
            if (negate)
                match = !match;
            if (!match)
                return false;
            ++string;
            --stringLen;
            break;
        }
        case '\\':
            if (patternLen >= 2) {
                ++pattern;
                --patternLen;
            }
            [[fallthrough]];
        default:
            if (!nocase) {
                if (pattern[0] != string[0])
                    return false;
            } else if (foldCase(sc(pattern[0])) != foldCase(sc(string[0]))) {
                return false;
            }
            ++string;
            --stringLen;
            break;
        }
        ++pattern;
        --patternLen;
        if (stringLen == 0) {
            while (patternLen > 0 && pattern[0] == '*') {
                ++pattern;
                --patternLen;
            }
            break;
        }
    }
    return patternLen == 0 && stringLen == 0;
}

} // namespace

bool globMatch(QByteArrayView pattern, QByteArrayView key, bool nocase)
{
    // SCAN and KEYS skip matching for the pattern "*" (stringmatchlen("*", "") would say no).
    if (pattern.size() == 1 && pattern[0] == '*')
        return true;
    bool skipLongerMatches = false;
    return matchImpl(
        pattern.data(), pattern.size(), key.data(), key.size(), nocase, &skipLongerMatches);
}

QByteArray globEscape(QByteArrayView literal)
{
    QByteArray out;
    out.reserve(literal.size() + 8);
    for (char c : literal) {
        if (c == '*' || c == '?' || c == '[' || c == ']' || c == '\\')
            out.append('\\');
        out.append(c);
    }
    return out;
}

QByteArray globLiteralPrefix(QByteArrayView pattern)
{
    QByteArray out;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '*' || c == '?' || c == '[')
            break;
        if (c == '\\' && i + 1 < pattern.size())
            ++i;
        out.append(pattern[i]);
    }
    return out;
}

bool globIsLiteral(QByteArrayView pattern)
{
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '*' || c == '?' || c == '[')
            return false;
        if (c == '\\')
            ++i;
    }
    return true;
}

qsizetype globDubiousAt(QByteArrayView pattern)
{
    const qsizetype n = pattern.size();
    qsizetype i = 0;
    while (i < n) {
        if (pattern[i] == '\\') {
            if (i + 1 == n)
                return i;
            i += 2;
        } else if (pattern[i] == '[') {
            qsizetype j = i + 1;
            if (j < n && pattern[j] == '^')
                ++j;
            while (j < n && pattern[j] != ']')
                j += pattern[j] == '\\' ? 2 : 1;
            if (j >= n)
                return i;
            i = j + 1;
        } else {
            ++i;
        }
    }
    return -1;
}

bool globMayOverlap(QByteArrayView pattern, QByteArrayView other)
{
    // Two globs can only share a key if their literal prefixes agree on their common length.
    // (Conservative: ignores everything after the first metacharacter.)
    const QByteArray a = globLiteralPrefix(pattern);
    const QByteArray b = globLiteralPrefix(other);
    const qsizetype n = qMin(a.size(), b.size());
    if (a.left(n) != b.left(n))
        return false;
    // A fully literal pattern overlaps only if the other glob matches it.
    if (globIsLiteral(pattern))
        return globMatch(other, a);
    if (globIsLiteral(other))
        return globMatch(pattern, b);
    return true;
}

} // namespace qm::cache
