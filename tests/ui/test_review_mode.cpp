// Review mode, as a council member uses it on a laptop: the PIN (a wrong one is refused and may be typed
// again), the grid typed from the keyboard, the draft saved within a second and restored when the package
// is opened again, the score return written and imported by the real sangkien-cli into the campaign.
#include "common/translations.h"
#include "demo/demo_generator.h"
#include "models/score_grid_model.h"
#include "pin_dialog.h"
#include "review/review_draft.h"
#include "review/review_package.h"
#include "review_documents_panel.h"
#include "review_launcher.h"
#include "review_window.h"
#include "score_grid_view.h"
#include "storage/campaign_template.h"
#include "storage/database.h"
#include "storage/document_repository.h"
#include "temp_campaign.h"
#include "ui_test_helpers.h"

#include <QAction>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>
#include <cmath>
#include <memory>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

const QString kPin = QStringLiteral("3579");
const QByteArray kAttachment = QByteArrayLiteral("%PDF-1.4\n% Báo cáo hiệu quả áp dụng sáng kiến\n");

// member → entry code → criterion code → points, as stored in the campaign.
using StoredPoints = QMap<QString, QMap<QString, double>>;

StoredPoints storedPoints(const QString& path, qint64 member)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    REQUIRE(db);
    QSqlQuery q((*db)->connection());
    q.prepare(QStringLiteral(
        "SELECT e.code, c.code, s.points FROM score s JOIN score_sheet sh ON sh.id = s.sheet_id "
        "JOIN entry e ON e.id = sh.entry_id JOIN criterion c ON c.id = s.criterion_id "
        "WHERE sh.member_id = ?"));
    q.addBindValue(member);
    REQUIRE(q.exec());
    StoredPoints points;
    while (q.next())
        points[q.value(0).toString()][q.value(1).toString()] = q.value(2).toDouble();
    return points;
}

QString storedComment(const QString& path, qint64 member, const QString& code)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    REQUIRE(db);
    QSqlQuery q((*db)->connection());
    q.prepare(QStringLiteral("SELECT sh.comment FROM score_sheet sh JOIN entry e ON e.id = sh.entry_id "
                             "WHERE sh.member_id = ? AND e.code = ?"));
    q.addBindValue(member);
    q.addBindValue(code);
    REQUIRE(q.exec());
    return q.next() ? q.value(0).toString() : QString();
}

// A demo campaign (its sheets already submitted) with a file attached to the member's first entry, and
// the member's review package exported beside it.
struct ReviewFixture
{
    QTemporaryDir dir;
    QString campaign = dir.filePath(QStringLiteral("hoi-dong.sangkien"));
    QString package = dir.filePath(QStringLiteral("thanh-vien-1.skreview"));
    QString drafts = dir.filePath(QStringLiteral("drafts"));
    qint64 member = 1;
    QString attachedTo;

    explicit ReviewFixture(const QByteArray& attachment = kAttachment)
    {
        auto db = createCampaign(campaign, QStringLiteral("hungyen-2024"));
        REQUIRE(db);
        DemoGenerator::Options o;
        o.entries = 24;
        o.members = 5;
        o.seed = 9;
        REQUIRE(DemoGenerator(o).fill(**db));
        auto content = ReviewPackage::build(**db, member);
        REQUIRE(content);
        const ReviewEntry& first = content->entries.first();
        attachedTo = first.code;
        REQUIRE(
            DocumentRepository(**db, QStringLiteral("clerk"))
                .addAttachment(first.id, AttachmentFile{QStringLiteral("Báo cáo hiệu quả.pdf"), attachment}));
        REQUIRE(ReviewPackage::exportTo(**db, member, kPin, package, QStringLiteral("clerk")));
        db->reset(); // closed: the CLI takes the campaign's lock later
    }

    QByteArray packageBytes() const
    {
        QFile f(package);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }

    OpenedPackage open() const
    {
        auto opened = ReviewPackage::open(packageBytes(), kPin);
        REQUIRE(opened);
        return *opened;
    }

    // unscoredEvery: the package as if every n-th of the member's submitted sheets had not been typed
    // yet (more entries to score than the demo leaves).
    std::unique_ptr<ReviewWindow> window(int unscoredEvery = 0) const
    {
        OpenedPackage opened = open();
        if (unscoredEvery > 0)
            for (qsizetype i = 0; i < opened.content.entries.size(); ++i)
                if (i % unscoredEvery == 0) {
                    ReviewEntry& e = opened.content.entries[i];
                    e.locked = false;
                    e.ownPoints.clear();
                    e.ownComment.clear();
                }
        auto w = std::make_unique<ReviewWindow>(opened, package, drafts);
        w->show();
        REQUIRE(QTest::qWaitForWindowExposed(w.get()));
        w->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(w.get()));
        return w;
    }
};

