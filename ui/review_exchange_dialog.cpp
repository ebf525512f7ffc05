#include "review_exchange_dialog.h"

#include "review/sealed_file.h"
#include "storage/council_roster.h"
#include "storage/database.h"
#include "storage/output_target.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sangkien {

QString ReviewExchangeDialog::newPin()
{
    const QByteArray bytes = SealedFile::randomBytes(4);
    quint32 n = 0;
    for (char b : bytes)
        n = (n << 8) | quint8(b);
    return QStringLiteral("%1").arg(n % 1000000, 6, 10, QLatin1Char('0'));
}

ReviewExchangeDialog::ReviewExchangeDialog(const CampaignContext& context, QWidget* parent)
    : QDialog(parent)
    , m_db(context.database())
    , m_user(context.user)
{
    m_prompts = context.prompts;
    setObjectName(QStringLiteral("ReviewExchangeDialog"));
    setWindowTitle(tr("Review packages and score returns"));

    m_member = new QComboBox(this);
    if (auto roster = CouncilRoster::load(m_db))
        for (const RosterMember& r : *roster)
            m_member->addItem(r.member.fullName, r.member.id);
    m_pin = new QLineEdit(newPin(), this);
    auto* another = new QPushButton(tr("A&nother PIN"), this);
    connect(another, &QPushButton::clicked, this, [this] { m_pin->setText(newPin()); });
    auto* exportButton = new QPushButton(tr("&Export package…"), this);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString name = QStringLiteral("%1.skreview").arg(m_member->currentText());
        const QString path = m_prompts->saveFile(this, tr("Export the review package"),
                                                 QDir(QFileInfo(m_db.path()).absolutePath()).filePath(name),
                                                 tr("Review packages (*.skreview)"));
        if (!path.isEmpty())
            exportPackage(m_member->currentData().toLongLong(), m_pin->text(), path);
    });
    auto* pinRow = new QHBoxLayout;
    pinRow->addWidget(m_pin);
    pinRow->addWidget(another);
    auto* exportBox = new QGroupBox(tr("Send a council member their entries to score"), this);
    auto* exportForm = new QFormLayout(exportBox);
    exportForm->addRow(tr("Council &member:"), m_member);
    auto* pinLabel = new QLabel(tr("&PIN to read out:"), this); // a row of widgets: the buddy shows the "&"
    pinLabel->setBuddy(m_pin);
    exportForm->addRow(pinLabel, pinRow);
    exportForm->addRow(QString(), exportButton);

    m_returnPin = new QLineEdit(this);
    m_returnPin->setPlaceholderText(tr("the PIN of the member's package"));
    auto* importButton = new QPushButton(tr("&Import score return…"), this);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = !m_returnFile.isEmpty()
                                 ? m_returnFile
                                 : m_prompts->openFile(this, tr("Import a score return"),
                                                       QFileInfo(m_db.path()).absolutePath(),
                                                       tr("Score returns (*.skscores)"));
        if (!path.isEmpty())
            importReturn(path, m_returnPin->text());
    });
    auto* importBox = new QGroupBox(tr("Merge a member's score return"), this);
    auto* importForm = new QFormLayout(importBox);
    m_returnFileLabel = new QLabel(this);
    m_returnFileLabel->setObjectName(QStringLiteral("returnFile"));
    m_returnFileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_returnFileLabel->setVisible(false);
    importForm->addRow(m_returnFileLabel);
    importForm->addRow(tr("P&IN:"), m_returnPin);
    importForm->addRow(QString(), importButton);

    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("report"));
    m_report->setReadOnly(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(exportBox);
    layout->addWidget(importBox);
    layout->addWidget(m_report, 1);
    layout->addWidget(buttons);
    resize(680, 560);
}

bool ReviewExchangeDialog::isScoreReturn(const QString& path)
{
    if (QFileInfo(path).suffix().compare(QStringLiteral("skscores"), Qt::CaseInsensitive) == 0)
        return true;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) &&
           file.read(ReviewPackage::kReturnMagic.size()) == ReviewPackage::kReturnMagic;
}

void ReviewExchangeDialog::setReturnFile(const QString& path)
{
    m_returnFile = path;
    m_returnFileLabel->setText(tr("Score return: %1").arg(QDir::toNativeSeparators(path)));
    m_returnFileLabel->setVisible(true);
    m_returnPin->setFocus();
}

void ReviewExchangeDialog::showReport(const QString& text, bool error)
{
    m_report->setPlainText(text);
    m_report->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

QString ReviewExchangeDialog::reportText() const
{
    return m_report->toPlainText();
}

Result<ReviewPackageContent> ReviewExchangeDialog::exportPackage(qint64 memberId, const QString& pin,
                                                                 const QString& path)
{
    if (const Status target = OutputTarget::check(path, {m_db.path()}); !target) {
        showReport(target.error().text(), true);
        return target.error();
    }
    auto content = ReviewPackage::exportTo(m_db, memberId, pin, path, m_user);
    if (!content) {
        showReport(content.error().text(), true);
        return content;
    }
    showReport(tr("The package for %1 (%n entries) is written to %2.\nRead the PIN %3 out to the member; "
                  "it opens the package and seals the score return.",
                  nullptr, int(content->entries.size()))
                   .arg(content->memberName, QDir::toNativeSeparators(path), pin),
               false);
    return content;
}

Result<MergeReport> ReviewExchangeDialog::importReturn(const QString& path, const QString& pin)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const Error e{tr("The score return cannot be read: %1").arg(file.errorString()), path};
        showReport(e.text(), true);
        return e;
    }
    auto report = ReviewPackage::merge(m_db, file.readAll(), pin, m_user);
    if (!report) {
        const Error e{tr("Nothing was merged: %1").arg(report.error().message), path};
        showReport(e.text(), true);
        return e;
    }
    if (!report->imported) {
        showReport(tr("This score return was merged before; nothing changed."), false);
        return report;
    }
    const QLocale locale;
    QStringList lines{
        tr("Merged: %1 sheets, %2 changed.").arg(report->sheetsMerged()).arg(report->sheetsChanged)};
    for (const PointChange& c : report->changes)
        lines << tr("%1, %2: %3 → %4")
                     .arg(c.entryCode, c.criterion,
                          c.before ? locale.toString(*c.before) : QStringLiteral("—"),
                          locale.toString(c.after));
    // Sheets kept as the office has them (changed since the export, or submitted): named, as the CLI does.
    if (!report->refused.isEmpty())
        lines << tr("Not merged, the office's version kept:");
    for (const RefusedSheet& r : report->refused)
        lines << tr("%1: %2").arg(r.entryCode, r.message);
    showReport(lines.join(QLatin1Char('\n')), false);
    emit scoresMerged();
    return report;
}

} // namespace sangkien
