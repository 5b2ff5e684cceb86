#pragma once

#include "stats.h"
#include "store.h"

#include <random>
#include <string>
#include <vector>

namespace storefront {

struct Options;
class Shop;
class Stats;

// The back office: moves due orders through fulfilment (storefront connection), and as customer
// service cancels some, refunds some, cancels the unpaid, restocks sold-out rows (staff
// connection, the console's own functions, audited as that user).
class Clerk
{
public:
    Clerk(const Options &options, Shop &storefront, Shop &staff, OrderQueue &queue,
        Catalog &catalog, Stats &stats, std::mt19937_64 &rng);

    static void prepare(Shop &storefront, Shop &staff);

    bool work(); // handles the due orders (up to kBatch at once); false when none was due
    void restock(size_t maxRows);

private:
    bool chance(double p);
    struct Advance
    {
        qint64 orderId;
        const char *to;
        OrderQueue::Step next; // pushed once done (Paid: nothing more)
        bool refund; // delivered, then refunded later
        std::string requestId;
    };
    static constexpr size_t kBatch = 16;
    bool advance(qint64 orderId, const char *to, const std::string &requestId);
    void advanceAll(std::vector<Advance> &batch);
    void done(const Advance &a);
    bool staffCall(
        const char *statement, qint64 orderId, const std::string &reason, Stats::Counter done);

    const Options &m_options;
    Shop &m_storefront;
    Shop &m_staff;
    OrderQueue &m_queue;
    Catalog &m_catalog;
    Stats &m_stats;
    std::mt19937_64 &m_rng;
};

} // namespace storefront
