#include "summarycard.h"

#include "storesummarymodel.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace qm {

SummaryCard::SummaryCard(QAbstractItemModel *model, int row, QWidget *parent)
    : QFrame(parent)
    , m_model(model)
    , m_row(row)
    , m_label(new QLabel(this))
    , m_value(new QLabel(this))
    , m_caption(new QLabel(this))
{
    setObjectName(QStringLiteral("summaryCard"));
    setFrameShape(QFrame::NoFrame);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(2);
    m_label->setObjectName(QStringLiteral("cardLabel"));
    m_value->setObjectName(QStringLiteral("cardValue"));
    m_caption->setObjectName(QStringLiteral("cardCaption"));
    // Equal card widths whatever the caption's language: a long caption is clipped, not widening.
    m_caption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    connect(model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &tl, const QModelIndex &br) {
            if (tl.row() <= m_row && m_row <= br.row())
                refresh();
        });
    connect(model, &QAbstractItemModel::modelReset, this, &SummaryCard::refresh);
    refresh();
}

QString SummaryCard::valueText() const
{
    return m_value->text();
}

void SummaryCard::refresh()
{
    const QModelIndex i = m_model->index(m_row, 0);
    m_label->setText(i.data(StoreSummaryModel::LabelRole).toString().toUpper());
    m_value->setText(i.data(Qt::DisplayRole).toString());
    const QString caption = i.data(StoreSummaryModel::CaptionRole).toString();
    m_caption->setText(caption.isEmpty() ? QStringLiteral(" ") : caption);
    m_caption->setToolTip(caption);
    const bool attention = i.data(StoreSummaryModel::AttentionRole).toBool();
    if (property("attention").toBool() != attention) {
        setProperty("attention", attention);
        style()->unpolish(this);
        style()->polish(this);
    }
}

} // namespace qm
