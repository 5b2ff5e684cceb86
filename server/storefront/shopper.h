#pragma once

#include "cache.h"
#include "clerk.h"
#include "pipeline.h"
#include "shop.h"
#include "store.h"

#include <atomic>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace storefront {

struct Options;
class Pacer;
class Stats;

// One shopper thread: sessions one after another at the pacer's rate (browse through the cache,
// add to cart = reserve with a TTL, then abandon or check out and pay), and between sessions the
// back office's due work. Owns its connections: storefront, staff, Redis.
class Shopper
{
public:
    Shopper(int index, const Options &options, Catalog &catalog, OrderQueue &queue, Stats &stats,
        const std::atomic<bool> &stop);

    void run(Pacer &pacer);
    void session();

private:
    bool chance(double p);
    size_t pickItem();
    void browse();
    std::string loadProduct(qint64 productId, std::vector<long long> &ids);
    std::string loadPage(int categoryId, int page, std::vector<long long> &ids);
    struct Line
    {
        size_t item; // in the catalog
        int qty;
        std::string requestId;
    };
    bool reserveAll(const std::string &cart, std::vector<Line> &lines);
    bool reserve(const std::string &cart, const Line &line);
    void abandon(const std::string &cart);
    // The first payment attempt: true charged, false declined, nullopt no provider took it.
    std::optional<bool> charge();
    void checkoutAndPay(const std::string &cart);
    // A declined card's second attempt; false: declined again or no provider (order unpaid).
    bool payAgain(qint64 order);

    int m_index;
    const Options &m_options;
    Catalog &m_catalog;
    OrderQueue &m_queue;
    Stats &m_stats;
    const std::atomic<bool> &m_stop;
    std::mt19937_64 m_rng;
    Shop m_shop;
    Shop m_staff;
    Cache m_cache;
    OrderPublisher m_publisher; // --queue: each placed order to qm:{orders}:placed
    Clerk m_clerk;
    quint64 m_carts = 0;
};

// Loads the catalog the shoppers pick from (one query each: items, categories, customers).
// items > 0: only the first `items` stock rows (by product, warehouse), stocked or not.
bool loadCatalog(Shop &shop, int customers, int items, std::mt19937_64 &rng, Catalog *catalog,
    std::string *error);

} // namespace storefront
