#pragma once

#include <QTableView>

namespace qm {

// The orders table. Rows the live feed inserts or removes above the row a person is reading do
// not move it: the view keeps that row at the same pixel position (fixed row heights, per-pixel
// scrolling) and counts what arrived above, for the "new orders" badge. With followNewest on and
// the view at the top, new rows push in at the top instead.
class OrdersTableView : public QTableView
{
    Q_OBJECT
public:
    explicit OrdersTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    void setFollowNewest(bool on) { m_followNewest = on; }
    bool followNewest() const { return m_followNewest; }
    int unseenAbove() const { return m_unseenAbove; }
    void scrollToNewest();

Q_SIGNALS:
    void unseenAboveChanged(int count);

private:
    void remember();
    void restore(int first, int last, bool inserted);
    void setUnseen(int count);

    bool m_followNewest = false;
    int m_anchorRow = -1;
    int m_anchorOffset = 0;
    int m_unseenAbove = 0;
};

} // namespace qm
