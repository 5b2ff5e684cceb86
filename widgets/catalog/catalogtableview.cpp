#include "catalog/catalogtableview.h"

#include "catalogmodel.h"
#include "viewstate.h"

#include <QComboBox>
#include <QHeaderView>

namespace qm {

using models::CatalogModel;

namespace {
QString columnKey(int column)
{
    static const char *keys[] = {"sku", "name", "category", "status", "price", "currency",
        "on_hand", "reserved", "available", "tags", "updated", "version"};
    return column >= 0 && column < CatalogModel::ColumnCount ? QLatin1String(keys[column])
                                                             : QString();
}
} // namespace

CatalogTableView::CatalogTableView(QWidget *parent)
    : QTableView(parent)
{
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    verticalHeader()->setMinimumWidth(
        fontMetrics().horizontalAdvance(QStringLiteral("10,000,000")));
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSortIndicatorShown(true);
    horizontalHeader()->setSectionsClickable(true);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    setWordWrap(false);
    setAlternatingRowColors(true);
    setTabKeyNavigation(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    connect(
        horizontalHeader(), &QHeaderView::sectionClicked, this, &CatalogTableView::headerClicked);
}

void CatalogTableView::setCatalogModel(CatalogModel *model)
{
    // The widths and hidden columns below are the defaults; what the user chose comes back after.
    ViewState::restoreLater(horizontalHeader());
    m_model = model;
    setModel(model);
    // Widths from the header text, never from the rows (ResizeToContents over millions of rows
    // asks every row: minutes at 1M).
    const int widths[] = {130, 280, 150, 80, 90, 70, 80, 80, 80, 160, 140, 60};
    for (int c = 0; c < CatalogModel::ColumnCount; ++c)
        setColumnWidth(c, widths[c]);
    setHiddenColumns({QStringLiteral("reserved"), QStringLiteral("version")});
    ViewState::keepVisible(horizontalHeader(), CatalogModel::Sku); // the SKU always shows
}

void CatalogTableView::headerClicked(int section)
{
    if (!m_model || !CatalogModel::sortKeyFor(section)) {
        // Not sortable: keep showing the current sort.
        const auto q = m_model ? m_model->query().sort : catalog::CatalogSort {};
        int current = 0;
        for (int c = 0; c < CatalogModel::ColumnCount; ++c) {
            if (CatalogModel::sortKeyFor(c) == q.key)
                current = c;
        }
        horizontalHeader()->setSortIndicator(
            current, q.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        return;
    }
    m_model->sort(section, horizontalHeader()->sortIndicatorOrder());
}

QStringList CatalogTableView::hiddenColumns() const
{
    QStringList out;
    for (int c = 0; c < CatalogModel::ColumnCount; ++c) {
        if (isColumnHidden(c))
            out << columnKey(c);
    }
    return out;
}

void CatalogTableView::setHiddenColumns(const QStringList &keys)
{
    for (int c = 0; c < CatalogModel::ColumnCount; ++c)
        setColumnHidden(c, c != CatalogModel::Sku && keys.contains(columnKey(c)));
}

QWidget *CatalogDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == CatalogModel::Status) {
        auto *combo = new QComboBox(parent);
        combo->addItems(
            {QStringLiteral("draft"), QStringLiteral("active"), QStringLiteral("archived")});
        return combo;
    }
    if (index.column() == CatalogModel::Category) {
        auto *combo = new QComboBox(parent);
        combo->addItem(tr("(none)"), 0);
        for (const auto &[id, name] : m_categories)
            combo->addItem(name, id);
        return combo;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void CatalogDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (index.column() == CatalogModel::Category)
            combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole).toInt())));
        else
            combo->setCurrentText(index.data(Qt::EditRole).toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void CatalogDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index,
            index.column() == CatalogModel::Category ? combo->currentData() : combo->currentText());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace qm
