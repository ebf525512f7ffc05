#include "pin_dialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sangkien {

PinDialog::PinDialog(QByteArray packageFile, const QString& fileName, QWidget* parent)
    : QDialog(parent)
    , m_file(std::move(packageFile))
{
    setWindowTitle(tr("Open review package"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("<b>%1</b><br>Type the PIN that the council's office gave you with this "
                                "package.")
                                 .arg(fileName.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    intro->setMinimumWidth(intro->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 26);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_pin = new QLineEdit(this);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setObjectName(QStringLiteral("pin"));
    m_pin->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);
    form->addRow(tr("&PIN:"), m_pin);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("pinError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Open"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PinDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PinDialog::reject);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    m_pin->setFocus();
}

bool PinDialog::tryPin(const QString& pin)
{
    // Deriving the key takes a moment on purpose (it makes guessing slow).
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = ReviewPackage::open(m_file, pin);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        m_error->setText(opened.error().message);
        m_error->show();
        m_pin->clear();
        m_pin->setFocus();
        return false;
    }
    m_package = std::move(opened.value());
    m_error->hide();
    return true;
}

QString PinDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PinDialog::accept()
{
    if (tryPin(m_pin->text()))
        QDialog::accept();
}

} // namespace sangkien
