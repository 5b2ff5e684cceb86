#include "pool.h"

#include "common/logging.h"
#include "common/threadguard.h"
#include "db/helperthreads.h"
#include "db/pgerror.h"
#include "tls/clientcert.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThreadPool>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <pqxx/connection>
#include <pqxx/except>
#include <thread>
#include <vector>

namespace qm::db {

namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

// The client key is readable by others: refused before libpq sees it (Pool connect).
struct KeyRefused
{
    QString message;
};

constexpr int kMinBackoffMs = 100;
constexpr int kMaxBackoffMs = 5000;
constexpr int kCancelResends = 10; // PQcancel again while the job still runs...
constexpr int kCancelResendMs = 200; // ...in case the first arrived before its query started
constexpr int kSlowJobMs = 500;

std::atomic<quint64> g_nextJobId {1};

struct Job
{
    Pool::JobId id = 0;
    QString what;
    Pool::Body body;
    Pool::Fail fail;
    Pool::JobOptions options;
};

void deliverFailure(Job &job, const Error &e)
{
    try {
        if (job.fail)
            job.fail(e);
    } catch (...) {
        qCWarning(lcDb) << "a failure callback threw for" << job.what;
    }
}

// Threads that end on their own (a destroyed pool's workers: ~Pool never waits; an orders feed's
// listener). They must be gone before the process tears down its statics (logging, libpq,
// OpenSSL), or one still closing its connection crashes the exit: QCoreApplication's destruction
// waits for them, bounded, as the last thing before main() returns. Deliberately leaked so that
// it outlives every static.
struct DetachedWorkers
{
    std::mutex m;
    std::condition_variable cv;
    int running = 0;

    static DetachedWorkers &instance()
    {
        static auto *d = new DetachedWorkers;
        return *d;
    }
    void add(int n)
    {
        std::lock_guard lk(m);
        running += n;
    }
    void done()
    {
        std::lock_guard lk(m);
        --running;
        cv.notify_all();
    }
    bool waitAll(milliseconds limit)
    {
        std::unique_lock lk(m);
        return cv.wait_for(lk, limit, [this] { return running <= 0; });
    }
};

void waitForDetachedWorkersAtExit()
{
    if (!DetachedWorkers::instance().waitAll(milliseconds(5000)))
        qCWarning(lcDb) << "some database workers were still ending at exit";
}

} // namespace

void detachedThreadsStarted(int count)
{
    static std::once_flag exitHook;
    std::call_once(exitHook, [] { qAddPostRoutine(waitForDetachedWorkersAtExit); });
    DetachedWorkers::instance().add(count);
}

void detachedThreadEnded()
{
    DetachedWorkers::instance().done();
}

struct Worker
{
    int index = 0;
    std::thread thread;

    // Only the worker thread writes conn; it swaps it under connMutex, which the canceller holds
    // while it calls cancel_query() on it.
    std::unique_ptr<pqxx::connection> conn;
    std::mutex connMutex;

    // Worker thread only.
    Clock::time_point nextConnectAt {};
    int backoffMs = 0;
    std::optional<Error> lastConnectError;
    bool reconnectInBackground = false;

    // Under PoolPrivate::m.
    Pool::JobId running = 0;
    bool cancelRequested = false;
};

class PoolPrivate : public std::enable_shared_from_this<PoolPrivate>
{
public:
    ConnectionParams params;
    std::string conninfo;
    QString name;

    mutable std::mutex m;
    std::condition_variable cv; // new job, stop, cancel
    std::deque<std::shared_ptr<Job>> queue;
    bool stopping = false;
    std::vector<std::unique_ptr<Worker>> workers;

    std::atomic<bool> healthy {true};
    std::mutex qMutex;
    Pool *q = nullptr;

    void workerMain(Worker &w);
    void runJob(Worker &w, Job &job);
    std::optional<Error> ensureConnected(Worker &w, const Job &job, bool isRetry);
    std::optional<Error> connect(Worker &w);
    void dropBrokenConnection(Worker &w);
    bool cancelRequested(const Worker &w) const;
    void scheduleCancel(Worker *w, Pool::JobId id);
    void setHealthy(bool ok, const Error &e = {});
};

