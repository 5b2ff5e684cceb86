#include "cache/redissync.h"

#include "common/awaitfuture.h"
#include "common/threadguard.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QTimer>

namespace qm::cache {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qm::cache::RedisSync)
};

} // namespace

Result<redis::Reply> callSync(redis::Client &client, QByteArrayList args, int timeoutMs)
{
    return client.commandSync(std::move(args), timeoutMs);
}

namespace {

template <typename T>
Result<T> awaitResult(redis::Client &client, const QFuture<Result<T>> &future, int timeoutMs)
{
    if (!assertMayBlock("qm::cache::awaitReply")) {
        return Error {Error::Code::InvalidInput,
            Tr::tr("A blocking Redis call was refused on the GUI thread."), {}, {}};
    }
    if (!awaitFuture(future, timeoutMs)) {
        return Error {Error::Code::Timeout,
            Tr::tr("Redis at %1 did not answer within %2 ms.")
                .arg(client.endpoint().name())
                .arg(timeoutMs),
            {}, {}};
    }
    return future.result();
}

} // namespace

Result<redis::Reply> awaitReply(
    redis::Client &client, const QFuture<Result<redis::Reply>> &future, int timeoutMs)
{
    return awaitResult(client, future, timeoutMs);
}

Result<std::vector<redis::Reply>> pipelineSync(
    redis::Client &client, std::vector<QByteArrayList> commands, int timeoutMs)
{
    if (!assertMayBlock("qm::cache::pipelineSync")) {
        return Error {Error::Code::InvalidInput,
            Tr::tr("A blocking Redis call was refused on the GUI thread."), {}, {}};
    }
    return awaitResult(client, client.pipeline(std::move(commands)), timeoutMs);
}

Error replyError(const redis::Endpoint &endpoint, const QString &what, const redis::Reply &reply)
{
    Error e;
    e.code = Error::Code::Unknown;
    const QByteArray prefix = reply.errorPrefix();
    if (prefix == "NOPERM" || prefix == "NOAUTH" || prefix == "WRONGPASS")
        e.code = prefix == "NOPERM" ? Error::Code::PermissionDenied : Error::Code::AuthFailed;
    else if (prefix == "LOADING" || prefix == "READONLY" || prefix == "MOVED"
        || prefix == "CLUSTERDOWN" || prefix == "MASTERDOWN")
        e.code = Error::Code::ConnectionLost;
    e.message = Tr::tr("Redis at %1 refused %2: %3")
                    .arg(endpoint.name(), what, QString::fromUtf8(reply.str));
    e.detail = QString::fromUtf8(prefix);
    return e;
}

bool needsRediscovery(const Error &error)
{
    return error.code == Error::Code::ConnectionFailed || error.code == Error::Code::ConnectionLost
        || error.code == Error::Code::Timeout;
}

bool needsRediscovery(const redis::Reply &reply)
{
    if (!reply.isError())
        return false;
    const QByteArray p = reply.errorPrefix();
    // A script's write refused by a demoted master: Redis 7 keeps the READONLY prefix, older
    // servers wrap it ("ERR Error running script ... -READONLY You can't write ...").
    return p == "READONLY" || p == "MOVED" || p == "ASK" || p == "CLUSTERDOWN" || p == "LOADING"
        || p == "MASTERDOWN" || reply.str.contains("READONLY You can't write");
}

} // namespace qm::cache
