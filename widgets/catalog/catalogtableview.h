#pragma once

#include <QStyledItemDelegate>
#include <QTableView>

namespace qm {

namespace models {
class CatalogModel;
}

// The catalog table: fixed row height (the view never asks a million rows for their size),
// sorting by clicking a sortable header (server-side), columns chosen and remembered through
// ViewState (the page's workspace host tracks the header), and editors for status and category.
// Keyboard-first: F2/Enter edits, typing starts an edit, Ctrl+Z undoes the last pending change (the
// page's undo stack).
class CatalogTableView : public QTableView
{
    Q_OBJECT
public:
    explicit CatalogTableView(QWidget *parent = nullptr);

    void setCatalogModel(models::CatalogModel *model);
    QStringList hiddenColumns() const;
    void setHiddenColumns(const QStringList &keys);

private:
    void headerClicked(int section);

    models::CatalogModel *m_model = nullptr;
};

// Combo box editors for the status and category columns (the category list comes from
// CatalogModel::categoryName via a list set by the page).
class CatalogDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setCategories(const QVector<QPair<int, QString>> &categories)
    {
        m_categories = categories;
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QVector<QPair<int, QString>> m_categories;
};

} // namespace qm
