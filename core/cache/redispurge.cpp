#include "cache/redispurge.h"

#include "cache/glob.h"
#include "cache/keybrowser.h"
#include "cache/purgesession.h"

#include <QJsonArray>
#include <random>

namespace qm::cache {

namespace {

// Keeps a uniform random sample of a stream of unknown length (reservoir sampling).
class Reservoir
{
public:
    explicit Reservoir(int size)
        : m_size(size)
        , m_rng(0x51a7)
    { }
    void offer(const QByteArray &key)
    {
        ++m_seen;
        if (m_items.size() < m_size) {
            m_items << key;
            return;
        }
        std::uniform_int_distribution<qint64> pick(0, m_seen - 1);
        const qint64 j = pick(m_rng);
        if (j < m_size)
            m_items[j] = key;
    }
    const QByteArrayList &items() const { return m_items; }

private:
    int m_size;
    qint64 m_seen = 0;
    QByteArrayList m_items;
    std::mt19937_64 m_rng;
};

QJsonArray base64List(const QByteArrayList &keys)
{
    QJsonArray a;
    for (const QByteArray &k : keys)
        a.append(QString::fromLatin1(k.toBase64()));
    return a;
}

} // namespace

QString formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

RedisPurgeAction::RedisPurgeAction(
    RedisDeployment deployment, RedisPurgeSpec spec, PurgePolicy policy)
    : m_deployment(std::move(deployment))
    , m_spec(std::move(spec))
    , m_policy(std::move(policy))
{ }

QString RedisPurgeAction::describe() const
{
    switch (m_spec.kind) {
    case RedisPurgeSpec::Kind::Pattern:
        return tr("Purge the Redis keys matching %1").arg(KeyInspector::printable(m_spec.pattern));
    case RedisPurgeSpec::Kind::Tag:
        return tr("Purge the Redis keys tagged %1").arg(KeyInspector::printable(m_spec.tag));
    case RedisPurgeSpec::Kind::Product:
        break;
    }
    return tr("Purge product %1 from the Redis cache")
        .arg(KeyInspector::printable(m_spec.productId));
}

QString RedisPurgeAction::protectedReach(const RedisPurgeSpec &spec, const PurgePolicy &policy)
{
    if (spec.unlockProtected || spec.kind != RedisPurgeSpec::Kind::Pattern)
        return {};
    for (const QByteArray &g : policy.protectedGlobs) {
        if (globMayOverlap(spec.pattern, g)) {
            return tr("The pattern %1 reaches into the protected namespace %2.")
                .arg(KeyInspector::printable(spec.pattern), QString::fromUtf8(g));
        }
    }
    return {};
}

Result<safety::Plan> RedisPurgeAction::plan(const safety::CancelToken &cancel)
{
    if (m_spec.kind == RedisPurgeSpec::Kind::Pattern && m_spec.pattern.isEmpty())
        return Error {Error::Code::InvalidInput, tr("The pattern is empty."), {}, {}};
    if (m_spec.kind == RedisPurgeSpec::Kind::Pattern) {
        if (const qsizetype at = globDubiousAt(m_spec.pattern); at >= 0) {
            const bool bracket = m_spec.pattern.at(at) == '[';
            return Error {Error::Code::InvalidInput,
                (bracket ? tr("The pattern %1 has a '[' at position %2 that no ']' closes. "
                              "Close it, or write \\[ for a literal '['.")
                         : tr("The pattern %1 ends in a lone '\\' at position %2. Remove it, "
                              "or write \\\\ for a literal backslash."))
                    .arg(KeyInspector::printable(m_spec.pattern))
                    .arg(at + 1),
                {}, {}};
        }
    }
    if (m_spec.kind == RedisPurgeSpec::Kind::Tag && m_spec.tag.isEmpty())
        return Error {Error::Code::InvalidInput, tr("The tag is empty."), {}, {}};
    if (m_spec.kind == RedisPurgeSpec::Kind::Product && m_spec.productId.isEmpty())
        return Error {Error::Code::InvalidInput, tr("The product id is empty."), {}, {}};

    PurgeSession s(m_deployment, m_policy);
    if (Status c = s.connect(); !c)
        return c.error();

    DistinctCounter hits;
    DistinctCounter protectedHits;
    Reservoir sample(m_policy.sampleSize);
    Reservoir memorySample(m_policy.memorySampleSize);
    QByteArrayList protectedSample;
    qint64 deadMembers = 0;
    qint64 tagSets = 0;
    std::optional<Error> failure;

    for (const PurgePhase &phase : phasesFor(m_spec)) {
        auto onKeys = [&](const QByteArrayList &keys) {
            QByteArrayList live = keys;
            if (phase.source == PurgePhase::Source::TagSet) {
                // Members whose keys expired: counted (they go with the set), never deleted.
                auto ex = s.exists(keys);
                if (!ex) {
                    failure = ex.error();
                    return;
                }
                live.clear();
                for (qsizetype i = 0; i < keys.size(); ++i) {
                    if (ex.value()[size_t(i)])
                        live << keys[i];
                    else
                        ++deadMembers;
                }
            }
            for (const QByteArray &k : live) {
                switch (s.classify(phase, k, m_spec.unlockProtected)) {
                case PurgeSession::Verdict::Skip:
                    break;
                case PurgeSession::Verdict::Protected:
                    protectedHits.insert(k);
                    if (protectedSample.size() < 5)
                        protectedSample << k;
                    break;
                case PurgeSession::Verdict::Hit:
                    hits.insert(k);
                    sample.offer(k);
                    memorySample.offer(k);
                    break;
                }
            }
        };
        Status w = s.walk(phase, onKeys, cancel);
        if (!w)
            return w.error();
        if (failure)
            return *failure;
        if (phase.source == PurgePhase::Source::TagSet) {
            auto ex = s.exists({phase.tagKey});
            if (!ex)
                return ex.error();
            if (ex.value()[0]) {
                ++tagSets;
                hits.insert(phase.tagKey);
            }
        }
    }

    safety::Plan p;
    p.action = m_spec.actionName();
    p.title = describe();
    p.target = m_spec.target();
    p.unit = tr("keys");
    p.count = hits.count();
    p.countExact = true;
    for (const QByteArray &k : sample.items())
        p.sample << KeyInspector::printable(k, 120);
    const QStringList masters = s.topology().masterNames();
    p.details << tr("%n key(s) on %1", nullptr, int(qMin<qint64>(p.count, INT_MAX)))
                     .arg(masters.size() == 1 ? masters.first()
                                              : tr("%1 masters (%2)")
                                                    .arg(masters.size())
                                                    .arg(masters.join(QStringLiteral(", "))));
    qint64 memoryEstimate = 0;
    if (!memorySample.items().isEmpty()) {
        auto mem = s.memoryUsage(memorySample.items());
        if (mem) {
            qint64 sum = 0;
            int known = 0;
            for (qint64 m : mem.value()) {
                if (m > 0) {
                    sum += m;
                    ++known;
                }
            }
            if (known > 0) {
                memoryEstimate = qint64(double(sum) / known * double(p.count));
                p.details << (known >= p.count
                        ? tr("Frees %1 (MEMORY USAGE of every key)").arg(formatBytes(sum))
                        : tr("Frees about %1 (estimated: MEMORY USAGE of %2 sampled "
                             "keys, extrapolated to %3)")
                              .arg(formatBytes(memoryEstimate))
                              .arg(known)
                              .arg(p.count));
            }
        }
    }
    if (deadMembers > 0) {
        p.details << tr("%1 tag-set members point to keys that have expired; they go with the set.")
                         .arg(deadMembers);
    }
    const qint64 protectedCount = protectedHits.count();
    const QString reach = protectedReach(m_spec, m_policy);
    if (protectedCount > 0 || !reach.isEmpty()) {
        QStringList examples;
        for (const QByteArray &k : protectedSample)
            examples << KeyInspector::printable(k, 60);
        p.refused = true;
        QStringList why;
        if (!reach.isEmpty())
            why << reach;
        if (protectedCount > 0) {
            why << tr("%1 matching keys are in protected namespaces (%2)%3.")
                       .arg(protectedCount)
                       .arg(QString::fromUtf8(m_policy.protectedGlobs.join(", ")))
                       .arg(examples.isEmpty()
                               ? QString()
                               : tr(", e.g. %1").arg(examples.join(QStringLiteral(", "))));
        }
        why << tr("Unlock protected namespaces for this one purge to include them.");
        p.refusal = why.join(u' ');
    }
    if (m_spec.unlockProtected)
        p.warnings << tr("Protected namespaces are unlocked for this purge: sessions and carts "
                         "that match will be deleted.");
    if (p.count == 0 && !p.refused)
        p.warnings << tr("Nothing matches: the purge would delete nothing.");
    p.impact = m_spec.unlockProtected ? safety::Impact::High : safety::impactForCount(p.count);
    QJsonObject data = m_spec.toJson();
    data.insert(QStringLiteral("masters"), QJsonArray::fromStringList(masters));
    data.insert(QStringLiteral("memory_estimate_bytes"), memoryEstimate);
    data.insert(QStringLiteral("memory_sampled_keys"), memorySample.items().size());
    data.insert(QStringLiteral("protected_matches"), protectedCount);
    data.insert(QStringLiteral("dead_tag_members"), deadMembers);
    data.insert(QStringLiteral("tag_sets"), tagSets);
    data.insert(QStringLiteral("sample_base64"), base64List(sample.items()));
    p.data = data;
    return p;
}

Result<safety::Verification> RedisPurgeAction::verify(
    const safety::Plan &plan, const safety::Outcome &, const safety::CancelToken &cancel)
{
    PurgeSession s(m_deployment, m_policy);
    if (Status c = s.connect(); !c)
        return c.error();
    DistinctCounter remaining;
    QByteArrayList examples;
    for (const PurgePhase &phase : phasesFor(m_spec)) {
        if (phase.source == PurgePhase::Source::TagSet) {
            auto ex = s.exists({phase.tagKey});
            if (!ex)
                return ex.error();
            if (ex.value()[0]) {
                remaining.insert(phase.tagKey);
                examples << phase.tagKey;
            }
            continue;
        }
        Status w = s.walk(
            phase,
            [&](const QByteArrayList &keys) {
                for (const QByteArray &k : keys) {
                    if (s.classify(phase, k, m_spec.unlockProtected)
                        == PurgeSession::Verdict::Hit) {
                        remaining.insert(k);
                        if (examples.size() < 5)
                            examples << k;
                    }
                }
            },
            cancel);
        if (!w)
            return w.error();
    }
    // The keys the plan showed must be gone, wherever they came from (tag members included).
    QByteArrayList sampled;
    for (const QJsonValue &v : plan.data.value(QStringLiteral("sample_base64")).toArray())
        sampled << QByteArray::fromBase64(v.toString().toLatin1());
    qint64 sampleLeft = 0;
    if (!sampled.isEmpty()) {
        auto ex = s.exists(sampled);
        if (!ex)
            return ex.error();
        for (bool e : ex.value())
            sampleLeft += e ? 1 : 0;
    }
    safety::Verification v;
    v.remaining = remaining.count();
    v.ok = v.remaining == 0 && sampleLeft == 0;
    if (v.ok) {
        v.summary = tr("Verified: nothing the purge covers is left.");
    } else {
        QStringList ex;
        for (const QByteArray &k : examples)
            ex << KeyInspector::printable(k, 60);
        v.summary = tr("%1 keys still match and %2 of the %3 sampled keys exist (written again "
                       "since the purge, or not reached), e.g. %4")
                        .arg(v.remaining)
                        .arg(sampleLeft)
                        .arg(sampled.size())
                        .arg(ex.join(QStringLiteral(", ")));
    }
    v.data = QJsonObject {
        {QStringLiteral("remaining"), v.remaining}, {QStringLiteral("sampled_left"), sampleLeft}};
    return v;
}

} // namespace qm::cache
