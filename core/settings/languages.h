#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;
class QTranslator;

namespace qm::languages {

// The console's languages: English (the source text) plus one quartermaster_<code>.qm per
// translation, embedded under :/i18n (translations/*.ts, compiled by the build).
inline constexpr const char *kEmbeddedDir = ":/i18n";

struct Language
{
    QString code; // "en", "de", "es", "fr"
    QString name; // in its own language: "English", "Deutsch", "Español", "Français"
};

// English first, then every quartermaster_<code>.qm in qmDir, sorted by code.
QList<Language> available(const QString &qmDir = QString::fromLatin1(kEmbeddedDir));

// The locale the console runs in for a language setting: the system's for an empty setting.
// QM_LANGUAGE in the environment overrides the setting (e.g. screenshots in every language).
QLocale effectiveLocale(const QString &setting);

struct Installed
{
    QString code; // the console's language as loaded ("en" when no translation applies)
    bool qtLoaded = false; // Qt's own strings (qtbase_<code>.qm) for the standard dialogs
    QList<QTranslator *> translators; // installed, owned by the application
};

// Installs the console's translation for the setting (empty: the system's language) and, for the
// same language, Qt's own qtbase_<code>.qm from QLibraryInfo's translations folder (Debian:
// qt6-translations-l10n), so that standard dialogs and buttons match. A language the console has
// no translation for runs in English throughout (no half-translated mix). An explicit choice also
// becomes the default QLocale (numbers and dates). Translators are owned by app.
Installed install(QCoreApplication &app, const QString &setting,
    const QString &qmDir = QString::fromLatin1(kEmbeddedDir));

// Removes and deletes what install() installed (tests switch languages in one process).
void uninstall(Installed &installed);

} // namespace qm::languages
