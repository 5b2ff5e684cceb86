#pragma once

#include "common/result.h"
#include "health/storesummary.h"

#include <QAbstractListModel>

namespace qm {

// The overview's cards: one row per figure of console.store_summary (products, orders today...).
// Rows are fixed; values arrive by apply(generation, result) from a load that ran off the GUI
// thread. reset() (a profile switch) bumps the generation and late results of before are dropped.
// A failed refresh keeps the last figures and reports the error (stale data beats no data).
class StoreSummaryModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Metric {
        Products,
        ActiveProducts,
        OrdersToday,
        RevenueToday,
        OpenReservations,
        LowStock,
        LastOrder,
        Maintenance,
        MetricCount
    };
    enum Role { ValueRole = Qt::UserRole + 1, CaptionRole, LabelRole, AttentionRole };

    explicit StoreSummaryModel(QObject *parent = nullptr);

    quint64 reset();
    quint64 generation() const { return m_generation; }
    bool apply(quint64 generation, const Result<StoreSummary> &result);

    bool hasData() const { return m_hasData; }
    const StoreSummary &summary() const { return m_summary; }
    QString lastError() const { return m_error; } // empty when the last refresh worked
    QDateTime updatedAt() const { return m_updatedAt; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void refreshed(); // after every apply() that was not dropped (data or error)

private:
    QString label(Metric m) const;
    QString valueText(Metric m) const;
    QString caption(Metric m) const;
    QVariant rawValue(Metric m) const;
    bool needsAttention(Metric m) const;

    quint64 m_generation = 1;
    bool m_hasData = false;
    StoreSummary m_summary;
    QString m_error;
    QDateTime m_updatedAt;
};

} // namespace qm
