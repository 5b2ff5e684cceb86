#pragma once

#include "common/result.h"
#include "db/connectionparams.h"

#include <QFuture>
#include <QObject>
#include <QPromise>

#include <functional>
#include <memory>

namespace pqxx {
class connection_base;
}

namespace qm::db {

class PoolPrivate;

// N worker threads, each owning one libpq connection to one server (libpq connections are not
// thread-safe). Work is a callable run on a worker; the caller gets a QFuture of a Result.
// Exceptions never leave a worker: they become qm::Error values (SQLSTATE mapped to a Code,
// a message a person can act on). A broken connection is re-opened with backoff.
// cancel() sends PQcancel to whatever the job is running; queued jobs are dropped.
class Pool : public QObject
{
    Q_OBJECT
public:
    using Connection = pqxx::connection_base;
    using JobId = quint64;

    Pool(ConnectionParams params, int workers, QObject *parent = nullptr);
    ~Pool() override; // cancels running queries, stops and joins the workers

    const ConnectionParams &params() const;
    QString name() const; // for people and logs: host:port

    // Runs fn(connection) on a worker. fn may throw (pqxx or std exceptions): the throw becomes an Error.
    // `what` names the work for logs and error messages ("load products").
    template <typename T>
    QFuture<Result<T>> run(QString what, std::function<T(Connection &)> fn, JobId *id = nullptr)
    {
        auto promise = std::make_shared<QPromise<Result<T>>>();
        QFuture<Result<T>> future = promise->future();
        promise->start();
        const JobId job = submit(
            std::move(what),
            [fn = std::move(fn), promise](Connection &c) {
                promise->addResult(Result<T>(fn(c)));
                promise->finish();
            },
            [promise](const Error &e) {
                promise->addResult(Result<T>(e));
                promise->finish();
            });
        if (id)
            *id = job;
        return future;
    }

    void cancel(JobId id); // PQcancel on the server if running, drop if queued
    void cancelAll();

    bool isHealthy() const; // last connect/query succeeded
    int workerCount() const;

Q_SIGNALS:
    void connectionLost(const qm::Error &error);
    void connectionRestored();

private:
    JobId submit(QString what, std::function<void(Connection &)> body,
                 std::function<void(const Error &)> fail);

    std::unique_ptr<PoolPrivate> d;
};

// Maps a caught exception (inside a catch block) to an Error with a message for people.
Error errorFromCurrentException(const QString &what, const ConnectionParams &params);

} // namespace qm::db
