#pragma once

#include <QPointer>
#include <QWidget>

namespace sangkien {

// The window's dialogs that stay open beside it (settings, units, council, scores, meeting, awards) are
// opened once: asked again, the open one comes to the front. Otherwise make() builds one, kept in slot
// until it closes (it deletes itself), and it opens window-modal without blocking.
template <class Dialog, class Make>
Dialog* openOnce(QPointer<Dialog>& slot, Make make)
{
    if (slot) {
        slot->raise();
        slot->activateWindow();
        return slot;
    }
    Dialog* dialog = make();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    slot = dialog;
    dialog->open();
    return dialog;
}

} // namespace sangkien
