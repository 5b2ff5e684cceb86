// qmctl orders tail: the console's live orders feed as lines (text or JSON), until interrupted.

#include "command.h"
#include "orders/orderfeed.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <atomic>
#include <csignal>

namespace qmctl {

namespace {

std::atomic<bool> g_interrupted {false};
extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
}

QString textLine(const qm::orders::OrderRow &r)
{
    return QStringLiteral("%1  %2  %3  %4  %5  %6 %7  %8  lines=%9  seq=%10")
        .arg(r.updatedAt().toString(Qt::ISODateWithMs))
        .arg(r.number, -12)
        .arg(r.status, -9)
        .arg(r.paymentStatus, -8)
        .arg(r.channel, -11)
        .arg(r.totalText(), 10)
        .arg(r.currency)
        .arg(r.customerEmail.isEmpty() ? QStringLiteral("-") : r.customerEmail)
        .arg(r.lineCount)
        .arg(r.changeSeq);
}

QByteArray jsonLine(const qm::orders::OrderRow &r)
{
    const QJsonObject o {
        {QStringLiteral("id"), r.id},
        {QStringLiteral("number"), r.number},
        {QStringLiteral("status"), r.status},
        {QStringLiteral("payment_status"), r.paymentStatus},
        {QStringLiteral("channel"), r.channel},
        {QStringLiteral("total"), r.totalText()},
        {QStringLiteral("currency"), r.currency},
        {QStringLiteral("customer_id"), r.customerId},
        {QStringLiteral("customer_email"), r.customerEmail},
        {QStringLiteral("line_count"), r.lineCount},
        {QStringLiteral("created_at"), r.createdAt().toString(Qt::ISODateWithMs)},
        {QStringLiteral("updated_at"), r.updatedAt().toString(Qt::ISODateWithMs)},
        {QStringLiteral("change_seq"), r.changeSeq},
        {QStringLiteral("change_xid"), QString::number(r.changeXid)},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

class OrdersTailCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(qmctl::OrdersTailCommand)
public:
    QString name() const override { return QStringLiteral("orders tail"); }
    QString summary() const override
    {
        return tr("print orders as they change (the console's live feed), until Ctrl+C");
    }

    void configure(QCommandLineParser &p) const override
    {
        p.addOption({QStringLiteral("last"), tr("First print the latest N orders."),
            QStringLiteral("n"), QStringLiteral("0")});
        p.addOption({QStringLiteral("json"), tr("One JSON object per line.")});
        p.addOption({QStringLiteral("count"), tr("Exit after N rows."), QStringLiteral("n"),
            QStringLiteral("0")});
        p.addOption({QStringLiteral("duration"), tr("Exit after S seconds."), QStringLiteral("s"),
            QStringLiteral("0")});
    }

    int run(Context &ctx, const QCommandLineParser &p) const override
    {
        int code = ExitOk;
        auto cluster = ctx.openCluster(&code);
        if (!cluster)
            return code;
        qm::orders::OrderFeedOptions options;
        options.params.applicationName = QStringLiteral("qmctl-orders-tail");
        options.useServersOf(*cluster); // after a failover: the writable one of these
        options.initialRecent = p.value(QStringLiteral("last")).toInt();
        cluster.reset(); // the feed has its own connection
        const bool json = p.isSet(QStringLiteral("json"));
        const qint64 maxRows = p.value(QStringLiteral("count")).toLongLong();
        const double seconds = p.value(QStringLiteral("duration")).toDouble();

        qm::orders::OrderFeed feed(options);
        QEventLoop loop;
        qint64 printed = 0;
        QObject::connect(&feed, &qm::orders::OrderFeed::rowsArrived, &loop,
            [&](const qm::orders::OrderRows &rows) {
                for (const auto &r : rows) {
                    if (json)
                        ctx.out() << jsonLine(r) << '\n';
                    else
                        ctx.out() << textLine(r) << '\n';
                    if (maxRows > 0 && ++printed >= maxRows) {
                        loop.quit();
                        break;
                    }
                }
                ctx.out().flush();
            });
        QObject::connect(&feed, &qm::orders::OrderFeed::stateChanged, &loop,
            [&](qm::orders::FeedState state, const QString &detail) {
                if (state == qm::orders::FeedState::Reconnecting)
                    ctx.err() << tr("orders tail: reconnecting: %1").arg(detail) << Qt::endl;
                else if (state == qm::orders::FeedState::Live)
                    ctx.err() << tr("orders tail: live") << Qt::endl;
            });
        std::signal(SIGINT, onInterrupt);
        std::signal(SIGTERM, onInterrupt);
        QElapsedTimer clock;
        clock.start();
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (g_interrupted.load() || (seconds > 0 && clock.elapsed() >= seconds * 1000))
                loop.quit();
        });
        poll.start(50);
        feed.start();
        loop.exec();
        feed.stop();
        return ExitOk;
    }
};

} // namespace

QMCTL_COMMAND(OrdersTailCommand)

} // namespace qmctl
