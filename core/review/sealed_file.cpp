#include "sealed_file.h"

#include "pin_rule.h"

#include <sodium.h>

namespace sangkien {
namespace {

static_assert(SealKey::kSaltSize == crypto_pwhash_SALTBYTES);
static_assert(SealKey::kKeySize == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
static_assert(SealedHeader::kNonceSize == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);

const unsigned char* bytes(const QByteArray& b)
{
    return reinterpret_cast<const unsigned char*>(b.constData());
}

} // namespace

bool SealedFile::cryptoReady()
{
    // sodium_init is idempotent and thread-safe; it returns 1 when already initialised.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QByteArray SealedFile::randomBytes(int size)
{
    QByteArray out(size, Qt::Uninitialized);
    if (cryptoReady())
        randombytes_buf(out.data(), size_t(size));
    return out;
}

QByteArray SealKey::newSalt()
{
    return SealedFile::randomBytes(kSaltSize);
}

SealKey::~SealKey()
{
    sodium_memzero(m_key.data(), m_key.size());
}

Result<SealKey> SealKey::derive(const QString& pin, const QByteArray& salt)
{
    if (!SealedFile::cryptoReady())
        return Error{tr("The encryption library could not start."), {}, ErrorKind::Storage};
    // The same PIN typed on another keyboard may arrive decomposed; NFC makes it the same bytes.
    const QByteArray secret = pin.trimmed().normalized(QString::NormalizationForm_C).toUtf8();
    if (auto wellFormed = PinRule::check(pin); !wellFormed)
        return wellFormed.error();
    if (salt.size() != kSaltSize)
        return Error{tr("The file's salt has the wrong length."), {}, ErrorKind::Damaged};
    SealKey key;
    key.m_salt = salt;
    if (crypto_pwhash(key.m_key.data(), key.m_key.size(), secret.constData(),
                      static_cast<unsigned long long>(secret.size()), bytes(salt),
                      crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error{tr("Not enough memory to derive the key from the PIN."), {}, ErrorKind::Storage};
    return key;
}

QByteArray SealedHeader::encode() const
{
    QByteArray out;
    out.reserve(kSize);
    out += magic.left(kMagicSize).leftJustified(kMagicSize, '\0');
    out += char(version >> 8);
    out += char(version & 0xff);
    out += salt;
    out += nonce;
    out += id;
    return out;
}

Result<QByteArray> SealedFile::seal(const QByteArray& magic, const QByteArray& id, const SealKey& key,
                                    const QByteArray& plaintext)
{
    if (!cryptoReady())
        return Error{SealKey::tr("The encryption library could not start."), {}, ErrorKind::Storage};
    if (magic.size() != SealedHeader::kMagicSize || id.size() != SealedHeader::kIdSize)
        return Error{tr("The file's identity has the wrong length."), {}, ErrorKind::Damaged};
    SealedHeader header{magic, kFormatVersion, key.salt(), randomBytes(SealedHeader::kNonceSize), id};
    const QByteArray ad = header.encode();
    QByteArray out = ad;
    out.resize(ad.size() + plaintext.size() + qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES));
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(out.data()) + ad.size(), &written, bytes(plaintext),
        static_cast<unsigned long long>(plaintext.size()), bytes(ad),
        static_cast<unsigned long long>(ad.size()), nullptr, bytes(header.nonce), key.data());
    out.resize(ad.size() + qsizetype(written));
    return out;
}

Result<SealedHeader> SealedFile::peek(const QByteArray& file, const QByteArray& magic)
{
    if (file.size() < SealedHeader::kSize + qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES))
        return Error{
            tr("The file is too short: it was cut off or is not a sealed file."), {}, ErrorKind::Damaged};
    SealedHeader h;
    h.magic = file.left(SealedHeader::kMagicSize);
    if (h.magic != magic)
        return Error{tr("This is not a %1 file, or the file was changed.").arg(QString::fromLatin1(magic)),
                     {},
                     ErrorKind::Damaged};
    qsizetype at = SealedHeader::kMagicSize;
    h.version = quint16((quint8(file[at]) << 8) | quint8(file[at + 1]));
    at += 2;
    if (h.version != kFormatVersion)
        return Error{tr("The file was written in format %1, which this program does not read; "
                        "or the file was changed.")
                         .arg(h.version),
                     {},
                     ErrorKind::Damaged};
    h.salt = file.mid(at, SealKey::kSaltSize);
    at += SealKey::kSaltSize;
    h.nonce = file.mid(at, SealedHeader::kNonceSize);
    at += SealedHeader::kNonceSize;
    h.id = file.mid(at, SealedHeader::kIdSize);
    return h;
}

Result<QByteArray> SealedFile::open(const QByteArray& file, const QByteArray& magic, const SealKey& key)
{
    if (!cryptoReady())
        return Error{SealKey::tr("The encryption library could not start."), {}, ErrorKind::Storage};
    auto header = peek(file, magic);
    if (!header)
        return header.error();
    const QByteArray ad = file.left(SealedHeader::kSize);
    const qsizetype cipherSize = file.size() - SealedHeader::kSize;
    QByteArray plain(cipherSize - qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES), Qt::Uninitialized);
    unsigned long long plainSize = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(plain.data()), &plainSize, nullptr,
            bytes(file) + SealedHeader::kSize, static_cast<unsigned long long>(cipherSize), bytes(ad),
            static_cast<unsigned long long>(ad.size()), bytes(header->nonce), key.data()) != 0)
        return Error{
            tr("The file cannot be opened: wrong PIN or the file was changed."), {}, ErrorKind::Refused};
    plain.resize(qsizetype(plainSize));
    return plain;
}

Result<QByteArray> SealedFile::open(const QByteArray& file, const QByteArray& magic, const QString& pin)
{
    auto header = peek(file, magic);
    if (!header)
        return header.error();
    auto key = SealKey::derive(pin, header->salt);
    if (!key)
        return key.error();
    return open(file, magic, *key);
}

} // namespace sangkien
