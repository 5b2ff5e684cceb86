#include "cachekeytreemodel.h"

#include "cache/keybrowser.h"

#include <QLocale>

namespace qm {

CacheKeyTreeModel::CacheKeyTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    m_shown = {0};
}

void CacheKeyTreeModel::reset()
{
    beginResetModel();
    m_index = cache::KeyspaceIndex(m_index.limits());
    m_shown = {0};
    endResetModel();
}

void CacheKeyTreeModel::update(const cache::KeyspaceIndex &snapshot)
{
    const auto &nodes = snapshot.nodes();
    if (nodes.size() < m_index.nodes().size()) { // not a continuation of the same scan
        beginResetModel();
        m_index = snapshot;
        m_shown = QVector<int>(nodes.size(), 0);
        for (qsizetype i = 0; i < nodes.size(); ++i)
            m_shown[i] = int(nodes[i].children.size());
        endResetModel();
        return;
    }
    const qsizetype oldCount = m_index.nodes().size();
    // The new snapshot becomes the data first; rowCount follows m_shown, which grows per parent
    // inside begin/endInsertRows, so the view always sees consistent counts.
    m_index = snapshot;
    m_shown.resize(nodes.size());
    for (qsizetype i = oldCount; i < nodes.size(); ++i)
        m_shown[i] = 0;
    for (qsizetype n = 0; n < nodes.size(); ++n) {
        const int have = m_shown[n];
        const int want = int(nodes[n].children.size());
        if (n >= oldCount && nodes[n].parent >= 0 && m_shown[nodes[n].parent] <= 0)
            continue; // not visible yet: handled when its parent's rows are inserted
        if (want > have) {
            beginInsertRows(indexOfNode(int(n)), have, want - 1);
            m_shown[n] = want;
            // Descendants created in this snapshot come along with their parent.
            QVector<int> stack(nodes[n].children.begin() + have, nodes[n].children.end());
            while (!stack.isEmpty()) {
                const int c = stack.takeLast();
                m_shown[c] = int(nodes[c].children.size());
                stack += nodes[c].children;
            }
            endInsertRows();
        }
    }
    // Counts changed everywhere: one dataChanged per parent with rows.
    for (qsizetype n = 0; n < nodes.size(); ++n) {
        if (m_shown[n] <= 0)
            continue;
        const QModelIndex p = indexOfNode(int(n));
        if (n > 0 && !p.isValid())
            continue;
        Q_EMIT dataChanged(index(0, KeysColumn, p), index(m_shown[n] - 1, ShareColumn, p),
            {Qt::DisplayRole, KeyCountRole});
    }
}

int CacheKeyTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : 0;
}

QModelIndex CacheKeyTreeModel::indexOfNode(int node, int column) const
{
    if (node <= 0)
        return {};
    const int parent = m_index.nodes()[node].parent;
    const int row = int(m_index.nodes()[parent].children.indexOf(node));
    if (row < 0 || row >= m_shown[parent])
        return {};
    return createIndex(row, column, quintptr(node));
}

QModelIndex CacheKeyTreeModel::indexForPrefix(const QByteArray &prefix) const
{
    return indexOfNode(m_index.find(prefix));
}

QModelIndex CacheKeyTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const int p = nodeOf(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || p >= m_shown.size() || row >= m_shown[p])
        return {};
    return createIndex(row, column, quintptr(m_index.nodes()[p].children[row]));
}

QModelIndex CacheKeyTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(m_index.nodes()[nodeOf(child)].parent);
}

int CacheKeyTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const int p = nodeOf(parent);
    return p < m_shown.size() ? m_shown[p] : 0;
}

int CacheKeyTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CacheKeyTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const auto &n = m_index.nodes()[nodeOf(index)];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NamespaceColumn:
            return cache::KeyInspector::printable(n.segment, 80) + QStringLiteral(":");
        case KeysColumn:
            return QLocale().toString(n.keys);
        case ShareColumn:
            return m_index.totalKeys() > 0 ? QStringLiteral("%1 %").arg(
                       100.0 * double(n.keys) / double(m_index.totalKeys()), 0, 'f', 1)
                                           : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (n.otherNamespaces > 0)
            return tr("%1 more namespaces below this one are counted but not listed.")
                .arg(n.otherNamespaces);
        return cache::KeyInspector::printable(n.prefix, 200);
    case Qt::TextAlignmentRole:
        if (index.column() != NamespaceColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case PrefixRole:
        return n.prefix;
    case KeyCountRole:
        return n.keys;
    case SamplesRole:
        return QVariant::fromValue(n.samples);
    }
    return {};
}

QVariant CacheKeyTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NamespaceColumn:
        return tr("Namespace");
    case KeysColumn:
        return tr("Keys");
    case ShareColumn:
        return tr("Share");
    }
    return {};
}

} // namespace qm