void PoolPrivate::setHealthy(bool ok, const Error &e)
{
    const bool changed = ok ? !healthy.exchange(true) : healthy.exchange(false);
    if (!changed)
        return;
    std::lock_guard lk(qMutex);
    if (!q)
        return;
    Pool *pool = q;
    if (ok) {
        qCInfo(lcDb) << name << "connection restored";
        QMetaObject::invokeMethod(
            pool, [pool] { emit pool->connectionRestored(); }, Qt::QueuedConnection);
    } else {
        qCWarning(lcDb) << name << "connection lost:" << e.toString();
        QMetaObject::invokeMethod(
            pool, [pool, e] { emit pool->connectionLost(e); }, Qt::QueuedConnection);
    }
}

bool PoolPrivate::cancelRequested(const Worker &w) const
{
    std::lock_guard lk(m);
    return w.cancelRequested || stopping;
}

void PoolPrivate::scheduleCancel(Worker *w, Pool::JobId id)
{
    auto self = shared_from_this();
    helperThreads()->start([self, w, id] {
        for (int i = 0; i < kCancelResends; ++i) {
            {
                std::lock_guard connLock(w->connMutex);
                {
                    std::lock_guard lk(self->m);
                    if (w->running != id || !w->cancelRequested)
                        return;
                }
                if (w->conn && w->conn->is_open()) {
                    try {
                        qm::assertMayBlock("PQcancel");
                        w->conn->cancel_query();
                    } catch (const std::exception &e) {
                        qCWarning(lcDb) << self->name << "PQcancel failed:" << e.what();
                    }
                }
            }
            std::this_thread::sleep_for(milliseconds(kCancelResendMs));
        }
    });
}

std::optional<Error> PoolPrivate::connect(Worker &w)
{
    Error err;
    try {
        qm::assertMayBlock("connect to PostgreSQL");
        // libpq accepts a group-readable key owned by root: the console keeps keys owner-only.
        if (const QString p = tls::keyPermissionProblem(params.sslkey); !p.isEmpty())
            throw KeyRefused {p};
        auto c = std::make_unique<pqxx::connection>(conninfo);
        c->inhibit_reactivation(true); // reconnecting is ours to do, with backoff
        c->set_verbosity(pqxx::connection_base::verbose); // errors carry their SQLSTATE
        {
            std::lock_guard lk(w.connMutex);
            w.conn = std::move(c);
        }
        w.backoffMs = 0;
        w.nextConnectAt = {};
        w.lastConnectError.reset();
        w.reconnectInBackground = false;
        qCDebug(lcDb) << name << "worker" << w.index << "connected";
        setHealthy(true);
        return std::nullopt;
    } catch (const pqxx::broken_connection &e) {
        err = errorFromConnectFailure(QString::fromUtf8(e.what()), params);
    } catch (const KeyRefused &k) {
        err = Error {Error::Code::InvalidInput, k.message, params.sslkey, {}};
    } catch (...) {
        err = errorFromCurrentException(QStringLiteral("connect"), params);
        if (err.code == Error::Code::ConnectionLost)
            err.code = Error::Code::ConnectionFailed;
    }
    w.backoffMs = w.backoffMs == 0 ? kMinBackoffMs : std::min(w.backoffMs * 2, kMaxBackoffMs);
    w.nextConnectAt = Clock::now() + milliseconds(w.backoffMs);
    w.lastConnectError = err;
    // A wrong password stays wrong: retrying it in the background only fills the server's log.
    w.reconnectInBackground = err.code != Error::Code::AuthFailed;
    setHealthy(false, err);
    return err;
}

void PoolPrivate::dropBrokenConnection(Worker &w)
{
    {
        std::lock_guard lk(w.connMutex);
        w.conn.reset();
    }
    w.backoffMs = 0;
    w.nextConnectAt = Clock::now() + milliseconds(kMinBackoffMs);
    w.reconnectInBackground = true;
}

