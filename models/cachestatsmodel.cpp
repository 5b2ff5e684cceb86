#include "cachestatsmodel.h"

#include <QBrush>
#include <QLocale>

namespace qm {

CacheStatsModel::CacheStatsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CacheStatsModel::setStats(const QVector<cache::NodeStats> &stats)
{
    bool sameNodes = stats.size() == m_rows.size();
    for (qsizetype i = 0; sameNodes && i < stats.size(); ++i)
        sameNodes = stats[i].node == m_rows[i].node;
    if (!sameNodes) {
        beginResetModel();
        m_rows = stats;
        endResetModel();
        return;
    }
    m_rows = stats;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int CacheStatsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CacheStatsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CacheStatsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const cache::NodeStats &s = m_rows[index.row()];
    const QLocale l;
    if (role == Qt::ForegroundRole && !s.up)
        return QBrush(Qt::red);
    if (role == Qt::ToolTipRole && !s.up)
        return s.error;
    if (role == Qt::TextAlignmentRole && index.column() >= MemoryColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    if (!s.up && index.column() > RoleColumn)
        return {};
    switch (index.column()) {
    case NodeColumn:
        return s.node;
    case RoleColumn:
        return s.up ? s.role : tr("down");
    case MemoryColumn: {
        const QString used
            = l.formattedDataSize(s.usedMemory, 1, QLocale::DataSizeTraditionalFormat);
        if (s.maxMemory <= 0)
            return used;
        return tr("%1 of %2")
            .arg(used, l.formattedDataSize(s.maxMemory, 1, QLocale::DataSizeTraditionalFormat));
    }
    case HitRatioColumn:
        return s.hitRatio < 0 ? QStringLiteral("–")
                              : QStringLiteral("%1 %").arg(s.hitRatio * 100, 0, 'f', 1);
    case OpsColumn:
        return l.toString(s.opsPerSec);
    case EvictionsColumn:
        return tr("%1/s (total %2)")
            .arg(s.evictionsPerSec, 0, 'f', 1)
            .arg(l.toString(s.evictedKeys));
    case ClientsColumn:
        return s.clients;
    case KeysColumn:
        return l.toString(s.keys);
    }
    return {};
}

QVariant CacheStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NodeColumn:
        return tr("Node");
    case RoleColumn:
        return tr("Role");
    case MemoryColumn:
        return tr("Memory");
    case HitRatioColumn:
        return tr("Hit ratio");
    case OpsColumn:
        return tr("Ops/s");
    case EvictionsColumn:
        return tr("Evictions");
    case ClientsColumn:
        return tr("Clients");
    case KeysColumn:
        return tr("Keys");
    }
    return {};
}

} // namespace qm
