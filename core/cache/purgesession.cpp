#include "cache/purgesession.h"

#include "cache/glob.h"
#include "cache/latencyprobe.h"
#include "cache/pacer.h"
#include "cache/redissync.h"

#include <QElapsedTimer>
#include <QHash>
#include <algorithm>

namespace qm::cache {

std::vector<PurgePhase> phasesFor(const RedisPurgeSpec &spec)
{
    std::vector<PurgePhase> phases;
    switch (spec.kind) {
    case RedisPurgeSpec::Kind::Pattern: {
        PurgePhase p;
        p.serverMatch = spec.pattern;
        phases.push_back(p);
        break;
    }
    case RedisPurgeSpec::Kind::Tag: {
        PurgePhase p;
        p.source = PurgePhase::Source::TagSet;
        p.tagKey = spec.tagKey();
        phases.push_back(p);
        break;
    }
    case RedisPurgeSpec::Kind::Product: {
        // product:<id> and product:<id>:* in one SCAN; the local globs keep product:<id>5 out.
        const QByteArray base = "product:" + globEscape(spec.productId);
        PurgePhase objects;
        objects.serverMatch = base + '*';
        objects.localGlobs = {base, base + ":*"};
        phases.push_back(objects);
        PurgePhase tagged;
        tagged.source = PurgePhase::Source::TagSet;
        tagged.tagKey = spec.tagKey();
        phases.push_back(tagged);
        break;
    }
    }
    return phases;
}

void DistinctCounter::insert(const QByteArray &key)
{
    m_hashes.push_back(
        quint64(qHashBits(key.constData(), size_t(key.size()), 0x9e3779b97f4a7c15ULL)));
    if (m_hashes.size() > 2 * m_sorted + (1u << 20))
        compact();
}

void DistinctCounter::compact()
{
    std::sort(m_hashes.begin(), m_hashes.end());
    m_hashes.erase(std::unique(m_hashes.begin(), m_hashes.end()), m_hashes.end());
    m_sorted = m_hashes.size();
}

qint64 DistinctCounter::count()
{
    compact();
    return qint64(m_hashes.size());
}

PurgeSession::PurgeSession(RedisDeployment deployment, PurgePolicy policy)
    : m_deployment(std::move(deployment))
    , m_policy(std::move(policy))
{ }

PurgeSession::~PurgeSession() = default;

Status PurgeSession::connect()
{
    Result<RedisTopology> t = TopologyResolver::resolve(m_deployment);
    if (!t)
        return t.error();
    m_topology = t.value();
    return Done {};
}

redis::Client &PurgeSession::client(const RedisNode &node)
{
    auto &slot = m_clients[node.name()];
    if (!slot)
        slot = std::make_unique<redis::Client>(node.endpoint);
    return *slot;
}

const RedisNode &PurgeSession::nodeForKey(const QByteArray &key) const
{
    const RedisNode *n = m_topology.masterForKey(key);
    return n ? *n : m_topology.masters.first();
}

bool PurgeSession::isProtected(const QByteArray &key) const
{
    return std::any_of(m_policy.protectedGlobs.begin(), m_policy.protectedGlobs.end(),
        [&](const QByteArray &g) { return globMatch(g, key); });
}

PurgeSession::Verdict PurgeSession::classify(
    const PurgePhase &phase, const QByteArray &key, bool unlock) const
{
    if (phase.source == PurgePhase::Source::Scan) {
        // The server already matched serverMatch; the local matcher must agree (it is Redis'
        // own algorithm), and narrows further when the phase has local globs.
        const QByteArrayList &globs = phase.localGlobs;
        const bool hit = globs.isEmpty()
            ? globMatch(phase.serverMatch, key)
            : std::any_of(
                globs.begin(), globs.end(), [&](const QByteArray &g) { return globMatch(g, key); });
        if (!hit)
            return Verdict::Skip;
    }
    if (!unlock && isProtected(key))
        return Verdict::Protected;
    return Verdict::Hit;
}

Status PurgeSession::walk(
    const PurgePhase &phase, const BatchFn &onBatch, const safety::CancelToken &cancel, int count)
{
    const QByteArray countArg = QByteArray::number(count);
    if (phase.source == PurgePhase::Source::TagSet) {
        const RedisNode &node = nodeForKey(phase.tagKey);
        redis::Client &c = client(node);
        QByteArray cursor = "0";
        do {
            if (cancel.isCancelled())
                return Error {Error::Code::Cancelled, tr("Cancelled."), {}, {}};
            const Result<redis::Reply> r
                = callSync(c, {"SSCAN", phase.tagKey, cursor, "COUNT", countArg});
            if (!r)
                return r.error();
            if (r->isError()) {
                if (r->errorPrefix() == "WRONGTYPE") {
                    return Error {Error::Code::InvalidInput,
                        tr("%1 is not a tag set (not a Redis set).")
                            .arg(QString::fromUtf8(phase.tagKey)),
                        {}, {}};
                }
                return replyError(node.endpoint, QStringLiteral("SSCAN"), r.value());
            }
            cursor = r->elements.at(0).str;
            onBatch(r->elements.at(1).toByteArrayList());
        } while (cursor != "0");
        return Done {};
    }
    for (const RedisNode &node : m_topology.masters) {
        redis::Client &c = client(node);
        // A plan or a verification reads the whole keyspace too: paced like the deletes.
        std::unique_ptr<LatencyProbe> probe;
        if (m_policy.pace) {
            probe = std::make_unique<LatencyProbe>(node.endpoint, 2);
            probe->start();
        }
        Pacer pacer(m_policy, probe.get());
        pacer.measureBaseline();
        ScanStream scan(c, phase.serverMatch, pacer, count);
        while (!scan.atEnd()) {
            if (cancel.isCancelled())
                return Error {Error::Code::Cancelled, tr("Cancelled."), {}, {}};
            const Result<QByteArrayList> keys = scan.next();
            if (!keys)
                return keys.error();
            onBatch(keys.value());
            pacer.afterBatch(scan.lastBatchMs(), scan.lastBatchAtMost());
        }
    }
    return Done {};
}

Result<std::vector<redis::Reply>> PurgeSession::perKey(
    const QByteArrayList &keys, const std::function<QByteArrayList(const QByteArray &)> &command)
{
    std::vector<redis::Reply> out(size_t(keys.size()));
    QHash<QString, std::vector<qsizetype>> byNode;
    for (qsizetype i = 0; i < keys.size(); ++i)
        byNode[nodeForKey(keys[i]).name()].push_back(i);
    for (const RedisNode &node : m_topology.masters) {
        const auto it = byNode.constFind(node.name());
        if (it == byNode.cend())
            continue;
        std::vector<QByteArrayList> cmds;
        for (qsizetype i : it.value())
            cmds.push_back(command(keys[i]));
        Result<std::vector<redis::Reply>> r = pipelineSync(client(node), std::move(cmds));
        if (!r)
            return r.error();
        for (size_t j = 0; j < it.value().size(); ++j)
            out[size_t(it.value()[j])] = std::move(r.value()[j]);
    }
    return out;
}

Result<std::vector<bool>> PurgeSession::exists(const QByteArrayList &keys)
{
    auto r = perKey(keys, [](const QByteArray &k) { return QByteArrayList {"EXISTS", k}; });
    if (!r)
        return r.error();
    std::vector<bool> out;
    out.reserve(r->size());
    for (const redis::Reply &reply : r.value())
        out.push_back(reply.isInteger() && reply.integer > 0);
    return out;
}

Result<std::vector<qint64>> PurgeSession::memoryUsage(const QByteArrayList &keys)
{
    auto r = perKey(keys, [](const QByteArray &k) {
        return QByteArrayList {"MEMORY", "USAGE", k, "SAMPLES", "0"};
    });
    if (!r)
        return r.error();
    std::vector<qint64> out;
    for (const redis::Reply &reply : r.value())
        out.push_back(reply.isInteger() ? reply.integer : -1);
    return out;
}

Result<qint64> PurgeSession::unlink(const QByteArrayList &keys)
{
    if (keys.isEmpty())
        return qint64(0);
    qint64 deleted = 0;
    if (m_topology.isCluster()) {
        auto r = perKey(keys, [](const QByteArray &k) { return QByteArrayList {"UNLINK", k}; });
        if (!r)
            return r.error();
        for (const redis::Reply &reply : r.value()) {
            if (reply.isError())
                return replyError(
                    nodeForKey(keys.first()).endpoint, QStringLiteral("UNLINK"), reply);
            deleted += reply.integer;
        }
        return deleted;
    }
    const RedisNode &node = m_topology.masters.first();
    std::vector<QByteArrayList> cmds;
    for (qsizetype i = 0; i < keys.size(); i += 500) {
        QByteArrayList cmd {"UNLINK"};
        cmd.append(keys.mid(i, 500));
        cmds.push_back(std::move(cmd));
    }
    auto r = pipelineSync(client(node), std::move(cmds));
    if (!r)
        return r.error();
    for (const redis::Reply &reply : r.value()) {
        if (reply.isError())
            return replyError(node.endpoint, QStringLiteral("UNLINK"), reply);
        deleted += reply.integer;
    }
    return deleted;
}

ScanStream::ScanStream(redis::Client &client, QByteArray match, Pacer &pacer, int maxCount)
    : m_client(client)
    , m_match(std::move(match))
    , m_pacer(pacer)
    , m_maxCount(maxCount)
{
    send();
}

void ScanStream::send()
{
    const QByteArray n = QByteArray::number(std::min(m_maxCount, m_pacer.scanCount()));
    m_inflight = m_client.command({"SCAN", m_cursor, "MATCH", m_match, "COUNT", n});
    m_client.sendNow();
    m_sent.start();
}

Result<QByteArrayList> ScanStream::next()
{
    // Take in what has arrived meanwhile: a reply found waiting took at most the time since it
    // was sent, which we spent on the last batch.
    const double before = double(m_sent.nsecsElapsed()) / 1e6;
    QCoreApplication::processEvents();
    const bool waited = !m_inflight.isFinished();
    const Result<redis::Reply> r = awaitReply(m_client, m_inflight);
    m_lastBatchMs = waited ? double(m_sent.nsecsElapsed()) / 1e6 : before;
    m_lastBatchAtMost = !waited;
    if (!r) {
        m_atEnd = true;
        return r.error();
    }
    if (r->isError() || r->elements.size() != 2) {
        m_atEnd = true;
        return replyError(m_client.endpoint(), QStringLiteral("SCAN"), r.value());
    }
    m_cursor = r->elements[0].str;
    m_atEnd = m_cursor == "0";
    if (!m_atEnd)
        send();
    return r->elements[1].toByteArrayList();
}

Error PurgeSession::lostError(const RedisNode &node, const Error &cause, qint64 deleted) const
{
    Error e = cause;
    e.message = tr("Redis at %1 stopped answering after %2 keys were deleted. Nothing was rolled "
                   "back; run the purge again to finish.")
                    .arg(node.name())
                    .arg(deleted);
    e.detail = cause.detail.isEmpty() ? cause.message : cause.message + u' ' + cause.detail;
    return e;
}

} // namespace qm::cache
