#pragma once
// The console's translations compiled for a test: every translations/quartermaster_<code>.ts run
// through lrelease into dir, the way the build embeds them.

#include <QDir>
#include <QLibraryInfo>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace qmtest {

// The codes compiled ("de", "es", ...); empty when a file is missing or lrelease failed.
inline QStringList compileTranslations(const QString &dir)
{
    QStringList codes;
    if (!QDir().mkpath(dir))
        return {};
    const QString lrelease
        = QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lrelease");
    const QDir ts(QStringLiteral(QM_SOURCE_DIR "/translations"));
    const QStringList files = ts.entryList({QStringLiteral("quartermaster_*.ts")}, QDir::Files);
    for (const QString &f : files) {
        QString code = f;
        code.remove(QStringLiteral("quartermaster_")).remove(QStringLiteral(".ts"));
        const QString qm = dir + QStringLiteral("/quartermaster_") + code + QStringLiteral(".qm");
        if (QProcess::execute(
                lrelease, {ts.filePath(f), QStringLiteral("-silent"), QStringLiteral("-qm"), qm})
            != 0)
            return {};
        codes << code;
    }
    return codes;
}

} // namespace qmtest
