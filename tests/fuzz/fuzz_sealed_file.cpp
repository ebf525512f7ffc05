// libFuzzer target: a sealed review package or score return (.skreview, .skscores) from outside. The
// header is read, then the file is authenticated with a fixed key: every changed byte must be refused
// cleanly, never read past its end. (The key is derived once: Argon2id per input would fuzz nothing else.)
#include "review/review_package.h"
#include "review/sealed_file.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace sangkien;
    static const auto key = SealKey::derive(QStringLiteral("4821"), QByteArray(16, '\x5a'));
    if (!key)
        __builtin_trap();
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const QByteArray& magic : {ReviewPackage::kPackageMagic, ReviewPackage::kReturnMagic}) {
        (void)SealedFile::peek(bytes, magic);
        if (SealedFile::open(bytes, magic, *key))
            __builtin_trap(); // random bytes never authenticate
    }
    return 0;
}
