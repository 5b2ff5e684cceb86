#include "shopper.h"

#include "metrics.h"
#include "ops.h"
#include "options.h"
#include "pacer.h"
#include "stats.h"

#include <algorithm>
#include <chrono>
#include <set>
#include <thread>
#include <tuple>

namespace storefront {

namespace {

const char *const kChannels[]
    = {"web", "web", "web", "web", "web", "web", "web", "app", "app", "marketplace"};

bool isState(const pqxx::sql_error &e, const char *state)
{
    return e.sqlstate() == state;
}

} // namespace

Shopper::Shopper(int index, const Options &options, Catalog &catalog, OrderQueue &queue,
    Stats &stats, const std::atomic<bool> &stop)
    : m_index(index)
    , m_options(options)
    , m_catalog(catalog)
    , m_queue(queue)
    , m_stats(stats)
    , m_stop(stop)
    , m_rng(options.seed * 7919 + quint64(index) * 104729 + 1)
    , m_shop(options.conninfo, stats, stop)
    , m_staff(options.staffConninfo, stats, stop, false)
    , m_cache(options.redisHost, options.redisPort, stats, options.redisUser, options.redisPassword)
    , m_publisher(options, stats)
    , m_clerk(options, m_shop, m_staff, queue, catalog, stats, m_rng)
{
    // A cart's holds are the shop's soft state: their commits do not wait for the WAL flush
    // (synchronous_commit off for that one transaction). A crash of the database can lose the
    // holds of the last moments (wal_writer_delay, 0.2 s here, up to three times that), never
    // an order or a payment: each checkout commits synchronously, which flushes the WAL up to
    // itself, the holds it converts included; stock and holds roll back together, so nothing is
    // oversold or left reserved. Measured here: a synchronous commit waits ~5 ms for fdatasync.
    const std::string soft = ", set_config('synchronous_commit', 'off', true)";
    m_shop.prepare(
        "reserve", "SELECT storefront.reserve($1::uuid, $2, $3, $4, $5, $6::interval)" + soft);
    // A cart's lines in one statement (one transaction): the lines in the order given.
    m_shop.prepare("reserve_cart",
        "SELECT storefront.reserve(l.request, $2, l.product, l.warehouse, l.qty, $6::interval)"
            + soft
            + " FROM unnest($1::uuid[], $3::bigint[], $4::int[], $5::int[]) "
              "WITH ORDINALITY AS l(request, product, warehouse, qty, n) ORDER BY l.n");
    m_shop.prepare("checkout_and_pay",
        "SELECT order_id, status FROM storefront.checkout_and_pay($1::uuid, $2, $3, $4, $5)");
    m_shop.prepare("pay", "SELECT storefront.pay($1::uuid, $2, $3)");
    m_shop.prepare("abandon", "SELECT storefront.abandon_cart($1::uuid, $2)" + soft);
    m_shop.prepare("product",
        "SELECT row_to_json(c)::text FROM storefront.catalog c "
        "WHERE c.id = $1");
    m_shop.prepare("page",
        "SELECT c.id, c.name, c.price::text FROM storefront.catalog c "
        "WHERE c.category_id = $1 ORDER BY c.id LIMIT 24 OFFSET $2");
    Clerk::prepare(m_shop, m_staff);
}

bool Shopper::chance(double p)
{
    return std::uniform_real_distribution<double>(0, 1)(m_rng) < p;
}

void Shopper::run(Pacer &pacer)
{
    while (!m_stop.load()) {
        // Back-office work that is due first (bounded, so sessions keep their pace).
        for (int i = 0; i < 4 && !m_stop.load() && m_clerk.work(); ++i) { }
        if (!pacer.wait(m_stop))
            break;
        session();
        if (m_options.maxOrders > 0 && m_stats.get(Stats::Orders) >= m_options.maxOrders)
            break;
    }
}

size_t Shopper::pickItem()
{
    const size_t n = m_catalog.items.size();
    for (int attempt = 0; attempt < 8; ++attempt) {
        size_t i;
        if (!m_catalog.hot.empty() && chance(m_options.hotShare))
            i = m_catalog.hot[m_rng() % m_catalog.hot.size()];
        else
            i = m_rng() % n;
        if (m_catalog.isOpen(i))
            return i;
    }
    return n; // everything tried is sold out
}

void Shopper::session()
{
    if (Ops *ops = Ops::current(); ops && ops->maintenance()) {
        ops->refusedByMaintenance(); // the store shows its maintenance page: no order
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        return;
    }
    m_stats.add(Stats::Sessions);
    const std::string cart = "sim-" + std::to_string(m_index) + '-' + std::to_string(++m_carts)
        + '-' + std::to_string(m_rng() % 1000000);
    browse();
    const int lines = 1 + int(m_rng() % quint64(m_options.maxLines));
    int held = 0;
    int soldOut = 0;
    std::vector<Line> cartLines;
    for (int i = 0; i < lines; ++i) {
        const size_t item = pickItem();
        if (item >= m_catalog.items.size())
            ++soldOut;
        else
            cartLines.push_back({item, chance(0.2) ? 2 : 1, newRequestId()});
    }
    // The whole cart in one round trip and one commit; if the database refuses any line (not
    // enough left, a lock conflict), nothing of it was kept: then line by line, as before, with
    // the same request ids.
    if (cartLines.size() > 1 && !m_stop.load() && reserveAll(cart, cartLines))
        held = int(cartLines.size());
    else {
        for (const Line &line : cartLines) {
            if (m_stop.load())
                break;
            if (reserve(cart, line))
                ++held;
        }
    }
    if (soldOut == lines) // nothing left to sell right now: wait for restocks, don't spin
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    if (held == 0 || m_stop.load())
        return;
    if (chance(m_options.abandonShare)) {
        abandon(cart);
        return;
    }
    checkoutAndPay(cart);
}

void Shopper::browse()
{
    // One page view's reads together (a listing and the product pages the shopper opens).
    std::vector<Cache::Entry> entries;
    if (!m_catalog.categories.empty()) {
        const int category = m_catalog.categories[m_rng() % m_catalog.categories.size()];
        const int page = int(m_rng() % 3);
        entries.push_back({"page:/c/" + std::to_string(category) + "?page=" + std::to_string(page),
            120, [this, category, page](std::vector<long long> &ids) {
                return loadPage(category, page, ids);
            }});
    }
    for (int i = 0; i < m_options.browse && !m_stop.load(); ++i) {
        const size_t item = pickItem();
        if (item >= m_catalog.items.size())
            continue;
        const qint64 id = m_catalog.items[item].productId;
        entries.push_back({"product:" + std::to_string(id), 300,
            [this, id](std::vector<long long> &ids) { return loadProduct(id, ids); }});
    }
    m_cache.getMany(entries);
}

std::string Shopper::loadProduct(qint64 productId, std::vector<long long> &ids)
{
    try {
        const auto json = m_shop.call([&](pqxx::nontransaction &tx) {
            const pqxx::result r = tx.exec_prepared("product", productId);
            return r.empty() ? std::string() : r[0][0].as<std::string>();
        });
        if (json && !json->empty()) {
            ids.push_back(productId);
            return *json;
        }
    } catch (const std::exception &e) {
        m_stats.error("browse", e.what());
    }
    return "{}";
}

std::string Shopper::loadPage(int categoryId, int page, std::vector<long long> &ids)
{
    try {
        const auto html = m_shop.call([&](pqxx::nontransaction &tx) {
            const pqxx::result r = tx.exec_prepared("page", categoryId, page * 24);
            std::string out = "<ul class=\"products\">";
            ids.clear();
            for (const auto &row : r) {
                ids.push_back(row[0].as<long long>());
                out += "<li data-id=\"" + row[0].as<std::string>() + "\">"
                    + row[1].as<std::string>() + " " + row[2].as<std::string>() + "</li>";
            }
            return out + "</ul>";
        });
        if (html)
            return *html;
    } catch (const std::exception &e) {
        m_stats.error("browse", e.what());
    }
    return {};
}

bool Shopper::reserveAll(const std::string &cart, std::vector<Line> &lines)
{
    // One lock order for every cart (as checkout takes them): two carts never deadlock.
    std::sort(lines.begin(), lines.end(), [this](const Line &a, const Line &b) {
        const auto &x = m_catalog.items[a.item];
        const auto &y = m_catalog.items[b.item];
        return std::tie(x.productId, x.warehouseId) < std::tie(y.productId, y.warehouseId);
    });
    std::string rids = "{", products = "{", warehouses = "{", qtys = "{";
    for (size_t i = 0; i < lines.size(); ++i) {
        const auto &it = m_catalog.items[lines[i].item];
        const char *sep = i + 1 < lines.size() ? "," : "}";
        rids += lines[i].requestId + sep;
        products += std::to_string(it.productId) + sep;
        warehouses += std::to_string(it.warehouseId) + sep;
        qtys += std::to_string(lines[i].qty) + sep;
    }
    try {
        const auto ok = m_shop.call([&](pqxx::nontransaction &tx) {
            tx.exec_prepared("reserve_cart", rids, cart, products, warehouses, qtys,
                std::to_string(m_options.reservationTtlSec) + " seconds");
            return true;
        });
        if (ok)
            m_stats.add(Stats::Reserved, qint64(lines.size()));
        return ok.has_value();
    } catch (const pqxx::sql_error &) {
        return false; // a line refused: the caller reserves line by line and sees which
    } catch (const std::exception &e) {
        m_stats.error("reserve", e.what());
    }
    return false;
}

bool Shopper::reserve(const std::string &cart, const Line &line)
{
    const auto &it = m_catalog.items[line.item];
    const size_t item = line.item;
    const int qty = line.qty;
    const std::string &rid = line.requestId;
    const std::string ttl = std::to_string(m_options.reservationTtlSec) + " seconds";
    try {
        const auto ok = m_shop.call([&](pqxx::nontransaction &tx) {
            tx.exec_prepared("reserve", rid, cart, it.productId, it.warehouseId, qty, ttl);
            return true;
        });
        if (ok)
            m_stats.add(Stats::Reserved);
        return ok.has_value();
    } catch (const pqxx::sql_error &e) {
        if (isState(e, "QM422")) { // the database refused: not enough left. Never oversold.
            m_stats.add(Stats::OutOfStock);
            m_catalog.mark(item, Catalog::SoldOut);
        } else if (isState(e, "QM404")) {
            m_catalog.mark(item, Catalog::Gone);
        } else {
            m_stats.error(isState(e, "QM503") ? "maintenance" : "reserve", e.what());
        }
    } catch (const std::exception &e) {
        m_stats.error("reserve", e.what());
    }
    return false;
}

void Shopper::abandon(const std::string &cart)
{
    m_stats.add(Stats::Abandoned);
    if (chance(0.5))
        return; // walks away: the reservations expire
    const std::string rid = newRequestId();
    try {
        m_shop.call([&](pqxx::nontransaction &tx) {
            tx.exec_prepared("abandon", rid, cart);
            return true;
        });
    } catch (const std::exception &e) {
        m_stats.error("abandon_cart", e.what());
    }
}

std::optional<bool> Shopper::charge()
{
    const bool cardOk = !chance(m_options.payFailShare);
    Ops *ops = Ops::current();
    if (!ops)
        return cardOk; // no providers (before 0502): the card decides
    // Through a payment provider and its circuit breaker.
    std::string provider;
    const Payments::Result charged = ops->payments().charge(m_rng, cardOk, &provider);
    if (charged == Payments::Result::Unavailable)
        return std::nullopt;
    return charged == Payments::Result::Charged;
}

void Shopper::checkoutAndPay(const std::string &cart)
{
    const qint64 customer = m_catalog.customers.empty()
        ? 0
        : m_catalog.customers[m_rng() % m_catalog.customers.size()];
    const std::string channel = kChannels[m_rng() % std::size(kChannels)];
    const std::string rid = newRequestId();
    const auto checkoutStarted = std::chrono::steady_clock::now();
    auto observe = [&](metrics::Checkout outcome) {
        metrics::observeCheckout(
            std::chrono::duration<double>(std::chrono::steady_clock::now() - checkoutStarted)
                .count(),
            outcome);
    };
    // As a shop backend does it: the provider charges the card while the checkout page waits,
    // then the order is placed with that first payment attempt in one call and one commit
    // (storefront.checkout_and_pay, migration 0104; nullopt: no provider took the charge, the
    // order is placed unpaid). A retry after a lost connection sends the same request id and
    // the same outcome, and gets the same order back.
    const std::optional<bool> paid = charge();
    struct Placed
    {
        qint64 order;
        std::string status;
    };
    std::optional<Placed> placed;
    try {
        placed = m_shop.call([&](pqxx::nontransaction &tx) {
            auto exec = [&](auto customerArg) { // NULLs: no customer, no provider
                return paid
                    ? tx.exec_prepared("checkout_and_pay", rid, cart, customerArg, channel, *paid)
                    : tx.exec_prepared(
                        "checkout_and_pay", rid, cart, customerArg, channel, nullptr);
            };
            const pqxx::result r = customer > 0 ? exec(customer) : exec(nullptr);
            return Placed {r[0][0].as<qint64>(), r[0][1].as<std::string>()};
        });
    } catch (const pqxx::sql_error &e) {
        observe(isState(e, "QM409") ? metrics::Checkout::Refused : metrics::Checkout::Error);
        if (isState(e, "QM409")) {
            m_stats.add(Stats::CheckoutRefused); // the reservations expired first
            // The card was charged before the store refused the order: a shop voids that charge
            // (the simulated providers keep no balance; the count says how often it happened).
            if (paid && *paid)
                m_stats.add(Stats::ChargesVoided);
        } else
            m_stats.error(isState(e, "QM503") ? "maintenance" : "checkout", e.what());
        return;
    } catch (const std::exception &e) {
        observe(metrics::Checkout::Error);
        m_stats.error("checkout", e.what());
        return;
    }
    if (!placed)
        return; // stopped before the call finished: not a checkout the store answered
    observe(metrics::Checkout::Placed);
    m_stats.add(Stats::Orders);
    m_publisher.publish(placed->order, customer, channel);
    if (!paid) {
        if (Ops *ops = Ops::current())
            ops->unpaidNoProvider(); // no provider took it: the order stays unpaid
    } else if (placed->status == "paid") {
        m_stats.add(Stats::Paid);
        m_queue.push(placed->order, OrderQueue::Step::Paid);
        return;
    } else {
        m_stats.add(Stats::PaymentsFailed);
        // A declined card is tried again once, by half of the shoppers.
        if (chance(0.5) && !m_stop.load() && payAgain(placed->order))
            return;
    }
    m_queue.push(placed->order, OrderQueue::Step::Unpaid);
}

bool Shopper::payAgain(qint64 order)
{
    const std::optional<bool> paid = charge();
    if (!paid) {
        if (Ops *ops = Ops::current())
            ops->unpaidNoProvider();
        return false;
    }
    const std::string payId = newRequestId();
    try {
        const auto status = m_shop.call([&](pqxx::nontransaction &tx) {
            return tx.exec_prepared("pay", payId, order, *paid)[0][0].as<std::string>();
        });
        if (!status)
            return true; // stopping: the order stays as it is
        if (*status == "paid") {
            m_stats.add(Stats::Paid);
            m_queue.push(order, OrderQueue::Step::Paid);
            return true;
        }
        m_stats.add(Stats::PaymentsFailed);
    } catch (const pqxx::sql_error &e) {
        if (isState(e, "QM409"))
            m_stats.add(Stats::Conflicts);
        else
            m_stats.error("pay", e.what());
        return true;
    } catch (const std::exception &e) {
        m_stats.error("pay", e.what());
        return true;
    }
    return false;
}

bool loadCatalog(Shop &shop, int customers, int items, std::mt19937_64 &rng, Catalog *catalog,
    std::string *error)
{
    try {
        const auto ok = shop.call([&](pqxx::nontransaction &tx) {
            const pqxx::result rows = tx.exec_params(
                "SELECT a.product_id, a.warehouse_id, coalesce(c.category_id, 0) "
                "FROM storefront.availability a JOIN storefront.catalog c ON c.id = a.product_id "
                "WHERE a.available > 0 OR $1 > 0 ORDER BY a.product_id, a.warehouse_id "
                "LIMIT CASE WHEN $1 > 0 THEN $1 ELSE 500000 END",
                items);
            catalog->items.clear();
            std::set<int> categories;
            for (const auto &row : rows) {
                Catalog::Item item;
                item.productId = row[0].as<qint64>();
                item.warehouseId = row[1].as<int>();
                item.categoryId = row[2].as<int>();
                if (item.categoryId > 0)
                    categories.insert(item.categoryId);
                catalog->items.push_back(item);
            }
            catalog->categories.assign(categories.begin(), categories.end());
            catalog->customers.clear();
            for (int i = 1; i <= customers; ++i) {
                const pqxx::result c = tx.exec_params("SELECT storefront.ensure_customer($1, $2)",
                    "shopper" + std::to_string(i) + "@example.test",
                    "Shopper " + std::to_string(i));
                catalog->customers.push_back(c[0][0].as<qint64>());
            }
            return true;
        });
        if (!ok) {
            *error = "stopped";
            return false;
        }
    } catch (const std::exception &e) {
        *error = e.what();
        return false;
    }
    if (catalog->items.empty()) {
        *error = "nothing to sell: no active product has stock (seed the store first)";
        return false;
    }
    catalog->state = std::make_unique<std::atomic<quint8>[]>(catalog->items.size());
    for (size_t i = 0; i < catalog->items.size(); ++i)
        catalog->state[i].store(Catalog::Open);
    for (size_t i = 0; i < std::min<size_t>(20, catalog->items.size()); ++i)
        catalog->hot.push_back(size_t(rng() % catalog->items.size()));
    return true;
}

} // namespace storefront
