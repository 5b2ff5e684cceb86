#include "payments.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <thread>

namespace storefront {

namespace {

QString isoTime(std::chrono::system_clock::time_point t)
{
    if (t.time_since_epoch().count() == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(
        std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count())
        .toUTC()
        .toString(Qt::ISODateWithMs);
}

const char *stateName(CircuitBreaker::State s)
{
    switch (s) {
    case CircuitBreaker::State::Open:
        return "open";
    case CircuitBreaker::State::HalfOpen:
        return "half_open";
    default:
        return "closed";
    }
}

// "primary=0.5,secondary=0" -> values per provider; latencies take ms (default) or s.
bool providerPairs(const QStringList &values, bool latency, double *out, QString *error)
{
    for (const QString &value : values) {
        for (const QString &pair : value.split(u',', Qt::SkipEmptyParts)) {
            const QString name = pair.section(u'=', 0, 0).trimmed();
            QString v = pair.section(u'=', 1).trimmed();
            double scale = 1;
            if (latency && v.endsWith(QLatin1String("ms"))) {
                v.chop(2);
            } else if (latency && v.endsWith(u's')) {
                v.chop(1);
                scale = 1000;
            }
            bool good = false;
            const double d = v.toDouble(&good) * scale;
            const int index = name == QLatin1String("primary") ? 0
                : name == QLatin1String("secondary")           ? 1
                                                               : -1;
            if (!good || d < 0 || index < 0 || (!latency && d > 1)) {
                *error = QStringLiteral("bad provider value '%1' (primary=... or secondary=...)")
                             .arg(pair);
                return false;
            }
            out[index] = d;
        }
    }
    return true;
}

} // namespace

const char *providerName(int provider)
{
    return provider == 0 ? "primary" : "secondary";
}

void addPaymentOptions(QCommandLineParser &p)
{
    const PaymentOptions d;
    auto opt = [&p](const char *name, const char *help, const char *value, const QString &def) {
        QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(help));
        o.setValueName(QString::fromLatin1(value));
        if (!def.isEmpty())
            o.setDefaultValue(def);
        p.addOption(o);
    };
    opt("provider-fail",
        "Failure share of a payment provider, PROVIDER=P (primary, secondary; the database's "
        "qm.payment_faults overrides it while set).",
        "provider=p", {});
    opt("provider-latency", "Latency of a payment provider per charge, PROVIDER=20ms.",
        "provider=t", {});
    opt("pay-route", "Payment route until the database's is read: primary, secondary or auto.",
        "route", QString::fromStdString(d.route));
    opt("breaker-window", "Calls in a circuit breaker's failure-rate window.", "n",
        QString::number(d.window));
    opt("breaker-min-calls", "Calls in the window before a breaker may trip.", "n",
        QString::number(d.minCalls));
    opt("breaker-trip", "Failure share of the window that opens a breaker.", "p",
        QString::number(d.tripRate));
    opt("breaker-cooldown", "Seconds an open breaker waits before half-open.", "s",
        QString::number(d.coolDownMs / 1000.0));
    opt("breaker-probes", "Successful half-open calls that close a breaker.", "n",
        QString::number(d.probes));
    opt("ops-poll",
        "Seconds between reads of maintenance mode and payment settings, and reports of the "
        "breakers to the database (0: never).",
        "s", QString::number(d.pollSec));
}

bool readPaymentOptions(const QCommandLineParser &p, PaymentOptions &o, QString *error)
{
    double fail[2] = {o.failRate[0], o.failRate[1]};
    double latency[2] = {double(o.latencyMs[0]), double(o.latencyMs[1])};
    if (!providerPairs(p.values(QStringLiteral("provider-fail")), false, fail, error)
        || !providerPairs(p.values(QStringLiteral("provider-latency")), true, latency, error))
        return false;
    for (int i = 0; i < 2; ++i) {
        o.failRate[i] = fail[i];
        o.latencyMs[i] = int(latency[i]);
    }
    o.route = p.value(QStringLiteral("pay-route")).toStdString();
    if (o.route != "primary" && o.route != "secondary" && o.route != "auto") {
        *error = QStringLiteral("--pay-route must be primary, secondary or auto");
        return false;
    }
    bool ok = true;
    auto num = [&](const char *name) {
        bool good = false;
        const double v = p.value(QString::fromLatin1(name)).toDouble(&good);
        ok = ok && good && v >= 0;
        return v;
    };
    o.window = std::max(1, int(num("breaker-window")));
    o.minCalls = std::max(1, int(num("breaker-min-calls")));
    o.tripRate = std::min(1.0, num("breaker-trip"));
    o.coolDownMs = int(num("breaker-cooldown") * 1000);
    o.probes = std::max(1, int(num("breaker-probes")));
    o.pollSec = num("ops-poll");
    if (!ok)
        *error = QStringLiteral("breaker and --ops-poll options must be non-negative numbers");
    return ok;
}

// --------------------------------------------------------------------------------- breaker

CircuitBreaker::CircuitBreaker(const PaymentOptions &o)
    : m_o(o)
{ }

bool CircuitBreaker::allow()
{
    std::lock_guard lock(m_mutex);
    const auto now = std::chrono::steady_clock::now();
    if (m_state == State::Open && now - m_openedAt >= std::chrono::milliseconds(m_o.coolDownMs)) {
        m_state = State::HalfOpen;
        m_probesInFlight = 0;
        m_probeSuccesses = 0;
    }
    if (m_state == State::Closed)
        return true;
    if (m_state == State::HalfOpen && m_probesInFlight + m_probeSuccesses < m_o.probes) {
        ++m_probesInFlight;
        return true;
    }
    ++m_rejected;
    return false;
}

void CircuitBreaker::rejected()
{
    std::lock_guard lock(m_mutex);
    ++m_rejected;
}

void CircuitBreaker::trip(std::chrono::steady_clock::time_point now)
{
    m_state = State::Open;
    m_openedAt = now;
    m_lastTrip = std::chrono::system_clock::now();
    m_openUntil = m_lastTrip + std::chrono::milliseconds(m_o.coolDownMs);
    ++m_trips;
}

void CircuitBreaker::record(bool ok)
{
    std::lock_guard lock(m_mutex);
    ++(ok ? m_ok : m_failed);
    const auto now = std::chrono::steady_clock::now();
    if (m_state == State::HalfOpen) {
        m_probesInFlight = std::max(0, m_probesInFlight - 1);
        if (!ok) {
            trip(now);
            return;
        }
        if (++m_probeSuccesses >= m_o.probes) {
            m_state = State::Closed;
            m_window.clear();
            m_failures = 0;
        }
        return;
    }
    if (m_state == State::Open)
        return; // a call let through before the trip finished: already counted above
    m_window.push_back(!ok);
    m_failures += ok ? 0 : 1;
    while (int(m_window.size()) > m_o.window) {
        m_failures -= m_window.front() ? 1 : 0;
        m_window.pop_front();
    }
    if (int(m_window.size()) >= m_o.minCalls
        && double(m_failures) / double(m_window.size()) >= m_o.tripRate) {
        trip(now);
        m_window.clear();
        m_failures = 0;
    }
}

CircuitBreaker::State CircuitBreaker::state() const
{
    std::lock_guard lock(m_mutex);
    if (m_state == State::Open
        && std::chrono::steady_clock::now() - m_openedAt
            >= std::chrono::milliseconds(m_o.coolDownMs))
        return State::HalfOpen; // what allow() will say next
    return m_state;
}

QJsonObject CircuitBreaker::snapshot(const char *provider) const
{
    const State s = state();
    std::lock_guard lock(m_mutex);
    QJsonObject o;
    o.insert(QStringLiteral("provider"), QString::fromLatin1(provider));
    o.insert(QStringLiteral("state"), QString::fromLatin1(stateName(s)));
    o.insert(QStringLiteral("failure_rate"),
        m_window.empty() ? (s == State::Closed ? 0.0 : 1.0)
                         : double(m_failures) / double(m_window.size()));
    o.insert(QStringLiteral("window_calls"), int(m_window.size()));
    o.insert(QStringLiteral("trips"), m_trips);
    const QString lastTrip = isoTime(m_lastTrip);
    if (!lastTrip.isEmpty())
        o.insert(QStringLiteral("last_trip_at"), lastTrip);
    if (s != State::Closed)
        o.insert(QStringLiteral("open_until"), isoTime(m_openUntil));
    o.insert(QStringLiteral("charges_ok"), m_ok);
    o.insert(QStringLiteral("charges_failed"), m_failed);
    o.insert(QStringLiteral("rejected"), m_rejected);
    return o;
}

// -------------------------------------------------------------------------------- payments

Payments::Payments(const PaymentOptions &o)
    : m_o(o)
    , m_breakers {CircuitBreaker(m_o), CircuitBreaker(m_o)}
    , m_route(o.route)
{
    for (int i = 0; i < 2; ++i) {
        m_failRate[i].store(o.failRate[i]);
        m_latencyMs[i].store(o.latencyMs[i]);
    }
}

bool Payments::attempt(int provider, std::mt19937_64 &rng)
{
    const int latency = m_latencyMs[provider].load();
    if (latency > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(latency));
    const bool failed
        = std::uniform_real_distribution<double>(0, 1)(rng) < m_failRate[provider].load();
    m_breakers[provider].record(!failed);
    return !failed;
}

Payments::Result Payments::charge(std::mt19937_64 &rng, bool cardOk, std::string *provider)
{
    const std::string route = this->route();
    int order[2] = {0, 1};
    int count = 1;
    if (route == "secondary")
        order[0] = 1;
    else if (route == "auto")
        count = 2;
    for (int i = 0; i < count; ++i) {
        const int p = order[i];
        if (!m_breakers[p].allow())
            continue; // fail fast: the breaker is open
        if (attempt(p, rng)) {
            *provider = providerName(p);
            return cardOk ? Result::Charged : Result::Declined;
        }
    }
    provider->clear();
    return Result::Unavailable;
}

void Payments::setRoute(const std::string &route, const std::string &changedAt)
{
    if (route != "primary" && route != "secondary" && route != "auto")
        return;
    std::lock_guard lock(m_mutex);
    m_route = route;
    m_routeChangedAt = changedAt;
}

void Payments::setFault(int provider, double failRate, int latencyMs)
{
    m_failRate[provider].store(failRate >= 0 ? std::min(1.0, failRate) : m_o.failRate[provider]);
    m_latencyMs[provider].store(latencyMs >= 0 ? latencyMs : m_o.latencyMs[provider]);
}

std::string Payments::route() const
{
    std::lock_guard lock(m_mutex);
    return m_route;
}

std::string Payments::routeChangedAt() const
{
    std::lock_guard lock(m_mutex);
    return m_routeChangedAt;
}

QJsonArray Payments::breakers() const
{
    return QJsonArray {m_breakers[0].snapshot("primary"), m_breakers[1].snapshot("secondary")};
}

} // namespace storefront
