#include "orderstableview.h"

#include <QHeaderView>
#include <QScrollBar>

namespace qm {

OrdersTableView::OrdersTableView(QWidget *parent)
    : QTableView(parent)
{
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // cost = rows shown, not held
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value == 0)
            setUnseen(0);
    });
}

void OrdersTableView::setModel(QAbstractItemModel *model)
{
    if (this->model())
        disconnect(this->model(), nullptr, this, nullptr);
    QTableView::setModel(model);
    if (!model)
        return;
    // Connected after the view's and the header's own handlers: positions are current here.
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] { remember(); });
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { remember(); });
    connect(model, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &, int first, int last) { restore(first, last, true); });
    connect(model, &QAbstractItemModel::rowsRemoved, this,
        [this](const QModelIndex &, int first, int last) { restore(first, last, false); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { setUnseen(0); });
}

void OrdersTableView::remember()
{
    m_anchorRow = rowAt(0);
    m_anchorOffset = m_anchorRow >= 0 ? rowViewportPosition(m_anchorRow) : 0;
}

void OrdersTableView::restore(int first, int last, bool inserted)
{
    const int anchor = m_anchorRow;
    m_anchorRow = -1;
    if (anchor < 0 || first > anchor)
        return; // below what is on screen (or nothing on screen): nothing moves
    const int count = last - first + 1;
    QScrollBar *bar = verticalScrollBar();
    if (inserted && m_followNewest && bar->value() == 0)
        return; // following the newest: let them push in at the top
    int row = anchor;
    if (inserted) {
        row = anchor + count;
        setUnseen(m_unseenAbove + count);
    } else {
        row = anchor > last ? anchor - count : first; // the anchor itself left: hold its place
        setUnseen(std::max(0, m_unseenAbove - count));
    }
    updateGeometries(); // the scroll range must include the new rows before we move in it
    const int target = bar->value() + (rowViewportPosition(row) - m_anchorOffset);
    if (target > bar->maximum())
        bar->setMaximum(target);
    bar->setValue(std::max(0, target));
}

void OrdersTableView::scrollToNewest()
{
    verticalScrollBar()->setValue(0);
    setUnseen(0);
}

void OrdersTableView::setUnseen(int count)
{
    if (count == m_unseenAbove)
        return;
    m_unseenAbove = count;
    Q_EMIT unseenAboveChanged(count);
}

} // namespace qm
