// libFuzzer harness for the RESP reader (hiredis' redisReader + our Reply-building callbacks).
//
// Oracle, beyond "no crash, no sanitizer report": the same bytes fed in one piece and fed in
// pieces (sizes taken from the input) must give the same replies and the same verdict, and
// every reply must survive encode -> parse when it is an array of strings (a command).
//
//   cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DQM_FUZZ=ON
//   cmake --build build-fuzz --target fuzz_resp && build-fuzz/tests/fuzz/fuzz_resp \
//       -max_total_time=300 /tmp/resp-corpus tests/fuzz/corpus/resp
#include "redis/resp.h"

#include <cstdint>
#include <cstdlib>
#include <vector>

using qm::redis::Reply;
using qm::redis::RespReader;

namespace {

struct Outcome
{
    std::vector<Reply> replies;
    bool error = false;
};

Outcome parse(const QByteArray &wire, const QByteArray &cuts)
{
    Outcome out;
    RespReader reader;
    qsizetype pos = 0;
    qsizetype cut = 0;
    while (pos < wire.size()) {
        qsizetype n = wire.size() - pos;
        if (!cuts.isEmpty()) {
            n = qMin<qsizetype>(n, 1 + static_cast<unsigned char>(cuts.at(cut % cuts.size())));
            ++cut;
        }
        reader.feed(wire.constData() + pos, n);
        pos += n;
        Reply r;
        RespReader::Status st;
        while ((st = reader.next(&r)) == RespReader::Status::Reply)
            out.replies.push_back(std::move(r));
        if (st == RespReader::Status::ProtocolError) {
            out.error = true;
            break;
        }
    }
    return out;
}

bool isCommand(const Reply &r)
{
    if (!r.isArray() || r.elements.empty())
        return false;
    for (const Reply &e : r.elements) {
        if (e.type != Reply::Type::String)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // First byte: how many of the following bytes describe the chunking (0..15).
    const size_t cutBytes = qMin<size_t>(data[0] & 0x0f, size - 1);
    const QByteArray cuts(reinterpret_cast<const char *>(data + 1), qsizetype(cutBytes));
    const QByteArray wire(
        reinterpret_cast<const char *>(data + 1 + cutBytes), qsizetype(size - 1 - cutBytes));

    const Outcome whole = parse(wire, {});
    const Outcome pieces = parse(wire, cuts.isEmpty() ? QByteArray(1, '\0') : cuts);
    // A stream cut at an error may have yielded fewer replies before the error was seen, but
    // the verdict and every reply both saw must agree.
    if (whole.error != pieces.error)
        abort();
    if (!whole.error && whole.replies.size() != pieces.replies.size())
        abort();
    const size_t common = qMin(whole.replies.size(), pieces.replies.size());
    for (size_t i = 0; i < common; ++i) {
        if (!(whole.replies[i] == pieces.replies[i]))
            abort();
    }
    for (const Reply &r : whole.replies) {
        (void)r.describe(80);
        if (!isCommand(r))
            continue;
        QByteArrayList args;
        for (const Reply &e : r.elements)
            args << e.str;
        const Outcome again = parse(qm::redis::encodeCommand(args), {});
        if (again.error || again.replies.size() != 1 || !(again.replies[0] == r))
            abort();
    }
    return 0;
}
