#pragma once
// Files and folders that refuse writes, as a read-only medium or a full disk does, for tests that run as
// root (where permission bits refuse nothing): a read-only bind mount, a tiny tmpfs.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sangkien::testing {

// path (a folder or a file) made read-only until the object goes: a read-only bind mount over it as root,
// its write permissions taken away otherwise.
class ReadOnlyMount
{
public:
    explicit ReadOnlyMount(const QString& path)
        : m_path(QFile::encodeName(path))
    {
        if (::geteuid() == 0) {
            if (::mount(m_path.constData(), m_path.constData(), nullptr, MS_BIND, nullptr) != 0)
                return;
            m_mounted = true;
            m_ok =
                ::mount(nullptr, m_path.constData(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) == 0;
        } else {
            struct stat st
            {
            };
            m_ok = ::stat(m_path.constData(), &st) == 0;
            m_mode = st.st_mode & 07777;
            m_ok = m_ok && ::chmod(m_path.constData(), m_mode & ~0222) == 0;
        }
    }
    ~ReadOnlyMount()
    {
        if (m_mounted)
            ::umount2(m_path.constData(), MNT_DETACH);
        else if (m_ok)
            ::chmod(m_path.constData(), m_mode);
    }
    ReadOnlyMount(const ReadOnlyMount&) = delete;
    ReadOnlyMount& operator=(const ReadOnlyMount&) = delete;
    bool ok() const { return m_ok; }

private:
    QByteArray m_path;
    bool m_mounted = false;
    bool m_ok = false;
    mode_t m_mode = 0;
};

// A tmpfs of the given size mounted on folder (root only) until the object goes.
class TinyDisk
{
public:
    TinyDisk(const QString& folder, qint64 bytes)
        : m_path(QFile::encodeName(folder))
    {
        const QByteArray options = "size=" + QByteArray::number(bytes);
        m_ok = ::geteuid() == 0 && ::mount("tmpfs", m_path.constData(), "tmpfs", 0, options.constData()) == 0;
    }
    ~TinyDisk()
    {
        if (m_ok)
            ::umount2(m_path.constData(), MNT_DETACH);
    }
    TinyDisk(const TinyDisk&) = delete;
    TinyDisk& operator=(const TinyDisk&) = delete;
    bool ok() const { return m_ok; }

private:
    QByteArray m_path;
    bool m_ok = false;
};

} // namespace sangkien::testing
