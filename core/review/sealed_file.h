#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <array>

namespace sangkien {

// The key a PIN unlocks for one file family: Argon2id over the PIN and a random salt. A review package and
// the score returns that answer it share the salt, so the clerk re-derives the same key from the same PIN.
class SealKey
{
    Q_DECLARE_TR_FUNCTIONS(SealKey)

public:
    static constexpr int kSaltSize = 16; // crypto_pwhash_SALTBYTES
    static constexpr int kKeySize = 32;  // crypto_aead_xchacha20poly1305_ietf_KEYBYTES

    // PINs are read out loud: at least this many characters keeps guessing slow enough with Argon2id.
    static constexpr int kMinPinLength = 4;

    static Result<SealKey> derive(const QString& pin, const QByteArray& salt);
    static QByteArray newSalt();

    ~SealKey();
    SealKey(const SealKey& other) = default;
    SealKey& operator=(const SealKey& other) = default;

    const QByteArray& salt() const { return m_salt; }
    const unsigned char* data() const { return m_key.data(); }

private:
    SealKey() = default;
    std::array<unsigned char, kKeySize> m_key{};
    QByteArray m_salt;
};

// The clear header of a sealed file. All of it is the AEAD's associated data: a changed header byte makes
// the file fail to open exactly like a changed ciphertext byte.
//   magic (8 bytes) | format version (2, big-endian) | salt (16) | nonce (24) | id (16)
struct SealedHeader
{
    static constexpr int kMagicSize = 8;
    static constexpr int kNonceSize = 24; // crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
    static constexpr int kIdSize = 16;
    static constexpr int kSize = kMagicSize + 2 + SealKey::kSaltSize + kNonceSize + kIdSize;

    QByteArray magic;
    quint16 version = 0;
    QByteArray salt;
    QByteArray nonce;
    QByteArray id;

    QByteArray encode() const;
    QString idHex() const { return QString::fromLatin1(id.toHex()); }
};

// A file sealed with XChaCha20-Poly1305 under a SealKey: the header above, then the ciphertext with its tag.
class SealedFile
{
    Q_DECLARE_TR_FUNCTIONS(SealedFile)

public:
    static constexpr quint16 kFormatVersion = 1;

    // Seals plaintext under key; id is the 16-byte identity written in the header (a package id).
    static Result<QByteArray> seal(const QByteArray& magic, const QByteArray& id, const SealKey& key,
                                   const QByteArray& plaintext);
    // Reads the header without authenticating it: only to find the salt to derive the key with.
    static Result<SealedHeader> peek(const QByteArray& file, const QByteArray& magic);
    // Authenticates and decrypts; any changed byte or the wrong key gives the same clear refusal.
    static Result<QByteArray> open(const QByteArray& file, const QByteArray& magic, const SealKey& key);
    // Derives the key from the PIN and the file's salt, then opens.
    static Result<QByteArray> open(const QByteArray& file, const QByteArray& magic, const QString& pin);

    static QByteArray randomBytes(int size);
    // Whether libsodium could be initialised (it reads the system's randomness source).
    static bool cryptoReady();
};

} // namespace sangkien
