#pragma once

#include <QStyledItemDelegate>

namespace qm {

// Draws a cell's DecorationRole colour as a round dot before its text (the node list's State).
class DotDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
};

} // namespace qm
