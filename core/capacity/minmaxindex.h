#pragma once
// Block extremes of a series' values, so that "the smallest and the largest value between index a
// and b" (what a chart's pixel column draws) costs a few dozen steps instead of b - a: a tree of
// blocks of kFanout values, then kFanout blocks, and so on, each block holding the index of its
// first smallest and first largest value and of its first gap (NaN). Only complete blocks are
// stored, so appending a live sample costs O(1) amortized. Plain data: build it on any thread.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace qm::capacity {

class MinMaxIndex
{
public:
    static constexpr std::size_t kNone = SIZE_MAX;
    static constexpr std::size_t kFanout = 16;

    // What a range holds: the index of its first smallest and first largest value (kNone when
    // every value is a gap) and of its first gap (kNone when there is none).
    struct Picks
    {
        std::size_t min = kNone;
        std::size_t max = kNone;
        std::size_t gap = kNone;
    };

    // Indexes every value of v (replacing what was indexed). O(n).
    void build(const std::vector<double> &v);
    // Indexes the values appended to v since the last build or update (v only ever grew).
    void update(const std::vector<double> &v);
    void clear();
    std::size_t size() const { return m_size; } // values indexed

    // The picks of v[a, b) (b <= size()); the same indexes a scan from a to b would find.
    Picks query(const std::vector<double> &v, std::size_t a, std::size_t b) const;

private:
    struct Block
    {
        std::uint32_t min; // indexes into the values (kNoIndex: none)
        std::uint32_t max;
        std::uint32_t gap;
    };
    static constexpr std::uint32_t kNoIndex = UINT32_MAX;
    void completeBlocks(const std::vector<double> &v);

    std::vector<std::vector<Block>> m_levels; // level L: blocks of kFanout^(L+1) values
    std::size_t m_size = 0;
};

} // namespace qm::capacity
