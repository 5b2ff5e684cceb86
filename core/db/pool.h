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

using JobId = quint64; // unique across all pools of the process

struct JobOptions
{
    bool idempotent = false; // safe to run twice: retried once after a broken connection
    bool connectNow = false; // try to connect even while backing off (health probes)
    JobId id = 0; // 0: allocate; callers that move a job between pools keep its id
};

// A thread that ends on its own after its owner let it go (a destroyed pool's workers, a stopped
// orders feed's listener) is counted from detachedThreadsStarted() until its last act,
// detachedThreadEnded(): QCoreApplication's destruction waits for the count to reach zero
// (bounded, 5 s) before the process tears down what such threads use (libpq, OpenSSL, logging).
void detachedThreadsStarted(int count);
void detachedThreadEnded();

// N worker threads, each owning one libpq connection to one server (libpq connections are not
// thread-safe), opened lazily on the first job. Work is a callable run on a worker; the caller
// gets a QFuture of a Result. Exceptions never leave a worker: they become qm::Error values
// (SQLSTATE mapped to a Code, a message a person can act on).
//
// Broken connections are re-opened with exponential backoff (100 ms .. 5 s), in the background
// too, so connectionRestored() fires without waiting for the next job. A job marked idempotent
// (read(), or JobOptions::idempotent) that hits a broken connection runs once more on a fresh
// one; any other job fails with ConnectionLost (its request id makes the caller's retry safe).
// While a worker backs off after a failed connect, jobs on it fail at once with that error.
//
// cancel() sends PQcancel (from a helper thread: the caller never blocks) to the worker running
// the job, or drops it from the queue; either way the job resolves with Error::Cancelled.
class Pool : public QObject
{
    Q_OBJECT
public:
    using Connection = pqxx::connection_base;
    using JobId = db::JobId;
    using JobOptions = db::JobOptions;
    using Body = std::function<void(Connection &)>;
    using Fail = std::function<void(const Error &)>;

    Pool(ConnectionParams params, int workers, QObject *parent = nullptr);
    ~Pool() override; // fails queued jobs, cancels running queries; never waits for the workers

    const ConnectionParams &params() const;
    QString name() const; // for people and logs: host:port

    // Runs fn(connection) on a worker. fn may throw (pqxx or std exceptions, or a qm::Error):
    // the throw becomes an Error. `what` names the work for logs and messages ("load products").
    // fn owns its transaction (pqxx::work ... commit()).
    template <typename T>
    QFuture<Result<T>> run(QString what, std::function<T(Connection &)> fn, JobId *id = nullptr)
    {
        return runWith<T>(std::move(what), std::move(fn), JobOptions {}, id);
    }

    // Same as run() for work that only reads (or is otherwise safe to repeat).
    template <typename T>
    QFuture<Result<T>> read(QString what, std::function<T(Connection &)> fn, JobId *id = nullptr)
    {
        JobOptions o;
        o.idempotent = true;
        return runWith<T>(std::move(what), std::move(fn), o, id);
    }

    template <typename T>
    QFuture<Result<T>> runWith(
        QString what, std::function<T(Connection &)> fn, JobOptions options, JobId *id = nullptr)
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
            },
            options);
        if (id)
            *id = job;
        return future;
    }

    // The untyped form: exactly one of body (returning normally) or fail is called, on a worker
    // thread (fail also on the caller's thread when the pool is shutting down or the job was
    // cancelled while queued). body may be called twice for idempotent jobs, if it threw first.
    JobId submit(QString what, Body body, Fail fail, JobOptions options = {});

    void cancel(JobId id); // PQcancel on the server if running, drop if queued
    void cancelAll();

    bool isHealthy() const; // false after a failed connect or a broken connection, until one works
    int workerCount() const;
    int queuedJobs() const;

    static JobId newJobId();

Q_SIGNALS:
    void connectionLost(const qm::Error &error);
    void connectionRestored();

private:
    std::shared_ptr<PoolPrivate> d;
};

// Maps a caught exception (inside a catch block) to an Error with a message for people.
Error errorFromCurrentException(const QString &what, const ConnectionParams &params);

} // namespace qm::db
