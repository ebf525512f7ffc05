#include "certificate_layout_dialog.h"

#include "document_preview.h"
#include "documents/document_painter.h"
#include "error_wording.h"
#include "prompts.h"
#include "storage/database.h"
#include "storage/decision_repository.h"
#include "write_guard.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace sangkien {

namespace {

QString fieldLabel(const QString& key)
{
    if (key == QLatin1String("name"))
        return CertificateLayoutDialog::tr("Name");
    if (key == QLatin1String("unit"))
        return CertificateLayoutDialog::tr("Position and unit");
    if (key == QLatin1String("reason"))
        return CertificateLayoutDialog::tr("Reason");
    if (key == QLatin1String("decision"))
        return CertificateLayoutDialog::tr("Decision number and date");
    if (key == QLatin1String("date"))
        return CertificateLayoutDialog::tr("Place and date");
    return key;
}

QString formTitle(CertificateForm form)
{
    return form == CertificateForm::Chairman
               ? CertificateLayoutDialog::tr("Chairman's certificate (Bằng khen)")
               : CertificateLayoutDialog::tr("Director's certificate (Giấy khen)");
}

void fillForms(QComboBox* combo)
{
    combo->addItem(formTitle(CertificateForm::Director), int(CertificateForm::Director));
    combo->addItem(formTitle(CertificateForm::Chairman), int(CertificateForm::Chairman));
}

// A measure typed with a point reads as the decimal point too: in Vietnamese the comma is, and the point
// would be taken for a thousands separator (23.5 read as 235 mm).
class MeasureSpinBox : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;

    QValidator::State validate(QString& text, int& pos) const override
    {
        toLocalePoint(text);
        return QDoubleSpinBox::validate(text, pos);
    }
    double valueFromText(const QString& text) const override
    {
        QString t = text;
        toLocalePoint(t);
        return QDoubleSpinBox::valueFromText(t);
    }

private:
    void toLocalePoint(QString& text) const
    {
        const QString point = locale().decimalPoint();
        if (point != QStringLiteral("."))
            text.replace(QLatin1Char('.'), point);
    }
};

QDoubleSpinBox* millimetres(QWidget* parent, qreal min, qreal max)
{
    auto* s = new MeasureSpinBox(parent);
    s->setRange(min, max);
    s->setDecimals(1);
    s->setSingleStep(1);
    s->setSuffix(QStringLiteral(" mm"));
    s->setAccelerated(true);
    return s;
}

} // namespace

// ---- CertificatePreview ----

CertificatePreview::CertificatePreview(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("certificatePreview"));
    setMinimumSize(300, 220);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void CertificatePreview::show(const CertificateLayout& layout, const AwardDecisionData& sample)
{
    m_layout = layout;
    m_sample = sample;
    update();
}

void CertificatePreview::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Mid));
    const QSizeF paper(mm(m_layout.paperMm.width()), mm(m_layout.paperMm.height()));
    if (paper.isEmpty())
        return;
    const qreal margin = 10;
    const qreal scale =
        std::min((width() - 2 * margin) / paper.width(), (height() - 2 * margin) / paper.height());
    if (scale <= 0)
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.translate((width() - paper.width() * scale) / 2, (height() - paper.height() * scale) / 2);
    painter.scale(scale, scale);
    painter.fillRect(QRectF(QPointF(0, 0), paper), Qt::white);

    // Each box's frame and name, as the test page prints them, in a light colour under the texts.
    QPen frame(QColor(70, 120, 200));
    frame.setCosmetic(true);
    frame.setStyle(Qt::DashLine);
    QFont label = font();
    label.setPixelSize(int(pt(11)));
    painter.setFont(label);
    for (const CertificateField& f : std::as_const(m_layout.fields)) {
        const QRectF box(mm(f.boxMm.x()), mm(f.boxMm.y()), mm(f.boxMm.width()), mm(f.boxMm.height()));
        painter.setPen(frame);
        painter.drawRect(box);
        painter.setPen(QColor(70, 120, 200));
        painter.drawText(box.topLeft() + QPointF(mm(1), mm(3)), fieldLabel(f.key));
    }

    // The sample awardee's texts, laid out and painted as the printed certificate.
    if (m_sample.awardeeCount() > 0) {
        // A person when there is one: their certificate fills every box (a collective's has no unit line).
        AwardDecisionData one = m_sample;
        if (!one.individuals.isEmpty()) {
            one.individuals = {one.individuals.first()};
            one.collectives.clear();
        } else {
            one.collectives = {one.collectives.first()};
        }
        const PagedDocument document = layoutCertificates(one, m_layout);
        if (!document.pages.isEmpty()) {
            const FontBook fonts;
            DocumentPainter::paintPage(document.pages.first(), painter, fonts);
        }
    }
}

