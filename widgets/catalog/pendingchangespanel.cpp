#include "catalog/pendingchangespanel.h"

#include "catalog/pendingchanges.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace qm {

namespace {
QString showValue(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("-");
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue &e : v.toArray())
            parts << showValue(e);
        return parts.join(QLatin1String(", "));
    }
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return v.toVariant().toString();
}
} // namespace

PendingChangesPanel::PendingChangesPanel(
    catalog::PendingChanges *pending, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_pending(pending)
    , m_undo(undo)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_undoButton(new QPushButton(tr("Undo"), this))
    , m_redoButton(new QPushButton(tr("Redo"), this))
    , m_discard(new QPushButton(tr("Discard all"), this))
{
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Product / field"), tr("Saved"), tr("New")});
    m_tree->header()->setStretchLastSection(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setAccessibleName(tr("Pending changes"));
    m_apply->setToolTip(tr("Write every pending change in one transaction (Ctrl+S)"));
    m_apply->setShortcut(QKeySequence::Save);
    m_undoButton->setToolTip(tr("Undo the last edit (Ctrl+Z)"));
    m_redoButton->setToolTip(tr("Redo (Ctrl+Shift+Z)"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_undoButton);
    buttons->addWidget(m_redoButton);
    buttons->addStretch();
    buttons->addWidget(m_discard);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(m_apply, &QPushButton::clicked, this, &PendingChangesPanel::applyRequested);
    connect(m_discard, &QPushButton::clicked, this, &PendingChangesPanel::discardRequested);
    connect(m_undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(m_redoButton, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::indexChanged, this, &PendingChangesPanel::rebuild);
    connect(m_pending, &catalog::PendingChanges::changed, this, &PendingChangesPanel::rebuild);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        while (item->parent())
            item = item->parent();
        Q_EMIT productActivated(item->data(0, Qt::UserRole).toLongLong());
    });
    rebuild();
}

void PendingChangesPanel::setApplying(bool applying)
{
    m_applying = applying;
    rebuild();
}

void PendingChangesPanel::setEditable(bool editable)
{
    m_editable = editable;
    rebuild();
}

void PendingChangesPanel::rebuild()
{
    m_tree->clear();
    const QVector<catalog::PendingEdit> edits = m_pending->edits();
    for (const catalog::PendingEdit &e : edits) {
        auto *top
            = new QTreeWidgetItem(m_tree, {tr("%1 (version %2)").arg(e.sku).arg(e.baseVersion)});
        top->setData(0, Qt::UserRole, e.productId);
        for (auto it = e.changes.begin(); it != e.changes.end(); ++it)
            new QTreeWidgetItem(
                top, {it.key(), showValue(e.base.value(it.key())), showValue(it.value())});
        top->setExpanded(edits.size() <= 20);
    }
    const int fields = m_pending->fieldCount();
    m_summary->setText(edits.isEmpty()
            ? tr("No pending changes.")
            : tr("%n product(s) with unapplied changes", nullptr, int(edits.size()))
                + tr(" (%n field(s)). They are kept on disk until applied.", nullptr, fields));
    m_apply->setEnabled(m_editable && !m_applying && !edits.isEmpty());
    m_discard->setEnabled(!m_applying && !edits.isEmpty());
    m_undoButton->setEnabled(!m_applying && m_undo->canUndo());
    m_redoButton->setEnabled(!m_applying && m_undo->canRedo());
    m_apply->setText(m_applying ? tr("Applying...") : tr("&Apply"));
}

} // namespace qm
