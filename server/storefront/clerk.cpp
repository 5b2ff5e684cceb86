#include "clerk.h"

#include "options.h"
#include "shop.h"
#include "stats.h"

#include <algorithm>

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
    // The warehouse's scans of one round in one statement (one transaction), in the order given.
    storefront.prepare("advance_all",
        "SELECT storefront.advance_fulfilment(a.request, a.order_id, a.to_status) "
        "FROM unnest($1::uuid[], $2::bigint[], $3::text[]) "
        "WITH ORDINALITY AS a(request, order_id, to_status, n) ORDER BY a.n");
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

bool Clerk::advance(qint64 orderId, const char *to, const std::string &rid)
{
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
    std::vector<OrderQueue::Entry> due;
    if (m_queue.takeDue(&due, kBatch) == 0)
        return false;
    using Step = OrderQueue::Step;
    std::vector<Advance> batch; // the fulfilment steps of this round, one statement
    for (const OrderQueue::Entry &e : due) {
        switch (e.step) {
        case Step::Paid:
            if (chance(m_options.cancelShare)
                && staffCall("cancel", e.orderId, "customer changed their mind", Stats::Cancelled))
                break;
            if (chance(m_options.stuckShare)) {
                m_stats.add(Stats::Stuck); // never picked: the health strip's stuck orders
                break;
            }
            batch.push_back({e.orderId, "picking", Step::Picking, false, newRequestId()});
            break;
        case Step::Picking:
            batch.push_back({e.orderId, "shipped", Step::Shipped, false, newRequestId()});
            break;
        case Step::Shipped:
            batch.push_back({e.orderId, "delivered", Step::Delivered, chance(m_options.refundShare),
                newRequestId()});
            break;
        case Step::Delivered:
            staffCall("refund", e.orderId, "returned by the customer", Stats::Refunded);
            break;
        case Step::Unpaid:
            staffCall("cancel", e.orderId, "payment not completed", Stats::Cancelled);
            break;
        }
    }
    advanceAll(batch);
    return true;
}

void Clerk::done(const Advance &a)
{
    if (a.next != OrderQueue::Step::Delivered || a.refund)
        m_queue.push(a.orderId, a.next);
}

void Clerk::advanceAll(std::vector<Advance> &batch)
{
    if (batch.size() > 1) {
        // One lock order (order ids ascending): two clerks' rounds never deadlock.
        std::sort(batch.begin(), batch.end(),
            [](const Advance &a, const Advance &b) { return a.orderId < b.orderId; });
        std::string rids = "{", ids = "{", tos = "{";
        for (size_t i = 0; i < batch.size(); ++i) {
            const char *sep = i + 1 < batch.size() ? "," : "}";
            rids += batch[i].requestId + sep;
            ids += std::to_string(batch[i].orderId) + sep;
            tos += std::string(batch[i].to) + sep;
        }
        try {
            const auto ok = m_storefront.call([&](pqxx::nontransaction &tx) {
                tx.exec_prepared("advance_all", rids, ids, tos);
                return true;
            });
            if (!ok)
                return; // stopping
            m_stats.add(Stats::Advanced, qint64(batch.size()));
            for (const Advance &a : batch)
                done(a);
            return;
        } catch (const std::exception &) {
            // An order changed in the console meanwhile (or a conflict): nothing of the round
            // was kept; one by one below, with the same request ids, counts which.
        }
    }
    for (const Advance &a : batch) {
        if (advance(a.orderId, a.to, a.requestId))
            done(a);
    }
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
