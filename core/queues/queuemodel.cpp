#include "queues/queuemodel.h"

#include <QDateTime>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace qm::queues {

namespace {

qint64 num(const QHash<QByteArray, redis::Reply> &m, const char *name, qint64 fallback = -1)
{
    const auto it = m.constFind(QByteArray(name));
    if (it == m.constEnd() || it->isNil())
        return fallback;
    return it->toInteger(fallback);
}

QString text(const QHash<QByteArray, redis::Reply> &m, const char *name)
{
    const auto it = m.constFind(QByteArray(name));
    return it == m.constEnd() ? QString() : it->toString();
}

// The id of an entry reply ([id, [field, value...]]).
QString entryId(const redis::Reply &entry)
{
    return entry.isArray() && !entry.elements.empty() ? entry.elements[0].toString() : QString();
}

} // namespace

QString DeadLetter::payloadText() const
{
    QStringList parts;
    for (const auto &[k, v] : payload)
        parts << k + u'=' + v;
    return parts.join(u' ');
}

QHash<QByteArray, redis::Reply> fieldMap(const redis::Reply &reply)
{
    QHash<QByteArray, redis::Reply> out;
    for (size_t i = 0; i + 1 < reply.elements.size(); i += 2)
        out.insert(reply.elements[i].toByteArray(), reply.elements[i + 1]);
    return out;
}

Error QueueReader::replyError(const Result<redis::Reply> &reply, const QString &what)
{
    if (!reply)
        return reply.error();
    Error e;
    const QByteArray prefix = reply->errorPrefix();
    e.code = prefix == "NOPERM" ? Error::Code::PermissionDenied : Error::Code::Unknown;
    e.message = e.code == Error::Code::PermissionDenied
        ? tr("The Redis user may not %1 (the server's ACL refuses it).").arg(what)
        : tr("Redis refused to %1.").arg(what);
    e.detail = reply->toString();
    return e;
}

Result<StreamInfo> QueueReader::readStream(StreamClient &client, const QByteArray &stream)
{
    StreamInfo info;
    info.name = QString::fromUtf8(stream);
    const auto s = client.command(stream, {"XINFO", "STREAM", stream});
    if (!s || s->isError()) {
        if (s && s->str.contains("no such key"))
            return info; // not created yet: an empty stream
        return replyError(s, tr("read the stream %1").arg(info.name));
    }
    info.exists = true;
    const auto m = fieldMap(*s);
    info.length = num(m, "length", 0);
    info.entriesAdded = num(m, "entries-added");
    info.lastId = text(m, "last-generated-id");
    info.firstId = entryId(m.value("first-entry"));
    const auto g = client.command(stream, {"XINFO", "GROUPS", stream});
    if (!g || g->isError())
        return replyError(g, tr("read the groups of %1").arg(info.name));
    for (const redis::Reply &group : g->elements) {
        const auto gm = fieldMap(group);
        GroupInfo gi;
        gi.name = text(gm, "name");
        gi.consumers = num(gm, "consumers", 0);
        gi.pending = num(gm, "pending", 0);
        gi.lastDeliveredId = text(gm, "last-delivered-id");
        gi.entriesRead = num(gm, "entries-read");
        gi.lag = num(gm, "lag");
        const QByteArray name = gi.name.toUtf8();
        if (gi.pending > 0) {
            // The oldest pending entry and its idle time (extended form, one entry).
            const auto p = client.command(stream, {"XPENDING", stream, name, "-", "+", "1"});
            if (p && p->isArray() && !p->elements.empty()) {
                const redis::Reply &first = p->elements.front();
                if (first.elements.size() >= 3) {
                    gi.oldestPendingId = first.elements[0].toString();
                    gi.oldestPendingIdleMs = first.elements[2].toInteger(-1);
                }
            }
        }
        const auto c = client.command(stream, {"XINFO", "CONSUMERS", stream, name});
        if (c && c->isArray()) {
            for (const redis::Reply &consumer : c->elements) {
                const auto cm = fieldMap(consumer);
                ConsumerInfo ci;
                ci.name = text(cm, "name");
                ci.pending = num(cm, "pending", 0);
                ci.idleMs = num(cm, "idle", 0);
                ci.inactiveMs = num(cm, "inactive");
                gi.consumerList << ci;
            }
        }
        info.groups << gi;
    }
    return info;
}

Result<QList<DeadLetter>> QueueReader::readDeadLetters(
    StreamClient &client, const QByteArray &deadStream, int limit)
{
    QList<DeadLetter> out;
    const auto r = client.command(
        deadStream, {"XRANGE", deadStream, "-", "+", "COUNT", QByteArray::number(limit)});
    if (!r || r->isError())
        return replyError(r, tr("read the dead letters"));
    for (const redis::Reply &entry : r->elements) {
        if (entry.elements.size() < 2)
            continue;
        DeadLetter d;
        d.id = entry.elements[0].toString();
        const redis::Reply &kv = entry.elements[1];
        for (size_t i = 0; i + 1 < kv.elements.size(); i += 2) {
            const QString k = kv.elements[i].toString();
            const QString v = kv.elements[i + 1].toString();
            if (k == QLatin1String("orig_id"))
                d.origId = v;
            else if (k == QLatin1String("group"))
                d.group = v;
            else if (k == QLatin1String("attempts"))
                d.attempts = v.toLongLong();
            else if (k == QLatin1String("error"))
                d.error = v;
            else if (k == QLatin1String("failed_at"))
                d.failedAtMs = v.toLongLong();
            else if (k.startsWith(QLatin1String("f."))) {
                d.payload.append({k.mid(2), v});
                if (k == QLatin1String("f.order_id"))
                    d.orderId = v;
            }
        }
        out << d;
    }
    return out;
}

Result<QueueSnapshot> QueueReader::readSnapshot(StreamClient &client, int deadLimit)
{
    QueueSnapshot snap;
    snap.takenAtMs = QDateTime::currentMSecsSinceEpoch();
    for (const QByteArray &name : {kOrdersStream, kDeadStream}) {
        auto s = readStream(client, name);
        if (!s)
            return s.error();
        snap.streams << *s;
    }
    auto dead = readDeadLetters(client, kDeadStream, deadLimit);
    if (!dead)
        return dead.error();
    snap.deadLetters = *dead;
    snap.node = client.nodeFor(kOrdersStream);
    return snap;
}

QFuture<Result<QueueSnapshot>> QueueReader::fetch(cache::RedisDeployment deployment, int deadLimit)
{
    return QtConcurrent::run([deployment = std::move(deployment), deadLimit]() {
        StreamClient client(deployment);
        client.setFailoverWaitMs(5000); // the next refresh tries again
        auto r = readSnapshot(client, deadLimit);
        client.disconnect();
        return r;
    });
}

} // namespace qm::queues
