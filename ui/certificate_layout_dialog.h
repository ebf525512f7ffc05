#pragma once

#include "campaign_context.h"
#include "documents/certificate_layout.h"
#include "services/certificate_issuer.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QString>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPrintPreviewDialog;
class QPushButton;

namespace sangkien {

class Database;
class Prompts;

// The certificate as it will print, scaled to the widget: the paper, each box's frame and the texts of a
// sample awardee, painted by the same core painter as the printed pages.
class CertificatePreview : public QWidget
{
    Q_OBJECT

public:
    explicit CertificatePreview(QWidget* parent = nullptr);
    void show(const CertificateLayout& layout, const AwardDecisionData& sample);
    QSize sizeHint() const override { return {520, 370}; }
    const CertificateLayout& shownLayout() const { return m_layout; }
    const AwardDecisionData& sample() const { return m_sample; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    CertificateLayout m_layout;
    AwardDecisionData m_sample;
};

// "Bố cục giấy khen": where each text goes on the office's pre-printed blank, per form, in millimetres from
// the paper's top-left corner, with a live preview and a test page that prints the boxes' frames. Save
// keeps the layouts with the campaign (one trail row per form changed); Esc or Cancel discards.
class CertificateLayoutDialog : public QDialog
{
    Q_OBJECT

public:
    enum Part
    {
        X,
        Y,
        Width,
        Height,
        Size,
        PartCount
    };

    CertificateLayoutDialog(const CampaignContext& context, CertificateForm form, QWidget* parent = nullptr);

    CertificateForm form() const;
    void setForm(CertificateForm form);
    // The layout as edited now, for the form shown.
    CertificateLayout layout() const;

    // The spin box of a field's part ("name", "unit", "reason", "decision", "date"); nullptr if none.
    QDoubleSpinBox* spin(const QString& key, Part part) const;

    // Stores every form's edited layout with the campaign and closes; false (the dialog stays) when one
    // is refused, the reason shown.
    bool save();
    // A print preview of the test page of the layout shown (not shown; the caller owns it).
    QPrintPreviewDialog* createTestPagePreview();
    // Shows the test page's print preview, from which it prints.
    void showTestPage();

private:
    void load(CertificateForm form);
    void edited();
    void keepEdits();
    AwardDecisionData sampleFor(CertificateForm form) const;

    CampaignContext m_context;
    Database& m_db;
    QString m_user;
    Prompts* m_prompts;
    QComboBox* m_form = nullptr;
    QDoubleSpinBox* m_paperWidth = nullptr;
    QDoubleSpinBox* m_paperHeight = nullptr;
    QStringList m_keys;
    QList<QList<QDoubleSpinBox*>> m_spins; // by field, by part
    CertificatePreview* m_preview = nullptr;
    QPushButton* m_testPage = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_problem = nullptr;
    CertificateForm m_shown = CertificateForm::Director;
    CertificateLayout m_base; // the layout loaded for the form shown (its fields not in the grid kept)
    QHash<int, CertificateLayout> m_edits;           // by form, the layouts edited and not yet saved
    mutable QHash<int, AwardDecisionData> m_samples; // by form, read once
    bool m_loading = false;
};

// "In giấy khen": the certificates of an issued version (chosen with its form) as print preview, to the
// printer from there, or as PDF; the layout dialog a click away.
class CertificatePrintDialog : public QDialog
{
    Q_OBJECT

public:
    CertificatePrintDialog(const CampaignContext& context, bool readOnly, QWidget* parent = nullptr);

    // The certificates of the form and version chosen; nullopt (the reason in the note) when none print.
    std::optional<CertificateBatch> batch() const;
    // A print preview of them, painted by the document painter on the blank's paper (not shown).
    QPrintPreviewDialog* createPreview(const CertificateBatch& batch);
    bool printPreview();
    bool exportPdf(const QString& path = {});
    void editLayout();

private:
    void reloadVersions();
    void updateNote();

    CampaignContext m_context;
    Database& m_db;
    QString m_user;
    Prompts* m_prompts;
    QComboBox* m_form = nullptr;
    QComboBox* m_version = nullptr;
    QLabel* m_note = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_pdfButton = nullptr;
    QPushButton* m_layoutButton = nullptr;
};

} // namespace sangkien
