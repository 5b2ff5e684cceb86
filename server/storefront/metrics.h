#pragma once
// The simulator's own metrics, served as Prometheus text on plain HTTP (GET /metrics) at
// --metrics-port (the sandbox's base+26). The database knows only the mean time of
// storefront.checkout_and_pay (pg_stat_statements); the distribution, and so the p95 the capacity
// charts and the load tests read, is measured here, as the shopper sees it: the payment
// provider's charge and the checkout call (migration 0104) together:
//
//   qm_checkout_seconds            histogram of checkouts (every checkout call that reached the
//                                  database, placed or not)
//   qm_orders_placed_total         checkouts that created an order
//   qm_orders_failed_total{reason} checkouts that did not: "refused" (reservations gone),
//                                  "error" (anything else: maintenance, lost connection, ...)
//   qm_sim_target_orders_per_second the --rate the simulator paces to (0: as fast as it goes)
//
// Every update is lock-free (relaxed atomics); the server is one thread that polls its socket and
// the stop flag, so it ends within 200 ms of SIGTERM.

#include <array>
#include <atomic>
#include <cstdint>
#include <string>
#include <thread>

namespace storefront::metrics {

enum class Checkout { Placed, Refused, Error };

// Records one checkout call of `seconds` (all threads).
void observeCheckout(double seconds, Checkout outcome);
void setTargetRate(double ordersPerSecond);

// The exposition text (what GET /metrics answers).
std::string render();

// Serves GET /metrics on 127.0.0.1:port until `stop` is true. start() binds before it returns
// (false with `error` when the port is taken); the thread is joined by the destructor.
class Server
{
public:
    Server() = default;
    ~Server();
    Server(const Server &) = delete;
    Server &operator=(const Server &) = delete;

    bool start(int port, const std::atomic<bool> &stop, std::string *error);

private:
    int m_fd = -1;
    std::thread m_thread;
};

} // namespace storefront::metrics
