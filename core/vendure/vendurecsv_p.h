#pragma once
// What the Vendure CSV exporter (vendureexport.cpp) and importer (vendureimport.cpp) share: their
// threads and the Admin API read from a worker thread (vendurecsvadmin.cpp). Private to
// core/vendure.

#include "backend/backend.h"
#include "common/result.h"
#include "vendure/adminclient.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <memory>

class QThreadPool;

namespace qm::vendure::csvapi {

constexpr int kReadChunk = 100; // variants per Admin API read

// The import's and export's own threads: they wait for the Admin API and the database in turn
// (never on the GUI thread) and must not starve the global pool, where the Admin client reads
// its passfile.
QThreadPool *csvPool();

// The Admin API for a worker thread: a client of its own on that thread, each call waited for
// with a local event loop.
class SyncAdmin
{
public:
    explicit SyncAdmin(const VendureSettings &settings);
    ~SyncAdmin();

    Result<QJsonObject> call(
        const QString &document, const QJsonObject &variables, const QString &what);

private:
    std::unique_ptr<AdminClient> m_client;
};

// Translated in the importer's context (qm::vendure::VendureCsvImporter).
QString tri(const char *text);

struct Channel
{
    QString language; // default
    QString currency;
    QStringList otherLanguages; // offered besides the default, in the channel's order
};

Result<Channel> readChannel(SyncAdmin &admin);

// A variant as the Admin API has it: what the plan saw, what a batch compares with.
struct ApiVariant
{
    QString id;
    QString sku;
    qint64 price = 0;
    QString currency;
    QString updatedAt; // as Vendure sent it (compared as text)
    QHash<QString, QString> names; // languageCode -> name
};

// Reads variants by id, kReadChunk at a time; absent ids are absent from the map.
Result<QHash<QString, ApiVariant>> readVariants(SyncAdmin &admin, const QStringList &ids);

} // namespace qm::vendure::csvapi
