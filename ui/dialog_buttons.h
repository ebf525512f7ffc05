#pragma once

class QDialog;
class QDialogButtonBox;
class QLineEdit;

namespace sangkien {

// OK and Cancel for a small form, wired to accept and reject; OK stays disabled while the required
// field holds nothing but spaces. Cancel carries our own translation (Qt's may be missing).
QDialogButtonBox* okCancelButtons(QDialog* dialog, QLineEdit* required);

} // namespace sangkien
