#pragma once

#include "award_decision_data.h"
#include "common/result.h"
#include "document_layout.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QRectF>
#include <QString>

class QPagedPaintDevice;

namespace sangkien {

// Where the clerk wants each text on the office's pre-printed certificate blank (Bằng khen, Giấy
// khen): boxes in millimetres from the paper's top-left corner, set once and saved as JSON.
struct CertificateField
{
    QString key;  // "name", "unit", "reason", "decision", "date"
    QRectF boxMm; // x, y, width, height in millimetres
    qreal size = 16;
    bool bold = false;
    bool italic = false;
    Align align = Align::Center;

    bool operator==(const CertificateField&) const = default;
};

struct CertificateLayout
{
    Q_DECLARE_TR_FUNCTIONS(CertificateLayout)

public:
    QSizeF paperMm{297, 210}; // the blanks are A4 landscape; portrait when height > width
    QList<CertificateField> fields;

    // A starting point for an A4 landscape blank; the clerk moves the boxes to fit the office's paper.
    static CertificateLayout defaults();

    QJsonObject toJson() const;
    static Result<CertificateLayout> fromJson(const QJsonObject& json);
    Status save(const QString& path) const; // written through a temporary file
    static Result<CertificateLayout> load(const QString& path);

    bool operator==(const CertificateLayout&) const = default;
};

// The texts of one awardee's certificate, by field key.
QString certificateText(const AwardDecisionData& data, const Awardee& awardee, const QString& key);

// One page per awardee (collectives, then individuals, in list order) with only the field texts, to
// print onto the blanks. A text too long for its box is set smaller, down to 10 pt, then wraps.
PagedDocument layoutCertificates(const AwardDecisionData& data, const CertificateLayout& layout);
// A page that draws every field's box with its name, to check the positions on a blank.
PagedDocument layoutCertificateTestPage(const CertificateLayout& layout);

Status writeCertificatesPdf(const AwardDecisionData& data, const CertificateLayout& layout,
                            const QString& path);

} // namespace sangkien
