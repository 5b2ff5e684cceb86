#include "redis/scanner.h"

#include "common/logging.h"
#include "common/whenfinished.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSet>
#include <QThread>
#include <QTimer>

namespace qm::redis {

// Lives on the scanner's thread; owns the Client (created there). Talks back to the Scanner only
// through queued calls, so neither object touches the other's thread.
class ScanWorker : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(qm::redis::Scanner)
public:
    ScanWorker(QPointer<Scanner> owner, Endpoint endpoint, ScanOptions options,
        Scanner::BatchAction action, std::shared_ptr<std::atomic<bool>> cancel)
        : m_owner(std::move(owner))
        , m_endpoint(std::move(endpoint))
        , m_options(std::move(options))
        , m_action(std::move(action))
        , m_cancel(std::move(cancel))
    { }

    void begin()
    {
        m_client = new Client(m_endpoint, this);
        next();
    }

private:
    void next()
    {
        if (*m_cancel)
            return finish(cancelled());
        QByteArrayList args {"SCAN", m_cursor, "MATCH", m_options.match, "COUNT",
            QByteArray::number(qMax(1, m_options.count))};
        if (!m_options.type.isEmpty())
            args << "TYPE" << m_options.type;
        whenFinished(this, m_client->command(args), [this](const Result<Reply> &r) { onScan(r); });
    }

    void onScan(const Result<Reply> &r)
    {
        ++m_calls;
        if (!r)
            return finish(r.error());
        const Reply &reply = r.value();
        if (reply.isError()) {
            return finish(Error {Error::Code::Unknown,
                tr("Redis at %1 refused SCAN: %2").arg(m_endpoint.name(), reply.toString()),
                reply.toString(), {}});
        }
        if (!reply.isArray() || reply.elements.size() != 2 || !reply.elements[1].isArray()) {
            return finish(Error {Error::Code::Protocol,
                tr("Redis at %1 answered SCAN with something unexpected.").arg(m_endpoint.name()),
                reply.describe(), {}});
        }
        m_cursor = reply.elements[0].str;
        QByteArrayList keys = reply.elements[1].toByteArrayList();
        if (m_options.unique) {
            QByteArrayList fresh;
            fresh.reserve(keys.size());
            for (QByteArray &k : keys) {
                if (!m_seen.contains(k)) {
                    m_seen.insert(k);
                    fresh.append(std::move(k));
                }
            }
            keys = std::move(fresh);
        }
        m_keys += keys.size();
        if (!keys.isEmpty()) {
            // Flow control: at most kWindow batches wait on the owner's thread; the owner acks
            // each one after delivering it. The worker is alive until the owner has handled
            // finished(), which is queued after every batch, so the raw pointer is safe.
            ++m_inFlight;
            post([keys, calls = m_calls, worker = this](Scanner *s) {
                s->m_keys += keys.size();
                s->m_calls = calls;
                Q_EMIT s->batch(keys);
                QMetaObject::invokeMethod(worker, [worker] { worker->onAck(); });
            });
        }
        if (m_action && !keys.isEmpty() && !*m_cancel) {
            whenFinished(this, m_action(*m_client, keys), [this](const Status &s) {
                if (!s)
                    return finish(s.error());
                advance();
            });
            return;
        }
        advance();
    }

    void advance()
    {
        if (m_cursor == "0")
            return finish(Status(Done {}));
        if (m_inFlight >= kWindow) {
            m_waitingForAck = true; // the owner is slower than Redis: let it catch up
            return;
        }
        if (m_options.pauseMs > 0)
            QTimer::singleShot(m_options.pauseMs, this, [this] { next(); });
        else
            next();
    }

    void onAck()
    {
        --m_inFlight;
        if (m_waitingForAck && m_inFlight < kWindow) {
            m_waitingForAck = false;
            advance();
        }
    }

    Error cancelled() const
    {
        return Error {Error::Code::Cancelled,
            tr("The scan of %1 was cancelled after %2 keys.").arg(m_endpoint.name()).arg(m_keys),
            {}, {}};
    }

    void finish(const Status &status)
    {
        qCDebug(lcRedis) << "scan of" << m_endpoint.name() << "done:" << m_keys << "keys,"
                         << m_calls << "calls" << (status ? QString() : status.error().toString());
        delete m_client; // before the thread stops: sockets die on their own thread
        m_client = nullptr;
        post([status, keys = m_keys, calls = m_calls](Scanner *s) {
            s->m_running = false;
            s->m_calls = calls;
            s->stopThread(false);
            Q_EMIT s->finished(status, keys);
        });
    }

    template <typename F> void post(F fn)
    {
        QPointer<Scanner> owner = m_owner;
        if (owner)
            QMetaObject::invokeMethod(
                owner.data(),
                [owner, fn] {
                    if (owner)
                        fn(owner.data());
                },
                Qt::QueuedConnection);
    }

    QPointer<Scanner> m_owner;
    Endpoint m_endpoint;
    ScanOptions m_options;
    Scanner::BatchAction m_action;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    Client *m_client = nullptr;
    QByteArray m_cursor = "0";
    QSet<QByteArray> m_seen;
    qint64 m_keys = 0;
    qint64 m_calls = 0;
    int m_inFlight = 0; // batches posted to the owner and not yet delivered
    bool m_waitingForAck = false;
    static constexpr int kWindow = 2;
};

Scanner::Scanner(Endpoint endpoint, ScanOptions options, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_options(std::move(options))
{ }

Scanner::~Scanner()
{
    cancel();
    stopThread(true);
}

void Scanner::setBatchAction(BatchAction action)
{
    m_action = std::move(action);
}

void Scanner::start()
{
    if (m_running)
        return;
    stopThread(true); // the previous run's thread has quit already: this join is immediate
    m_running = true;
    m_keys = 0;
    m_calls = 0;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("redis-scan"));
    auto *worker = new ScanWorker(this, m_endpoint, m_options, m_action, m_cancel);
    worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_thread->start();
    QMetaObject::invokeMethod(
        worker, [worker] { worker->begin(); }, Qt::QueuedConnection);
}

void Scanner::cancel()
{
    if (m_cancel)
        *m_cancel = true;
}

void Scanner::stopThread(bool wait)
{
    if (!m_thread)
        return;
    m_thread->quit();
    if (!wait)
        return; // deleted by the next start() or the destructor
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

Scanner::BatchAction Scanner::unlinkAction()
{
    return [](Client &client, const QByteArrayList &keys) -> QFuture<Status> {
        std::vector<QByteArrayList> commands;
        for (qsizetype i = 0; i < keys.size(); i += 500) {
            QByteArrayList cmd {"UNLINK"};
            cmd += keys.mid(i, 500);
            commands.push_back(std::move(cmd));
        }
        return client.pipeline(std::move(commands))
            .then([](const Result<std::vector<Reply>> &r) -> Status {
                if (!r)
                    return r.error();
                for (const Reply &reply : r.value()) {
                    if (reply.isError()) {
                        return Error {Error::Code::Unknown,
                            QCoreApplication::translate(
                                "qm::redis::Scanner", "Redis refused UNLINK: %1")
                                .arg(reply.toString()),
                            reply.toString(), {}};
                    }
                }
                return Status(Done {});
            });
    };
}

} // namespace qm::redis
