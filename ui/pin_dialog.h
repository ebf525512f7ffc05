#pragma once

#include "review/review_package.h"

#include <QByteArray>
#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sangkien {

// Asks the council member for the PIN the clerk read out, and opens the review package with it. A wrong
// PIN (or a changed file) is said in the dialog, which stays open for another try.
class PinDialog : public QDialog
{
    Q_OBJECT

public:
    PinDialog(QByteArray packageFile, const QString& fileName, QWidget* parent = nullptr);

    // Opens the package with pin; on failure shows why, clears the field and returns false.
    bool tryPin(const QString& pin);
    // The package once a PIN opened it.
    const std::optional<OpenedPackage>& package() const { return m_package; }
    QString errorText() const;

public slots:
    void accept() override;

private:
    QByteArray m_file;
    std::optional<OpenedPackage> m_package;
    QLineEdit* m_pin = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace sangkien