// ---- CertificateLayoutDialog ----

CertificateLayoutDialog::CertificateLayoutDialog(const CampaignContext& context, CertificateForm form,
                                                 QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_db(context.database())
    , m_user(context.user)
    , m_prompts(context.prompts)
{
    setWindowTitle(tr("Certificate Layout"));
    setObjectName(QStringLiteral("certificateLayoutDialog"));
    auto* layout = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;

    auto* intro = new QLabel(tr("Where each text goes on the office's pre-printed blank, in millimetres from "
                                "the paper's top-left corner. Print the test page on a sheet of plain paper "
                                "and hold it against a blank to check."),
                             this);
    intro->setWordWrap(true);
    left->addWidget(intro);

    auto* top = new QFormLayout;
    m_form = new QComboBox(this);
    m_form->setObjectName(QStringLiteral("certificateForm"));
    fillForms(m_form);
    top->addRow(tr("&Form:"), m_form);
    auto* paperRow = new QHBoxLayout;
    m_paperWidth = millimetres(this, 50, 1000);
    m_paperWidth->setObjectName(QStringLiteral("paperWidth"));
    m_paperHeight = millimetres(this, 50, 1000);
    m_paperHeight->setObjectName(QStringLiteral("paperHeight"));
    paperRow->addWidget(m_paperWidth);
    paperRow->addWidget(new QLabel(QStringLiteral("×"), this));
    paperRow->addWidget(m_paperHeight);
    paperRow->addStretch(1);
    auto* paperLabel = new QLabel(tr("&Paper (width × height):"), this);
    paperLabel->setBuddy(m_paperWidth);
    top->addRow(paperLabel, paperRow);
    left->addLayout(top);

    auto* boxes = new QGroupBox(tr("Boxes"), this);
    auto* grid = new QGridLayout(boxes);
    const QStringList headers{tr("Text"),  tr("From left"), tr("From top"),
                              tr("Width"), tr("Height"),    tr("Font size")};
    for (int c = 0; c < headers.size(); ++c)
        grid->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(headers[c].toHtmlEscaped()), boxes), 0, c);
    m_keys = {QStringLiteral("name"), QStringLiteral("unit"), QStringLiteral("reason"),
              QStringLiteral("decision"), QStringLiteral("date")};
    for (int r = 0; r < m_keys.size(); ++r) {
        const QString& key = m_keys[r];
        auto* label = new QLabel(fieldLabel(key), boxes);
        grid->addWidget(label, r + 1, 0);
        QList<QDoubleSpinBox*> row;
        for (int p = 0; p < PartCount; ++p) {
            QDoubleSpinBox* s =
                p == Size ? new QDoubleSpinBox(boxes) : millimetres(boxes, p >= Width ? 1 : 0, 1000);
            if (p == Size) {
                s->setRange(6, 72);
                s->setDecimals(1);
                s->setSuffix(QStringLiteral(" pt"));
            }
            s->setObjectName(QStringLiteral("%1_%2").arg(key).arg(p));
            s->setKeyboardTracking(true);
            connect(s, &QDoubleSpinBox::valueChanged, this, [this] { edited(); });
            grid->addWidget(s, r + 1, p + 1);
            row << s;
        }
        label->setBuddy(row.first());
        m_spins << row;
    }
    left->addWidget(boxes);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("layoutProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    left->addWidget(m_problem);
    left->addStretch(1);

    auto* buttons = new QDialogButtonBox(this);
    m_testPage = buttons->addButton(tr("&Test Page…"), QDialogButtonBox::ActionRole);
    m_testPage->setObjectName(QStringLiteral("testPage"));
    m_testPage->setToolTip(tr("Print the boxes' frames with their names and a millimetre scale, to hold "
                              "against a blank"));
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveLayout"));
    m_save->setDefault(true);
    writes::mark(m_save);
    QPushButton* cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setAutoDefault(false);
    m_testPage->setAutoDefault(false);
    connect(m_testPage, &QPushButton::clicked, this, &CertificateLayoutDialog::showTestPage);
    connect(m_save, &QPushButton::clicked, this, &CertificateLayoutDialog::save);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    left->addWidget(buttons);
    layout->addLayout(left);

    m_preview = new CertificatePreview(this);
    m_preview->setObjectName(QStringLiteral("certificatePreview"));
    layout->addWidget(m_preview, 1);

    connect(m_paperWidth, &QDoubleSpinBox::valueChanged, this, [this] { edited(); });
    connect(m_paperHeight, &QDoubleSpinBox::valueChanged, this, [this] { edited(); });
    connect(m_form, &QComboBox::currentIndexChanged, this, [this] {
        keepEdits();
        load(CertificateForm(m_form->currentData().toInt()));
    });
    setForm(form);
    load(form);
    resize(1160, 480);
}

