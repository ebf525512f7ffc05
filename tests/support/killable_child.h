#pragma once
// sangkien-cli as a child process a test kills with SIGKILL at a moment of its choosing (QProcess notices a
// child's end only inside its own waits; this polls with waitpid). Shared by the crash-safety tests.

#include "temp_campaign.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStringList>
#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <stdexcept>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace sangkien::testing {

inline qint64 fileSize(const QString& path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? qint64(st.st_size) : -1;
}

class Child
{
public:
    Child(const QStringList& args, const QString& errPath)
    {
        QList<QByteArray> bytes{QFile::encodeName(cliPath())};
        for (const QString& a : args)
            bytes << a.toUtf8();
        std::vector<char*> argv;
        for (QByteArray& b : bytes)
            argv.push_back(b.data());
        argv.push_back(nullptr);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
        const QByteArray err = QFile::encodeName(errPath);
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err.constData(),
                                         O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int rc = posix_spawn(&m_pid, argv[0], &actions, nullptr, argv.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        if (rc != 0)
            throw std::runtime_error("sangkien-cli did not start");
        m_timer.start();
    }
    ~Child()
    {
        if (running()) {
            ::kill(m_pid, SIGKILL);
            wait();
        }
    }
    Child(const Child&) = delete;
    Child& operator=(const Child&) = delete;

    bool running()
    {
        if (m_done)
            return false;
        int status = 0;
        const pid_t r = ::waitpid(m_pid, &status, WNOHANG);
        if (r == m_pid) {
            m_done = true;
            m_status = status;
        }
        return !m_done;
    }
    // SIGKILL now; true when the child was still running (and so was killed).
    bool kill()
    {
        if (!running())
            return false;
        ::kill(m_pid, SIGKILL);
        wait();
        return WIFSIGNALED(m_status) && WTERMSIG(m_status) == SIGKILL;
    }
    int wait()
    {
        if (!m_done) {
            ::waitpid(m_pid, &m_status, 0);
            m_done = true;
        }
        return WIFEXITED(m_status) ? WEXITSTATUS(m_status) : -1;
    }
    qint64 elapsedMs() const { return m_timer.elapsed(); }

private:
    pid_t m_pid = 0;
    bool m_done = false;
    int m_status = 0;
    QElapsedTimer m_timer;
};

inline void nap()
{
    std::this_thread::sleep_for(std::chrono::microseconds(200));
}

} // namespace sangkien::testing
