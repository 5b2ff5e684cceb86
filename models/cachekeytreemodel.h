#pragma once

#include "cache/keyspaceindex.h"

#include <QAbstractItemModel>
#include <QVector>

namespace qm {

// The key browser's namespace tree over KeyspaceIndex snapshots (CacheKeyTreeModel does no I/O).
// Snapshots of one scan only grow: new namespaces are inserted as rows (begin/endInsertRows per
// parent), counts are refreshed with dataChanged, so expanded branches stay expanded while the
// scan runs. reset() starts over for a new scan.
class CacheKeyTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NamespaceColumn, KeysColumn, ShareColumn, ColumnCount };
    enum Role { PrefixRole = Qt::UserRole + 1, KeyCountRole, SamplesRole };

    explicit CacheKeyTreeModel(QObject *parent = nullptr);

    void reset();
    void update(const cache::KeyspaceIndex &snapshot);
    const cache::KeyspaceIndex &snapshot() const { return m_index; }
    QModelIndex indexForPrefix(const QByteArray &prefix) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int nodeOf(const QModelIndex &index) const; // 0 (root) for an invalid index
    QModelIndex indexOfNode(int node, int column = 0) const;

    cache::KeyspaceIndex m_index;
    QVector<int> m_shown; // children shown per node (what rowCount reports)
};

} // namespace qm
