#include "row_prefetcher.h"

#include "import/sheet_pass.h"

namespace sangkien {

RowPrefetcher::RowPrefetcher(SheetPass& pass)
    : m_pass(pass)
    , m_thread([this] { read(); })
{}

RowPrefetcher::~RowPrefetcher()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void RowPrefetcher::read()
{
    for (;;) {
        std::vector<ImportRowData> batch;
        batch.reserve(kBatchRows);
        std::optional<Error> failed;
        bool ended = false;
        while (batch.size() < kBatchRows) {
            ImportRowData row;
            auto more = m_pass.next(row);
            if (!more) {
                failed = more.error();
                break;
            }
            if (!*more) {
                ended = true;
                break;
            }
            batch.push_back(std::move(row));
        }
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || m_ready.size() < kBatches; });
        if (m_stop)
            return;
        if (!batch.empty())
            m_ready.push_back(std::move(batch));
        const bool last = failed || ended;
        if (last) {
            m_error = std::move(failed);
            m_ended = true;
        }
        lock.unlock();
        m_changed.notify_all();
        if (last)
            return;
    }
}

Result<bool> RowPrefetcher::next(ImportRowData& row)
{
    if (m_taken == m_current.size()) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_ended; });
        if (m_ready.empty()) {
            if (m_error)
                return *m_error;
            return false;
        }
        m_current = std::move(m_ready.front());
        m_ready.pop_front();
        m_taken = 0;
        lock.unlock();
        m_changed.notify_all();
    }
    row = std::move(m_current[m_taken++]);
    return true;
}

} // namespace sangkien
