#include "profilestore.h"

#include "common/logging.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <algorithm>

namespace qm {

namespace {

Error ioError(const QString &message, const QString &detail)
{
    Error e;
    e.code = Error::Code::Io;
    e.message = message;
    e.detail = detail;
    return e;
}

// A file name that any file system accepts and that still reads like the profile's name.
QString slug(const QString &name)
{
    QString out;
    for (const QChar c : name.trimmed()) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.')
            out.append(c);
        else
            out.append(u'_');
    }
    if (out.isEmpty() || out.startsWith(u'.'))
        out.prepend(u'p');
    return out;
}

} // namespace

ProfileStore::ProfileStore(QString directory)
    : m_dir(directory.isEmpty() ? defaultDirectory() : std::move(directory))
{ }

QString ProfileStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/profiles");
}

QString ProfileStore::fileFor(const QString &profileName) const
{
    return m_dir + u'/' + slug(profileName) + QStringLiteral(".json");
}

QList<Profile> ProfileStore::loadAll(QStringList *problems) const
{
    QList<Profile> out;
    const QDir dir(m_dir);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        auto p = importFile(dir.filePath(f));
        if (p)
            out.append(p.value());
        else if (problems)
            problems->append(p.error().toString());
    }
    std::sort(out.begin(), out.end(), [](const Profile &a, const Profile &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return out;
}

Result<Profile> ProfileStore::load(const QString &name) const
{
    const QString path = fileFor(name);
    if (!QFile::exists(path)) {
        Error e;
        e.code = Error::Code::NotFound;
        e.message = tr("There is no profile named \"%1\".").arg(name);
        e.detail = path;
        return e;
    }
    return importFile(path);
}

bool ProfileStore::contains(const QString &name) const
{
    return QFile::exists(fileFor(name));
}

Status ProfileStore::save(const Profile &profile, const QString &previousName)
{
    if (profile.name.trimmed().isEmpty())
        return ioError(tr("A profile needs a name before it can be saved."), {});
    if (!QDir().mkpath(m_dir))
        return ioError(tr("Could not create the profile folder %1.").arg(m_dir), m_dir);
    const Status written = exportFile(profile, fileFor(profile.name));
    if (!written)
        return written;
    if (!previousName.isEmpty() && fileFor(previousName) != fileFor(profile.name))
        QFile::remove(fileFor(previousName));
    qCInfo(lcProfiles) << "saved profile" << profile.name << "to" << fileFor(profile.name);
    return Done {};
}

Status ProfileStore::remove(const QString &name)
{
    const QString path = fileFor(name);
    if (QFile::exists(path) && !QFile::remove(path))
        return ioError(tr("Could not delete the profile file %1.").arg(path), path);
    return Done {};
}

Result<Profile> ProfileStore::importFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return ioError(tr("Could not read the profile %1: %2.").arg(path, f.errorString()), path);
    auto p = Profile::fromJsonBytes(f.read(1024 * 1024));
    if (!p) {
        Error e = p.error();
        e.detail = path;
        return e;
    }
    return p;
}

Status ProfileStore::exportFile(const Profile &profile, const QString &path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return ioError(tr("Could not write %1: %2.").arg(path, f.errorString()), path);
    f.write(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return ioError(tr("Could not write %1: %2.").arg(path, f.errorString()), path);
    return Done {};
}

} // namespace qm
