#pragma once

#include "common/result.h"
#include "import/import_row.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace sangkien {

class SheetPass;

// Reads a started SheetPass's rows on a thread of its own, a few batches ahead of the caller, so that the
// sheet is read and decompressed on one core while the caller classifies and writes the rows it has on
// another. The rows come in the sheet's order, exactly as SheetPass::next gives them; what is held ahead
// is bounded (kBatches of kBatchRows rows: two batches keep the other core busy, and the 100,000-row import
// under its 80 MB). The pass must not be used by anyone else while this reads it.
class RowPrefetcher
{
public:
    static constexpr std::size_t kBatchRows = 256;
    static constexpr std::size_t kBatches = 2;

    explicit RowPrefetcher(SheetPass& pass);
    // Stops the reading thread (at its next batch) and waits for it.
    ~RowPrefetcher();
    RowPrefetcher(const RowPrefetcher&) = delete;
    RowPrefetcher& operator=(const RowPrefetcher&) = delete;

    // The next row; false at the end of the sheet; the pass's error where it failed.
    Result<bool> next(ImportRowData& row);

private:
    void read();

    SheetPass& m_pass;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<ImportRowData>> m_ready; // batches read, in order
    std::optional<Error> m_error;                   // where the pass failed; the batches before it stand
    bool m_ended = false;                           // the pass reached its end or failed
    bool m_stop = false;                            // the caller is done: read no further
    std::vector<ImportRowData> m_current;           // the batch the caller takes rows from
    std::size_t m_taken = 0;
    std::thread m_thread; // last: started once the members above exist
};

} // namespace sangkien
