#pragma once

#include <QLineEdit>
#include <optional>

namespace sangkien {

// An amount of đồng typed as digits, with or without dots: "1250000000" and "1.250.000.000" both
// read 1,250,000,000. Dots are put in as you type; leaving the field shows "1.250.000.000 đ".
class MoneyEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit MoneyEdit(QWidget* parent = nullptr);

    // nullopt when the field is empty; the text has no digits otherwise (see hasJunk()).
    std::optional<qint64> value() const;
    void setValue(const std::optional<qint64>& value);
    // True when the text holds something that is not a digit, a dot, a space or "đ".
    bool hasJunk() const;

    // "1250000000" → "1.250.000.000"
    static QString grouped(const QString& digits);

signals:
    void valueChanged();

protected:
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void onEdited(const QString& text);
};

} // namespace sangkien
