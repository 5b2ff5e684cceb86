#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <array>
#include <atomic>
#include <chrono>
#include <deque>
#include <mutex>
#include <random>
#include <string>

class QCommandLineParser;

// Two simulated payment providers (primary, secondary), a circuit breaker per provider and the
// route the console sets (qm.payment_route, migration 0502):
//   primary    charge through the primary only; while its breaker is open, fail fast (the order
//              stays unpaid: "unpaid_no_provider")
//   secondary  through the secondary only (the payment-failover runbook)
//   auto       the primary, and the secondary whenever the primary's breaker refuses or a
//              charge on it fails
// A provider "fails" (timeout, 5xx) with its failure share, after its latency; a declined card is
// not a provider failure. The breaker: closed -> open when, over the last `window` calls (at least
// `minCalls`), the failure share reaches `tripRate`; open -> half-open after `coolDown`; half-open
// lets `probes` calls through: one failure opens it again, `probes` successes close it.
namespace storefront {

struct PaymentOptions
{
    std::array<double, 2> failRate {0, 0}; // per provider, until the database says otherwise
    std::array<int, 2> latencyMs {5, 5};
    std::string route = "primary"; // until the database's qm.payment_route is read
    int window = 20;
    int minCalls = 5;
    double tripRate = 0.5;
    int coolDownMs = 5000;
    int probes = 3;
    double pollSec = 0.5; // how often the ops thread reads maintenance and payment settings
};

// Adds the options to the simulator's parser / reads them. false with *error on a bad value.
void addPaymentOptions(QCommandLineParser &parser);
bool readPaymentOptions(const QCommandLineParser &parser, PaymentOptions &o, QString *error);

class CircuitBreaker
{
public:
    enum class State { Closed, Open, HalfOpen };

    explicit CircuitBreaker(const PaymentOptions &o);

    // May a call go through now? (open: no, until the cool-down; half-open: `probes` at a time)
    bool allow();
    void record(bool ok);
    void rejected();
    QJsonObject snapshot(const char *provider) const;
    State state() const;

private:
    void trip(std::chrono::steady_clock::time_point now);

    const PaymentOptions &m_o;
    mutable std::mutex m_mutex;
    State m_state = State::Closed;
    std::deque<bool> m_window; // true = failed
    int m_failures = 0;
    int m_probesInFlight = 0;
    int m_probeSuccesses = 0;
    std::chrono::steady_clock::time_point m_openedAt;
    std::chrono::system_clock::time_point m_lastTrip {};
    std::chrono::system_clock::time_point m_openUntil {};
    qint64 m_trips = 0;
    qint64 m_ok = 0;
    qint64 m_failed = 0;
    qint64 m_rejected = 0;
};

class Payments
{
public:
    enum class Result { Charged, Declined, Unavailable };

    explicit Payments(const PaymentOptions &o);

    // One charge of an order; `cardOk` is whether the customer's card would be accepted.
    // *provider: which one answered (empty when none did).
    Result charge(std::mt19937_64 &rng, bool cardOk, std::string *provider);

    // From the database (the ops thread). failRate < 0 / latency < 0: keep the options' value.
    void setRoute(const std::string &route, const std::string &changedAt);
    void setFault(int provider, double failRate, int latencyMs);
    std::string route() const;
    std::string routeChangedAt() const;
    QJsonArray breakers() const;

private:
    bool attempt(int provider, std::mt19937_64 &rng);

    PaymentOptions m_o;
    std::array<CircuitBreaker, 2> m_breakers;
    std::array<std::atomic<double>, 2> m_failRate;
    std::array<std::atomic<int>, 2> m_latencyMs;
    mutable std::mutex m_mutex;
    std::string m_route;
    std::string m_routeChangedAt;
};

const char *providerName(int provider);

} // namespace storefront
