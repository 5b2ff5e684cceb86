#include "redis/client.h"

#include "common/awaitfuture.h"
#include "common/threadguard.h"
#include "redis/clientprivate.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QPromise>
#include <QThread>

namespace qm::redis {

namespace {

bool isStreamingCommand(const QByteArray &name)
{
    for (const char *c : {"SUBSCRIBE", "PSUBSCRIBE", "SSUBSCRIBE", "MONITOR"}) {
        if (name.compare(c, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Finishes a promise exactly once. When the last holder goes away unfinished (a command posted
// to a client deleted before it ran), the future still finishes, with Cancelled: a caller never
// waits on a future that nobody will finish.
template <typename R> class Completion
{
public:
    Completion() { m_promise.start(); }
    ~Completion()
    {
        if (!m_done) {
            finish(R(Error {Error::Code::Cancelled,
                QCoreApplication::translate("qm::redis::Client",
                    "The Redis client was closed before the command was sent."),
                {}, {}}));
        }
    }
    Completion(const Completion &) = delete;
    Completion &operator=(const Completion &) = delete;

    QFuture<R> future() { return m_promise.future(); }
    void finish(R result)
    {
        if (m_done)
            return;
        m_done = true;
        m_promise.addResult(std::move(result));
        m_promise.finish();
    }

private:
    QPromise<R> m_promise;
    bool m_done = false;
};

} // namespace

Client::Client(Endpoint endpoint, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<ClientPrivate>(this, std::move(endpoint)))
{ }

Client::~Client()
{
    Error e;
    e.code = Error::Code::Cancelled;
    e.message = tr("The Redis connection to %1 was closed before the reply arrived.")
                    .arg(d->m_endpoint.name());
    d->teardown(e, false, false);
}

const Endpoint &Client::endpoint() const
{
    return d->m_endpoint;
}

void Client::connectToServer()
{
    d->ensureConnected();
}

void Client::disconnectFromServer()
{
    d->m_backoffTimer.stop();
    if (d->m_state == ClientPrivate::State::Disconnected && d->m_pending.empty())
        return;
    Error e;
    e.code = Error::Code::Cancelled;
    e.message
        = tr("Disconnected from Redis at %1 before the reply arrived.").arg(d->m_endpoint.name());
    d->teardown(e, false);
}

bool Client::isConnected() const
{
    return d->m_state == ClientPrivate::State::Ready;
}

int Client::pendingCount() const
{
    int n = 0;
    for (const auto &p : d->m_pending)
        n += p.remaining;
    return n;
}

void Client::sendNow()
{
    if (QThread::currentThread() == thread())
        d->flush();
}

QFuture<Result<Reply>> Client::command(QByteArrayList args)
{
    auto completion = std::make_shared<Completion<Result<Reply>>>();
    QFuture<Result<Reply>> future = completion->future();
    if (args.isEmpty() || isStreamingCommand(args.first())) {
        completion->finish(Error {Error::Code::InvalidInput,
            tr("This Redis client cannot run %1: it needs a dedicated connection.")
                .arg(QString::fromUtf8(args.value(0, "an empty command"))),
            {}, {}});
        return future;
    }
    ClientPrivate::Pending p;
    p.done = [completion](std::vector<Reply> &&r) { completion->finish(std::move(r.at(0))); };
    p.fail = [completion](const Error &e) { completion->finish(e); };
    d->submit({std::move(args)}, std::move(p));
    return future;
}

QFuture<Result<std::vector<Reply>>> Client::pipeline(std::vector<QByteArrayList> commands)
{
    using R = Result<std::vector<Reply>>;
    auto completion = std::make_shared<Completion<R>>();
    QFuture<R> future = completion->future();
    for (const QByteArrayList &args : commands) {
        if (args.isEmpty() || isStreamingCommand(args.first())) {
            completion->finish(Error {Error::Code::InvalidInput,
                tr("This Redis client cannot run %1 in a pipeline.")
                    .arg(QString::fromUtf8(args.value(0, "an empty command"))),
                {}, {}});
            return future;
        }
    }
    if (commands.empty()) {
        completion->finish(std::vector<Reply> {});
        return future;
    }
    ClientPrivate::Pending p;
    p.done = [completion](std::vector<Reply> &&r) { completion->finish(std::move(r)); };
    p.fail = [completion](const Error &e) { completion->finish(e); };
    d->submit(std::move(commands), std::move(p));
    return future;
}

Result<Reply> Client::commandSync(QByteArrayList args, int timeoutMs)
{
    if (!assertMayBlock("qm::redis::Client::commandSync")) {
        return Error {Error::Code::InvalidInput,
            tr("A blocking Redis call was refused on the GUI thread."), {}, {}};
    }
    QFuture<Result<Reply>> f = command(std::move(args));
    if (!awaitFuture(f, timeoutMs)) {
        return Error {Error::Code::Timeout,
            tr("Redis at %1 did not answer within %2 ms.").arg(d->m_endpoint.name()).arg(timeoutMs),
            {}, {}};
    }
    return f.result();
}

} // namespace qm::redis