int criterionColumn(int i)
{
    return ScoreGridModel::FirstCriterionColumn + i;
}

// Types text into the cell as a member does: the grid has the focus, the first key opens the editor.
void typeCell(ReviewWindow& w, int row, int column, const QString& text, Qt::Key end = Qt::Key_Return)
{
    child<ScoreGridView>(w, "scoreGrid")->setFocus();
    child<ScoreGridView>(w, "scoreGrid")->setCurrentIndex(w.model()->index(row, column));
    for (QChar c : text)
        typeInto(focused(), QString(c));
    press(end);
    QCoreApplication::processEvents();
}

// Points for a criterion that are easy to tell apart: a share of the maximum, halves allowed.
double pointsFor(const ReviewCriterion& c, int row, int i)
{
    return std::floor(c.maxPoints * (0.5 + 0.04 * ((row + i) % 10)) * 2) / 2;
}

QString typed(double points)
{
    // A comma for the decimals, as a Vietnamese keyboard user writes "12,5".
    return QString::number(points).replace(QLatin1Char('.'), QLatin1Char(','));
}

// Fills a row from the keyboard: each criterion then Tab, the comment then Return.
void fillRow(ReviewWindow& w, int row, StoredPoints& expected, const QString& comment)
{
    const ScoreGridRow& r = w.model()->rows().at(row);
    const QString code = r.code;
    child<ScoreGridView>(w, "scoreGrid")->setFocus();
    child<ScoreGridView>(w, "scoreGrid")->setCurrentIndex(w.model()->index(row, criterionColumn(0)));
    const QList<ReviewCriterion> criteria = w.model()->criteria();
    for (int i = 0; i < criteria.size(); ++i) {
        REQUIRE(child<ScoreGridView>(w, "scoreGrid")->currentIndex() ==
                w.model()->index(row, criterionColumn(i)));
        const double p = pointsFor(criteria.at(i), row, i);
        for (QChar c : typed(p))
            typeInto(focused(), QString(c));
        press(Qt::Key_Tab);
        QCoreApplication::processEvents();
        expected[code][criteria.at(i).code] = p;
    }
    REQUIRE(child<ScoreGridView>(w, "scoreGrid")->currentIndex().column() == w.model()->commentColumn());
    typeInto(focused(), comment.left(1)); // opens the editor
    typeInto(focused(), comment.mid(1));
    press(Qt::Key_Return);
    QCoreApplication::processEvents();
}

// A real one-page PDF, as an office scans or prints a report to PDF.
QByteArray reportPdf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    {
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setResolution(150);
        pdf.setTitle(QStringLiteral("Báo cáo hiệu quả áp dụng sáng kiến"));
        QPainter painter(&pdf);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSize(16);
        painter.setFont(font);
        painter.drawText(QRect(100, 100, 1000, 120), Qt::AlignLeft, QStringLiteral("BÁO CÁO HIỆU QUẢ"));
        font.setPointSize(11);
        painter.setFont(font);
        for (int i = 0; i < 12; ++i)
            painter.drawText(
                QRect(100, 300 + i * 60, 1000, 60), Qt::AlignLeft,
                QStringLiteral("%1. Giải pháp giúp giảm %2% thời gian xử lý hồ sơ.").arg(i + 1).arg(10 + i));
        painter.setPen(QPen(Qt::darkBlue, 4));
        painter.drawRect(80, 80, 1080, 1100);
    }
    buffer.close();
    REQUIRE(bytes.startsWith("%PDF"));
    return bytes;
}

// Types as a member does, a key at a time into whatever has the focus (the first key opens the editor).
void keys(const QString& text)
{
    for (QChar c : text)
        typeInto(focused(), QString(c));
}

int rowOf(ReviewWindow& w, const QString& code)
{
    for (int r = 0; r < w.model()->rowCount(); ++r)
        if (w.model()->rows().at(r).code == code)
            return r;
    return -1;
}

QList<int> rowsToScore(ReviewWindow& w)
{
    QList<int> rows;
    for (int r = 0; r < w.model()->rowCount(); ++r)
        if (!w.model()->isComplete(r))
            rows << r;
    return rows;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

bool waitForFile(const QString& path, int ms = 3000)
{
    return QTest::qWaitFor([&] { return QFile::exists(path); }, ms);
}

} // namespace

