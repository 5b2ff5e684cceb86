#include "ops.h"

#include "shop.h"
#include "stats.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <chrono>
#include <cstdio>
#include <thread>
#include <unistd.h>

namespace storefront {

namespace {

std::atomic<Ops *> g_current {nullptr};

} // namespace

Ops::Ops(std::string conninfo, const PaymentOptions &options, Stats &stats,
    const std::atomic<bool> &stop)
    : m_conninfo(std::move(conninfo))
    , m_options(options)
    , m_stats(stats)
    , m_stop(stop)
    , m_payments(m_options)
{
    char host[64] = {};
    gethostname(host, sizeof host - 1);
    m_reporter
        = ("qm-storefront-" + std::to_string(QCoreApplication::applicationPid()) + '@' + host)
              .substr(0, 100);
}

Ops *Ops::current()
{
    return g_current.load();
}

void Ops::setCurrent(Ops *ops)
{
    g_current.store(ops);
}

void Ops::run()
{
    if (m_options.pollSec <= 0)
        return;
    Shop shop(m_conninfo, m_stats, m_stop);
    shop.prepare("ops_maintenance", "SELECT m.on FROM storefront.maintenance m");
    shop.prepare("ops_payments",
        "SELECT route, route_changed_at::text, coalesce(primary_fail_rate, -1), "
        "coalesce(primary_latency_ms, -1), coalesce(secondary_fail_rate, -1), "
        "coalesce(secondary_latency_ms, -1) FROM storefront.payment_settings");
    shop.prepare("ops_report", "SELECT storefront.report_ops($1, $2::jsonb, $3::jsonb)");
    const auto tick = std::chrono::milliseconds(qint64(m_options.pollSec * 1000));
    while (!m_stop.load()) {
        const auto started = std::chrono::steady_clock::now();
        try {
            shop.call([this](pqxx::nontransaction &tx) {
                const pqxx::result m = tx.exec_prepared("ops_maintenance");
                m_maintenance.store(!m.empty() && m[0][0].as<bool>(false));
                const pqxx::result p = tx.exec_prepared("ops_payments");
                if (!p.empty()) {
                    m_payments.setRoute(p[0][0].as<std::string>(), p[0][1].as<std::string>(""));
                    m_payments.setFault(0, p[0][2].as<double>(), p[0][3].as<int>());
                    m_payments.setFault(1, p[0][4].as<double>(), p[0][5].as<int>());
                }
                QJsonObject heartbeat;
                heartbeat.insert(QStringLiteral("maintenance"), m_maintenance.load());
                heartbeat.insert(
                    QStringLiteral("route"), QString::fromStdString(m_payments.route()));
                const std::string changed = m_payments.routeChangedAt();
                if (!changed.empty())
                    heartbeat.insert(
                        QStringLiteral("route_changed_at"), QString::fromStdString(changed));
                heartbeat.insert(QStringLiteral("orders"), m_stats.get(Stats::Orders));
                heartbeat.insert(QStringLiteral("paid"), m_stats.get(Stats::Paid));
                heartbeat.insert(QStringLiteral("refused_maintenance"), m_refused.load());
                heartbeat.insert(QStringLiteral("unpaid_no_provider"), m_noProvider.load());
                tx.exec_prepared("ops_report", m_reporter,
                    QJsonDocument(heartbeat).toJson(QJsonDocument::Compact).toStdString(),
                    QJsonDocument(m_payments.breakers())
                        .toJson(QJsonDocument::Compact)
                        .toStdString());
                return true;
            });
        } catch (const std::exception &e) {
            // An older database without migration 0502: say so once, keep simulating.
            if (!m_warned)
                std::fprintf(stderr, "qm-storefront: maintenance/payments poll: %s\n", e.what());
            m_warned = true;
            m_stats.error("ops_poll", e.what());
        }
        while (!m_stop.load() && std::chrono::steady_clock::now() - started < tick)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

void Ops::addTo(QJsonObject &line) const
{
    QJsonObject o;
    o.insert(QStringLiteral("maintenance"), m_maintenance.load());
    o.insert(QStringLiteral("refused: maintenance"), m_refused.load());
    o.insert(QStringLiteral("unpaid_no_provider"), m_noProvider.load());
    o.insert(QStringLiteral("route"), QString::fromStdString(m_payments.route()));
    o.insert(QStringLiteral("breakers"), m_payments.breakers());
    line.insert(QStringLiteral("ops"), o);
}

} // namespace storefront
