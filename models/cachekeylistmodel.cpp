#include "cachekeylistmodel.h"

#include <QLocale>

namespace qm {

CacheKeyListModel::CacheKeyListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

quint64 CacheKeyListModel::beginRequest()
{
    beginResetModel();
    m_rows.clear();
    ++m_generation;
    endResetModel();
    return m_generation;
}

void CacheKeyListModel::setKeys(quint64 generation, const QByteArrayList &keys)
{
    if (generation != m_generation)
        return; // a late answer to an older request
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(keys.size());
    for (const QByteArray &k : keys) {
        cache::KeyInfo i;
        i.key = k;
        m_rows.append(i);
    }
    endResetModel();
}

void CacheKeyListModel::setDetails(quint64 generation, const QVector<cache::KeyInfo> &details)
{
    if (generation != m_generation)
        return;
    for (const cache::KeyInfo &d : details) {
        for (qsizetype r = 0; r < m_rows.size(); ++r) {
            if (m_rows[r].key == d.key) {
                m_rows[r] = d;
                Q_EMIT dataChanged(index(int(r), TypeColumn), index(int(r), NodeColumn));
                break;
            }
        }
    }
}

QByteArray CacheKeyListModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].key : QByteArray();
}

int CacheKeyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CacheKeyListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CacheKeyListModel::formatTtl(qint64 ttlMs)
{
    if (ttlMs == -1)
        return tr("no expiry");
    if (ttlMs == -2)
        return tr("gone");
    if (ttlMs < 0)
        return {};
    if (ttlMs < 10000)
        return tr("%1 s").arg(double(ttlMs) / 1000.0, 0, 'f', 1);
    const qint64 s = ttlMs / 1000;
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

QVariant CacheKeyListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const cache::KeyInfo &r = m_rows[index.row()];
    if (role == KeyBytesRole)
        return r.key;
    if (role == Qt::TextAlignmentRole
        && (index.column() == TtlColumn || index.column() == MemoryColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case KeyColumn:
        return cache::KeyInspector::printable(r.key, role == Qt::ToolTipRole ? 2000 : 200);
    case TypeColumn:
        return r.type;
    case TtlColumn:
        return r.type.isEmpty() ? QString() : formatTtl(r.ttlMs);
    case MemoryColumn:
        return r.memory < 0
            ? QString()
            : QLocale().formattedDataSize(r.memory, 1, QLocale::DataSizeTraditionalFormat);
    case NodeColumn:
        return r.node;
    }
    return {};
}

QVariant CacheKeyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case TypeColumn:
        return tr("Type");
    case TtlColumn:
        return tr("TTL");
    case MemoryColumn:
        return tr("Memory");
    case NodeColumn:
        return tr("Node");
    }
    return {};
}

} // namespace qm
