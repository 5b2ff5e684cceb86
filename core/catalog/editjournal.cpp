#include "catalog/editjournal.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent>

namespace qm::catalog {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("qm::catalog::EditJournal", s);
}
constexpr int kFormat = 1;
} // namespace

EditJournal::EditJournal(QString path)
    : m_path(std::move(path))
{
    m_thread.setMaxThreadCount(1);
}

EditJournal::~EditJournal()
{
    flush();
}

QString EditJournal::defaultPath(const QString &profileName)
{
    QString safe = profileName;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    if (safe.isEmpty())
        safe = QStringLiteral("default");
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/pending-edits/") + safe + QStringLiteral(".json");
}

void EditJournal::save(const QVector<PendingEdit> &edits)
{
    QMutexLocker lock(&m_mutex);
    m_next = edits;
    m_dirty = true;
    if (m_scheduled)
        return; // the running writer picks up the newest snapshot
    m_scheduled = true;
    m_thread.start([this] { drain(); });
}

void EditJournal::drain()
{
    for (;;) {
        QVector<PendingEdit> snapshot;
        {
            QMutexLocker lock(&m_mutex);
            if (!m_dirty) {
                m_scheduled = false;
                return;
            }
            snapshot = m_next;
            m_dirty = false;
        }
        const Status s = write(m_path, snapshot);
        if (!s.ok())
            qCWarning(lcCatalog).noquote() << s.error().toString();
    }
}

void EditJournal::flush()
{
    m_thread.waitForDone();
}

Status EditJournal::write(const QString &path, const QVector<PendingEdit> &edits)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (edits.isEmpty()) {
        if (QFile::exists(path) && !QFile::remove(path))
            return Error {Error::Code::Io,
                tr("Cannot remove the applied edits' journal %1.").arg(path), {}, {}};
        return Done {};
    }
    QJsonArray list;
    for (const PendingEdit &e : edits)
        list.append(e.toJson());
    const QJsonObject doc {{QStringLiteral("format"), kFormat},
        {QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("edits"), list}};
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error {Error::Code::Io,
            tr("Cannot write the pending edits to %1: %2").arg(path, f.errorString()), {}, {}};
    f.write(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return Error {Error::Code::Io,
            tr("Cannot save the pending edits to %1: %2").arg(path, f.errorString()), {}, {}};
    return Done {};
}

Result<QVector<PendingEdit>> EditJournal::read(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return QVector<PendingEdit> {};
    if (!f.open(QIODevice::ReadOnly))
        return Error {Error::Code::Io,
            tr("Cannot read the pending edits in %1: %2").arg(path, f.errorString()), {}, {}};
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error {Error::Code::Io,
            tr("The pending edits in %1 are damaged (%2); the file was left as it is.")
                .arg(path, err.errorString()),
            {}, {}};
    QVector<PendingEdit> out;
    for (const QJsonValue &v : doc.object().value(QLatin1String("edits")).toArray()) {
        PendingEdit e = PendingEdit::fromJson(v.toObject());
        if (e.productId > 0 && !e.changes.isEmpty())
            out.push_back(std::move(e));
    }
    return out;
}

QFuture<Result<QVector<PendingEdit>>> EditJournal::load() const
{
    const QString path = m_path;
    return QtConcurrent::run(&m_thread, [path] { return read(path); });
}

} // namespace qm::catalog
