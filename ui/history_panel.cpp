#include "history_panel.h"

#include "domain/entry_workflow.h"
#include "storage/audit_log.h"
#include "storage/catalog_repository.h"
#include "storage/document_repository.h"
#include "text/vietnamese_text.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>

namespace sangkien {

HistoryPanel::HistoryPanel(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("HistoryPanel"));
    m_tree->setObjectName(QStringLiteral("historyTree"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("When / what"), tr("Before"), tr("After")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_heading->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_heading);
    layout->addWidget(m_tree, 1);
    showEntry(nullptr, 0);
}

int HistoryPanel::recordCount() const
{
    return m_tree->topLevelItemCount();
}

void HistoryPanel::showEntry(Database* db, qint64 entryId)
{
    if (db != m_db) {
        m_unitNames.clear();
        m_categoryCodes.clear();
        if (db) {
            CatalogRepository catalog(*db);
            if (auto units = catalog.units())
                for (const Unit& u : *units)
                    m_unitNames.insert(u.id, u.name);
            if (auto categories = catalog.categories())
                for (const ContentCategory& c : *categories)
                    m_categoryCodes.insert(c.id, c.code);
        }
    }
    m_db = db;
    m_entryId = entryId;
    refresh();
}

void HistoryPanel::refresh()
{
    m_tree->clear();
    if (!m_db || !m_entryId) {
        m_heading->setText(tr("Select an entry to see who changed what."));
        return;
    }
    AuditLog log(*m_db);
    QList<AuditRecord> records;
    for (const QString& table : {QStringLiteral("entry"), QStringLiteral("entry_document")})
        if (auto list = log.forRecord(table, m_entryId))
            records += *list;
    std::sort(records.begin(), records.end(),
              [](const AuditRecord& a, const AuditRecord& b) { return a.id > b.id; });
    QString label;
    for (const AuditRecord& r : records) {
        if (label.isEmpty())
            label = r.label;
        auto* item = new QTreeWidgetItem(m_tree);
        const QDateTime local = r.at.toLocalTime();
        item->setText(0,
                      QStringLiteral("%1 %2 · %3 · %4")
                          .arg(text::shortDate(local.date()), local.time().toString(QStringLiteral("HH:mm")),
                               r.user, actionName(r.action)));
        const QList<FieldChange> list = changes(r.before, r.after);
        item->setToolTip(0, tr("%1 field(s) changed").arg(list.size()));
        for (const FieldChange& c : list) {
            auto* child = new QTreeWidgetItem(item);
            child->setText(0, c.field);
            child->setText(1, c.before);
            child->setText(2, c.after);
            child->setToolTip(1, c.before);
            child->setToolTip(2, c.after);
        }
        item->setExpanded(r.action == QLatin1String("update") || r.action == QLatin1String("status") ||
                          r.action == QLatin1String("documents"));
    }
    m_heading->setText(records.isEmpty() ? tr("No change recorded yet.")
                                         : tr("History of %1: %2 change(s)").arg(label).arg(records.size()));
    m_tree->resizeColumnToContents(0);
}

QString HistoryPanel::actionName(const QString& action) const
{
    if (action == QLatin1String("create"))
        return tr("created");
    if (action == QLatin1String("update"))
        return tr("edited");
    if (action == QLatin1String("delete"))
        return tr("deleted");
    if (action == QLatin1String("restore"))
        return tr("restored");
    if (action == QLatin1String("status"))
        return tr("status changed");
    if (action == QLatin1String("documents"))
        return tr("papers checked");
    if (action == QLatin1String("import"))
        return tr("imported");
    return action;
}

QString HistoryPanel::fieldName(const QString& path) const
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("category_id"), QT_TR_NOOP("Category")},
        {QStringLiteral("summary"), QT_TR_NOOP("Summary")},
        {QStringLiteral("received_on"), QT_TR_NOOP("Received on")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("return_reason"), QT_TR_NOOP("Reason for returning")},
        {QStringLiteral("first_applied_on"), QT_TR_NOOP("First applied on")},
        {QStringLiteral("scope"), QT_TR_NOOP("Scope of effect")},
        {QStringLiteral("economic_benefit"), QT_TR_NOOP("Economic benefit")},
        {QStringLiteral("nominee.kind"), QT_TR_NOOP("Nominee is")},
        {QStringLiteral("nominee.name"), QT_TR_NOOP("Nominee")},
        {QStringLiteral("nominee.gender"), QT_TR_NOOP("Gender")},
        {QStringLiteral("nominee.birth_year"), QT_TR_NOOP("Birth year")},
        {QStringLiteral("nominee.position"), QT_TR_NOOP("Position")},
        {QStringLiteral("nominee.unit_id"), QT_TR_NOOP("Unit")},
        {QStringLiteral("authors"), QT_TR_NOOP("Co-authors")},
    };
    if (const char* name = names.value(path))
        return tr(name);
    if (const QStringList codes = DocumentRepository::checklistCodes(); codes.contains(path))
        return DocumentRepository::checklistName(path);
    return path;
}

QString HistoryPanel::valueText(const QString& path, const QJsonValue& value) const
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (path == QLatin1String("authors")) {
        QStringList parts;
        for (const QJsonValue& v : value.toArray()) {
            const QJsonObject a = v.toObject();
            parts << QStringLiteral("%1 (%2%)")
                         .arg(a.value(QStringLiteral("name")).toString(),
                              QLocale().toString(a.value(QStringLiteral("share")).toDouble()));
        }
        return parts.join(QStringLiteral("; "));
    }
    if (path.endsWith(QLatin1String("unit_id")))
        return m_unitNames.value(value.toInteger());
    if (path == QLatin1String("category_id"))
        return m_categoryCodes.value(value.toInteger());
    if (path == QLatin1String("status"))
        if (auto s = entryStatusFromCode(value.toString()))
            return EntryWorkflow::displayName(*s);
    if (path.endsWith(QLatin1String("_on"))) {
        const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
        return d.isValid() ? text::shortDate(d) : QString();
    }
    if (path == QLatin1String("economic_benefit"))
        return text::money(value.toInteger());
    if (path == QLatin1String("nominee.birth_year"))
        return value.toInt() ? QString::number(value.toInt()) : QString();
    if (value.isBool())
        return value.toBool() ? tr("received") : tr("missing");
    if (value.isDouble())
        return QLocale().toString(value.toDouble());
    return value.toString();
}

QList<FieldChange> HistoryPanel::changes(const QJsonObject& before, const QJsonObject& after) const
{
    QList<FieldChange> list;
    // Keys in a stable order: the snapshot's own order (QJsonObject keeps keys sorted) is good enough.
    std::function<void(const QString&, const QJsonObject&, const QJsonObject&)> walk =
        [&](const QString& prefix, const QJsonObject& b, const QJsonObject& a) {
            QStringList keys = b.keys();
            for (const QString& k : a.keys())
                if (!keys.contains(k))
                    keys << k;
            for (const QString& k : keys) {
                const QString path = prefix.isEmpty() ? k : prefix + QLatin1Char('.') + k;
                if (k == QLatin1String("id") || path == QLatin1String("nominee.id"))
                    continue; // ids are the program's business
                const QJsonValue vb = b.value(k), va = a.value(k);
                if (vb == va)
                    continue;
                if (vb.isObject() || va.isObject()) {
                    walk(path, vb.toObject(), va.toObject());
                    continue;
                }
                list.append({fieldName(path), valueText(path, vb), valueText(path, va)});
            }
        };
    walk(QString(), before, after);
    return list;
}

} // namespace sangkien
