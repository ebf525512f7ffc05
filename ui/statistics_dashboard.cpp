#include "statistics_dashboard.h"

#include "app_settings.h"
#include "date_field.h"
#include "error_wording.h"
#include "prompts.h"
#include "reports/workbook_exports.h"
#include "storage/database.h"
#include "storage/output_target.h"
#include "text/vietnamese_text.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <variant>

namespace sangkien {
namespace {

// A cell as the office reads it on screen: numbers grouped the Vietnamese way, dates dd/mm/yyyy.
QString cellText(const XlsxValue& value, XlsxFormat format)
{
    const QLocale locale;
    if (const auto* text = std::get_if<QString>(&value))
        return *text;
    if (const auto* date = std::get_if<QDate>(&value))
        return date->toString(QStringLiteral("dd/MM/yyyy"));
    if (const auto* number = std::get_if<double>(&value)) {
        switch (format) {
        case XlsxFormat::Decimal:
            return locale.toString(*number, 'f', 2);
        case XlsxFormat::Percent:
            return locale.toString(*number, 'f', 1);
        case XlsxFormat::Text:
        case XlsxFormat::Integer:
        case XlsxFormat::Money:
        case XlsxFormat::Date:
            break;
        }
        return locale.toString(qlonglong(std::llround(*number)));
    }
    return {};
}

double cellNumber(const XlsxValue& value)
{
    const auto* number = std::get_if<double>(&value);
    return number ? *number : 0;
}

QString cellLabel(const XlsxValue& value)
{
    const auto* text = std::get_if<QString>(&value);
    if (!text)
        return {};
    // Long names (a content category, a unit) are shortened on the axis; the table has them whole.
    constexpr qsizetype kAxisLength = 42;
    return text->size() > kAxisLength ? text->left(kAxisLength - 1).trimmed() + QChar(0x2026) : *text;
}

// The rows that are data, not a section line or the totals.
QList<const XlsxRow*> dataRows(const XlsxSheet& sheet)
{
    QList<const XlsxRow*> rows;
    for (const XlsxRow& row : sheet.rows)
        if (!row.section && !row.total)
            rows << &row;
    return rows;
}

// A chart is read at a glance: beyond kMostBars groups it shows the largest (by the value column).
constexpr qsizetype kMostBars = 15;

QList<const XlsxRow*> largest(QList<const XlsxRow*> rows, qsizetype valueColumn)
{
    if (rows.size() <= kMostBars)
        return rows;
    std::stable_sort(rows.begin(), rows.end(), [valueColumn](const XlsxRow* a, const XlsxRow* b) {
        return cellNumber(a->cells.value(valueColumn)) > cellNumber(b->cells.value(valueColumn));
    });
    rows.resize(kMostBars);
    return rows;
}

QString chartTitle(const XlsxSheet& sheet, qsizetype shown, qsizetype all)
{
    return shown < all ? StatisticsDashboard::tr("%1 (the %2 largest)").arg(sheet.title).arg(shown)
                       : sheet.title;
}

// A file name for the sheet's chart or table: "thong-ke-2024-theo-linh-vuc.png".
QString suggestedName(const XlsxSheet& sheet, int year, const QString& suffix)
{
    QString slug = text::searchKey(sheet.name);
    slug.replace(QLatin1Char(' '), QLatin1Char('-'));
    return QStringLiteral("thong-ke-%1-%2.%3").arg(year).arg(slug, suffix);
}

QTableWidget* tableFor(const XlsxSheet& sheet, QWidget* parent)
{
    auto* table = new QTableWidget(int(sheet.rows.size()), int(sheet.headers.size()), parent);
    table->setObjectName(QStringLiteral("statisticsTable"));
    table->setHorizontalHeaderLabels(sheet.headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    for (int r = 0; r < sheet.rows.size(); ++r) {
        const XlsxRow& row = sheet.rows[r];
        for (int c = 0; c < row.cells.size() && c < sheet.headers.size(); ++c) {
            const XlsxFormat format = row.formats.value(c, sheet.format(c));
            auto* item = new QTableWidgetItem(cellText(row.cells[c], format));
            if (std::holds_alternative<double>(row.cells[c]))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (row.section || row.total) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            table->setItem(r, c, item);
        }
    }
    table->resizeColumnsToContents();
    for (int c = 0; c < table->columnCount(); ++c)
        table->setColumnWidth(c, std::min(table->columnWidth(c), 420));
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QValueAxis* countAxis(double maximum)
{
    auto* axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setRange(0, std::max(1.0, maximum));
    axis->applyNiceNumbers();
    // Counts are whole: a tick per whole number where they are few.
    if (maximum < 8)
        axis->setTickCount(int(std::max(1.0, maximum)) + 1);
    return axis;
}

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

// A chart of one bar series: the groups on the category axis (left for horizontal bars, below for
// vertical ones), the counts on the other, from 0 to the largest.
QChart* barChart(const QString& title, QAbstractBarSeries* series, const QStringList& groups, double maximum,
                 bool horizontal)
{
    QChart* chart = newChart(title);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(groups);
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(categories);
    QValueAxis* counts = countAxis(maximum);
    chart->addAxis(counts, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(counts);
    return chart;
}

} // namespace

QChart* StatisticsDashboard::chartFor(const XlsxSheet& sheet)
{
    const QList<const XlsxRow*> rows = dataRows(sheet);
    if (rows.isEmpty() || sheet.headers.size() < 2)
        return nullptr;

    // The years side by side: the entries and the awards of each year.
    if (sheet.headers[1].startsWith(QStringLiteral("Năm "))) {
        QStringList years = sheet.headers.mid(1);
        auto* series = new QBarSeries;
        double maximum = 0;
        for (const XlsxRow* row : rows) {
            const auto* name = std::get_if<QString>(&row->cells[0]);
            const QString figure = name ? *name : QString();
            if (figure != QStringLiteral("Tổng số hồ sơ") &&
                figure != QStringLiteral("Tổng số khen thưởng") &&
                figure != QStringLiteral("Đơn vị có hồ sơ"))
                continue;
            auto* set = new QBarSet(figure);
            for (qsizetype c = 1; c < row->cells.size(); ++c) {
                *set << cellNumber(row->cells[c]);
                maximum = std::max(maximum, cellNumber(row->cells[c]));
            }
            series->append(set);
        }
        return barChart(sheet.title, series, years, maximum, false);
    }

    // A breakdown: each group's count, the group named left of it (by its code where the sheet has
    // one: a content category's name is a sentence). Drawn top to bottom as the table.
    if (const qsizetype count = sheet.headers.indexOf(QStringLiteral("Số hồ sơ")); count > 0) {
        const qsizetype label = sheet.headers.first() == QStringLiteral("Mã") ? 0 : count - 1;
        const QList<const XlsxRow*> shown = largest(rows, count);
        auto* set = new QBarSet(sheet.headers[count]);
        QStringList groups;
        double maximum = 0;
        for (auto it = shown.crbegin(); it != shown.crend(); ++it) {
            groups << cellLabel((*it)->cells.value(label));
            *set << cellNumber((*it)->cells.value(count));
            maximum = std::max(maximum, cellNumber((*it)->cells.value(count)));
        }
        auto* series = new QHorizontalBarSeries;
        series->append(set);
        series->setLabelsVisible(true);
        QChart* chart = barChart(chartTitle(sheet, shown.size(), rows.size()), series, groups, maximum, true);
        chart->legend()->hide();
        return chart;
    }

    // Awards by unit or area: a bar per row, stacked by award form.
    if (sheet.headers.last() == QStringLiteral("Tổng số")) {
        QList<int> formColumns;
        for (int c = 1; c + 1 < sheet.headers.size(); ++c)
            if (sheet.format(c) == XlsxFormat::Integer)
                formColumns << c;
        if (formColumns.isEmpty())
            return nullptr;
        const qsizetype total = sheet.headers.size() - 1;
        const QList<const XlsxRow*> shown = largest(rows, total);
        auto* series = new QHorizontalStackedBarSeries;
        QStringList groups;
        double maximum = 0;
        for (auto it = shown.crbegin(); it != shown.crend(); ++it) {
            groups << cellLabel((*it)->cells.value(0));
            maximum = std::max(maximum, cellNumber((*it)->cells.value(total)));
        }
        for (int c : formColumns) {
            auto* set = new QBarSet(sheet.headers[c]);
            for (auto it = shown.crbegin(); it != shown.crend(); ++it)
                *set << cellNumber((*it)->cells.value(c));
            series->append(set);
        }
        return barChart(chartTitle(sheet, shown.size(), rows.size()), series, groups, maximum, true);
    }
    return nullptr;
}

StatisticsDashboard::StatisticsDashboard(Database& db, Prompts& prompts, AppSettings& settings,
                                         QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_prompts(prompts)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("statisticsDashboard"));
    setWindowTitle(tr("Statistics"));

    m_from = new DateField(this);
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_from->setOptional(true);
    m_to = new DateField(this);
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_to->setOptional(true);
    auto* wholeYear = new QPushButton(tr("&Whole Campaign"), this);
    wholeYear->setObjectName(QStringLiteral("wholeCampaignButton"));
    wholeYear->setToolTip(tr("Count every entry, whatever its reception date"));
    m_periodProblem = new QLabel(this);
    m_periodProblem->setObjectName(QStringLiteral("periodProblem"));
    m_periodProblem->setStyleSheet(QStringLiteral("color: #b00020"));
    auto* fromLabel = new QLabel(tr("Entries received &from"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);
    auto* period = new QHBoxLayout;
    period->addWidget(fromLabel);
    period->addWidget(m_from);
    period->addWidget(toLabel);
    period->addWidget(m_to);
    period->addWidget(wholeYear);
    period->addWidget(m_periodProblem, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("statisticsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_unreadable = new QLabel(this);
    m_unreadable->setObjectName(QStringLiteral("unreadableCampaigns"));
    m_unreadable->setWordWrap(true);
    m_unreadable->hide();

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("statisticsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);

    m_saveChart = new QPushButton(tr("Save &Chart (PNG)…"), this);
    m_saveChart->setObjectName(QStringLiteral("saveChartButton"));
    m_saveTable = new QPushButton(tr("Save &Table (Excel)…"), this);
    m_saveTable->setObjectName(QStringLiteral("saveTableButton"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    buttons->addButton(m_saveChart, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveTable, QDialogButtonBox::ActionRole);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(period);
    layout->addWidget(m_summary);
    layout->addWidget(m_unreadable);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveChart, &QPushButton::clicked, this, &StatisticsDashboard::saveCurrentChart);
    connect(m_saveTable, &QPushButton::clicked, this, &StatisticsDashboard::saveCurrentTable);
    connect(m_tabs, &QTabWidget::currentChanged, this, &StatisticsDashboard::updateButtons);
    connect(m_from, &DateField::dateChanged, this, [this] { refresh(); });
    connect(m_to, &DateField::dateChanged, this, [this] { refresh(); });
    // A date typed wrong changes no date but must be said.
    connect(m_from, &DateField::problemChanged, this, [this] { refresh(); });
    connect(m_to, &DateField::problemChanged, this, [this] { refresh(); });
    connect(wholeYear, &QPushButton::clicked, this, [this] {
        m_from->clear();
        m_to->clear();
        refresh();
    });

    // The whole campaign first (no period typed yet); the years of the folder, which do not depend on
    // the period, are compared with it once.
    if (auto whole = computeStatistics(m_db)) {
        m_statistics = std::move(*whole);
        const FolderComparison compared =
            compareYearsInFolder(m_statistics, m_db.path(), m_settings.campaignFolder());
        m_years = compared.years;
        QStringList skipped;
        for (const Error& e : compared.unreadable)
            skipped << QFileInfo(e.place).fileName();
        if (!skipped.isEmpty()) {
            m_unreadable->setText(tr("Not compared (not a campaign, or unreadable): %1")
                                      .arg(skipped.join(QStringLiteral(", "))));
            m_unreadable->show();
        }
        showStatistics();
    } else {
        m_periodProblem->setText(ErrorWording::describe(whole.error()));
    }
    resize(1100, 720);
}

bool StatisticsDashboard::refresh()
{
    const StatisticsPeriod period{m_from->date(), m_to->date()};
    QString problem;
    if (!m_from->isAcceptable() || !m_to->isAcceptable())
        problem = !m_from->isAcceptable() ? m_from->problem() : m_to->problem();
    else if (period.from.isValid() && period.to.isValid() && period.from > period.to)
        problem = tr("The period ends before it begins.");
    m_periodProblem->setText(problem);
    if (!problem.isEmpty())
        return false;

    auto computed = computeStatistics(m_db, period);
    if (!computed) {
        m_periodProblem->setText(ErrorWording::describe(computed.error()));
        return false;
    }
    m_statistics = std::move(*computed);
    showStatistics();
    return true;
}

void StatisticsDashboard::showStatistics()
{
    // The comparison across years shows the whole campaign; the period applies to the other tabs.
    m_sheets = WorkbookExport::statistics(m_statistics, m_years.size() > 1 ? m_years : QList<YearFigures>());
    m_summary->setText(summaryText());
    rebuildTabs();
}

QString StatisticsDashboard::summaryText() const
{
    const QLocale locale;
    const CampaignStatistics& s = m_statistics;
    QStringList parts;
    parts << tr("Entries: %1 (%2 collective, %3 individual)")
                 .arg(locale.toString(s.entries), locale.toString(s.collectives),
                      locale.toString(s.individuals));
    if (s.meanScore)
        parts << tr("scored: %1, mean score %2")
                     .arg(locale.toString(s.scored), locale.toString(*s.meanScore, 'f', 2));
    parts << tr("awards: %1").arg(locale.toString(s.awards));
    parts << tr("declared benefit: %1").arg(text::money(s.economicBenefit));
    parts << tr("units that sent nothing: %1").arg(locale.toString(qsizetype(s.silentUnits.size())));
    QString line = parts.join(QStringLiteral(" · "));
    if (!s.period.isAll())
        line = tr("Received %1: ").arg(s.period.wording()) + line;
    return line;
}

void StatisticsDashboard::rebuildTabs()
{
    const QString current = m_tabs->currentIndex() >= 0 ? m_tabs->tabText(m_tabs->currentIndex()) : QString();
    while (m_tabs->count() > 0) {
        QWidget* page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        page->deleteLater();
    }
    for (const XlsxSheet& sheet : std::as_const(m_sheets)) {
        auto* splitter = new QSplitter(Qt::Horizontal);
        splitter->setObjectName(QStringLiteral("statisticsPage"));
        splitter->addWidget(tableFor(sheet, splitter));
        if (QChart* chart = chartFor(sheet)) {
            auto* view = new QChartView(chart, splitter);
            view->setObjectName(QStringLiteral("statisticsChart"));
            view->setRenderHint(QPainter::Antialiasing);
            view->setMinimumWidth(360);
            splitter->addWidget(view);
            splitter->setStretchFactor(0, 1);
            splitter->setStretchFactor(1, 1);
            splitter->setSizes({550, 550}); // half and half
        }
        m_tabs->addTab(splitter, sheet.name);
    }
    for (int i = 0; i < m_tabs->count(); ++i)
        if (m_tabs->tabText(i) == current)
            m_tabs->setCurrentIndex(i);
    updateButtons();
}

void StatisticsDashboard::updateButtons()
{
    QWidget* page = m_tabs->currentWidget();
    m_saveChart->setEnabled(page && page->findChild<QChartView*>());
    m_saveTable->setEnabled(page != nullptr);
}

bool StatisticsDashboard::refuseTarget(const QString& path)
{
    if (const Status s = OutputTarget::check(path, {m_db.path()}); !s) {
        m_prompts.warning(this, tr("Cannot save"), ErrorWording::describe(s.error()));
        return true;
    }
    return false;
}

bool StatisticsDashboard::saveChart(const QString& path)
{
    QWidget* page = m_tabs->currentWidget();
    auto* view = page ? page->findChild<QChartView*>() : nullptr;
    if (!view || refuseTarget(path))
        return false;
    // What the clerk sees, at twice the screen's pixels so it prints sharp.
    const QSize size = view->size().expandedTo(QSize(640, 400)) * 2;
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        view->render(&painter, QRectF(QPointF(0, 0), size), view->rect());
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        m_prompts.warning(
            this, tr("Cannot save"),
            tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

bool StatisticsDashboard::saveTable(const QString& path)
{
    const int index = m_tabs->currentIndex();
    if (index < 0 || index >= m_sheets.size() || refuseTarget(path))
        return false;
    if (const Status s = WorkbookExport::save({m_sheets[index]}, path); !s) {
        m_prompts.warning(this, tr("Cannot save"), ErrorWording::describe(s.error()));
        return false;
    }
    return true;
}

void StatisticsDashboard::saveCurrentChart()
{
    const int index = m_tabs->currentIndex();
    if (index < 0)
        return;
    const QString suggested =
        QDir(m_settings.exportDirectory())
            .filePath(suggestedName(m_sheets[index], m_statistics.year, QStringLiteral("png")));
    const QString path = m_prompts.saveFile(this, tr("Save Chart"), suggested, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    m_settings.setExportDirectory(QFileInfo(path).absolutePath());
    saveChart(path);
}

void StatisticsDashboard::saveCurrentTable()
{
    const int index = m_tabs->currentIndex();
    if (index < 0)
        return;
    const QString suggested =
        QDir(m_settings.exportDirectory())
            .filePath(suggestedName(m_sheets[index], m_statistics.year, QStringLiteral("xlsx")));
    const QString path =
        m_prompts.saveFile(this, tr("Save Table"), suggested, tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    m_settings.setExportDirectory(QFileInfo(path).absolutePath());
    saveTable(path);
}

} // namespace sangkien
