#pragma once
// What the AdminClient's files (adminclient.cpp: session and transport; adminstock.cpp: variants
// and stock; adminorders.cpp: order actions) share: error mapping, JSON readers and the promise
// helper. Private to core/vendure.

#include "common/result.h"
#include "vendure/adminclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLoggingCategory>
#include <QPromise>
#include <QUrl>
#include <memory>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcVendure)

namespace qm::vendure::detail {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::vendure::AdminClient)
};

// A promise shared by the callbacks of one call; destroyed unfinished (the client went away)
// it cancels, and whenFinished() hands the caller a Cancelled error.
template <typename T> struct Pending
{
    std::shared_ptr<QPromise<Result<T>>> promise = std::make_shared<QPromise<Result<T>>>();
    Pending() { promise->start(); }
    void finish(Result<T> r) const
    {
        promise->addResult(std::move(r));
        promise->finish();
    }
    QFuture<Result<T>> future() const { return promise->future(); }
};

QString where(const QUrl &url);
QString sentence(QString text);
Error makeError(Error::Code code, const QString &message, const QString &detail = {});
Error transportError(const QUrl &url, const Error &http, int timeoutMs);
QString errorCodeOf(const QJsonObject &error);
Error graphqlError(const QUrl &url, const QString &what, const QJsonArray &errors);
Error errorResult(const QString &what, const QJsonObject &r);
std::optional<Error> unionError(const QString &what, const QJsonObject &r);
QString idOf(const QJsonValue &v);
qint64 money(const QJsonValue &v);
QDateTime timestamp(const QJsonValue &v);
Variant variantFrom(const QJsonObject &o);
QString stamp(const QDateTime &t);

extern const char kVariantFragment[];
extern const char kErrorFields[];
QString withVariantFragment(const char *document);

} // namespace qm::vendure::detail
