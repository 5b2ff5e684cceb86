// The Admin API as the Vendure CSV export and import read it from their worker threads
// (vendurecsv_p.h).

#include "common/awaitfuture.h"
#include "vendure/vendurecsv_p.h"

#include <QJsonArray>
#include <QThreadPool>

namespace qm::vendure::csvapi {

namespace {

AdminConfig adminConfigOf(const VendureSettings &s)
{
    AdminConfig c;
    c.adminApi = QUrl(s.adminApi);
    c.shopApi = QUrl(s.shopApi);
    if (!s.user.isEmpty())
        c.user = s.user;
    c.passfile = s.passfile;
    return c;
}

} // namespace

QThreadPool *csvPool()
{
    static QThreadPool pool;
    pool.setMaxThreadCount(2);
    return &pool;
}

SyncAdmin::SyncAdmin(const VendureSettings &settings)
    : m_client(std::make_unique<AdminClient>(adminConfigOf(settings)))
{ }

SyncAdmin::~SyncAdmin() = default;

Result<QJsonObject> SyncAdmin::call(
    const QString &document, const QJsonObject &variables, const QString &what)
{
    QFuture<Result<QJsonObject>> f = m_client->execute(document, variables, what);
    // The Admin client's own request timeout finishes the future; the bound here only matters
    // when the console shuts down under a running import (common/awaitfuture.h).
    if (!awaitFuture(f, 30 * 60 * 1000) || f.resultCount() == 0) {
        return Error {Error::Code::Cancelled,
            QCoreApplication::translate(
                "qm::vendure::VendureCsvImporter", "The Vendure Admin API call was cancelled."),
            {}, {}};
    }
    return f.result();
}

QString tri(const char *text)
{
    return QCoreApplication::translate("qm::vendure::VendureCsvImporter", text);
}

Result<Channel> readChannel(SyncAdmin &admin)
{
    const Result<QJsonObject> r = admin.call(
        QStringLiteral("query QmCsvChannel { activeChannel { defaultLanguageCode "
                       "defaultCurrencyCode availableLanguageCodes } }"),
        {}, tri(QT_TRANSLATE_NOOP("qm::vendure::VendureCsvImporter", "read the default channel")));
    if (!r)
        return r.error();
    const QJsonObject c = r->value(QStringLiteral("activeChannel")).toObject();
    Channel out;
    out.language = c.value(QStringLiteral("defaultLanguageCode")).toString();
    out.currency = c.value(QStringLiteral("defaultCurrencyCode")).toString();
    for (const QJsonValue &l : c.value(QStringLiteral("availableLanguageCodes")).toArray()) {
        const QString code = l.toString();
        if (!code.isEmpty() && code != out.language && !out.otherLanguages.contains(code))
            out.otherLanguages << code;
    }
    return out;
}

Result<QHash<QString, ApiVariant>> readVariants(SyncAdmin &admin, const QStringList &ids)
{
    QHash<QString, ApiVariant> out;
    for (qsizetype at = 0; at < ids.size(); at += kReadChunk) {
        const QStringList chunk = ids.mid(at, kReadChunk);
        const Result<QJsonObject> r = admin.call(
            QStringLiteral("query QmCsvVariants($ids: [String!]!, $take: Int!) { "
                           "productVariants(options: {filter: {id: {in: $ids}}, take: $take}) { "
                           "items { id sku price currencyCode updatedAt "
                           "translations { languageCode name } } } }"),
            {{QStringLiteral("ids"), QJsonArray::fromStringList(chunk)},
                {QStringLiteral("take"), int(chunk.size())}},
            tri(QT_TRANSLATE_NOOP("qm::vendure::VendureCsvImporter", "read product variants")));
        if (!r)
            return r.error();
        for (const QJsonValue &v : r->value(QStringLiteral("productVariants"))
                                       .toObject()
                                       .value(QStringLiteral("items"))
                                       .toArray()) {
            const QJsonObject o = v.toObject();
            ApiVariant a;
            const QJsonValue id = o.value(QStringLiteral("id"));
            a.id = id.isString() ? id.toString() : QString::number(id.toInteger());
            a.sku = o.value(QStringLiteral("sku")).toString();
            a.price = o.value(QStringLiteral("price")).toInteger();
            a.currency = o.value(QStringLiteral("currencyCode")).toString();
            a.updatedAt = o.value(QStringLiteral("updatedAt")).toString();
            for (const QJsonValue &t : o.value(QStringLiteral("translations")).toArray())
                a.names.insert(t.toObject().value(QStringLiteral("languageCode")).toString(),
                    t.toObject().value(QStringLiteral("name")).toString());
            out.insert(a.id, a);
        }
    }
    return out;
}

} // namespace qm::vendure::csvapi