TEST_CASE("Review mode: a wrong PIN is refused with the message and the member types again",
          "[ui][review-mode]")
{
    ReviewFixture f;
    PinDialog dialog(f.packageBytes(), QFileInfo(f.package).fileName());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    QLineEdit* pin = child<QLineEdit>(dialog, "pin");
    CHECK(pin->echoMode() == QLineEdit::Password);
    CHECK(focused() == pin);

    typeInto(pin, QStringLiteral("0000"));
    QTest::keyClick(pin, Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.package());
    CHECK(dialog.errorText().contains(QStringLiteral("wrong PIN or the file was changed")));
    CHECK(pin->text().isEmpty()); // cleared for another try

    typeInto(pin, kPin);
    QTest::keyClick(pin, Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.package());
    CHECK(dialog.package()->content.memberId == f.member);
    CHECK(dialog.errorText().isEmpty());
}

TEST_CASE("Review mode never opens a file that is not a whole, unchanged package", "[ui][review-mode]")
{
    ReviewFixture f;
    CHECK(ReviewLauncher::isReviewPackage(f.package));

    QString error;
    const QString text = f.dir.filePath(QStringLiteral("ghi-chu.skreview"));
    writeFile(text, QByteArrayLiteral("Đây không phải gói chấm điểm"));
    CHECK(ReviewLauncher::open(text, nullptr, &error) == nullptr);
    CHECK(error.contains(QStringLiteral("not a review package")));

    const QString cut = f.dir.filePath(QStringLiteral("cut.skreview"));
    writeFile(cut, f.packageBytes().left(40));
    error.clear();
    CHECK(ReviewLauncher::open(cut, nullptr, &error) == nullptr);
    CHECK_FALSE(error.isEmpty());

    error.clear();
    CHECK(ReviewLauncher::open(f.dir.filePath(QStringLiteral("missing.skreview")), nullptr, &error) ==
          nullptr);
    CHECK(error.contains(QStringLiteral("cannot be read")));

    // A changed byte: the header still says "package", but the right PIN cannot open it.
    QByteArray changed = f.packageBytes();
    changed[changed.size() / 2] = char(changed[changed.size() / 2] ^ 0x01);
    PinDialog dialog(changed, QStringLiteral("changed.skreview"));
    CHECK_FALSE(dialog.tryPin(kPin));
    CHECK(dialog.errorText().contains(QStringLiteral("wrong PIN or the file was changed")));
    CHECK_FALSE(dialog.package());
    CHECK_FALSE(dialog.tryPin(QStringLiteral("12"))); // too short: said, not crashed
    CHECK(dialog.errorText().contains(QStringLiteral("at least")));
}