std::optional<Error> PoolPrivate::ensureConnected(Worker &w, const Job &job, bool isRetry)
{
    if (w.conn && w.conn->is_open())
        return std::nullopt;
    if (w.conn)
        dropBrokenConnection(w);
    const auto now = Clock::now();
    if (now < w.nextConnectAt && !job.options.connectNow) {
        const bool shortWait = w.nextConnectAt - now <= milliseconds(kMinBackoffMs + 50);
        if (w.lastConnectError && !isRetry && !shortWait)
            return w.lastConnectError; // backing off: fail fast with what the last attempt said
        std::unique_lock lk(m);
        cv.wait_until(lk, w.nextConnectAt, [&] { return stopping || w.cancelRequested; });
        if (stopping || w.cancelRequested)
            return cancelledError(job.what);
    }
    return connect(w);
}

void PoolPrivate::runJob(Worker &w, Job &job)
{
    for (int attempt = 0;; ++attempt) {
        if (cancelRequested(w))
            return deliverFailure(job, cancelledError(job.what));
        if (auto err = ensureConnected(w, job, attempt > 0))
            return deliverFailure(job, *err);
        if (cancelRequested(w))
            return deliverFailure(job, cancelledError(job.what));

        QElapsedTimer timer;
        timer.start();
        try {
            qm::assertMayBlock("db::Pool job");
            job.body(*w.conn);
            setHealthy(true);
            if (timer.elapsed() > kSlowJobMs)
                qCDebug(lcDb) << name << job.what << "took" << timer.elapsed() << "ms";
            return;
        } catch (...) {
            Error e = errorFromCurrentException(job.what, params);
            const bool broken = !w.conn->is_open() || e.code == Error::Code::ConnectionLost;
            const bool cancelled = cancelRequested(w);
            if (broken) {
                dropBrokenConnection(w);
                setHealthy(false, e);
            }
            if (cancelled && e.code != Error::Code::Cancelled) {
                Error c = cancelledError(job.what);
                c.detail = e.toString();
                e = c;
            }
            if (broken && !cancelled && job.options.idempotent && attempt == 0) {
                qCInfo(lcDb) << name << "connection broke during" << job.what
                             << "- running it again on a new connection";
                continue;
            }
            if (e.code != Error::Code::Cancelled)
                qCDebug(lcDb) << name << job.what << "failed:" << e.toString();
            return deliverFailure(job, e);
        }
    }
}

void PoolPrivate::workerMain(Worker &w)
{
    for (;;) {
        std::shared_ptr<Job> job;
        {
            std::unique_lock lk(m);
            bool reconnectNow = false;
            while (!stopping && queue.empty() && !reconnectNow) {
                if (w.reconnectInBackground) {
                    if (Clock::now() >= w.nextConnectAt)
                        reconnectNow = true;
                    else
                        cv.wait_until(lk, w.nextConnectAt);
                } else {
                    cv.wait(lk);
                }
            }
            if (stopping)
                break;
            if (!queue.empty()) {
                job = queue.front();
                queue.pop_front();
                w.running = job->id;
                w.cancelRequested = false;
            }
        }
        if (!job) {
            connect(w); // background reconnect; the next job finds the connection ready
            continue;
        }
        try {
            runJob(w, *job);
        } catch (...) {
            qCCritical(lcDb) << name << "unexpected exception escaped job" << job->what;
        }
        // Wait for an in-flight PQcancel for this job before the next job can start.
        std::lock_guard connLock(w.connMutex);
        std::lock_guard lk(m);
        w.running = 0;
        w.cancelRequested = false;
    }
    {
        std::lock_guard lk(w.connMutex);
        w.conn.reset();
    }
}

Pool::Pool(ConnectionParams params, int workers, QObject *parent)
    : QObject(parent)
    , d(std::make_shared<PoolPrivate>())
{
    d->params = std::move(params);
    d->conninfo = d->params.toConninfo();
    d->name = d->params.endpoint();
    d->q = this;
    const int n = std::max(1, workers);
    for (int i = 0; i < n; ++i) {
        auto w = std::make_unique<Worker>();
        w->index = i;
        d->workers.push_back(std::move(w));
    }
    // Registers the exit hook while the application exists; the workers are counted by ~Pool.
    detachedThreadsStarted(0);
    for (auto &w : d->workers) {
        w->thread = std::thread([self = d, worker = w.get()]() mutable {
            self->workerMain(*worker); // returns only once ~Pool set `stopping`
            self.reset(); // the pool's state (and `worker`) may go with it: touch neither again
            detachedThreadEnded();
        });
    }
}

