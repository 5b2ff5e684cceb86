#pragma once

// Shared by the orders tests (tst_orderfeed, tst_storefront, gui/tst_orderspage): the storefront
// simulator as a child process, an owner connection for checks, and a recorder that proves a
// feed delivered every order exactly once.
#include "orders/orderfeed.h"
#include "testenv.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QThread>
#include <memory>
#include <pqxx/pqxx>

namespace orderstest {

inline QString storefrontBinary()
{
    const QString env = qEnvironmentVariable("QM_STOREFRONT");
    if (!env.isEmpty())
        return env;
    return QFileInfo(QCoreApplication::applicationDirPath()
        + QStringLiteral("/../server/storefront/qm-storefront"))
        .absoluteFilePath();
}

inline std::unique_ptr<pqxx::connection> ownerConnection()
{
    return std::make_unique<pqxx::connection>(qmtest::primaryParams().toConninfo());
}

inline qint64 scalar(pqxx::connection &c, const std::string &sql)
{
    pqxx::nontransaction tx(c);
    const pqxx::result r = tx.exec(sql);
    return r[0][0].is_null() ? 0 : r[0][0].as<qint64>();
}

// Writes n new orders in one transaction (the owner's connection); returns their ids.
inline QVector<qint64> insertOrders(pqxx::connection &c, int n)
{
    pqxx::work tx(c);
    QVector<qint64> ids;
    for (const auto &row : tx.exec_params("INSERT INTO shop.orders (channel) SELECT 'feed-test' "
                                          "FROM generate_series(1, $1) RETURNING id",
             n))
        ids.append(row[0].as<qint64>());
    tx.commit();
    return ids;
}

// Spins the event loop until pred() holds or the time is up.
template <typename Pred> bool waitUntil(Pred pred, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!pred()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

// Starts a feed and waits until it is live; returns its start snapshot (empty: it never was).
inline QString startLive(qm::orders::OrderFeed &feed)
{
    feed.start();
    if (!waitUntil(
            [&] {
                return feed.state() == qm::orders::FeedState::Live && !feed.snapshot().isEmpty();
            },
            15000))
        return {};
    return feed.snapshot();
}

// qm-storefront against the test sandbox. Its stdout is the JSON lines it prints.
class Simulator
{
public:
    bool start(const QStringList &args)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(storefrontBinary(),
            QStringList {
                QStringLiteral("--profile"), qmtest::profilePath(), QStringLiteral("--quiet")}
                + args);
        return m_process.waitForStarted(5000);
    }
    void terminate() { m_process.terminate(); }
    void kill() { m_process.kill(); }
    bool wait(int timeoutMs)
    {
        const bool done = m_process.waitForFinished(timeoutMs);
        m_out += m_process.readAllStandardOutput();
        m_err += m_process.readAllStandardError();
        return done;
    }
    int exitCode() const { return m_process.exitCode(); }
    bool running() const { return m_process.state() != QProcess::NotRunning; }
    QByteArray errors() const { return m_err; }
    // The last JSON line (the summary after a normal stop).
    QJsonObject summary() const
    {
        const QList<QByteArray> lines = m_out.trimmed().split('\n');
        return lines.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(lines.last()).object();
    }

private:
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};

// Records what a feed delivers: every (id, change_seq) must arrive at most once, and at the end
// each order's newest version must be the one in the table.
struct FeedRecorder
{
    QHash<qint64, qint64> latest; // id -> newest change_seq delivered
    QSet<QPair<qint64, qint64>> versions; // every (id, change_seq) delivered
    qint64 duplicates = 0;
    qint64 rows = 0;
    qint64 batches = 0;

    void attach(qm::orders::OrderFeed &feed)
    {
        QObject::connect(&feed, &qm::orders::OrderFeed::rowsArrived, &feed,
            [this](const qm::orders::OrderRows &batch) { record(batch); });
    }
    void record(const qm::orders::OrderRows &batch)
    {
        ++batches;
        for (const auto &r : batch) {
            ++rows;
            if (versions.contains({r.id, r.changeSeq}))
                ++duplicates;
            versions.insert({r.id, r.changeSeq});
            if (latest.value(r.id, -1) < r.changeSeq)
                latest.insert(r.id, r.changeSeq);
        }
    }

    // Compares with the orders written after the feed's start snapshot. Empty when exact.
    QString compare(pqxx::connection &c, const QString &startSnapshot, qint64 *expected = nullptr)
    {
        pqxx::nontransaction tx(c);
        const pqxx::result r
            = tx.exec_params("SELECT id, change_seq FROM shop.orders "
                             "WHERE NOT pg_visible_in_snapshot(change_xid, $1::pg_snapshot)",
                startSnapshot.toStdString());
        qint64 missing = 0;
        qint64 stale = 0;
        QStringList sample;
        for (const auto &row : r) {
            const qint64 id = row[0].as<qint64>();
            const qint64 seq = row[1].as<qint64>();
            const qint64 got = latest.value(id, -1);
            if (got == seq)
                continue;
            ++(got < 0 ? missing : stale);
            if (sample.size() < 5)
                sample << QStringLiteral("%1@%2 (feed %3)").arg(id).arg(seq).arg(got);
        }
        if (expected)
            *expected = qint64(r.size());
        qint64 extra = latest.size() - (qint64(r.size()) - missing);
        if (missing == 0 && stale == 0 && duplicates == 0 && extra == 0)
            return {};
        return QStringLiteral("%1 orders in the table, feed: %2 missing, %3 stale, %4 duplicate "
                              "versions, %5 not in the table; e.g. %6")
            .arg(r.size())
            .arg(missing)
            .arg(stale)
            .arg(duplicates)
            .arg(extra)
            .arg(sample.join(QStringLiteral(", ")));
    }
};

} // namespace orderstest