TEST_CASE("Review mode: typed points are autosaved, restored, written as a return and imported exactly",
          "[ui][review-mode]")
{
    ReviewFixture f;
    const StoredPoints before = storedPoints(f.campaign, f.member);
    StoredPoints expected = before;
    QMap<QString, QString> comments;

    QString draftPath;
    {
        auto w = f.window();
        const ReviewPackageContent& content = w->content();
        CHECK(w->windowTitle().contains(content.memberName));
        CHECK(w->windowTitle().contains(content.campaignName));
        CHECK_FALSE(w->draftRestored());
        ScoreGridModel* model = w->model();
        REQUIRE(model->rowCount() == content.entries.size());
        const int rows = model->rowCount();
        const int completeAtStart = model->completeCount();
        // The package carries the member's own submitted sheets; the entries still under review are empty.
        REQUIRE(completeAtStart > 0);
        REQUIRE(completeAtStart < rows);
        CHECK(w->statusText() == QStringLiteral("%1 of %2 sheets complete").arg(completeAtStart).arg(rows));

        int empty = -1;
        for (int r = 0; r < rows && empty < 0; ++r)
            if (!model->isComplete(r))
                empty = r;
        const QString emptyCode = model->rows().at(empty).code;

        // A value out of bounds is refused with the reason; the cell stays empty.
        const ReviewCriterion first = model->criteria().first();
        typeCell(*w, empty, criterionColumn(0), QStringLiteral("99"));
        CHECK(w->lastError().contains(emptyCode));
        CHECK_FALSE(model->rows().at(empty).points.contains(first.code));
        CHECK_FALSE(QFile::exists(w->draftPath()));

        // One row typed, then the return is refused: the others are not complete, and it says which.
        fillRow(*w, empty, expected, QStringLiteral("Có tính mới, áp dụng tốt"));
        comments.insert(emptyCode, QStringLiteral("Có tính mới, áp dụng tốt"));
        CHECK(model->isComplete(empty));
        CHECK(w->statusText().startsWith(QString::number(completeAtStart + 1)));
        CHECK(w->hasUnreturnedChanges());

        // Saved within the autosave delay, sealed.
        REQUIRE(waitForFile(w->draftPath(), ReviewWindow::kAutosaveDelayMs * 3));
        draftPath = w->draftPath();
        CHECK(QFileInfo(draftPath).absolutePath() == QDir(f.drafts).absolutePath());
        CHECK(QFileInfo(draftPath).fileName() == content.packageId + QStringLiteral(".skscores"));

        w->setReturnPath(f.dir.filePath(QStringLiteral("too-early.skscores")));
        CHECK_FALSE(w->writeReturn());
        CHECK_FALSE(QFile::exists(f.dir.filePath(QStringLiteral("too-early.skscores"))));
        QString missingCode;
        for (int r = 0; r < rows && missingCode.isEmpty(); ++r)
            if (!model->isComplete(r))
                missingCode = model->rows().at(r).code;
        REQUIRE_FALSE(missingCode.isEmpty());
        CHECK(w->lastError().contains(missingCode));
        CHECK(w->lastError().contains(first.name)); // which criteria are missing
        CHECK_FALSE(w->lastError().contains(emptyCode));
        // The cursor waits on the first cell that needs points.
        CHECK(model->rows().at(child<ScoreGridView>(w, "scoreGrid")->currentIndex().row()).code ==
              missingCode);

        // A sheet the office had submitted is read-only in the package (issue 14, 4b): typing changes
        // nothing.
        int scored = -1;
        for (int r = 0; r < rows && scored < 0; ++r)
            if (model->isComplete(r) && r != empty)
                scored = r;
        REQUIRE(model->rows().at(scored).locked);
        const double old = model->rows().at(scored).points.value(first.code);
        const double changed = old >= 1 ? old - 1 : old + 1;
        typeCell(*w, scored, criterionColumn(0), typed(changed));
        CHECK(model->rows().at(scored).points.value(first.code) == old);
        CHECK_FALSE(model->flags(model->index(scored, criterionColumn(0))).testFlag(Qt::ItemIsEditable));

        // Closing saves the draft and reminds once that no return was written ("write it later").
        prompts().answerChoice(1);
        w->close();
        CHECK(w->remindersShown() == 1);
        CHECK(w->lastMessage().contains(QStringLiteral("not been written as a score return")));
        CHECK_FALSE(w->autosavePending());
    }

    // The same package opened again: every typed point is back.
    auto w = f.window();
    CHECK(w->draftRestored());
    CHECK(w->hasUnreturnedChanges());
    ScoreGridModel* model = w->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const ScoreGridRow& row = model->rows().at(r);
        for (auto it = expected.value(row.code).cbegin(); it != expected.value(row.code).cend(); ++it)
            CHECK(row.points.value(it.key(), -1) == it.value());
        if (comments.contains(row.code))
            CHECK(row.comment == comments.value(row.code));
    }

    // Every other row typed in, then the return is written beside the package.
    for (int r = 0; r < model->rowCount(); ++r)
        if (!model->isComplete(r)) {
            const QString code = model->rows().at(r).code;
            comments.insert(code, QStringLiteral("Nhận xét %1").arg(r + 1));
            fillRow(*w, r, expected, comments.value(code));
        }
    CHECK(model->completeCount() == model->rowCount());
    CHECK(w->statusText() == QStringLiteral("%1 of %1 sheets complete").arg(model->rowCount()));
    CHECK(w->suggestedReturnPath().endsWith(QStringLiteral(".skscores")));
    CHECK(QFileInfo(w->suggestedReturnPath()).absolutePath() == QFileInfo(f.package).absolutePath());
    CHECK(QFileInfo(w->suggestedReturnPath()).fileName() == ReviewDraft::returnFileName(w->content()));

    const QString ret = f.dir.filePath(QStringLiteral("tra-diem.skscores"));
    w->setReturnPath(ret);
    prompts().answerChoice(0); // "OK" to the message that it was written
    press(Qt::Key_S, Qt::ControlModifier);
    REQUIRE(QFile::exists(ret));
    CHECK(w->lastMessage().contains(QDir::toNativeSeparators(ret)));
    CHECK(w->lastMessage().contains(QStringLiteral("same PIN")));
    CHECK_FALSE(w->hasUnreturnedChanges());
    w->close();
    CHECK(w->remindersShown() == 0); // written: nothing to remind

    // The clerk imports it with the real program.
    const auto imported =
        runCli({QStringLiteral("review-import"), f.campaign, ret, QStringLiteral("--pin"), kPin});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const StoredPoints after = storedPoints(f.campaign, f.member);
    CHECK(after == expected);
    CHECK(after != before);
    for (auto it = comments.cbegin(); it != comments.cend(); ++it)
        CHECK(storedComment(f.campaign, f.member, it.key()) == it.value());
}

