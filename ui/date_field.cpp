#include "date_field.h"

#include "text/typed_date.h"

#include <QAction>
#include <QCalendarWidget>
#include <QEvent>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace sangkien {

namespace {

// A small calendar drawn in the palette's text colour: no icon theme is needed on the office's Windows.
QIcon calendarIcon(const QPalette& palette)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setPen(palette.color(QPalette::Text));
    p.drawRect(1, 2, 13, 12);
    p.fillRect(1, 2, 14, 3, palette.color(QPalette::Text));
    for (int row = 0; row < 3; ++row)
        for (int col = 0; col < 4; ++col)
            p.fillRect(3 + col * 3, 7 + row * 2, 2, 1, palette.color(QPalette::Text));
    return QIcon(pixmap);
}

} // namespace

DateField::DateField(QWidget* parent)
    : QLineEdit(parent)
{
    // Digits and the separators a clerk types; a letter is not taken at all, so nothing else can happen.
    setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9/.\\- ]{0,12}")), this));
    setPlaceholderText(tr("dd/mm/yyyy"));
    setToolTip(
        tr("Type the date as dd/mm/yyyy, with or without the slashes (02032024). F4 opens a calendar."));
    m_calendarAction = addAction(calendarIcon(palette()), QLineEdit::TrailingPosition);
    m_calendarAction->setToolTip(tr("Pick the date on a calendar (F4)"));
    connect(m_calendarAction, &QAction::triggered, this, &DateField::showCalendar);
    connect(this, &QLineEdit::textChanged, this, &DateField::reread);
    setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 48);
    reread();
}

void DateField::setOptional(bool optional)
{
    m_optional = optional;
    reread();
}

void DateField::setDateRange(const QDate& minimum, const QDate& maximum)
{
    m_minimum = minimum;
    m_maximum = maximum;
    reread();
}

void DateField::setDate(const QDate& date)
{
    setText(date.isValid() ? date.toString(displayFormat()) : QString());
    reread();
}

QLabel* DateField::messageLabel()
{
    if (!m_message) {
        m_message = new QLabel(parentWidget());
        m_message->setObjectName(QStringLiteral("message:") + objectName());
        m_message->setWordWrap(true);
        m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_message->setText(m_problem);
        m_message->setVisible(!m_problem.isEmpty());
    }
    return m_message;
}

void DateField::reread()
{
    const text::TypedDate typed = text::parseTypedDate(text());
    const QLocale locale;
    QString problem;
    QDate date;
    switch (typed.problem) {
    case text::TypedDate::Problem::None:
        if (m_minimum.isValid() && typed.date < m_minimum)
            problem = tr("%1 is too early: the earliest date here is %2.")
                          .arg(typed.date.toString(displayFormat()), m_minimum.toString(displayFormat()));
        else if (m_maximum.isValid() && typed.date > m_maximum)
            problem = tr("%1 is too late: the latest date here is %2.")
                          .arg(typed.date.toString(displayFormat()), m_maximum.toString(displayFormat()));
        else
            date = typed.date;
        break;
    case text::TypedDate::Problem::Empty:
        if (!m_optional)
            problem = tr("Type the date as dd/mm/yyyy.");
        break;
    case text::TypedDate::Problem::Unreadable:
        problem = tr("“%1” is not a date: type it as dd/mm/yyyy, for example 02/03/2024 or 02032024.")
                      .arg(text().trimmed());
        break;
    case text::TypedDate::Problem::Impossible:
        if (typed.month < 1 || typed.month > 12)
            problem = tr("There is no month %1: the day comes first, then the month (dd/mm/yyyy).")
                          .arg(typed.month);
        else
            problem = tr("%1/%2/%3 does not exist: that month has %4 days.")
                          .arg(typed.day, 2, 10, QLatin1Char('0'))
                          .arg(typed.month, 2, 10, QLatin1Char('0'))
                          .arg(typed.year)
                          .arg(QDate(typed.year, typed.month, 1).daysInMonth());
        break;
    }
    const bool dateMoved = date != m_date;
    const bool problemMoved = problem != m_problem;
    m_date = date;
    m_problem = problem;
    if (m_message) {
        m_message->setText(problem);
        m_message->setVisible(!problem.isEmpty());
    }
    if (dateMoved)
        emit dateChanged(m_date);
    if (problemMoved)
        emit problemChanged(m_problem);
}

void DateField::focusOutEvent(QFocusEvent* event)
{
    // "2/3/24" or "02032024" reads back as 02/03/2024 once the clerk moves on; a wrong text stays as typed.
    if (m_date.isValid() && text() != m_date.toString(displayFormat()) && !isReadOnly()) {
        const QDate keep = m_date;
        setText(keep.toString(displayFormat()));
    }
    QLineEdit::focusOutEvent(event);
}

void DateField::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_F4 ||
        (event->key() == Qt::Key_Down && event->modifiers() & Qt::AltModifier)) {
        showCalendar();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void DateField::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::EnabledChange || event->type() == QEvent::ReadOnlyChange)
        m_calendarAction->setEnabled(isEnabled() && !isReadOnly());
    QLineEdit::changeEvent(event);
}

void DateField::showCalendar()
{
    if (isReadOnly() || !isEnabled())
        return;
    if (!m_calendar) {
        m_calendar = new QCalendarWidget(this);
        m_calendar->setWindowFlags(Qt::Popup);
        m_calendar->setObjectName(QStringLiteral("calendar"));
        m_calendar->setFirstDayOfWeek(Qt::Monday);
        m_calendar->setGridVisible(true);
        auto pick = [this](QDate picked) {
            setDate(picked);
            m_calendar->hide();
            setFocus(Qt::PopupFocusReason);
        };
        connect(m_calendar, &QCalendarWidget::clicked, this, pick);
        connect(m_calendar, &QCalendarWidget::activated, this, pick);
    }
    m_calendar->setDateRange(m_minimum.isValid() ? m_minimum : QDate(1900, 1, 1),
                             m_maximum.isValid() ? m_maximum : QDate(2100, 12, 31));
    m_calendar->setSelectedDate(m_date.isValid() ? m_date : QDate::currentDate());
    m_calendar->adjustSize();
    m_calendar->move(mapToGlobal(QPoint(0, height())));
    m_calendar->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

} // namespace sangkien
