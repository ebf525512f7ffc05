#pragma once

#include "campaign_context.h"
#include "common/result.h"
#include "prompts.h"
#include "review/review_package.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sangkien {

class Database;

// The clerk's side of scoring away from the office: a sealed review package for one council member
// (with a PIN to read out to them), and the member's score return merged back, with what it changed.
class ReviewExchangeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReviewExchangeDialog(const CampaignContext& context, QWidget* parent = nullptr);

    // A six-digit PIN from libsodium's randomness, for the clerk to read out.
    static QString newPin();
    Result<ReviewPackageContent> exportPackage(qint64 memberId, const QString& pin, const QString& path);
    Result<MergeReport> importReturn(const QString& path, const QString& pin);
    // A return given to the program (a double click on a .skscores file): named in the dialog, and the
    // import button merges it without asking for a file; the PIN is all that is left to type.
    void setReturnFile(const QString& path);
    QString returnFile() const { return m_returnFile; }
    // A member's score return: the .skscores suffix, or a file that starts as one does.
    static bool isScoreReturn(const QString& path);
    QString reportText() const;

signals:
    // A return was merged: the window re-reads its entries.
    void scoresMerged();

private:
    Prompts* m_prompts = &defaultPrompts();
    void showReport(const QString& text, bool error);

    Database& m_db;
    QString m_user;
    QComboBox* m_member = nullptr;
    QLineEdit* m_pin = nullptr;
    QLineEdit* m_returnPin = nullptr;
    QLabel* m_returnFileLabel = nullptr;
    QString m_returnFile;
    QPlainTextEdit* m_report = nullptr;
};

} // namespace sangkien