TEST_CASE("Review mode shows the current entry's papers and opens its files from a private copy",
          "[ui][review-mode]")
{
    ReviewFixture f;
    auto w = f.window();
    const ReviewPackageContent& content = w->content();
    int row = -1;
    for (int r = 0; r < w->model()->rowCount(); ++r)
        if (w->model()->rows().at(r).code == f.attachedTo)
            row = r;
    REQUIRE(row >= 0);
    child<ScoreGridView>(w, "scoreGrid")->setCurrentIndex(w->model()->index(row, criterionColumn(1)));
    ReviewDocumentsPanel* docs = child<ReviewDocumentsPanel>(w, "reviewDocuments");
    const ReviewEntry& entry = content.entries.at(row);
    REQUIRE(docs->entry() == &entry);
    CHECK(docs->titleText().contains(entry.code));
    CHECK(docs->titleText().contains(entry.title));
    CHECK(docs->detailsText().contains(entry.nominee));
    CHECK(docs->detailsText().contains(entry.unit));
    CHECK(docs->summaryText() == entry.summary);
    REQUIRE_FALSE(entry.authors.isEmpty());
    for (const ReviewAuthor& a : entry.authors) {
        CHECK(docs->authorsText().contains(a.name));
        CHECK(docs->authorsText().contains(QLocale().toString(a.share, 'g', 4) + QLatin1Char('%')));
    }
    REQUIRE(child<QListWidget>(docs, "attachments")->count() == 1);
    CHECK(child<QListWidget>(docs, "attachments")
              ->item(0)
              ->text()
              .contains(QStringLiteral("Báo cáo hiệu quả.pdf")));

    // Not a readable PDF (only its first bytes): said in the viewer, opened with another program.
    child<QTabWidget>(docs, "papersTabs")->setCurrentIndex(1);
    CHECK(docs->viewerMessage().contains(QStringLiteral("cannot be read here")));
    QString opened;
    docs->setOpener([&](const QString& path) {
        opened = path;
        return true;
    });
    QTest::keyClick(child<QListWidget>(docs, "attachments"), Qt::Key_Return); // activates the item
    if (opened.isEmpty())
        docs->openAttachment(0);
    REQUIRE_FALSE(opened.isEmpty());
    QFile copy(opened);
    REQUIRE(copy.open(QIODevice::ReadOnly));
    CHECK(copy.readAll() == kAttachment);
    CHECK(QFileInfo(opened).fileName() == QStringLiteral("Báo cáo hiệu quả.pdf"));
    CHECK((copy.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    copy.close();

    // A laptop with no program for the file: the member is told, not the console.
    docs->setOpener([](const QString&) { return false; });
    docs->openAttachment(0);
    CHECK(docs->lastError().contains(QStringLiteral("No program on this computer opens")));
    docs->setOpener([&](const QString& path) {
        opened = path;
        return true;
    });

    // Another row, another entry's papers; the copies go with the window.
    const int other = row == 0 ? 1 : 0;
    child<ScoreGridView>(w, "scoreGrid")->setCurrentIndex(w->model()->index(other, criterionColumn(0)));
    CHECK(docs->entry() == &content.entries.at(other));
    w->close();
    w.reset();
    CHECK_FALSE(QFile::exists(opened));
}

TEST_CASE("Review mode: Tab and Enter go along the row, then to the next entry to score, never over a score",
          "[ui][review-mode]")
{
    ReviewFixture f;
    auto w = f.window(2);
    ScoreGridModel* model = w->model();
    const QList<ReviewCriterion> criteria = model->criteria();
    const QList<int> toScore = rowsToScore(*w);
    REQUIRE(toScore.size() >= 4);
    // The window opens on the first entry still to score.
    CHECK(child<ScoreGridView>(w, "scoreGrid")->currentIndex() ==
          model->index(toScore[0], criterionColumn(0)));

    // An entry scored in this session: editable, with points a stray key could overwrite.
    StoredPoints typedPoints;
    fillRow(*w, toScore[1], typedPoints, QStringLiteral("Đã chấm"));
    const auto scoredPoints = model->rows().at(toScore[1]).points;
    const QString scoredComment = model->rows().at(toScore[1]).comment;
    REQUIRE(model->isComplete(toScore[1]));

    // The entry before it, typed with Tab: the criteria, the comment, then Tab again.
    child<ScoreGridView>(w, "scoreGrid")->setFocus();
    child<ScoreGridView>(w, "scoreGrid")->setCurrentIndex(model->index(toScore[0], criterionColumn(0)));
    for (int i = 0; i < criteria.size(); ++i) {
        keys(typed(pointsFor(criteria.at(i), toScore[0], i)));
        press(Qt::Key_Tab);
        QCoreApplication::processEvents();
    }
    REQUIRE(child<ScoreGridView>(w, "scoreGrid")->currentIndex() ==
            model->index(toScore[0], model->commentColumn()));
    keys(QStringLiteral("Tốt"));
    press(Qt::Key_Tab);
    QCoreApplication::processEvents();
    // Past the scored entry, on the next one to score, and no editor open with an old value selected.
    CHECK(child<ScoreGridView>(w, "scoreGrid")->currentIndex() ==
          model->index(toScore[2], criterionColumn(0)));
    CHECK_FALSE(child<ScoreGridView>(w, "scoreGrid")->isEditing());
    CHECK(model->isComplete(toScore[0]));

    // The next entry typed with Enter: along the row, and after the last criterion to the next to score.
    for (int i = 0; i < criteria.size(); ++i) {
        REQUIRE(child<ScoreGridView>(w, "scoreGrid")->currentIndex() ==
                model->index(toScore[2], criterionColumn(i)));
        keys(typed(pointsFor(criteria.at(i), toScore[2], i)));
        press(Qt::Key_Return);
        QCoreApplication::processEvents();
    }
    CHECK(model->isComplete(toScore[2]));
    CHECK(child<ScoreGridView>(w, "scoreGrid")->currentIndex() ==
          model->index(toScore[3], criterionColumn(0)));

    // Enter and Tab with no editor open go the same way.
    child<ScoreGridView>(w, "scoreGrid")->setCurrentIndex(model->index(toScore[0], model->commentColumn()));
    press(Qt::Key_Tab);
    CHECK(child<ScoreGridView>(w, "scoreGrid")->currentIndex() ==
          model->index(toScore[3], criterionColumn(0)));
    child<ScoreGridView>(w, "scoreGrid")
        ->setCurrentIndex(model->index(toScore[0], criterionColumn(int(criteria.size()) - 1)));
    press(Qt::Key_Return);
    QCoreApplication::processEvents();
    CHECK(child<ScoreGridView>(w, "scoreGrid")->currentIndex() ==
          model->index(toScore[3], criterionColumn(0)));
    keys(QStringLiteral("7"));
    press(Qt::Key_Escape);

    // The scored entry was never touched.
    CHECK(model->rows().at(toScore[1]).points == scoredPoints);
    CHECK(model->rows().at(toScore[1]).comment == scoredComment);

    // The entries still to score are marked and can be shown alone.
    QAction* only = w->findChild<QAction*>(QStringLiteral("showOnlyToScore"));
    REQUIRE(only);
    only->trigger();
    for (int r = 0; r < model->rowCount(); ++r)
        if (r != child<ScoreGridView>(w, "scoreGrid")->currentIndex().row())
            CHECK(child<ScoreGridView>(w, "scoreGrid")->isRowHidden(r) == model->isComplete(r));
    only->trigger();
    for (int r = 0; r < model->rowCount(); ++r)
        CHECK_FALSE(child<ScoreGridView>(w, "scoreGrid")->isRowHidden(r));

    // The office's paper-entry grid keeps Enter moving down the column.
    ScoreGridView office;
    CHECK_FALSE(office.isGuided());
}

TEST_CASE("Review mode: a refused value stays in its cell, marked, with the reason beside it",
          "[ui][review-mode]")
{
    ReviewFixture f;
    auto w = f.window();
    ScoreGridModel* model = w->model();
    const int row = rowsToScore(*w).first();
    const QString code = model->rows().at(row).code;
    const ReviewCriterion first = model->criteria().first();
    const QModelIndex cell = model->index(row, criterionColumn(0));

    // Above the maximum, then Tab: refused, and the cursor stays on the value.
    typeCell(*w, row, criterionColumn(0), QStringLiteral("99"), Qt::Key_Tab);
    CHECK(child<ScoreGridView>(w, "scoreGrid")->currentIndex() == cell);
    CHECK(child<ScoreGridView>(w, "scoreGrid")->refusedText(cell) == QStringLiteral("99"));
    CHECK_FALSE(model->rows().at(row).points.contains(first.code));
    CHECK(w->refusalNote().contains(QStringLiteral("99")));
    CHECK(w->refusalNote().contains(code));
    CHECK(w->refusalNote().contains(child<ScoreGridView>(w, "scoreGrid")->refusedReason(cell)));
    CHECK_FALSE(child<ScoreGridView>(w, "scoreGrid")->refusedReason(cell).isEmpty());

    // Enter on it: still refused, still there; elsewhere and back, still there.
    press(Qt::Key_Return);
    QCoreApplication::processEvents();
    CHECK(child<ScoreGridView>(w, "scoreGrid")->currentIndex() == cell);
    child<ScoreGridView>(w, "scoreGrid")->setCurrentIndex(model->index(row, criterionColumn(1)));
    CHECK(child<ScoreGridView>(w, "scoreGrid")->refusedText(cell) == QStringLiteral("99"));
    CHECK(w->refusalNote().contains(QStringLiteral("99")));

    // The return is not written over it.
    w->setReturnPath(f.dir.filePath(QStringLiteral("x.skscores")));
    CHECK_FALSE(w->writeReturn());
    CHECK(child<ScoreGridView>(w, "scoreGrid")->currentIndex() == cell);

    // Corrected: the value is a score, the mark and the reason go.
    typeCell(*w, row, criterionColumn(0), QStringLiteral("20"));
    CHECK(model->rows().at(row).points.value(first.code) == 20);
    CHECK(child<ScoreGridView>(w, "scoreGrid")->refusedText(cell).isEmpty());
    CHECK(child<ScoreGridView>(w, "scoreGrid")->refusedCount() == 0);
    CHECK(w->refusalNote().isEmpty());

    // Deleted instead of corrected: the cell is empty and nothing refused is left.
    typeCell(*w, row, criterionColumn(1), QStringLiteral("123"));
    CHECK(child<ScoreGridView>(w, "scoreGrid")->refusedCount() == 1);
    child<ScoreGridView>(w, "scoreGrid")->setCurrentIndex(model->index(row, criterionColumn(1)));
    press(Qt::Key_Delete);
    CHECK(child<ScoreGridView>(w, "scoreGrid")->refusedCount() == 0);
    CHECK(w->refusalNote().isEmpty());
}

TEST_CASE("Review mode fits the screen, and 1280×720 with the template's five criteria, Ctrl+ zooms",
          "[ui][review-mode]")
{
    ReviewFixture f;
    auto w = f.window();
    REQUIRE(w->model()->criteria().size() == 5);
    const QRect available = w->screen()->availableGeometry();
    CHECK(w->width() <= available.width());
    CHECK(w->height() <= available.height());
    CHECK(w->width() >= available.width() * 8 / 10);
    CHECK(w->height() >= std::min(available.height() * 8 / 10, 480));

    w->resize(1280, 720);
    w->arrangePanes();
    QCoreApplication::processEvents();
    // Every column of the grid without scrolling sideways, the papers beside it.
    CHECK(child<ScoreGridView>(w, "scoreGrid")->horizontalScrollBar()->maximum() == 0);
    CHECK(child<ReviewDocumentsPanel>(w, "reviewDocuments")->width() >= 250);
    CHECK(child<ScoreGridView>(w, "scoreGrid")->columnViewportPosition(w->model()->commentColumn()) + 20 <=
          child<ScoreGridView>(w, "scoreGrid")->viewport()->width());

    const double before = child<ScoreGridView>(w, "scoreGrid")->font().pointSizeF();
    child<ScoreGridView>(w, "scoreGrid")->setFocus();
    press(Qt::Key_Plus, Qt::ControlModifier);
    CHECK(w->zoomPercent() == 110);
    CHECK(child<ScoreGridView>(w, "scoreGrid")->font().pointSizeF() > before);
    press(Qt::Key_Minus, Qt::ControlModifier);
    CHECK(w->zoomPercent() == 100);
    CHECK(child<ScoreGridView>(w, "scoreGrid")->font().pointSizeF() == Approx(before));
}

TEST_CASE("Review mode shows and prints an attached PDF inside the program", "[ui][review-mode]")
{
    ReviewFixture f(reportPdf());
    auto w = f.window();
    const int row = rowOf(*w, f.attachedTo);
    REQUIRE(row >= 0);
    child<ScoreGridView>(w, "scoreGrid")->setCurrentIndex(w->model()->index(row, criterionColumn(0)));
    ReviewDocumentsPanel* docs = child<ReviewDocumentsPanel>(w, "reviewDocuments");
    REQUIRE(child<QListWidget>(docs, "attachments")->count() == 1);
    child<QTabWidget>(docs, "papersTabs")->setCurrentIndex(1);
    QCoreApplication::processEvents();
    REQUIRE(docs->shownPages().size() == 1);
    const QImage page = docs->shownPages().first();
    CHECK(page.width() > 100);
    CHECK(page.height() > page.width()); // A4, upright
    auto* label = docs->findChild<QLabel*>(QStringLiteral("pdfPage1"));
    REQUIRE(label);
    CHECK_FALSE(label->pixmap().isNull());
    CHECK(label->isVisible());

    // Printed a page a sheet (to a PDF file here, as a print dialog's "print to file").
    QPrinter printer(QPrinter::ScreenResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = f.dir.filePath(QStringLiteral("in.pdf"));
    printer.setOutputFileName(printed);
    REQUIRE(docs->printShown(printer));
    QFile out(printed);
    REQUIRE(out.open(QIODevice::ReadOnly));
    CHECK(out.read(4) == QByteArrayLiteral("%PDF"));
    CHECK(out.size() > 1000);

    // Zoomed, the page is rendered larger.
    w->setZoomPercent(150);
    REQUIRE(docs->shownPages().size() == 1);
    CHECK(docs->shownPages().first().width() > page.width());
}

TEST_CASE("Review mode: the return is named short, its folder opens, and the package reopens where the "
          "member stopped, saying the return was written",
          "[ui][review-mode]")
{
    ReviewPackageContent named;
    named.memberName = QStringLiteral("Đỗ Quang Sơn");
    named.year = 2024;
    named.memberId = 3;
    CHECK(ReviewDraft::returnFileName(named) == QStringLiteral("Diem-DoQuangSon-2024.skscores"));
    named.memberName = QStringLiteral("  ThS. Nguyễn Thị Ánh/Hồng  ");
    CHECK(ReviewDraft::returnFileName(named) == QStringLiteral("Diem-ThsNguyenThiAnhHong-2024.skscores"));

    ReviewFixture f;
    QString returned;
    const int stoppedRow = 3;
    const int stoppedColumn = criterionColumn(2);
    {
        auto w = f.window();
        CHECK(QFileInfo(w->suggestedReturnPath()).fileName() == ReviewDraft::returnFileName(w->content()));
        CHECK(QFileInfo(w->suggestedReturnPath())
                  .fileName()
                  .contains(QRegularExpression(QStringLiteral("^Diem-[A-Za-z0-9]+-2024\\.skscores$"))));
        CHECK(w->returnNotice().isEmpty());
        StoredPoints ignored;
        for (int r : rowsToScore(*w))
            fillRow(*w, r, ignored, QStringLiteral("Nhận xét"));
        REQUIRE(w->model()->completeCount() == w->model()->rowCount());
        returned = QFileInfo(w->suggestedReturnPath()).absoluteFilePath();
        QString folder;
        w->setFolderOpener([&](const QString& path) {
            folder = path;
            return true;
        });
        w->setReturnPath(returned);
        prompts().answerChoice(1); // "Open the containing folder"
        REQUIRE(w->writeReturn());
        CHECK(QFile::exists(returned));
        CHECK(folder == QFileInfo(returned).absolutePath());
        auto* action = w->findChild<QAction*>(QStringLiteral("openReturnFolder"));
        REQUIRE(action);
        CHECK(action->isEnabled());

        child<ScoreGridView>(w, "scoreGrid")->setCurrentIndex(w->model()->index(stoppedRow, stoppedColumn));
        w->close();
    }
    auto w = f.window();
    CHECK(child<ScoreGridView>(w, "scoreGrid")->currentIndex() ==
          w->model()->index(stoppedRow, stoppedColumn));
    CHECK(w->returnNotice().contains(QDir::toNativeSeparators(returned)));
    CHECK(w->findChild<QLabel*>(QStringLiteral("returnNotice"))->isVisible());
    CHECK(w->returnPath() == returned);
}

TEST_CASE("Screenshot of review mode", "[.screenshot]")
{
    // Run under xvfb-run -s "-screen 0 1366x768x24" with QT_QPA_PLATFORM=xcb; SANGKIEN_SCREENSHOT names
    // the PNG.
    installTranslations(*qApp, QStringLiteral("vi"));
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    ReviewFixture f(reportPdf());
    auto w = f.window();
    ScoreGridModel* model = w->model();
    StoredPoints ignored;
    const QList<int> toScore = rowsToScore(*w);
    fillRow(*w, toScore.first(), ignored, QStringLiteral("Giải pháp thiết thực, dễ nhân rộng"));
    const int row = rowOf(*w, f.attachedTo);
    // A value above the maximum, left in its cell with the reason.
    typeCell(*w, toScore.at(1), criterionColumn(0), QStringLiteral("18"));
    typeCell(*w, toScore.at(1), criterionColumn(1), QStringLiteral("12,5"));
    typeCell(*w, toScore.at(1), criterionColumn(2), QStringLiteral("30"));
    child<ScoreGridView>(w, "scoreGrid")->setCurrentIndex(model->index(row, criterionColumn(0)));
    child<QTabWidget>(child<ReviewDocumentsPanel>(w, "reviewDocuments"), "papersTabs")->setCurrentIndex(1);
    QTest::qWait(1500);
    const QString out = qEnvironmentVariable(
        "SANGKIEN_SCREENSHOT", QStringLiteral(SANGKIEN_SOURCE_DIR "/resources/screenshots/review-mode.png"));
    REQUIRE(w->grab().save(out));
}
