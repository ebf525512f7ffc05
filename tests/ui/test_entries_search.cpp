// The entries table's search (issue 15, item 3), offscreen: phrase first, the query's diacritics kept,
// relevance until a column is clicked, the matched text highlighted, the list back at its top after each
// filter, and the optional Authors column.
#include "entries_view.h"
#include "facet_filter_model.h"
#include "filter_bar.h"
#include "models/entries_filter_model.h"
#include "models/entries_model.h"
#include "search_highlight_delegate.h"
#include "widget_lookup.h"

#include <QHeaderView>
#include <QImage>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace sangkien;
using sangkien::testing::child;

namespace {

EntrySummary entry(int number, const QString& title, const QString& nominee, const QString& unit,
                   const QStringList& authors = {})
{
    EntrySummary e;
    e.id = number;
    e.code = QStringLiteral("SK-2024-%1").arg(number, 4, 10, QLatin1Char('0'));
    e.title = title;
    e.nominee = nominee;
    e.unit = unit;
    for (const QString& a : authors)
        e.authors.append({a, 100});
    return e;
}

QList<EntrySummary> entries()
{
    QList<EntrySummary> rows{
        entry(1, QStringLiteral("Ứng dụng phần mềm quản lý văn bản"), QStringLiteral("Nguyễn Thị Lan"),
              QStringLiteral("Sở Nội vụ")),
        entry(2, QStringLiteral("Đào tạo nghề điều dưỡng"), QStringLiteral("Trường Cao đẳng Y tế"),
              QStringLiteral("Sở Y tế"), {QStringLiteral("Lê Minh Tâm")}),
        entry(3, QStringLiteral("Cải tiến lò sấy nông sản"), QStringLiteral("Văn Thị Nguyên"),
              QStringLiteral("Sở Công Thương")),
        entry(4, QStringLiteral("Số hóa hồ sơ hộ tịch"), QStringLiteral("Nguyễn Văn Hùng"),
              QStringLiteral("Sở Tư pháp")),
        entry(5, QStringLiteral("Máy sấy nông sản"), QStringLiteral("Đặng Văn Lâm"),
              QStringLiteral("Sở Công Thương")),
        entry(6, QStringLiteral("Cải cách thủ tục đất đai"),
              QStringLiteral("Phòng Tài nguyên - UBND huyện Ân Thi"), QStringLiteral("UBND huyện Ân Thi"),
              {QStringLiteral("Hoàng Quốc Khánh"), QStringLiteral("Bùi Thị Hằng")}),
    };
    // Enough other rows that the table scrolls.
    for (int i = 7; i <= 120; ++i)
        rows << entry(i, QStringLiteral("Giải pháp tiết kiệm điện số %1").arg(i),
                      QStringLiteral("Phạm Quốc Toàn %1").arg(i), QStringLiteral("Sở Xây dựng"));
    return rows;
}

QStringList shownCodes(EntriesView& view, int max = 10)
{
    QStringList out;
    QAbstractItemModel* m = child<QTableView>(view, "entriesTable")->model();
    for (int r = 0; r < m->rowCount() && r < max; ++r)
        out << m->index(r, EntriesModel::CodeColumn).data().toString();
    return out;
}

void type(EntriesView& view, const QString& text)
{
    child<QLineEdit>(view, "entriesSearch")->clear();
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        QTest::keyClicks(child<QLineEdit>(view, "entriesSearch"), text); // letter by letter, as typed
    else
        child<QLineEdit>(view, "entriesSearch")->setText(text); // QTest types ASCII only
    view.applySearchNow();
}

} // namespace

TEST_CASE("The entries search puts the phrase first and keeps the query's diacritics", "[ui][search]")
{
    EntriesView view;
    view.model()->setEntries(entries());
    view.resize(1100, 500);
    view.show();

    type(view, QStringLiteral("nguyen van"));
    CHECK(shownCodes(view) == QStringList{QStringLiteral("SK-2024-0004"), QStringLiteral("SK-2024-0003"),
                                          QStringLiteral("SK-2024-0001")});
    CHECK(view.filterModel()->relevanceOrder());

    // A click on a column's header: that column's order from then on.
    QHeaderView* header = child<QTableView>(view, "entriesTable")->horizontalHeader();
    const int x = header->sectionViewportPosition(EntriesModel::CodeColumn) + 5;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    CHECK_FALSE(view.filterModel()->relevanceOrder());
    const QStringList byCode = shownCodes(view);
    CHECK((byCode == QStringList{QStringLiteral("SK-2024-0001"), QStringLiteral("SK-2024-0003"),
                                 QStringLiteral("SK-2024-0004")} ||
           byCode == QStringList{QStringLiteral("SK-2024-0004"), QStringLiteral("SK-2024-0003"),
                                 QStringLiteral("SK-2024-0001")}));

    // Diacritics typed are diacritics meant.
    type(view, QString());
    type(view, QStringLiteral("Đặng"));
    CHECK(shownCodes(view) == QStringList{QStringLiteral("SK-2024-0005")});
    type(view, QStringLiteral("dang"));
    CHECK(view.shownCount() == 2);
    type(view, QStringLiteral("đẳng"));
    CHECK(shownCodes(view) == QStringList{QStringLiteral("SK-2024-0002")});
}

