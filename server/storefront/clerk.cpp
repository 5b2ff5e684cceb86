#include "clerk.h"

#include "options.h"
#include "shop.h"
#include "stats.h"

namespace storefront {

Clerk::Clerk(const Options &options, Shop &storefront, Shop &staff, OrderQueue &queue,
    Catalog &catalog, Stats &stats, std::mt19937_64 &rng)
    : m_options(options)
    , m_storefront(storefront)
    , m_staff(staff)
    , m_queue(queue)
    , m_catalog(catalog)
    , m_stats(stats)
    , m_rng(rng)
{ }

void Clerk::prepare(Shop &storefront, Shop &staff)
{
    storefront.prepare("advance", "SELECT storefront.advance_fulfilment($1::uuid, $2, $3)");
    staff.prepare("cancel", "SELECT console.cancel_order($1::uuid, $2, $3)");
    staff.prepare("refund", "SELECT console.refund_order($1::uuid, $2, $3, true)");
    staff.prepare("receive",
        "SELECT console.adjust_stock($1::uuid, $2, $3, $4, 'received', "
        "'storefront simulator: goods received')");
}

bool Clerk::chance(double p)
{
    return std::uniform_real_distribution<double>(0, 1)(m_rng) < p;
}

bool Clerk::advance(qint64 orderId, const char *to)
{
    const std::string rid = newRequestId();
    try {
        const auto done = m_storefront.call([&](pqxx::nontransaction &tx) {
            tx.exec_prepared("advance", rid, orderId, std::string(to));
            return true;
        });
        if (done)
            m_stats.add(Stats::Advanced);
        return done.has_value();
    } catch (const pqxx::sql_error &e) {
        if (e.sqlstate() == "QM409" || e.sqlstate() == "QM404")
            m_stats.add(Stats::Conflicts); // cancelled or shipped in the console meanwhile
        else
            m_stats.error("advance_fulfilment", e.what());
    } catch (const std::exception &e) {
        m_stats.error("advance_fulfilment", e.what());
    }
    return false;
}

bool Clerk::staffCall(
    const char *statement, qint64 orderId, const std::string &reason, Stats::Counter done)
{
    if (!m_staff.enabled())
        return false;
    const std::string rid = newRequestId();
    try {
        const auto ok = m_staff.call([&](pqxx::nontransaction &tx) {
            tx.exec_prepared(statement, rid, orderId, reason);
            return true;
        });
        if (ok)
            m_stats.add(done);
        return ok.has_value();
    } catch (const pqxx::sql_error &e) {
        if (e.sqlstate() == "QM409" || e.sqlstate() == "QM404")
            m_stats.add(Stats::Conflicts);
        else
            m_stats.error(statement, e.what());
    } catch (const std::exception &e) {
        m_stats.error(statement, e.what());
    }
    return false;
}

bool Clerk::work()
{
    OrderQueue::Entry e;
    if (!m_queue.takeDue(&e))
        return false;
    using Step = OrderQueue::Step;
    switch (e.step) {
    case Step::Paid:
        if (chance(m_options.cancelShare)
            && staffCall("cancel", e.orderId, "customer changed their mind", Stats::Cancelled))
            break;
        if (chance(m_options.stuckShare)) {
            m_stats.add(Stats::Stuck); // never picked: the health strip's stuck orders
            break;
        }
        if (advance(e.orderId, "picking"))
            m_queue.push(e.orderId, Step::Picking);
        break;
    case Step::Picking:
        if (advance(e.orderId, "shipped"))
            m_queue.push(e.orderId, Step::Shipped);
        break;
    case Step::Shipped:
        if (advance(e.orderId, "delivered") && chance(m_options.refundShare))
            m_queue.push(e.orderId, Step::Delivered);
        break;
    case Step::Delivered:
        staffCall("refund", e.orderId, "returned by the customer", Stats::Refunded);
        break;
    case Step::Unpaid:
        staffCall("cancel", e.orderId, "payment not completed", Stats::Cancelled);
        break;
    }
    return true;
}

void Clerk::restock(size_t maxRows)
{
    if (!m_staff.enabled())
        return;
    size_t done = 0;
    for (size_t i = 0; i < m_catalog.items.size() && done < maxRows; ++i) {
        if (!m_catalog.isSoldOut(i))
            continue;
        const auto &item = m_catalog.items[i];
        const std::string rid = newRequestId();
        try {
            const auto ok = m_staff.call([&](pqxx::nontransaction &tx) {
                tx.exec_prepared("receive", rid, item.productId, item.warehouseId, 50);
                return true;
            });
            if (!ok)
                return; // customer service is unreachable: later
            m_catalog.mark(i, Catalog::Open);
            m_stats.add(Stats::Restocked);
        } catch (const std::exception &ex) {
            m_stats.error("restock", ex.what());
        }
        ++done;
    }
}

} // namespace storefront
