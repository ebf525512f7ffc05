#pragma once

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace sangkien {

class Database;

// One field that changed between an audit row's before and after.
struct FieldChange
{
    QString field; // what users call it: "Title", "Nominee · Unit", …
    QString before;
    QString after;
};

// An entry's audit trail: who changed it, when, and each field's old and new value, newest first.
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(QWidget* parent = nullptr);

    // Shows the trail of entryId in db (nullptr or 0: nothing).
    void showEntry(Database* db, qint64 entryId);
    void refresh();
    int recordCount() const;

    // The fields that differ between two JSON snapshots of an entry, in words (nested objects and lists
    // flattened); units, categories, kinds, statuses and dates shown as the clerk knows them.
    QList<FieldChange> changes(const QJsonObject& before, const QJsonObject& after) const;

private:
    QString fieldName(const QString& path) const;
    QString valueText(const QString& path, const QJsonValue& value) const;
    QString actionName(const QString& action) const;

    Database* m_db = nullptr;
    qint64 m_entryId = 0;
    QHash<qint64, QString> m_unitNames;
    QHash<qint64, QString> m_categoryCodes;
    QLabel* m_heading;
    QTreeWidget* m_tree;
};

} // namespace sangkien
