#include "dotdelegate.h"

#include <QApplication>
#include <QPainter>

namespace qm {

void DotDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant colour = index.data(Qt::DecorationRole);
    if (!colour.canConvert<QColor>()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    opt.icon = QIcon();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background

    constexpr int kDot = 9;
    constexpr int kIndent = 8;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour.value<QColor>());
    painter->drawEllipse(
        QRectF(opt.rect.left() + kIndent, opt.rect.center().y() - kDot / 2.0 + 1, kDot, kDot));
    painter->setPen(opt.palette.color(QPalette::Text));
    painter->drawText(
        opt.rect.adjusted(kIndent + kDot + 7, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
    painter->restore();
}

} // namespace qm