CertificateForm CertificateLayoutDialog::form() const
{
    return m_shown;
}

void CertificateLayoutDialog::setForm(CertificateForm form)
{
    m_form->setCurrentIndex(m_form->findData(int(form)));
}

QDoubleSpinBox* CertificateLayoutDialog::spin(const QString& key, Part part) const
{
    const qsizetype row = m_keys.indexOf(key);
    if (row < 0 || part < 0 || part >= PartCount)
        return nullptr;
    return m_spins[row][part];
}

CertificateLayout CertificateLayoutDialog::layout() const
{
    CertificateLayout l = m_base;
    l.paperMm = QSizeF(m_paperWidth->value(), m_paperHeight->value());
    for (int r = 0; r < m_keys.size(); ++r) {
        const QList<QDoubleSpinBox*>& row = m_spins[r];
        const QRectF box(row[X]->value(), row[Y]->value(), row[Width]->value(), row[Height]->value());
        auto it = std::find_if(l.fields.begin(), l.fields.end(),
                               [&](const CertificateField& f) { return f.key == m_keys[r]; });
        if (it == l.fields.end()) {
            CertificateField f;
            f.key = m_keys[r];
            l.fields.append(f);
            it = l.fields.end() - 1;
        }
        it->boxMm = box;
        it->size = row[Size]->value();
    }
    return l;
}

AwardDecisionData CertificateLayoutDialog::sampleFor(CertificateForm form) const
{
    // The first awardee of the version that would print, or of the current awards, or a made-up one; read
    // once per form, not at every keystroke.
    if (const auto known = m_samples.constFind(int(form)); known != m_samples.cend())
        return *known;
    if (auto batch = CertificateIssuer(m_db, m_user).prepare(form); batch)
        return m_samples[int(form)] = batch->data;
    const DocumentKind kind =
        form == CertificateForm::Chairman ? DocumentKind::ChairmanProposal : DocumentKind::DirectorDecision;
    auto data = AwardDecisionData::fromCampaign(m_db, kind, QStringLiteral("125"), QDate::currentDate(), {});
    AwardDecisionData sample =
        data ? *data : AwardDecisionData::defaults(kind, QStringLiteral("125"), QDate::currentDate(), {});
    if (sample.awardeeCount() == 0) {
        Awardee a;
        a.name = QStringLiteral("Nguyễn Văn An");
        a.position = QStringLiteral("Chuyên viên");
        a.unit = QStringLiteral("Văn phòng Sở");
        sample.individuals = {a};
    }
    return m_samples[int(form)] = sample;
}

