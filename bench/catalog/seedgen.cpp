// bench_catalog_seedgen: the rows of the lean catalog seed (bench/catalog/seed-lean.sh) in
// PostgreSQL's COPY text format, fast enough for 10 million products (the SQL generator of
// qm_sandbox.seed spends ~40 us a product on this machine; this spends ~1 us).
//   bench_catalog_seedgen N SEED BASE_EPOCH
// writes three COPY sections to stdout, each ended by a "\." line, for
//   shop.products (id, sku, name, description, category_id, status, price, currency, attributes,
//                  tags, version, created_at, updated_at)
//   shop.stock_levels (product_id, warehouse_id, on_hand, reserved, low_stock_threshold,
//   updated_at) shop.stock_movements (product_id, warehouse_id, delta, reason, note, actor, at)
// The distributions are qm_sandbox.seed's (server/seed/seed.sql: the same word lists, categories
// 9..48, 85/10/5 % active/draft/archived, prices, tags, 1 + 1/4 + 1/8 stock rows a product, one
// opening-balance movement per non-zero stock row so that on_hand == the ledger's sum); the hash
// is splitmix64, not PostgreSQL's hashint8extended, so the values differ from that seed's.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

uint64_t mix(uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

uint64_t hash(int64_t i, int64_t seed)
{
    return mix(uint64_t(i) ^ mix(uint64_t(seed)));
}

int pick(uint64_t h, int k, int m)
{
    return int(((h >> k) & 1048575) % uint64_t(m));
}

bool stocked(uint64_t h, int w)
{
    return w == 1 || (w == 2 && ((h >> 3) & 3) == 0) || (w == 3 && ((h >> 5) & 7) == 0);
}

const char *const kW[] = {"Sturdy", "Compact", "Classic", "Modern", "Rustic", "Elegant", "Smart",
    "Portable", "Deluxe", "Basic", "Vintage", "Sleek", "Robust", "Cozy", "Bright", "Quiet",
    "Foldable", "Heavy-duty", "Mini", "Grand", "Nordic", "Urban", "Travel", "Pro", "Eco", "Soft",
    "Tall", "Round", "Square", "Slim", "Wide", "Twin"};
const char *const kM[] = {"Oak", "Steel", "Bamboo", "Glass", "Ceramic", "Linen", "Copper", "Walnut",
    "Aluminium", "Cotton", "Stone", "Wool", "Brass", "Pine", "Leather", "Marble"};
const char *const kN[] = {"Lamp", "Chair", "Table", "Shelf", "Kettle", "Mug", "Planter", "Rug",
    "Clock", "Mirror", "Basket", "Stool", "Desk", "Bench", "Vase", "Cushion", "Blanket", "Tray",
    "Bowl", "Pan", "Knife", "Board", "Jar", "Hook", "Rack", "Crate", "Box", "Lantern", "Pot",
    "Spade", "Hose", "Drill", "Hammer", "Saw", "Ladder", "Cabinet", "Drawer", "Bin", "Candle",
    "Frame", "Towel", "Curtain", "Sofa", "Bed", "Wardrobe", "Fan", "Heater", "Speaker"};
const char *const kC[]
    = {"black", "white", "grey", "red", "blue", "green", "natural", "yellow", "brown", "silver"};
const char *const kZ[] = {"XS", "S", "M", "L", "XL"};
const char *const kT[] = {"new", "bestseller", "eco", "gift", "limited", "bundle", "outdoor",
    "kids", "premium", "clearance", "handmade", "imported"};

// A buffered stdout (fwrite per row would dominate).
struct Out
{
    std::string buf;
    void flush()
    {
        if (!buf.empty() && std::fwrite(buf.data(), 1, buf.size(), stdout) != buf.size())
            std::exit(1);
        buf.clear();
    }
    void maybeFlush()
    {
        if (buf.size() > (1 << 20))
            flush();
    }
    Out &operator<<(const char *s)
    {
        buf.append(s);
        return *this;
    }
    Out &operator<<(char c)
    {
        buf.push_back(c);
        return *this;
    }
    Out &num(int64_t v)
    {
        char tmp[24];
        const int n = std::snprintf(tmp, sizeof tmp, "%lld", static_cast<long long>(v));
        buf.append(tmp, size_t(n));
        return *this;
    }
    Out &padded(int64_t v, int width)
    {
        char tmp[24];
        const int n = std::snprintf(tmp, sizeof tmp, "%0*lld", width, static_cast<long long>(v));
        buf.append(tmp, size_t(n));
        return *this;
    }
    // A UTC timestamp, "YYYY-MM-DD HH:MM:SS+00" (days-from-civil inverse, no libc per row).
    Out &time(int64_t epoch)
    {
        int64_t days = epoch / 86400, secs = epoch % 86400;
        if (secs < 0) {
            secs += 86400;
            --days;
        }
        const int64_t z = days + 719468;
        const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
        const int64_t doe = z - era * 146097;
        const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        const int64_t mp = (5 * doy + 2) / 153;
        const int64_t d = doy - (153 * mp + 2) / 5 + 1;
        const int64_t m = mp < 10 ? mp + 3 : mp - 9;
        const int64_t y = yoe + era * 400 + (m <= 2);
        padded(y, 4) << '-';
        padded(m, 2) << '-';
        padded(d, 2) << ' ';
        padded(secs / 3600, 2) << ':';
        padded(secs / 60 % 60, 2) << ':';
        padded(secs % 60, 2) << "+00";
        return *this;
    }
};

} // namespace

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: bench_catalog_seedgen N SEED BASE_EPOCH\n");
        return 2;
    }
    const int64_t n = std::atoll(argv[1]);
    const int64_t seed = std::atoll(argv[2]);
    const int64_t base = std::atoll(argv[3]) / 60 * 60; // a whole minute, as the SQL seed
    Out out;
    out.buf.reserve(2 << 20);

    for (int64_t i = 1; i <= n; ++i) {
        const uint64_t h = hash(i, seed);
        out.num(i) << '\t' << "SKU-";
        out.padded(i, 8) << '\t' << kW[pick(h, 0, 32)] << ' ' << kM[pick(h, 5, 16)] << ' '
                         << kN[pick(h, 9, 48)] << '\t' << "Deterministic sandbox product #";
        out.num(i) << ".\t";
        out.num(9 + pick(h, 20, 40)) << '\t';
        const int st = pick(h, 26, 100);
        out << (st < 85 ? "active" : st < 95 ? "draft" : "archived") << '\t';
        if (pick(h, 33, 3) == 0) {
            out.num(1 + pick(h, 35, 400)) << ".99";
        } else {
            const int cents = 50 + pick(h, 35, 50000);
            out.num(cents / 100) << '.';
            out.padded(cents % 100, 2);
        }
        out << "\tEUR\t{\"size\": \"" << kZ[pick(h, 48, 5)] << "\", \"color\": \""
            << kC[pick(h, 44, 10)] << "\", \"weight_g\": ";
        out.num(50 + pick(h, 50, 5000)) << "}\t";
        const int t1 = pick(h, 52, 12);
        switch (pick(h, 40, 4)) {
        case 0:
            out << '{' << kT[t1] << '}';
            break;
        case 1:
            out << '{' << kT[t1] << ',' << kT[(t1 + 1 + pick(h, 56, 11)) % 12] << '}';
            break;
        case 2:
            out << "{}";
            break;
        default:
            out << "{sale," << kT[t1] << '}';
        }
        out << "\t1\t";
        out.time(base - 60 * (60 * 24 * 30 + int64_t(pick(h, 30, 60 * 24 * 700)))) << '\t';
        out.time(base - 60 * int64_t(pick(h, 12, 60 * 24 * 30))) << '\n';
        out.maybeFlush();
    }
    out << "\\.\n";

    // Stock rows, then the ledger's opening balances: the same (product, warehouse, on_hand).
    for (int pass = 0; pass < 2; ++pass) {
        for (int64_t i = 1; i <= n; ++i) {
            const uint64_t h = hash(i, seed);
            for (int w = 1; w <= 3; ++w) {
                if (!stocked(h, w))
                    continue;
                const uint64_t hw = hash(i * 4 + w, seed + 1);
                const int onHand = pick(hw, 0, 20) == 0 ? pick(hw, 6, 6) : pick(hw, 6, 250);
                if (pass == 0) {
                    out.num(i) << '\t';
                    out.num(w) << '\t';
                    out.num(onHand) << "\t0\t" << (pick(hw, 32, 2) == 0 ? "5" : "10") << '\t';
                    out.time(base - 60 * int64_t(pick(hw, 36, 60 * 24 * 30))) << '\n';
                } else if (onHand != 0) {
                    out.num(i) << '\t';
                    out.num(w) << '\t';
                    out.num(onHand) << "\tinitial\topening balance\tseed\t";
                    out.time(base - 800 * 86400) << '\n';
                }
            }
            out.maybeFlush();
        }
        out << "\\.\n";
    }
    out.flush();
    return std::fflush(stdout) == 0 ? 0 : 1;
}
