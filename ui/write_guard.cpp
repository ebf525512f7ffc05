#include "write_guard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QWidget>

namespace sangkien::writes {

namespace {

constexpr char kProperty[] = "sangkienWritesCampaign";

// Turns a marked widget off again whenever its own code turns it on.
class KeepDisabled : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::EnabledChange)
            if (auto* w = qobject_cast<QWidget*>(watched); w && !w->testAttribute(Qt::WA_Disabled))
                w->setEnabled(false);
        return QObject::eventFilter(watched, event);
    }
};

void lockWidget(QWidget* w, QObject* guard)
{
    if (auto* line = qobject_cast<QLineEdit*>(w)) {
        line->setReadOnly(true);
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(w)) {
        text->setReadOnly(true);
    } else if (auto* view = qobject_cast<QAbstractItemView*>(w)) {
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    } else {
        w->setEnabled(false);
        w->installEventFilter(guard);
    }
}

} // namespace

void mark(QObject* actionOrWidget)
{
    actionOrWidget->setProperty(kProperty, true);
}

bool isMarked(const QObject* object)
{
    return object->property(kProperty).toBool();
}

void lock(QWidget* root)
{
    auto* guard = new KeepDisabled(root);
    QList<QAction*> actions = root->findChildren<QAction*>();
    actions << root->actions();
    for (QAction* a : std::as_const(actions)) {
        if (!isMarked(a))
            continue;
        a->setEnabled(false);
        QObject::connect(a, &QAction::changed, guard, [a] {
            if (a->isEnabled())
                a->setEnabled(false);
        });
    }
    for (QWidget* w : root->findChildren<QWidget*>())
        if (isMarked(w))
            lockWidget(w, guard);
}

void lockForm(QWidget* root)
{
    auto* guard = new KeepDisabled(root);
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (qobject_cast<QLineEdit*>(w) && qobject_cast<QComboBox*>(w->parentWidget()))
            continue; // a combo box's own line: the combo box is disabled below
        if (qobject_cast<QLineEdit*>(w) || qobject_cast<QPlainTextEdit*>(w) ||
            qobject_cast<QAbstractItemView*>(w))
            lockWidget(w, guard);
        else if (auto* spin = qobject_cast<QAbstractSpinBox*>(w))
            spin->setReadOnly(true);
        else if (qobject_cast<QComboBox*>(w) || (qobject_cast<QAbstractButton*>(w) && isMarked(w)))
            lockWidget(w, guard);
    }
    lock(root);
}

} // namespace sangkien::writes