void CertificateLayoutDialog::load(CertificateForm form)
{
    m_shown = form;
    CertificateLayout l;
    if (m_edits.contains(int(form))) {
        l = m_edits.value(int(form));
    } else {
        auto stored = CertificateIssuer(m_db, m_user).layout(form);
        if (!stored)
            m_problem->setText(ErrorWording::describe(stored.error()));
        l = stored ? *stored : CertificateLayout::defaults();
    }
    m_base = l;
    m_loading = true;
    m_paperWidth->setValue(l.paperMm.width());
    m_paperHeight->setValue(l.paperMm.height());
    for (int r = 0; r < m_keys.size(); ++r) {
        CertificateField f;
        for (const CertificateField& candidate : std::as_const(l.fields))
            if (candidate.key == m_keys[r])
                f = candidate;
        const QList<QDoubleSpinBox*>& row = m_spins[r];
        row[X]->setValue(f.boxMm.x());
        row[Y]->setValue(f.boxMm.y());
        row[Width]->setValue(f.boxMm.width());
        row[Height]->setValue(f.boxMm.height());
        row[Size]->setValue(f.size);
    }
    m_loading = false;
    m_preview->show(l, sampleFor(form));
    edited();
}

void CertificateLayoutDialog::keepEdits()
{
    m_edits.insert(int(m_shown), layout());
}

void CertificateLayoutDialog::edited()
{
    if (m_loading)
        return;
    const CertificateLayout l = layout();
    // Checked as a stored layout is checked on reading: every box on the paper, plausible sizes.
    const auto checked = CertificateLayout::fromJson(l.toJson());
    QString problem;
    if (!checked)
        problem = QStringLiteral("%1: %2").arg(fieldLabel(checked.error().place), checked.error().message);
    m_problem->setText(problem);
    m_save->setEnabled(bool(checked));
    m_testPage->setEnabled(bool(checked));
    m_preview->show(l, sampleFor(m_shown));
}

bool CertificateLayoutDialog::save()
{
    keepEdits();
    CertificateIssuer issuer(m_db, m_user);
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        if (Status s = issuer.saveLayout(CertificateForm(it.key()), it.value()); !s) {
            m_problem->setText(formTitle(CertificateForm(it.key())) + QStringLiteral(": ") +
                               ErrorWording::describe(s.error()));
            return false;
        }
    }
    accept();
    return true;
}

QPrintPreviewDialog* CertificateLayoutDialog::createTestPagePreview()
{
    return new DocumentPreview(layoutCertificateTestPage(layout()),
                               tr("Test Page: %1").arg(formTitle(m_shown)), this);
}

void CertificateLayoutDialog::showTestPage()
{
    QPrintPreviewDialog* preview = createTestPagePreview();
    m_prompts->dialog(*preview);
    delete preview;
}

// ---- CertificatePrintDialog ----

