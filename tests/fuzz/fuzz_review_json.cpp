// libFuzzer target: the content inside a sealed package or score return. A member who knows the PIN can
// seal anything, so what authenticates is still outside input: the JSON readers must refuse what is not
// a package or a return, and what they accept must write back the same.
#include "review/review_package.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace sangkien;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    if (auto scores = ScoreReturn::fromJson(bytes)) {
        auto again = ScoreReturn::fromJson(scores->toJson());
        if (!again || !(*again == *scores))
            __builtin_trap();
    }
    if (auto package = ReviewPackageContent::fromJson(bytes)) {
        auto again = ReviewPackageContent::fromJson(package->toJson());
        if (!again || !(*again == *package))
            __builtin_trap();
    }
    return 0;
}
