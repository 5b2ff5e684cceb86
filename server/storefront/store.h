#pragma once

#include <QtGlobal>
#include <atomic>
#include <chrono>
#include <deque>
#include <memory>
#include <mutex>
#include <vector>

namespace storefront {

// What the shoppers know about the store, loaded once at start: the products on sale, the
// (product, warehouse) stock rows worth reserving from, the customers. Shared read-only, except
// the per-row "sold out" marks (atomic), which the back office clears after restocking.
struct Catalog
{
    struct Item
    {
        qint64 productId = 0;
        int warehouseId = 0;
        int categoryId = 0;
    };
    std::vector<Item> items;
    enum State : quint8 { Open, SoldOut, Gone }; // Gone: not for sale any more
    std::unique_ptr<std::atomic<quint8>[]> state; // one per item
    std::vector<qint64> customers;
    std::vector<int> categories;
    std::vector<size_t> hot; // indexes of the hottest items

    void mark(size_t i, State s) { state[i].store(s, std::memory_order_relaxed); }
    bool isOpen(size_t i) const { return state[i].load(std::memory_order_relaxed) == Open; }
    bool isSoldOut(size_t i) const { return state[i].load(std::memory_order_relaxed) == SoldOut; }
};

// Orders moving through fulfilment: each waits `delay` in its status, then the next worker with
// time to spare moves it on. Every push is due `delay` after now, so the deque stays sorted by
// due time.
class OrderQueue
{
public:
    using Clock = std::chrono::steady_clock;
    enum class Step { Paid, Picking, Shipped, Delivered, Unpaid };
    struct Entry
    {
        qint64 orderId = 0;
        Step step = Step::Paid;
        Clock::time_point due;
    };

    explicit OrderQueue(std::chrono::milliseconds delay)
        : m_delay(delay)
    { }

    void push(qint64 orderId, Step step)
    {
        std::lock_guard lock(m_mutex);
        m_entries.push_back({orderId, step, Clock::now() + m_delay});
    }
    // The oldest entry that is due, if any.
    bool takeDue(Entry *out)
    {
        std::lock_guard lock(m_mutex);
        if (m_entries.empty() || m_entries.front().due > Clock::now())
            return false;
        *out = m_entries.front();
        m_entries.pop_front();
        return true;
    }
    // Up to `max` of the oldest entries that are due (appended to `out`); how many.
    size_t takeDue(std::vector<Entry> *out, size_t max)
    {
        std::lock_guard lock(m_mutex);
        const auto now = Clock::now();
        size_t n = 0;
        while (n < max && !m_entries.empty() && m_entries.front().due <= now) {
            out->push_back(m_entries.front());
            m_entries.pop_front();
            ++n;
        }
        return n;
    }
    size_t size() const
    {
        std::lock_guard lock(m_mutex);
        return m_entries.size();
    }

private:
    std::chrono::milliseconds m_delay;
    mutable std::mutex m_mutex;
    std::deque<Entry> m_entries;
};

} // namespace storefront