CertificatePrintDialog::CertificatePrintDialog(const CampaignContext& context, bool readOnly, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_db(context.database())
    , m_user(context.user)
    , m_prompts(context.prompts)
{
    setWindowTitle(tr("Print Certificates"));
    setObjectName(QStringLiteral("certificatePrintDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("One certificate per awardee of an issued decision, printed onto the office's "
                      "pre-printed blanks. The chairman's certificates print once the province's "
                      "decision on the proposal is recorded, for the entries it awarded."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_form = new QComboBox(this);
    m_form->setObjectName(QStringLiteral("certificateForm"));
    fillForms(m_form);
    form->addRow(tr("&Form:"), m_form);
    m_version = new QComboBox(this);
    m_version->setObjectName(QStringLiteral("certificateVersion"));
    form->addRow(tr("&Issued version:"), m_version);
    layout->addLayout(form);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("certificateNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    auto* buttons = new QDialogButtonBox(this);
    m_previewButton = buttons->addButton(tr("Print Pre&view…"), QDialogButtonBox::ActionRole);
    m_previewButton->setObjectName(QStringLiteral("certificatesPreview"));
    m_pdfButton = buttons->addButton(tr("Export P&DF…"), QDialogButtonBox::ActionRole);
    m_pdfButton->setObjectName(QStringLiteral("certificatesPdf"));
    m_layoutButton = buttons->addButton(tr("&Layout…"), QDialogButtonBox::ActionRole);
    m_layoutButton->setObjectName(QStringLiteral("certificatesLayout"));
    QPushButton* close = buttons->addButton(tr("&Close"), QDialogButtonBox::RejectRole);
    for (QPushButton* b : {m_previewButton, m_pdfButton, m_layoutButton, close})
        b->setAutoDefault(false);
    m_previewButton->setDefault(true);
    if (readOnly)
        m_layoutButton->setEnabled(false);
    connect(m_previewButton, &QPushButton::clicked, this, [this] { printPreview(); });
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { exportPdf(); });
    connect(m_layoutButton, &QPushButton::clicked, this, &CertificatePrintDialog::editLayout);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_form, &QComboBox::currentIndexChanged, this, [this] { reloadVersions(); });
    connect(m_version, &QComboBox::currentIndexChanged, this, [this] { updateNote(); });
    reloadVersions();
    resize(620, 260);
}

void CertificatePrintDialog::reloadVersions()
{
    const CertificateForm form = CertificateForm(m_form->currentData().toInt());
    QSignalBlocker block(m_version);
    m_version->clear();
    auto versions = CertificateIssuer(m_db, m_user).printableVersions(form);
    if (versions) {
        for (const int v : std::as_const(*versions))
            m_version->addItem(tr("Version %1").arg(v), v);
        m_version->setCurrentIndex(m_version->count() - 1); // the latest issued
    }
    updateNote();
}

std::optional<CertificateBatch> CertificatePrintDialog::batch() const
{
    const CertificateForm form = CertificateForm(m_form->currentData().toInt());
    auto prepared = CertificateIssuer(m_db, m_user).prepare(form, m_version->currentData().toInt());
    if (!prepared)
        return std::nullopt;
    return *prepared;
}

void CertificatePrintDialog::updateNote()
{
    const CertificateForm form = CertificateForm(m_form->currentData().toInt());
    auto prepared = CertificateIssuer(m_db, m_user).prepare(form, m_version->currentData().toInt());
    if (!prepared) {
        m_note->setText(prepared.error().message);
        m_previewButton->setEnabled(false);
        m_pdfButton->setEnabled(false);
        return;
    }
    m_note->setText(tr("%n certificate(s), with %1.", nullptr, prepared->data.awardeeCount())
                        .arg(certificateText(prepared->data, {}, QStringLiteral("decision"))));
    m_previewButton->setEnabled(true);
    m_pdfButton->setEnabled(true);
}

QPrintPreviewDialog* CertificatePrintDialog::createPreview(const CertificateBatch& batch)
{
    return new DocumentPreview(batch.pages(), tr("Print Preview: %1").arg(formTitle(batch.form)), this);
}

bool CertificatePrintDialog::printPreview()
{
    const auto prepared = batch();
    if (!prepared)
        return false;
    QPrintPreviewDialog* preview = createPreview(*prepared);
    m_prompts->dialog(*preview);
    delete preview;
    return true;
}

bool CertificatePrintDialog::exportPdf(const QString& path)
{
    const auto prepared = batch();
    if (!prepared)
        return false;
    QString target = path;
    if (target.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString name = prepared->form == CertificateForm::Chairman ? QStringLiteral("BangKhen.pdf")
                                                                         : QStringLiteral("GiayKhen.pdf");
        target = m_prompts->saveFile(this, tr("Export Certificates"), QDir(dir).filePath(name),
                                     tr("PDF documents (*.pdf)"));
        if (target.isEmpty())
            return false;
        if (!target.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
            target += QStringLiteral(".pdf");
    }
    if (const Status s = CertificateIssuer(m_db, m_user).writePdf(*prepared, target); !s) {
        m_prompts->warning(this, tr("Cannot write the certificates"), ErrorWording::describe(s.error()));
        return false;
    }
    m_note->setText(tr("Wrote %1.").arg(QDir::toNativeSeparators(target)));
    return true;
}

void CertificatePrintDialog::editLayout()
{
    CertificateLayoutDialog dialog(m_context, CertificateForm(m_form->currentData().toInt()), this);
    m_prompts->dialog(dialog);
    updateNote();
}

} // namespace sangkien