// Never waits while there is an application: the GUI thread destroys pools when a profile closes.
// Queued jobs fail here; running ones get PQcancel (from a helper thread) and fail on their worker,
// which then closes its connection and ends on its own. Workers and cancellers share PoolPrivate,
// so nothing they touch goes away with this object; they never touch the Pool itself again (q is
// cleared first).
Pool::~Pool()
{
    // Counted before `stopping` is set: a worker can only end (and count itself out) after that.
    detachedThreadsStarted(int(d->workers.size()));
    {
        std::lock_guard lk(d->qMutex);
        d->q = nullptr;
    }
    std::deque<std::shared_ptr<Job>> dropped;
    std::vector<std::pair<Worker *, JobId>> running;
    {
        std::lock_guard lk(d->m);
        d->stopping = true;
        dropped.swap(d->queue);
        for (auto &w : d->workers) {
            if (w->running) {
                w->cancelRequested = true;
                running.emplace_back(w.get(), w->running);
            }
        }
    }
    d->cv.notify_all();
    for (auto &job : dropped)
        deliverFailure(*job, cancelledError(job->what));
    for (auto &[w, id] : running)
        d->scheduleCancel(w, id);
    for (auto &w : d->workers)
        w->thread.detach();
    // With no application (gone already, or never made) no exit hook waits for them and there is
    // no event loop to keep responsive: wait here.
    if (!QCoreApplication::instance())
        waitForDetachedWorkersAtExit();
}

const ConnectionParams &Pool::params() const
{
    return d->params;
}
QString Pool::name() const
{
    return d->name;
}
int Pool::workerCount() const
{
    return int(d->workers.size());
}
bool Pool::isHealthy() const
{
    return d->healthy;
}
Pool::JobId Pool::newJobId()
{
    return g_nextJobId++;
}

int Pool::queuedJobs() const
{
    std::lock_guard lk(d->m);
    return int(d->queue.size());
}

Pool::JobId Pool::submit(QString what, Body body, Fail fail, JobOptions options)
{
    auto job = std::make_shared<Job>();
    job->id = options.id ? options.id : newJobId();
    job->what = std::move(what);
    job->body = std::move(body);
    job->fail = std::move(fail);
    job->options = options;
    {
        std::lock_guard lk(d->m);
        if (!d->stopping) {
            d->queue.push_back(job);
            d->cv.notify_one();
            return job->id;
        }
    }
    deliverFailure(*job, cancelledError(job->what));
    return job->id;
}

void Pool::cancel(JobId id)
{
    if (!id)
        return;
    std::shared_ptr<Job> dropped;
    Worker *target = nullptr;
    {
        std::lock_guard lk(d->m);
        for (auto it = d->queue.begin(); it != d->queue.end(); ++it) {
            if ((*it)->id == id) {
                dropped = *it;
                d->queue.erase(it);
                break;
            }
        }
        if (!dropped) {
            for (auto &w : d->workers) {
                if (w->running == id) {
                    w->cancelRequested = true;
                    target = w.get();
                    break;
                }
            }
        }
    }
    if (dropped)
        deliverFailure(*dropped, cancelledError(dropped->what));
    if (target) {
        d->cv.notify_all(); // wakes a worker waiting out its backoff for this job
        d->scheduleCancel(target, id);
    }
}

void Pool::cancelAll()
{
    std::deque<std::shared_ptr<Job>> dropped;
    std::vector<std::pair<Worker *, JobId>> running;
    {
        std::lock_guard lk(d->m);
        dropped.swap(d->queue);
        for (auto &w : d->workers) {
            if (w->running) {
                w->cancelRequested = true;
                running.emplace_back(w.get(), w->running);
            }
        }
    }
    d->cv.notify_all();
    for (auto &job : dropped)
        deliverFailure(*job, cancelledError(job->what));
    for (auto &[w, id] : running)
        d->scheduleCancel(w, id);
}

} // namespace qm::db
