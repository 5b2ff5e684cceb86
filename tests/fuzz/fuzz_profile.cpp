// libFuzzer harness for profile files (Profile::fromJsonBytes: the JSON a user imports or the
// sandbox writes). Oracles, beyond "no crash, no sanitizer report": a profile that parses
// saves to a form that loads back to the same saved form, its JSON never carries a
// password in a URL, and validate() answers without crashing.
//
//   scripts/fuzz profile [seconds]
#include "profiles/profile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = qm::Profile::fromJsonBytes(bytes);
    if (!parsed) {
        if (parsed.error().message.isEmpty())
            abort(); // a refusal says why
        return 0;
    }
    (void)parsed->validate();
    const QJsonObject json = parsed->toJson();
    const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
    // The saved form is a fixed point: loading it and saving again gives the same text (what a
    // save drops, such as a password in a URL, is dropped once).
    const auto again = qm::Profile::fromJsonBytes(text);
    const QByteArray twice
        = again ? QJsonDocument(again->toJson()).toJson(QJsonDocument::Compact) : QByteArray();
    if (twice != text) {
        std::fprintf(stderr, "saved:   %s\nreloaded: %s\n%s\n", text.constData(), twice.constData(),
            again ? "" : qPrintable(again.error().message));
        abort();
    }
    // "scheme://user:secret@host" must not survive into a saved URL (the URL fields only: a profile
    // may be named anything, even text that looks like a URL).
    static const QRegularExpression secretInUrl(QStringLiteral(R"(://[^/@\s"]*:[^/@\s"]*@)"));
    for (const QJsonValue &v : {json.value(QStringLiteral("patroni")),
             json.value(QStringLiteral("varnish")), json.value(QStringLiteral("prometheus"))}) {
        const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray())
            : v.isObject()                    ? QJsonDocument(v.toObject())
                                              : QJsonDocument();
        const QString saved
            = v.isString() ? v.toString() : QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
        if (secretInUrl.match(saved).hasMatch()) {
            std::fprintf(stderr, "a password survived in %s\n", qPrintable(saved));
            abort();
        }
    }
    return 0;
}
