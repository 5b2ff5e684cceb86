#include "capacity/minmaxindex.h"

#include <algorithm>
#include <cmath>

namespace qm::capacity {

namespace {

constexpr std::size_t F = MinMaxIndex::kFanout;
constexpr std::size_t kNone = MinMaxIndex::kNone;

// The picks of what was seen so far: on equal values the smaller index wins, so the order in
// which values and blocks are seen does not change the answer.
struct Seen
{
    std::size_t min = kNone;
    std::size_t max = kNone;
    std::size_t gap = kNone;

    void number(const std::vector<double> &v, std::size_t i)
    {
        const double x = v[i];
        if (min == kNone || x < v[min] || (x == v[min] && i < min))
            min = i;
        if (max == kNone || x > v[max] || (x == v[max] && i < max))
            max = i;
    }
    void value(const std::vector<double> &v, std::size_t i)
    {
        if (std::isnan(v[i]))
            gap = std::min(gap, i);
        else
            number(v, i);
    }
};

} // namespace

void MinMaxIndex::clear()
{
    m_levels.clear();
    m_size = 0;
}

void MinMaxIndex::build(const std::vector<double> &v)
{
    clear();
    update(v);
}

void MinMaxIndex::update(const std::vector<double> &v)
{
    if (v.size() < m_size) {
        build(v);
        return;
    }
    m_size = v.size();
    completeBlocks(v);
}

void MinMaxIndex::completeBlocks(const std::vector<double> &v)
{
    auto toBlock = [](const Seen &p) {
        auto narrow = [](std::size_t i) { return i == kNone ? kNoIndex : std::uint32_t(i); };
        return Block {narrow(p.min), narrow(p.max), narrow(p.gap)};
    };
    // Only values below 2^32 - 1 are indexed in blocks (a longer series is scanned past them).
    std::size_t below = std::min<std::size_t>(m_size, kNoIndex);
    for (std::size_t level = 0;; ++level) {
        const std::size_t want = below / F; // complete blocks of this level
        if (want == 0)
            return;
        if (m_levels.size() <= level)
            m_levels.emplace_back();
        std::vector<Block> &blocks = m_levels[level];
        blocks.reserve(want);
        while (blocks.size() < want) {
            const std::size_t k = blocks.size();
            Seen p;
            if (level == 0) {
                for (std::size_t i = k * F; i < (k + 1) * F; ++i)
                    p.value(v, i);
            } else {
                for (std::size_t j = k * F; j < (k + 1) * F; ++j) {
                    const Block &b = m_levels[level - 1][j];
                    if (b.min != kNoIndex) {
                        p.number(v, b.min);
                        p.number(v, b.max);
                    }
                    if (b.gap != kNoIndex)
                        p.gap = std::min<std::size_t>(p.gap, b.gap);
                }
            }
            blocks.push_back(toBlock(p));
        }
        below = blocks.size();
    }
}

MinMaxIndex::Picks MinMaxIndex::query(
    const std::vector<double> &v, std::size_t a, std::size_t b) const
{
    Seen p;
    b = std::min(b, m_size);
    if (m_size >= kNoIndex) { // past what the blocks can name: scan
        for (std::size_t i = a; i < b; ++i)
            p.value(v, i);
        return {p.min, p.max, p.gap};
    }
    auto block = [&](const Block &k) {
        if (k.min != kNoIndex) {
            p.number(v, k.min);
            p.number(v, k.max);
        }
        if (k.gap != kNoIndex)
            p.gap = std::min<std::size_t>(p.gap, k.gap);
    };
    // Values up to the first block edge and after the last one, then whole blocks of each level
    // up to the edges of the next level's blocks, and so on up the tree.
    std::size_t l = a, r = b;
    if (l < r) {
        const std::size_t la = std::min(r, (l + F - 1) / F * F);
        for (std::size_t i = l; i < la; ++i)
            p.value(v, i);
        l = la;
    }
    if (l < r) {
        const std::size_t ra = std::max(l, r / F * F);
        for (std::size_t i = ra; i < r; ++i)
            p.value(v, i);
        r = ra;
    }
    l /= F;
    r /= F;
    for (std::size_t level = 0; l < r && level < m_levels.size(); ++level) {
        const std::vector<Block> &blocks = m_levels[level];
        if (level + 1 == m_levels.size()) {
            for (std::size_t j = l; j < r; ++j)
                block(blocks[j]);
            break;
        }
        const std::size_t la = std::min(r, (l + F - 1) / F * F);
        for (std::size_t j = l; j < la; ++j)
            block(blocks[j]);
        l = la;
        if (l >= r)
            break;
        const std::size_t ra = std::max(l, r / F * F);
        for (std::size_t j = ra; j < r; ++j)
            block(blocks[j]);
        r = ra;
        l /= F;
        r /= F;
    }
    return {p.min, p.max, p.gap};
}

} // namespace qm::capacity
