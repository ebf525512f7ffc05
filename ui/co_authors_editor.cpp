#include "co_authors_editor.h"

#include "unit_completer.h"

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <cmath>

namespace sangkien {

CoAuthorsEditor::CoAuthorsEditor(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout)
    , m_add(new QPushButton(tr("&Add co-author"), this))
    , m_total(new QLabel(this))
{
    m_add->setObjectName(QStringLiteral("addCoAuthor"));
    m_add->setAutoDefault(false);
    m_add->setToolTip(tr("Adds a row for one more co-author (Space or Enter)"));
    connect(m_add, &QPushButton::clicked, this, &CoAuthorsEditor::addRow);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_add);
    bottom->addStretch();
    bottom->addWidget(m_total);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_grid);
    layout->addLayout(bottom);
    m_grid->setColumnStretch(1, 3);
    m_grid->setColumnStretch(2, 2);
    m_grid->setColumnStretch(3, 3);
    relayout();
}

void CoAuthorsEditor::setUnits(const QList<Unit>& units)
{
    m_units = units;
    for (Row& r : m_rows)
        r.completer->setUnits(units);
}

CoAuthorsEditor::Row CoAuthorsEditor::makeRow()
{
    Row r;
    r.number = new QLabel(this);
    r.name = new QLineEdit(this);
    r.name->setPlaceholderText(tr("Full name"));
    r.name->setAccessibleName(tr("Co-author's full name"));
    r.position = new QLineEdit(this);
    r.position->setPlaceholderText(tr("Position"));
    r.position->setAccessibleName(tr("Co-author's position"));
    r.unit = new QLineEdit(this);
    r.unit->setPlaceholderText(tr("Unit (type to search)"));
    r.unit->setAccessibleName(tr("Co-author's unit"));
    r.completer = new UnitCompleter(r.unit);
    r.completer->setUnits(m_units);
    r.share = new QDoubleSpinBox(this);
    r.share->setRange(0, 100);
    r.share->setDecimals(1);
    r.share->setSuffix(QStringLiteral(" %"));
    r.share->setAccessibleName(tr("Co-author's share of contribution"));
    r.share->setAlignment(Qt::AlignRight);
    r.remove = new QPushButton(tr("Remove"), this);
    r.remove->setAutoDefault(false);
    // Tab walks the fields only; the mouse (or Ctrl+Delete in a row) removes.
    r.remove->setFocusPolicy(Qt::ClickFocus);
    for (QLineEdit* e : {r.name, r.position, r.unit})
        connect(e, &QLineEdit::textChanged, this, &CoAuthorsEditor::changed);
    connect(r.share, &QDoubleSpinBox::valueChanged, this, [this] {
        updateTotal();
        emit changed();
    });
    QLineEdit* name = r.name;
    connect(r.remove, &QPushButton::clicked, this, [this, name] {
        for (int i = 0; i < m_rows.size(); ++i)
            if (m_rows[i].name == name)
                removeRow(i);
    });
    return r;
}

void CoAuthorsEditor::addRow()
{
    Row r = makeRow();
    // A new row offers what is left of 100%, which is what the clerk types most often.
    double used = 0;
    for (const Row& other : m_rows)
        used += other.share->value();
    r.share->setValue(std::max(0.0, 100.0 - used));
    m_rows.append(r);
    relayout();
    updateTotal();
    // Shown now, not when the layout gets round to it, so the focus can move into the new row at once.
    for (QWidget* w :
         std::initializer_list<QWidget*>{r.number, r.name, r.position, r.unit, r.share, r.remove})
        w->show();
    r.name->setFocus(Qt::TabFocusReason);
    emit changed();
}

void CoAuthorsEditor::removeRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const Row r = m_rows.takeAt(row);
    for (QWidget* w :
         std::initializer_list<QWidget*>{r.number, r.name, r.position, r.unit, r.share, r.remove})
        w->deleteLater();
    relayout();
    updateTotal();
    if (row < m_rows.size())
        m_rows[row].name->setFocus();
    else
        m_add->setFocus();
    emit changed();
}

