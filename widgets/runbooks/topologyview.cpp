#include "runbooks/topologyview.h"

#include "cache/topology.h"
#include "ha/patroniclient.h"
#include "runbooks/backupsteps.h"

#include <QColor>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QRegularExpression>
#include <QtConcurrent>
#include <memory>

namespace qm {

namespace {

constexpr qint64 kBackupRereadSeconds = 60;

QString humanBytes(qint64 b)
{
    if (b < 1024)
        return TopologyView::tr("%1 B").arg(b);
    if (b < 1024 * 1024)
        return TopologyView::tr("%1 KiB").arg(b / 1024);
    return TopologyView::tr("%1 MiB").arg(double(b) / (1024 * 1024), 0, 'f', 1);
}

// A span of time for people: "90 s", "12 min", "3.5 h", "4 days".
QString span(qint64 seconds)
{
    if (seconds < 120)
        return TopologyView::tr("%n s", nullptr, int(seconds));
    if (seconds < 7200)
        return TopologyView::tr("%n min", nullptr, int(seconds / 60));
    if (seconds < 3 * 86400)
        return TopologyView::tr("%1 h").arg(double(seconds) / 3600.0, 0, 'f', 1);
    return TopologyView::tr("%n days", nullptr, int(seconds / 86400));
}

// Reads what the snapshot's backup fields say; blocking (a worker).
void readBackups(TopologySnapshot &s, const runbooks::Fields &where)
{
    const auto r = runbooks::checkLatestBackup(where);
    s.backupRead = true;
    if (!r) {
        s.backupError = r.error().message;
        return;
    }
    s.backupOk = r->ok;
    s.backupSummary = r->summary;
    s.backupData = r->data;
}

} // namespace

TopologyView::TopologyView(QWidget *parent)
    : QTreeWidget(parent)
{
    setHeaderLabels({tr("Server"), tr("Role"), tr("State"), tr("Lag"), tr("TL")});
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setAllColumnsShowFocus(true);
    header()->setStretchLastSection(true);
}

runbooks::Fields TopologyView::backupCheckFields(const QList<runbooks::Runbook> &books)
{
    static const QRegularExpression param(QStringLiteral("\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    const runbooks::Runbook *found = nullptr;
    const runbooks::Step *step = nullptr;
    // The settings' folder first: a deployment's own backup check says where its backups are.
    for (int builtin = 0; builtin <= 1 && !step; ++builtin)
        for (const runbooks::Runbook &b : books) {
            if (b.path.startsWith(QLatin1String(":/")) != bool(builtin))
                continue;
            for (const runbooks::Step &s : b.steps)
                if (s.type == QLatin1String("backup.check")) {
                    found = &b;
                    step = &s;
                    break;
                }
            if (step)
                break;
        }
    runbooks::Fields f;
    if (!step)
        return f;
    for (auto it = step->action.values.begin(); it != step->action.values.end(); ++it) {
        QJsonValue v = it.value();
        if (v.isString()) {
            QString text = v.toString();
            // The parameters' defaults stand in for ${name}, as a run without answers would.
            for (const runbooks::Parameter &p : found->parameters)
                text.replace(
                    QStringLiteral("${%1}").arg(p.name), p.defaultValue.toVariant().toString());
            if (param.match(text).hasMatch() || text.isEmpty())
                continue; // no default: as if not given
            v = text;
        }
        f.values.insert(it.key(), v);
    }
    return f;
}

void TopologyView::refresh(
    const Profile &profile, const QString &password, const runbooks::Fields &backup)
{
    if (m_busy)
        return;
    m_busy = true;
    m_hasPatroni = !profile.patroniUrls.isEmpty();
    const bool readBackup = !m_backupAt.isValid()
        || m_backupAt.secsTo(QDateTime::currentDateTimeUtc()) >= kBackupRereadSeconds;
    if (readBackup)
        m_backupAt = QDateTime::currentDateTimeUtc();
    // Redis (blocking resolver) and the backups on a worker; Patroni's REST API through its
    // asynchronous client.
    auto snap = std::make_shared<TopologySnapshot>();
    auto pending = std::make_shared<int>(m_hasPatroni ? 2 : 1);
    const auto done = [this, snap, pending, readBackup] {
        if (--*pending > 0)
            return;
        m_busy = false;
        if (readBackup) {
            m_lastBackup = *snap;
        } else {
            snap->backupRead = m_lastBackup.backupRead;
            snap->backupOk = m_lastBackup.backupOk;
            snap->backupSummary = m_lastBackup.backupSummary;
            snap->backupData = m_lastBackup.backupData;
            snap->backupError = m_lastBackup.backupError;
        }
        draw(*snap);
    };
    auto *rw = new QFutureWatcher<TopologySnapshot>(this);
    connect(rw, &QFutureWatcherBase::finished, this, [rw, snap, done] {
        rw->deleteLater();
        const TopologySnapshot r = rw->result();
        snap->redis = r.redis;
        snap->redisError = r.redisError;
        snap->backupRead = r.backupRead;
        snap->backupOk = r.backupOk;
        snap->backupSummary = r.backupSummary;
        snap->backupData = r.backupData;
        snap->backupError = r.backupError;
        done();
    });
    rw->setFuture(QtConcurrent::run([profile, password, backup, readBackup] {
        TopologySnapshot s;
        if (readBackup)
            readBackups(s, backup);
        const auto dep = cache::RedisDeployment::fromSettings(profile.redis, password);
        const auto t = cache::TopologyResolver::resolve(dep, 2000);
        if (!t) {
            s.redisError = t.error().message;
            return s;
        }
        for (const cache::RedisNode &n : t->masters)
            s.redis.append({n.name(), TopologyView::tr("master"),
                n.healthy ? TopologyView::tr("up") : TopologyView::tr("DOWN")});
        for (const cache::RedisNode &n : t->replicas)
            s.redis.append({n.name(), TopologyView::tr("replica of %1").arg(n.masterName),
                n.healthy ? TopologyView::tr("up") : TopologyView::tr("DOWN")});
        for (const QString &sen : profile.redis.sentinels)
            s.redis.append({sen, TopologyView::tr("sentinel"),
                sen == t->resolvedVia ? TopologyView::tr("answered")
                                      : TopologyView::tr("configured")});
        return s;
    }));
    if (m_hasPatroni) {
        QList<QUrl> urls;
        for (const QString &u : profile.patroniUrls)
            urls.append(QUrl(u));
        auto *client = new ha::PatroniClient(urls, this);
        client->setTimeoutMs(2000);
        if (!profile.caFile.isEmpty())
            client->setCaFile(profile.caFile); // Patroni behind TLS (QM_SANDBOX_TLS=1)
        auto *pw = new QFutureWatcher<Result<ha::PatroniCluster>>(this);
        connect(pw, &QFutureWatcherBase::finished, this, [pw, client, snap, done] {
            pw->deleteLater();
            client->deleteLater();
            const auto r = pw->result();
            if (!r) {
                snap->patroniError = r.error().message;
            } else {
                for (const ha::PatroniMember &m : r->members)
                    snap->members.append({m.name, m.role, m.state,
                        m.isLeader()       ? QString()
                            : m.lagUnknown ? TopologyView::tr("unknown")
                            : m.lagBytes   ? humanBytes(*m.lagBytes)
                                           : QString(),
                        m.timeline ? QString::number(m.timeline) : QString()});
                if (r->paused)
                    snap->patroniError
                        = TopologyView::tr("Patroni is paused (no automatic failover)");
            }
            done();
        });
        pw->setFuture(client->cluster());
    }
}

void TopologyView::draw(const TopologySnapshot &s)
{
    clear();
    const auto group = [this](const QString &title) {
        auto *g = new QTreeWidgetItem(this);
        g->setText(0, title);
        g->setFirstColumnSpanned(true);
        g->setExpanded(true);
        return g;
    };
    QTreeWidgetItem *pg = group(tr("PostgreSQL (Patroni)"));
    if (!m_hasPatroni)
        (new QTreeWidgetItem(pg))->setText(0, tr("this profile names no Patroni API"));
    for (const QStringList &m : s.members) {
        auto *i = new QTreeWidgetItem(pg, m);
        if (m.value(1) == QLatin1String("leader"))
            i->setForeground(1, QColor(0x2e, 0x7d, 0x32));
    }
    if (!s.patroniError.isEmpty())
        (new QTreeWidgetItem(pg))->setText(0, s.patroniError);
    QTreeWidgetItem *rg = group(tr("Redis"));
    for (const QStringList &r : s.redis)
        new QTreeWidgetItem(rg, r);
    if (!s.redisError.isEmpty())
        (new QTreeWidgetItem(rg))->setText(0, s.redisError);

    // Backups: the latest one's label, type, whether it is fresh enough, and its age.
    QTreeWidgetItem *bg = group(tr("Backups (pgBackRest)"));
    bg->setData(0, Qt::UserRole, QStringLiteral("backups"));
    if (!s.backupRead) {
        (new QTreeWidgetItem(bg))->setText(0, tr("reading…"));
    } else if (!s.backupError.isEmpty()) {
        auto *i = new QTreeWidgetItem(bg);
        i->setText(0, tr("cannot read the backups: %1").arg(s.backupError));
        i->setToolTip(0, s.backupError);
    } else {
        const qint64 ageSeconds
            = qint64(s.backupData.value(QLatin1String("age_seconds")).toDouble());
        const bool limited = s.backupData.contains(QLatin1String("max_age_seconds"));
        const QString state = s.backupOk
            ? (limited ? tr("fresh") : tr("ok"))
            : (limited ? tr("TOO OLD (at most %1)")
                             .arg(span(qint64(
                                 s.backupData.value(QLatin1String("max_age_seconds")).toDouble())))
                       : tr("NO WAL ARCHIVED"));
        auto *i = new QTreeWidgetItem(bg,
            {s.backupData.value(QLatin1String("label")).toString(),
                s.backupData.value(QLatin1String("type")).toString(), state,
                tr("%1 old").arg(span(ageSeconds))});
        i->setData(0, Qt::UserRole, ageSeconds);
        for (int c = 0; c < 4; ++c)
            i->setToolTip(c, s.backupSummary);
        if (!s.backupOk) {
            const QColor warning(0xe6, 0x51, 0x00);
            i->setForeground(2, warning);
            i->setForeground(3, warning);
        }
    }
    for (int c = 0; c < 4; ++c)
        resizeColumnToContents(c);
    Q_EMIT loaded();
}

} // namespace qm
