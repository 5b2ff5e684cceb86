#include "languages.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTranslator>

namespace qm::languages {

namespace {

QString nativeName(const QString &code)
{
    // CLDR names some languages by their main country ("español de España"): the console's own
    // languages by the plain name, any other by Qt's.
    static const QHash<QString, QString> known {{QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("fr"), QStringLiteral("Français")}};
    if (const auto it = known.constFind(code); it != known.constEnd())
        return *it;
    QString name = QLocale(code).nativeLanguageName();
    if (name.isEmpty())
        return code;
    return name.left(1).toUpper() + name.mid(1); // "italiano" -> "Italiano"
}

} // namespace

QList<Language> available(const QString &qmDir)
{
    QList<Language> out {{QStringLiteral("en"), QStringLiteral("English")}};
    static const QRegularExpression file(
        QStringLiteral("^quartermaster_([a-z]{2,3}(?:_[A-Z]{2})?)\\.qm$"));
    QStringList codes;
    for (const QString &name :
        QDir(qmDir).entryList({QStringLiteral("quartermaster_*.qm")}, QDir::Files)) {
        const auto m = file.match(name);
        // quartermaster_en.qm holds only English plural forms: English is listed first already.
        if (m.hasMatch() && m.captured(1) != QLatin1String("en"))
            codes << m.captured(1);
    }
    codes.sort();
    for (const QString &code : codes)
        out.append({code, nativeName(code)});
    return out;
}

QLocale effectiveLocale(const QString &setting)
{
    const QString forced = qEnvironmentVariable("QM_LANGUAGE");
    const QString code = forced.isEmpty() ? setting : forced;
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

namespace {

// English is the source text; quartermaster_en.qm gives its %n plurals their forms ("1 new order",
// "3 new orders" for "%n new order(s)"). Installed for English and for any language the console has
// no translation for (which runs in English).
void installEnglishPlurals(QCoreApplication &app, const QString &qmDir, Installed &result)
{
    auto *en = new QTranslator(&app);
    if (!en->load(QStringLiteral("quartermaster_en"), qmDir)) {
        delete en;
        return;
    }
    QCoreApplication::installTranslator(en);
    result.translators.append(en);
}

} // namespace

Installed install(QCoreApplication &app, const QString &setting, const QString &qmDir)
{
    Installed result;
    result.code = QStringLiteral("en");
    const QLocale locale = effectiveLocale(setting);
    if (!setting.isEmpty() || !qEnvironmentVariableIsEmpty("QM_LANGUAGE"))
        QLocale::setDefault(locale);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        installEnglishPlurals(app, qmDir, result); // the source text; no Qt translation either
        return result;
    }

    auto *ours = new QTranslator(&app);
    if (!ours->load(locale, QStringLiteral("quartermaster"), QStringLiteral("_"), qmDir)
        || QLocale(ours->language()).language() == QLocale::English) {
        delete ours;
        installEnglishPlurals(app, qmDir, result);
        return result;
    }
    QCoreApplication::installTranslator(ours);
    result.translators.append(ours);
    // The language the file was made for ("es_ES" -> "es"): Qt's strings follow it.
    const QLocale loaded(ours->language().isEmpty() ? locale.name() : ours->language());
    result.code = QLocale::languageToCode(loaded.language());

    // Installed Qt (Debian) first, then a translations folder next to the executable (a Windows or
    // macOS bundle deployed with windeployqt/macdeployqt).
    const QStringList dirs {QLibraryInfo::path(QLibraryInfo::TranslationsPath),
        QCoreApplication::applicationDirPath() + QStringLiteral("/translations")};
    for (const QString &dir : dirs) {
        auto *qt = new QTranslator(&app);
        if (qt->load(loaded, QStringLiteral("qtbase"), QStringLiteral("_"), dir)) {
            QCoreApplication::installTranslator(qt);
            result.translators.append(qt);
            result.qtLoaded = true;
            break;
        }
        delete qt;
    }
    return result;
}

void uninstall(Installed &installed)
{
    for (QTranslator *t : std::as_const(installed.translators)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installed.translators.clear();
}

} // namespace qm::languages
