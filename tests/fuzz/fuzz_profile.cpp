// libFuzzer harness for profile files (Profile::fromJsonBytes: the JSON a user imports or the
// sandbox writes). Oracles, beyond "no crash, no sanitizer report": a profile that parses
// saves to a form that loads back to the same saved form, its JSON never carries a
// password in a URL, and validate() answers without crashing.
//
//   scripts/fuzz profile [seconds]
#include "profiles/profile.h"

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
    // "scheme://user:secret@host" must not survive into the saved form.
    static const QRegularExpression secretInUrl(QStringLiteral(R"(://[^/@\s"]*:[^/@\s"]*@)"));
    if (secretInUrl.match(QString::fromUtf8(text)).hasMatch())
        abort();
    return 0;
}
