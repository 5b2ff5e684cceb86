// libFuzzer harness for Patroni REST answers: GET /cluster (PatroniClient::parseCluster) and
// GET /config (parseConfig), and the switchover pre-flight over what was read (reasonsFor).
// The input is one JSON body, read as both answers. Oracles, beyond "no crash, no sanitizer
// report": a refusal says why; every member of the list is kept; the leader is a member that
// says so; every reason has a message; a pre-flight for the leader says only that it is the
// leader, one for an unknown name says only that, and ok() is "no blocking reason".
//
//   scripts/fuzz patroni [seconds]
#include "ha/patroniclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace qm::ha;
using K = PreflightReason::Kind;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return 0; // JsonClient refuses anything else before it reaches the parsers
    const QJsonObject o = doc.object();
    const PatroniConfig config = PatroniClient::parseConfig(o);
    const auto cluster
        = PatroniClient::parseCluster(o, QUrl(QStringLiteral("http://127.0.0.1:8008")));
    if (!cluster) {
        if (cluster.error().message.isEmpty())
            abort();
        return 0;
    }
    if (cluster->members.size() != o.value(QStringLiteral("members")).toArray().size())
        abort();
    const PatroniMember *leader = cluster->leader();
    if (leader && (!leader->isLeader() || cluster->member(leader->name) == nullptr))
        abort();
    QStringList candidates {QStringLiteral("no-such-member-\u00e9")};
    for (const PatroniMember &m : cluster->members)
        candidates << m.name;
    for (const QString &candidate : candidates) {
        for (const qint64 dcsAge : {qint64(-1), qint64(0), qint64(1) << 40}) {
            Preflight p;
            p.cluster = cluster.value();
            p.config = config;
            p.candidate = candidate;
            p.reasons = PatroniClient::reasonsFor(cluster.value(), config, candidate, dcsAge);
            bool blocking = false;
            for (const PreflightReason &r : p.reasons) {
                if (r.message.isEmpty())
                    abort();
                blocking = blocking || r.blocking;
            }
            if (p.ok() == blocking)
                abort();
            const PatroniMember *c = cluster->member(candidate);
            if (!c && !p.has(K::UnknownCandidate))
                abort();
            if (c && c->isLeader() && !p.has(K::CandidateIsLeader))
                abort();
            if (c && !c->isLeader() && p.has(K::CandidateIsLeader)) {
                std::fprintf(stderr, "%s is no leader but was called one\n", qPrintable(candidate));
                abort();
            }
        }
    }
    return 0;
}
