// RedisPurgeAction::execute: SCAN + pipelined UNLINK on every master, paced.
#include "cache/pacer.h"
#include "cache/purgesession.h"
#include "cache/redispurge.h"
#include "cache/redissync.h"
#include "common/logging.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <map>

namespace qm::cache {

namespace {

struct Run
{
    qint64 deleted = 0;
    qint64 protectedSkipped = 0;
    qint64 batches = 0;
    std::optional<Error> error;
};

} // namespace

safety::Outcome RedisPurgeAction::execute(
    const safety::Plan &plan, const safety::ProgressFn &progress, const safety::CancelToken &cancel)
{
    safety::Outcome out;
    if (plan.refused) {
        out.error = Error {Error::Code::InvalidInput, plan.refusal, {}, {}};
        return out;
    }
    PurgeSession s(m_deployment, m_policy);
    if (Status c = s.connect(); !c) {
        out.error = c.error();
        return out;
    }
    const bool unlock = m_spec.unlockProtected;
    // One probe per master: a shopper's GET on its own connection and thread.
    std::map<QString, std::unique_ptr<LatencyProbe>> probes;
    for (const RedisNode &n : s.topology().masters) {
        auto probe = std::make_unique<LatencyProbe>(n.endpoint, 2);
        if (m_policy.pace)
            probe->start();
        probes[n.name()] = std::move(probe);
    }
    Run run;
    QElapsedTimer clock;
    clock.start();
    safety::Progress pr;
    pr.total = plan.count;
    auto report = [&](const QString &stage, const Pacer &pacer) {
        pr.done = run.deleted;
        pr.stage = stage;
        pr.probeLatencyMs = pacer.lastLatencyMs();
        pr.pauseMs = pacer.pauseMs();
        if (progress)
            progress(pr);
    };
    QJsonArray pacing;
    auto cancelled = [&] {
        return Error {Error::Code::Cancelled,
            tr("Stopped by you after %1 keys were deleted; the rest are still there.")
                .arg(run.deleted),
            {}, {}};
    };

    for (const PurgePhase &phase : phasesFor(m_spec)) {
        if (run.error)
            break;
        if (phase.source == PurgePhase::Source::Scan) {
            for (const RedisNode &node : s.topology().masters) {
                if (run.error)
                    break;
                Pacer pacer(m_policy, probes[node.name()].get());
                pacer.measureBaseline();
                redis::Client &c = s.client(node);
                const QString stage = tr("Deleting on %1").arg(node.name());
                QByteArray cursor = "0";
                bool first = true;
                QByteArrayList pending;
                while (true) {
                    if (cancel.isCancelled()) {
                        run.error = cancelled();
                        break;
                    }
                    std::vector<QByteArrayList> cmds;
                    if (s.topology().isCluster()) {
                        for (const QByteArray &k : pending)
                            cmds.push_back({"UNLINK", k});
                    } else {
                        for (qsizetype i = 0; i < pending.size(); i += 500) {
                            QByteArrayList cmd {"UNLINK"};
                            cmd.append(pending.mid(i, 500));
                            cmds.push_back(std::move(cmd));
                        }
                    }
                    const size_t unlinks = cmds.size();
                    const bool scan = first || cursor != "0";
                    if (scan) {
                        cmds.push_back({"SCAN", cursor, "MATCH", phase.serverMatch, "COUNT",
                            QByteArray::number(pacer.scanCount())});
                    }
                    if (cmds.empty())
                        break;
                    QElapsedTimer batchClock;
                    batchClock.start();
                    auto replies = pipelineSync(c, std::move(cmds));
                    const double batchMs = double(batchClock.nsecsElapsed()) / 1e6;
                    if (!replies) {
                        run.error = s.lostError(node, replies.error(), run.deleted);
                        break;
                    }
                    for (size_t i = 0; i < unlinks; ++i) {
                        const redis::Reply &r = replies.value()[i];
                        if (r.isError()) {
                            run.error = replyError(node.endpoint, QStringLiteral("UNLINK"), r);
                            break;
                        }
                        run.deleted += r.integer;
                    }
                    if (run.error)
                        break;
                    pending.clear();
                    if (scan) {
                        const redis::Reply &r = replies.value().back();
                        if (r.isError() || r.elements.size() != 2) {
                            run.error = replyError(node.endpoint, QStringLiteral("SCAN"), r);
                            break;
                        }
                        first = false;
                        cursor = r.elements[0].str;
                        for (const redis::Reply &k : r.elements[1].elements) {
                            const auto v = s.classify(phase, k.str, unlock);
                            if (v == PurgeSession::Verdict::Hit)
                                pending << k.str;
                            else if (v == PurgeSession::Verdict::Protected)
                                ++run.protectedSkipped;
                        }
                    }
                    ++run.batches;
                    report(stage, pacer);
                    pacer.afterBatch(batchMs);
                }
                pacing.append(QJsonObject {{QStringLiteral("node"), node.name()},
                    {QStringLiteral("worst_p90_ms"), pacer.worstLatencyMs()},
                    {QStringLiteral("baseline_p90_ms"), pacer.baselineMs()},
                    {QStringLiteral("budget_ms"), pacer.maxBudgetMs()},
                    {QStringLiteral("slowdowns"), pacer.slowdowns()}});
                if (pacer.maxBudgetMs() > m_policy.latencyBudgetMs) {
                    out.notes << tr("%1 was at times slower than the budget on its own (idle "
                                    "p90 up to %2 ms): paced to the idle latency + %3 ms then.")
                                     .arg(node.name())
                                     .arg(pacer.maxBudgetMs() - m_policy.latencyBudgetMs, 0, 'f', 2)
                                     .arg(m_policy.latencyBudgetMs);
                }
            }
            continue;
        }
        // A tag set: delete the members (wherever they live), then the set.
        const RedisNode &owner = s.nodeForKey(phase.tagKey);
        Pacer pacer(m_policy, probes[owner.name()].get());
        pacer.measureBaseline();
        const QString stage = tr("Deleting the members of %1").arg(QString::fromUtf8(phase.tagKey));
        std::optional<Error> batchError;
        Status w = s.walk(
            phase,
            [&](const QByteArrayList &members) {
                if (batchError)
                    return;
                QByteArrayList doomed;
                for (const QByteArray &k : members) {
                    if (s.classify(phase, k, unlock) == PurgeSession::Verdict::Hit)
                        doomed << k;
                    else
                        ++run.protectedSkipped;
                }
                auto n = s.unlink(doomed);
                if (!n) {
                    batchError = s.lostError(owner, n.error(), run.deleted);
                    return;
                }
                run.deleted += n.value();
                ++run.batches;
                report(stage, pacer);
                pacer.afterBatch();
            },
            cancel, pacer.scanCount());
        if (batchError) {
            run.error = batchError;
        } else if (!w) {
            run.error = w.error().code == Error::Code::Cancelled
                ? cancelled()
                : s.lostError(owner, w.error(), run.deleted);
        } else {
            auto n = s.unlink({phase.tagKey});
            if (!n)
                run.error = s.lostError(owner, n.error(), run.deleted);
            else
                run.deleted += n.value();
        }
    }
    for (auto &[name, probe] : probes)
        probe->stop();

    out.done = run.deleted;
    out.error = run.error;
    out.complete = !run.error;
    out.notes << tr("%1 keys deleted in %2 ms").arg(run.deleted).arg(clock.elapsed());
    if (run.protectedSkipped > 0)
        out.notes
            << tr("%1 keys in protected namespaces were left alone.").arg(run.protectedSkipped);
    std::vector<double> all;
    for (auto &[name, probe] : probes) {
        probe->wait();
        const std::vector<double> s = probe->allSamples();
        all.insert(all.end(), s.begin(), s.end());
    }
    const double p99 = LatencyProbe::percentile(all, 99);
    if (p99 >= 0) {
        out.notes << tr(
            "Shoppers' round trip while purging: p99 %1 ms over %2 probes (budget %3 ms)")
                         .arg(p99, 0, 'f', 2)
                         .arg(all.size())
                         .arg(m_policy.latencyBudgetMs);
    }
    out.data = QJsonObject {{QStringLiteral("deleted"), run.deleted},
        {QStringLiteral("batches"), run.batches},
        {QStringLiteral("protected_skipped"), run.protectedSkipped},
        {QStringLiteral("probe_p99_ms"), p99},
        {QStringLiteral("probe_samples"), qint64(all.size())}, {QStringLiteral("pacing"), pacing}};
    qCInfo(lcCache).noquote() << describe() << "->" << run.deleted << "deleted"
                              << (run.error ? run.error->toString() : QString());
    return out;
}

} // namespace qm::cache
