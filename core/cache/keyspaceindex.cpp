#include "cache/keyspaceindex.h"

namespace qm::cache {

KeyspaceIndex::KeyspaceIndex()
    : KeyspaceIndex(Limits {})
{ }

KeyspaceIndex::KeyspaceIndex(Limits limits)
    : m_limits(limits)
{
    clear();
}

void KeyspaceIndex::clear()
{
    m_nodes.clear();
    m_byPrefix.clear();
    m_nodes.append(Node {});
}

int KeyspaceIndex::find(const QByteArray &prefix) const
{
    if (prefix.isEmpty())
        return 0;
    return m_byPrefix.value(prefix, -1);
}

int KeyspaceIndex::child(int parent, const QByteArray &segment, const QByteArray &prefix)
{
    if (const int found = m_byPrefix.value(prefix, -1); found >= 0)
        return found;
    if (m_nodes[parent].children.size() >= m_limits.maxChildren
        || m_nodes.size() >= m_limits.maxNodes) {
        ++m_nodes[parent].otherNamespaces;
        return -1;
    }
    Node n;
    n.segment = segment;
    n.prefix = prefix;
    n.parent = parent;
    const int index = int(m_nodes.size());
    m_nodes.append(n);
    m_nodes[parent].children.append(index);
    m_byPrefix.insert(prefix, index);
    return index;
}

void KeyspaceIndex::add(const QByteArray &key)
{
    int node = 0;
    ++m_nodes[0].keys;
    qsizetype start = 0;
    for (int depth = 0; depth < m_limits.maxDepth; ++depth) {
        const qsizetype sep = key.indexOf(m_limits.separator, start);
        if (sep < 0)
            break;
        const int next = child(node, key.mid(start, sep - start), key.left(sep + 1));
        if (next < 0) {
            ++m_nodes[node].otherKeys;
            return;
        }
        node = next;
        ++m_nodes[node].keys;
        start = sep + 1;
    }
    Node &n = m_nodes[node];
    ++n.ownKeys;
    if (n.samples.size() < m_limits.maxSamples)
        n.samples.append(key);
}

void KeyspaceIndex::add(const QByteArrayList &keys)
{
    for (const QByteArray &k : keys)
        add(k);
}

qint64 KeyspaceIndex::approximateBytes() const
{
    qint64 bytes = 0;
    for (const Node &n : m_nodes) {
        bytes += qint64(sizeof(Node)) + n.segment.size() + n.prefix.size()
            + n.children.size() * qint64(sizeof(int));
        for (const QByteArray &s : n.samples)
            bytes += s.size() + 24;
    }
    return bytes + m_byPrefix.size() * 48;
}

} // namespace qm::cache