TEST_CASE("The matched text is highlighted in the table", "[ui][search]")
{
    EntriesView view;
    view.model()->setEntries(entries());
    view.resize(1100, 500);
    view.show();
    auto* delegate =
        qobject_cast<SearchHighlightDelegate*>(child<QTableView>(view, "entriesTable")->itemDelegate());
    REQUIRE(delegate);

    auto highlighted = [&](int column) {
        const QRect cell =
            child<QTableView>(view, "entriesTable")
                ->visualRect(child<QTableView>(view, "entriesTable")->model()->index(0, column));
        const QImage image = child<QTableView>(view, "entriesTable")->viewport()->grab(cell).toImage();
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (image.pixelColor(x, y) == SearchHighlightDelegate::highlightColor())
                    return true;
        return false;
    };
    CHECK_FALSE(highlighted(EntriesModel::NomineeColumn));
    type(view, QStringLiteral("nguyen van"));
    const auto ranges = delegate->highlights(QStringLiteral("Nguyễn Văn Hùng"));
    REQUIRE(ranges.size() == 2);
    CHECK(ranges[0].start == 0);
    CHECK(ranges[0].length == 6);
    CHECK(ranges[1].start == 7);
    CHECK(highlighted(EntriesModel::NomineeColumn));
    CHECK_FALSE(highlighted(EntriesModel::UnitColumn));
    CHECK(delegate->highlights(QStringLiteral("Trường Cao đẳng")).isEmpty());
}

TEST_CASE("After a search or a filter the list is back at its first row", "[ui][search]")
{
    EntriesView view;
    view.model()->setEntries(entries());
    view.resize(1100, 400);
    view.show();
    QScrollBar* bar = child<QTableView>(view, "entriesTable")->verticalScrollBar();
    REQUIRE(bar->maximum() > 0);

    bar->setValue(bar->maximum());
    type(view, QStringLiteral("giai phap"));
    CHECK(bar->value() == 0);

    bar->setValue(bar->maximum());
    REQUIRE(bar->value() > 0);
    EntryFacets facets;
    facets.status = EntryStatus::Received;
    emit child<FilterBar>(view, "filterBar")->facetsChanged(facets);
    CHECK(bar->value() == 0);
}

TEST_CASE("The Authors column is there when asked for, and a search finds and marks authors", "[ui][search]")
{
    EntriesView view;
    view.model()->setEntries(entries());
    view.resize(1300, 400);
    view.show();
    QHeaderView* header = child<QTableView>(view, "entriesTable")->horizontalHeader();
    CHECK(header->isSectionHidden(EntriesModel::AuthorsColumn));
    view.setColumnShown(EntriesModel::AuthorsColumn, true);
    CHECK_FALSE(header->isSectionHidden(EntriesModel::AuthorsColumn));
    CHECK(view.model()->headerData(EntriesModel::AuthorsColumn, Qt::Horizontal).toString() ==
          EntriesModel::tr("Authors"));

    type(view, QStringLiteral("bui thi hang"));
    REQUIRE(shownCodes(view) == QStringList{QStringLiteral("SK-2024-0006")});
    const QModelIndex authors =
        child<QTableView>(view, "entriesTable")->model()->index(0, EntriesModel::AuthorsColumn);
    CHECK(authors.data().toString() == QStringLiteral("Hoàng Quốc Khánh; Bùi Thị Hằng"));
    auto* delegate =
        qobject_cast<SearchHighlightDelegate*>(child<QTableView>(view, "entriesTable")->itemDelegate());
    REQUIRE(delegate);
    const QString names = authors.data().toString();
    QStringList marked;
    for (const auto& r : delegate->highlights(names))
        marked << names.mid(r.start, r.length);
    CHECK(marked == QStringList{QStringLiteral("Bùi"), QStringLiteral("Thị"), QStringLiteral("Hằng")});
}
