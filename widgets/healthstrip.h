#pragma once

#include "health/healthsnapshot.h"

#include <QVector>
#include <QWidget>

class QHBoxLayout;

namespace qm {

class StatusDot;

// A compact strip for the status bar: the primary's dot and round trip, each replica's dot and lag,
// Redis' dot and round trip. Green, amber (lagging or slow), red (down), grey (not known yet).
// Tooltips carry the server's name and the error text.
class HealthStrip : public QWidget
{
    Q_OBJECT
public:
    explicit HealthStrip(QWidget *parent = nullptr);

    void setSnapshot(const HealthSnapshot &snapshot);
    void setThresholds(const HealthThresholds &limits);
    void clear();

    // For tests and for --check: what the strip shows now.
    bool primaryUp() const;
    int itemCount() const { return int(m_items.size()); }
    QString itemText(int i) const;
    QString itemToolTip(int i) const;
    HealthLevel itemLevel(int i) const;

Q_SIGNALS:
    void changed();

private:
    struct Item
    {
        QString text;
        QString toolTip;
        HealthLevel level = HealthLevel::Unknown;
    };
    QVector<Item> itemsFor(const HealthSnapshot &s) const;
    void show(const QVector<Item> &items);

    QHBoxLayout *m_layout;
    QVector<StatusDot *> m_dots;
    QVector<Item> m_items;
    HealthSnapshot m_snapshot;
    HealthThresholds m_limits;
};

} // namespace qm
