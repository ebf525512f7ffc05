#pragma once

class QObject;
class QWidget;

namespace sangkien::writes {

// What writes to the campaign (a menu action, a dialog's Save or Add button, an editable table) is marked,
// so that a window opened read-only switches all of it off, and a test can find all of it, including what
// is added later.
void mark(QObject* actionOrWidget);
bool isMarked(const QObject* object);

// Read-only: every marked action and widget under root is disabled now and stays disabled (code that
// enables a button as the selection moves cannot turn it back on); marked item views lose their edit
// triggers, marked text fields become read-only instead of grey so they can still be read and copied.
void lock(QWidget* root);

// Every input field under root becomes read-only (text still selectable), every other input disabled:
// a form that can only be looked at.
void lockForm(QWidget* root);

} // namespace sangkien::writes
