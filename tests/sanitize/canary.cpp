// A deliberately broken program, built only in a sanitizer folder (QM_SANITIZE, scripts/test
// --sanitize): ctest runs it as unit.sanitize_canary_<kind> and passes only when the sanitizer's
// report appears. It proves that the folder's code is instrumented and that a report is seen: if
// the flags stopped reaching the build, the program would run without a report and the test fail.
#include <cstdio>
#include <cstring>

namespace {
volatile int g_index = 2;
volatile int g_big = 0x7fffffff;
} // namespace

int main(int argc, char **argv)
{
    const char *kind = argc > 1 ? argv[1] : "";
    if (std::strcmp(kind, "address") == 0) {
        int *values = new int[4] {1, 2, 3, 4};
        delete[] values;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wuse-after-free"
        std::printf("%d\n", values[g_index]); // heap-use-after-free
#pragma GCC diagnostic pop
        return 0;
    }
    if (std::strcmp(kind, "undefined") == 0) {
        int big = g_big;
        std::printf("%d\n", big + g_index); // signed integer overflow
        return 0;
    }
    std::fprintf(stderr, "usage: %s address|undefined\n", argv[0]);
    return 2;
}
