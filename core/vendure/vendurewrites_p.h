#pragma once
// What the Vendure writers share (vendurewrites.cpp: stock and orders; vendurecatalogwrites.cpp:
// catalog edits): the Admin API link, the audit log's intent and outcome, the role's right.
// Private to core/vendure.

#include "backend/backend.h"
#include "common/result.h"
#include "common/whenfinished.h"
#include "safety/audit.h"
#include "vendure/adminclient.h"

#include <QFuture>
#include <QJsonObject>
#include <QPromise>
#include <QThread>
#include <functional>
#include <memory>
#include <optional>

namespace pqxx {
class transaction_base;
}

namespace qm::db {
class Cluster;
}

namespace qm::vendure {

namespace writes {

vendure::AdminConfig adminConfig(const VendureSettings &s);

template <typename T> void settle(const std::shared_ptr<QPromise<Result<T>>> &promise, Result<T> r)
{
    promise->addResult(std::move(r));
    promise->finish();
}

QString backendTr(const char *text);

// The right of the console's database role to do `capability` on this backend; throws an Error
// (PermissionDenied) inside tx when it has none.
void requireCapability(pqxx::transaction_base &tx, const Backend &backend,
    const QString &capability, const QString &what);

// Records the intent of entry in tx; returns an earlier call's outcome (a retry), throws an
// Error when the audit log refuses it or an earlier attempt's outcome is unknown.
std::optional<QJsonObject> writeIntent(
    pqxx::transaction_base &tx, const Backend &backend, const safety::AuditEntry &entry);

// The outcome of an Admin API call: applied with Vendure's answer, or the error.
QJsonObject outcomeJson(const Result<QJsonObject> &r);

// Writes the outcome and then calls done (the local spool when the audit log refuses it).
void writeOutcome(const std::shared_ptr<db::Cluster> &cluster, const Backend &backend,
    safety::AuditEntry entry, std::function<void()> done);

} // namespace writes

// One AdminClient on a thread of its own (see the header): calls are posted to it, so callers
// on any thread, with or without an event loop, get futures that finish without them.
class VendureLink
{
public:
    explicit VendureLink(vendure::AdminConfig config)
        : m_config(std::move(config))
    {
        m_thread.setObjectName(QStringLiteral("qm-vendure-admin"));
        m_context = new QObject; // lives on m_thread; the client is created there, its child
        m_context->moveToThread(&m_thread);
        m_thread.start();
    }

    ~VendureLink()
    {
        // The client (the context's child) goes with the context on its own thread: its
        // unfinished calls end Cancelled. Objects with a pending deleteLater are deleted when
        // their thread finishes, even after quit().
        m_context->deleteLater();
        m_thread.quit();
        m_thread.wait(); // a few ms: the thread runs no blocking work, only the event loop
    }

    // Runs call(client) on the link's thread; the future finishes with call's result there
    // (cancelled when the link goes first).
    template <typename T>
    QFuture<Result<T>> run(std::function<QFuture<Result<T>>(vendure::AdminClient &)> call)
    {
        auto promise = std::make_shared<QPromise<Result<T>>>();
        QFuture<Result<T>> future = promise->future();
        promise->start();
        QMetaObject::invokeMethod(
            m_context,
            [this, call = std::move(call), promise] {
                whenFinished(m_context, call(client()),
                    [promise](Result<T> r) { writes::settle(promise, std::move(r)); });
            },
            Qt::QueuedConnection);
        return future;
    }

private:
    vendure::AdminClient &client() // on m_thread only
    {
        if (!m_client)
            m_client = new vendure::AdminClient(m_config, m_context);
        return *m_client;
    }

    vendure::AdminConfig m_config;
    QThread m_thread;
    QObject *m_context = nullptr;
    vendure::AdminClient *m_client = nullptr; // m_context's child, touched on m_thread only
};

} // namespace qm::vendure
