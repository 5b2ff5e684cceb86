#pragma once

#include <QFrame>
#include <QPersistentModelIndex>

class QAbstractItemModel;
class QLabel;

namespace qm {

// One figure of the overview: a small label, a large value and a caption, bound to one row of a
// model (StoreSummaryModel: LabelRole, DisplayRole, CaptionRole, AttentionRole).
class SummaryCard : public QFrame
{
    Q_OBJECT
public:
    SummaryCard(QAbstractItemModel *model, int row, QWidget *parent = nullptr);

    QString valueText() const;

private:
    void refresh();

    QAbstractItemModel *m_model;
    int m_row;
    QLabel *m_label;
    QLabel *m_value;
    QLabel *m_caption;
};

} // namespace qm
