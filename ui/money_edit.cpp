#include "money_edit.h"

#include "text/vietnamese_text.h"

#include <QFocusEvent>
#include <limits>

namespace sangkien {

namespace {

QString digitsOf(const QString& text)
{
    QString digits;
    for (QChar c : text)
        if (c.isDigit())
            digits += c;
    // Leading zeros say nothing about an amount.
    while (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    return digits;
}

} // namespace

MoneyEdit::MoneyEdit(QWidget* parent)
    : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setPlaceholderText(tr("e.g. 1.250.000.000"));
    connect(this, &QLineEdit::textEdited, this, &MoneyEdit::onEdited);
}

QString MoneyEdit::grouped(const QString& digits)
{
    QString out;
    const qsizetype n = digits.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out += QLatin1Char('.');
        out += digits.at(i);
    }
    return out;
}

bool MoneyEdit::hasJunk() const
{
    for (QChar c : text())
        if (!c.isDigit() && c != QLatin1Char('.') && !c.isSpace() && c != QChar(0x0111) && c != QChar(0x0110))
            return true;
    return false;
}

std::optional<qint64> MoneyEdit::value() const
{
    const QString digits = digitsOf(text());
    if (digits.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 v = digits.toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::optional<qint64>(std::numeric_limits<qint64>::max());
}

void MoneyEdit::setValue(const std::optional<qint64>& value)
{
    setText(value ? (hasFocus() ? grouped(QString::number(*value)) : text::money(*value)) : QString());
    emit valueChanged();
}

void MoneyEdit::onEdited(const QString& text)
{
    if (hasJunk()) {
        emit valueChanged(); // the editor says what is wrong; the text stays as typed
        return;
    }
    // Re-group while keeping the cursor behind the same number of digits counted from the right.
    const int cursor = cursorPosition();
    int digitsAfter = 0;
    for (qsizetype i = cursor; i < text.size(); ++i)
        if (text.at(i).isDigit())
            ++digitsAfter;
    const QString formatted = grouped(digitsOf(text));
    if (formatted != text) {
        setText(formatted);
        int pos = int(formatted.size());
        for (int seen = 0; pos > 0 && seen < digitsAfter; --pos)
            if (formatted.at(pos - 1).isDigit())
                ++seen;
        setCursorPosition(pos);
    }
    emit valueChanged();
}

void MoneyEdit::focusInEvent(QFocusEvent* event)
{
    // Editing happens on the bare number; the "đ" comes back when the field is left.
    if (!hasJunk())
        if (const auto v = value())
            setText(grouped(QString::number(*v)));
    QLineEdit::focusInEvent(event);
}

void MoneyEdit::focusOutEvent(QFocusEvent* event)
{
    if (!hasJunk())
        if (const auto v = value())
            setText(text::money(*v));
    QLineEdit::focusOutEvent(event);
}

} // namespace sangkien
