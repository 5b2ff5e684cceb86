#include "metrics.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace storefront::metrics {

namespace {

// Upper bounds in seconds (Prometheus "le"); the last bucket is +Inf.
constexpr std::array<double, 15> kBounds
    = {0.002, 0.005, 0.01, 0.02, 0.035, 0.05, 0.075, 0.1, 0.15, 0.25, 0.5, 1, 2.5, 5, 10};

struct Registry
{
    std::array<std::atomic<std::uint64_t>, kBounds.size() + 1> buckets {}; // not cumulative
    std::atomic<std::uint64_t> sumMicros {0};
    std::atomic<std::uint64_t> placed {0};
    std::atomic<std::uint64_t> refused {0};
    std::atomic<std::uint64_t> errors {0};
    std::atomic<double> targetRate {0};
};

Registry &registry()
{
    static Registry r;
    return r;
}

std::string number(double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

} // namespace

void observeCheckout(double seconds, Checkout outcome)
{
    Registry &r = registry();
    seconds = std::max(0.0, seconds);
    std::size_t i = 0;
    while (i < kBounds.size() && seconds > kBounds[i])
        ++i;
    r.buckets[i].fetch_add(1, std::memory_order_relaxed);
    r.sumMicros.fetch_add(std::uint64_t(std::llround(seconds * 1e6)), std::memory_order_relaxed);
    switch (outcome) {
    case Checkout::Placed:
        r.placed.fetch_add(1, std::memory_order_relaxed);
        break;
    case Checkout::Refused:
        r.refused.fetch_add(1, std::memory_order_relaxed);
        break;
    case Checkout::Error:
        r.errors.fetch_add(1, std::memory_order_relaxed);
        break;
    }
}

void setTargetRate(double ordersPerSecond)
{
    registry().targetRate.store(ordersPerSecond, std::memory_order_relaxed);
}

std::string render()
{
    Registry &r = registry();
    std::string out;
    out += "# HELP qm_checkout_seconds Time of a checkout (the provider's charge and "
           "storefront.checkout_and_pay) as the shopper sees it.\n";
    out += "# TYPE qm_checkout_seconds histogram\n";
    std::uint64_t cumulative = 0;
    for (std::size_t i = 0; i <= kBounds.size(); ++i) {
        cumulative += r.buckets[i].load(std::memory_order_relaxed);
        const std::string le = i < kBounds.size() ? number(kBounds[i]) : std::string("+Inf");
        out += "qm_checkout_seconds_bucket{le=\"" + le + "\"} " + std::to_string(cumulative) + '\n';
    }
    out += "qm_checkout_seconds_sum "
        + number(double(r.sumMicros.load(std::memory_order_relaxed)) / 1e6) + '\n';
    out += "qm_checkout_seconds_count " + std::to_string(cumulative) + '\n';
    out += "# HELP qm_orders_placed_total Checkouts that created an order.\n";
    out += "# TYPE qm_orders_placed_total counter\n";
    out += "qm_orders_placed_total " + std::to_string(r.placed.load()) + '\n';
    out += "# HELP qm_orders_failed_total Checkouts that created no order, by reason.\n";
    out += "# TYPE qm_orders_failed_total counter\n";
    out += "qm_orders_failed_total{reason=\"refused\"} " + std::to_string(r.refused.load()) + '\n';
    out += "qm_orders_failed_total{reason=\"error\"} " + std::to_string(r.errors.load()) + '\n';
    out += "# HELP qm_sim_target_orders_per_second The rate the simulator paces to (0: unpaced).\n";
    out += "# TYPE qm_sim_target_orders_per_second gauge\n";
    out += "qm_sim_target_orders_per_second " + number(r.targetRate.load()) + '\n';
    return out;
}

namespace {

void sendAll(int fd, const std::string &data)
{
    std::size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::send(fd, data.data() + done, data.size() - done, MSG_NOSIGNAL);
        if (n <= 0) {
            if (n < 0 && errno == EINTR)
                continue;
            return;
        }
        done += std::size_t(n);
    }
}

// One request per connection: reads the request line (bounded, with a timeout) and answers.
void answer(int client, const std::atomic<bool> &stop)
{
    std::string request;
    char buf[1024];
    for (int waits = 0; request.find("\r\n\r\n") == std::string::npos && request.size() < 8192
         && waits < 10 && !stop.load();) {
        pollfd p {client, POLLIN, 0};
        if (::poll(&p, 1, 100) <= 0) {
            ++waits;
            continue;
        }
        const ssize_t n = ::recv(client, buf, sizeof buf, 0);
        if (n <= 0)
            break;
        request.append(buf, std::size_t(n));
    }
    const bool get = request.rfind("GET ", 0) == 0;
    const std::string path = get ? request.substr(4, request.find(' ', 4) - 4) : std::string();
    std::string status = "200 OK", type = "text/plain; version=0.0.4; charset=utf-8", body;
    if (!get) {
        status = "405 Method Not Allowed";
        body = "only GET /metrics\n";
    } else if (path == "/metrics" || path.rfind("/metrics?", 0) == 0) {
        body = render();
    } else {
        status = "404 Not Found";
        body = "only GET /metrics\n";
    }
    sendAll(client,
        "HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: "
            + std::to_string(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
}

} // namespace

bool Server::start(int port, const std::atomic<bool> &stop, std::string *error)
{
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int one = 1;
    ::setsockopt(m_fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(std::uint16_t(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0
        || ::listen(m_fd, 16) != 0) {
        *error = "metrics port 127.0.0.1:" + std::to_string(port) + ": " + std::strerror(errno);
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        return false;
    }
    m_thread = std::thread([this, &stop] {
        while (!stop.load()) {
            pollfd p {m_fd, POLLIN, 0};
            if (::poll(&p, 1, 200) <= 0)
                continue;
            const int client = ::accept4(m_fd, nullptr, nullptr, SOCK_CLOEXEC);
            if (client < 0)
                continue;
            answer(client, stop);
            ::close(client);
        }
    });
    return true;
}

Server::~Server()
{
    if (m_thread.joinable())
        m_thread.join();
    if (m_fd >= 0)
        ::close(m_fd);
}

} // namespace storefront::metrics