void CoAuthorsEditor::setAuthors(const QList<Author>& authors)
{
    while (!m_rows.isEmpty()) {
        const Row r = m_rows.takeLast();
        for (QWidget* w :
             std::initializer_list<QWidget*>{r.number, r.name, r.position, r.unit, r.share, r.remove})
            delete w;
    }
    for (const Author& a : authors) {
        Row r = makeRow();
        r.name->setText(a.fullName);
        r.position->setText(a.position);
        r.unit->setText(r.completer->unitName(a.unitId));
        r.share->setValue(a.sharePercent);
        m_rows.append(r);
    }
    relayout();
    updateTotal();
}

QList<Author> CoAuthorsEditor::authors() const
{
    QList<Author> list;
    for (const Row& r : m_rows) {
        Author a;
        a.fullName = r.name->text();
        a.position = r.position->text();
        a.unitId = r.completer->unitIdFor(r.unit->text());
        a.sharePercent = r.share->value();
        list.append(a);
    }
    return list;
}

QStringList CoAuthorsEditor::unresolvedUnits() const
{
    QStringList list;
    for (int i = 0; i < m_rows.size(); ++i) {
        const QString text = m_rows[i].unit->text().trimmed();
        if (!text.isEmpty() && !m_rows[i].completer->unitIdFor(text))
            list << QStringLiteral("%1: %2").arg(i + 1).arg(text);
    }
    return list;
}

QWidget* CoAuthorsEditor::lastWidget() const
{
    return m_add;
}

void CoAuthorsEditor::relayout()
{
    while (m_grid->count() > 0)
        delete m_grid->takeAt(0);
    const QStringList heads{tr("No."), tr("Full name"), tr("Position"), tr("Unit"), tr("Share"), QString()};
    if (!m_rows.isEmpty())
        for (int c = 0; c < heads.size(); ++c) {
            auto* head = findChild<QLabel*>(QStringLiteral("head%1").arg(c));
            if (!head) {
                head = new QLabel(heads[c], this);
                head->setObjectName(QStringLiteral("head%1").arg(c));
            }
            head->show();
            m_grid->addWidget(head, 0, c);
        }
    else
        for (auto* head : findChildren<QLabel*>(QRegularExpression(QStringLiteral("^head\\d$"))))
            head->hide();
    QWidget* prev = m_before;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row& r = m_rows[i];
        r.number->setText(QLocale().toString(i + 1));
        m_grid->addWidget(r.number, i + 1, 0);
        m_grid->addWidget(r.name, i + 1, 1);
        m_grid->addWidget(r.position, i + 1, 2);
        m_grid->addWidget(r.unit, i + 1, 3);
        m_grid->addWidget(r.share, i + 1, 4);
        m_grid->addWidget(r.remove, i + 1, 5);
        // Rows are made after the rest of the dialog, so their place in the Tab chain is set here.
        for (QWidget* w : std::initializer_list<QWidget*>{r.name, r.position, r.unit, r.share}) {
            if (prev)
                QWidget::setTabOrder(prev, w);
            prev = w;
        }
    }
    if (prev)
        QWidget::setTabOrder(prev, m_add);
}

void CoAuthorsEditor::updateTotal()
{
    double total = 0;
    for (const Row& r : m_rows)
        total += r.share->value();
    if (m_rows.isEmpty()) {
        m_total->setText(tr("No co-authors: the nominee is the sole author."));
        return;
    }
    const bool ok = std::abs(total - 100.0) <= 0.01;
    m_total->setText(
        tr("Total: %1%").arg(QLocale().toString(total, 'f', total == std::floor(total) ? 0 : 1)));
    m_total->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020; font-weight: bold;"));
}

} // namespace sangkien
