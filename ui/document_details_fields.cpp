#include "document_details_fields.h"

#include "date_field.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace sangkien {

DocumentDetailsFields::DocumentDetailsFields(QFormLayout* form, QWidget* parent, const QString& symbol,
                                             const QString& namePrefix, const QString& numberHint,
                                             const QString& signerHint)
{
    m_number = new QLineEdit(parent);
    m_number->setObjectName(namePrefix + QStringLiteral("Number"));
    m_number->setMaxLength(12);
    m_number->setPlaceholderText(numberHint);
    auto* numberRow = new QHBoxLayout;
    numberRow->addWidget(m_number, 1);
    numberRow->addWidget(new QLabel(QLatin1Char('/') + symbol, parent));
    auto* numberLabel = new QLabel(DocumentDetailsFields::tr("&Number:"), parent);
    numberLabel->setBuddy(m_number);
    form->addRow(numberLabel, numberRow);

    m_date = new DateField(parent);
    m_date->setObjectName(namePrefix + QStringLiteral("Date"));
    m_date->setDate(QDate::currentDate());
    form->addRow(DocumentDetailsFields::tr("&Date (dd/MM/yyyy):"), m_date);
    form->addRow(QString(), m_date->messageLabel());

    m_signer = new QLineEdit(parent);
    m_signer->setObjectName(namePrefix + QStringLiteral("Signer"));
    m_signer->setPlaceholderText(signerHint);
    form->addRow(DocumentDetailsFields::tr("&Signer:"), m_signer);

    m_title = new QComboBox(parent);
    m_title->setObjectName(namePrefix + QStringLiteral("SignerTitle"));
    m_title->addItem(DocumentDetailsFields::tr("Director"), false);
    m_title->addItem(DocumentDetailsFields::tr("Deputy director, signing for the director (KT.)"), true);
    form->addRow(DocumentDetailsFields::tr("Signer's &title:"), m_title);
}

void DocumentDetailsFields::set(const QString& number, const QDate& date, const QString& signer, bool deputy)
{
    m_number->setText(number);
    m_date->setDate(date.isValid() ? date : QDate::currentDate());
    m_signer->setText(signer);
    m_title->setCurrentIndex(deputy ? 1 : 0);
}

QString DocumentDetailsFields::number() const
{
    return m_number->text().trimmed();
}

QDate DocumentDetailsFields::date() const
{
    return m_date->date();
}

QString DocumentDetailsFields::signer() const
{
    return m_signer->text().simplified();
}

bool DocumentDetailsFields::deputy() const
{
    return m_title->currentData().toBool();
}

QLabel* problemLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    label->hide();
    return label;
}

bool showProblem(QLabel* label, const QString& why)
{
    label->setText(why);
    label->setVisible(!why.isEmpty());
    return why.isEmpty();
}

QDialogButtonBox* continueCancelButtons(QDialog* dialog)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(DocumentDetailsFields::tr("C&ontinue"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace sangkien
