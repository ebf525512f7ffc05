#pragma once

#include <QDate>
#include <QLineEdit>

class QCalendarWidget;
class QLabel;

namespace sangkien {

// A date typed whole, as dd/mm/yyyy, with or without the slashes ("02/03/2024", "02032024"), plus a
// calendar popup (the button at its end, F4 or Alt+Down). It is a plain line edit: no keystroke ever
// moves on to the next field, and what was typed is never silently replaced. An impossible or unreadable
// date, or one outside the field's range, is kept as typed and said in words by problem() and by the
// label messageLabel() gives.
class DateField : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateField(QWidget* parent = nullptr);

    // Shows "dd/mm/yyyy" as the format; tests and callers that built the old date edits ask for it.
    static QString displayFormat() { return QStringLiteral("dd/MM/yyyy"); }

    // An optional field may stay empty (date() is then invalid and problem() empty).
    void setOptional(bool optional);
    bool isOptional() const { return m_optional; }
    // Dates outside [minimum, maximum] are refused in words (an invalid bound is no bound).
    void setDateRange(const QDate& minimum, const QDate& maximum);

    // The date typed, or an invalid QDate when the field is empty or has a problem.
    QDate date() const { return m_date; }
    // Puts the date in as dd/mm/yyyy; an invalid date empties the field.
    void setDate(const QDate& date);
    // Why the text is not a date, in the user's language; empty when it is one (or empty and optional).
    QString problem() const { return m_problem; }
    bool isAcceptable() const { return m_problem.isEmpty(); }

    // A red label that shows problem() while there is one; put it beside or under the field.
    QLabel* messageLabel();

    void showCalendar();

signals:
    // The date read from the text changed (an invalid QDate while the text is not a date).
    void dateChanged(const QDate& date);
    // problem() changed.
    void problemChanged(const QString& problem);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void reread();

    bool m_optional = false;
    QDate m_minimum;
    QDate m_maximum;
    QDate m_date;
    QString m_problem;
    QLabel* m_message = nullptr;           // beside the field, a child of the same parent
    QCalendarWidget* m_calendar = nullptr; // a popup child, made on first use
    QAction* m_calendarAction = nullptr;
};

} // namespace sangkien
