#include "ordersservice.h"

#include "db/cluster.h"
#include "orders/orderactions.h"

#include <QDateTime>
#include <pqxx/pqxx>

namespace qm::orders {

namespace {

OrderRows rowsOf(const pqxx::result &r)
{
    OrderRows rows;
    rows.reserve(int(r.size()));
    for (const auto &row : r) {
        rows.append(parseOrderRow([&row](int col) -> const char * {
            return row[col].is_null() ? nullptr : row[col].c_str();
        }));
    }
    return rows;
}

qint64 cents(const pqxx::field &f)
{
    qint64 c = 0;
    return parseCents(f.c_str(), &c) ? c : 0;
}

QString text(const pqxx::field &f)
{
    return f.is_null() ? QString() : QString::fromUtf8(f.c_str());
}

const char *const kUs = "(extract(epoch from %1) * 1000000)::bigint";

QString us(const char *column)
{
    return QString::fromLatin1(kUs).arg(QLatin1String(column));
}

} // namespace

OrderRow readOrderRow(pqxx::transaction_base &tx, BackendKind backend, qint64 id)
{
    const std::string sql = std::string("SELECT ") + kOrderColumns + " FROM " + readSchema(backend)
        + ".orders o WHERE o.id = $1";
    const pqxx::result r = tx.exec_params(sql, id);
    if (r.empty())
        throw Error {Error::Code::NotFound,
            QCoreApplication::translate("qm::orders", "Order %1 was not found.").arg(id), {}, {}};
    return rowsOf(r).first();
}

OrdersService::OrdersService(
    std::shared_ptr<db::Cluster> cluster, Backend backend, std::shared_ptr<OrderActions> actions)
    : m_cluster(std::move(cluster))
    , m_backend(std::move(backend))
    , m_actions(std::move(actions))
{
    // No actions given: the reference store's own, or refusals on a backend this folder cannot
    // write.
    if (!m_actions) {
        if (m_backend.kind() == BackendKind::Reference)
            m_actions = std::make_shared<ReferenceOrderActions>(m_cluster);
        else
            m_actions = std::make_shared<RefusedOrderActions>(m_backend);
    }
}

bool OrderAction::allowedFor(Kind kind, const OrderRow &o)
{
    switch (kind) {
    case Kind::Cancel:
        return o.status == QLatin1String("pending") || o.status == QLatin1String("paid")
            || o.status == QLatin1String("picking");
    case Kind::Refund:
        return o.paymentStatus == QLatin1String("paid")
            && (o.status == QLatin1String("paid") || o.status == QLatin1String("picking")
                || o.status == QLatin1String("shipped") || o.status == QLatin1String("delivered"));
    case Kind::MarkShipped:
        return o.status == QLatin1String("paid") || o.status == QLatin1String("picking");
    case Kind::AddNote:
        return o.id > 0;
    }
    return false;
}

QString OrdersService::pageSql(const OrdersFilter &filter, const OrdersCursor &after, int limit,
    std::vector<std::string> *params, BackendKind backend)
{
    QString sql = QStringLiteral("SELECT %1 FROM %2.orders o WHERE true")
                      .arg(QLatin1String(kOrderColumns), QLatin1String(readSchema(backend)));
    sql += filter.sqlConditions(params);
    if (!after.isNull()) {
        params->push_back(std::to_string(after.createdAtUs));
        const QString ts = QStringLiteral("(timestamptz 'epoch' + $%1::bigint * interval "
                                          "'1 microsecond')")
                               .arg(params->size());
        params->push_back(std::to_string(after.id));
        sql += QStringLiteral(" AND (o.created_at, o.id) < (%1, $%2::bigint)")
                   .arg(ts)
                   .arg(params->size());
    }
    params->push_back(std::to_string(qBound(1, limit, 5000)));
    sql += QStringLiteral(" ORDER BY o.created_at DESC, o.id DESC LIMIT $%1::int")
               .arg(params->size());
    return sql;
}

QFuture<Result<OrderRows>> OrdersService::page(
    const OrdersFilter &filter, OrdersCursor after, int limit)
{
    std::vector<std::string> params;
    const std::string sql = pageSql(filter, after, limit, &params, m_backend.kind()).toStdString();
    return m_cluster->read<OrderRows>(QCoreApplication::translate("qm::orders", "load orders"),
        [sql, params](db::Pool::Connection &c) {
            pqxx::read_transaction tx(c);
            return rowsOf(tx.exec_params(sql, pqxx::prepare::make_dynamic_params(params)));
        });
}

QFuture<Result<OrderDetail>> OrdersService::detail(qint64 orderId)
{
    const std::string schema = m_backend.schema();
    const BackendKind kind = m_backend.kind();
    return m_cluster->read<OrderDetail>(
        QCoreApplication::translate("qm::orders", "load order %1").arg(orderId),
        [orderId, schema, kind](db::Pool::Connection &c) {
            pqxx::read_transaction tx(c); // REPEATABLE READ: one snapshot for every part
            OrderDetail d;
            d.order = readOrderRow(tx, kind, orderId);
            const std::string lines
                = "SELECT line_no, product_id, sku, name, warehouse, qty, unit_price::text, "
                  "line_total::text FROM "
                + schema + ".order_lines WHERE order_id = $1 ORDER BY line_no";
            for (const auto &r : tx.exec_params(lines, orderId)) {
                d.lines.append({r[0].as<int>(), r[1].as<qint64>(), text(r[2]), text(r[3]),
                    text(r[4]), r[5].as<int>(), cents(r[6]), cents(r[7])});
            }
            const std::string payments
                = "SELECT kind, status, amount::text, currency, provider_ref, "
                + us("at").toStdString() + " FROM " + schema
                + ".payments WHERE order_id = $1 ORDER BY at, id";
            for (const auto &r : tx.exec_params(payments, orderId)) {
                d.payments.append({text(r[0]), text(r[1]), cents(r[2]), text(r[3]), text(r[4]),
                    r[5].as<qint64>()});
            }
            const std::string events = "SELECT " + us("at").toStdString()
                + ", coalesce(from_status, ''), to_status, note, actor "
                  "FROM "
                + schema + ".order_events WHERE order_id = $1 ORDER BY at, id";
            for (const auto &r : tx.exec_params(events, orderId)) {
                d.events.append(
                    {r[0].as<qint64>(), text(r[1]), text(r[2]), text(r[3]), text(r[4])});
            }
            const std::string notes = "SELECT " + us("at").toStdString() + ", author, body FROM "
                + schema + ".order_notes WHERE order_id = $1 ORDER BY at, id";
            for (const auto &r : tx.exec_params(notes, orderId))
                d.notes.append({r[0].as<qint64>(), text(r[1]), text(r[2])});
            return d;
        });
}

QFuture<Result<OrderRow>> OrdersService::perform(const OrderAction &action)
{
    return m_actions->perform(action);
}

QFuture<Result<QStringList>> OrdersService::capabilities()
{
    const std::string sql = "SELECT unnest(" + m_backend.sqlObject("my_capabilities") + "())";
    return m_cluster->read<QStringList>(
        QCoreApplication::translate("qm::orders", "read permissions"),
        [sql](db::Pool::Connection &c) {
            pqxx::read_transaction tx(c);
            QStringList caps;
            for (const auto &r : tx.exec(sql))
                caps << text(r[0]);
            return caps;
        });
}

QFuture<Result<OrderFlowSample>> OrdersService::flow(int stuckMinutes)
{
    const std::string sql
        = "SELECT orders_last_minute, array_to_string(per_minute, ','), payments, "
          "payment_failures, stuck_orders, oversell_risk, "
          "(extract(epoch from at) * 1000)::bigint FROM "
        + m_backend.sqlObject("order_flow") + "($1)";
    return m_cluster->read<OrderFlowSample>(
        QCoreApplication::translate("qm::orders", "read order flow"),
        [stuckMinutes, sql](db::Pool::Connection &c) {
            pqxx::read_transaction tx(c);
            const pqxx::row r = tx.exec_params1(sql, stuckMinutes);
            OrderFlowSample s;
            s.ordersLastMinute = r[0].as<qint64>();
            for (const QString &n : text(r[1]).split(u',', Qt::SkipEmptyParts))
                s.perMinute.append(n.toLongLong());
            s.payments = r[2].as<qint64>();
            s.paymentFailures = r[3].as<qint64>();
            s.stuckOrders = r[4].as<qint64>();
            s.oversellRisk = r[5].as<qint64>();
            s.atMs = r[6].as<qint64>();
            return s;
        });
}

} // namespace qm::orders
