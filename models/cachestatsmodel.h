#pragma once

#include "cache/serverstats.h"

#include <QAbstractTableModel>
#include <QVector>

namespace qm {

// Per-node Redis stats (one row per master and replica), from StatsPoller samples.
class CacheStatsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NodeColumn,
        RoleColumn,
        MemoryColumn,
        HitRatioColumn,
        OpsColumn,
        EvictionsColumn,
        ClientsColumn,
        KeysColumn,
        ColumnCount
    };

    explicit CacheStatsModel(QObject *parent = nullptr);
    void setStats(const QVector<cache::NodeStats> &stats);
    const QVector<cache::NodeStats> &stats() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<cache::NodeStats> m_rows;
};

} // namespace qm
