#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QHash>
#include <QMetaType>
#include <QVector>
#include <memory>

namespace qm::cache {

// A namespace tree of a keyspace, built from SCAN batches, with memory bounded however many
// keys pass through: keys are split on ':' into at most maxDepth namespace levels; each node
// counts every key below it but keeps at most maxChildren child namespaces (the rest are counted
// in otherKeys) and at most maxSamples of its own keys; the whole tree holds at most maxNodes.
// A plain value: built on a worker thread, copied to the GUI as a snapshot.
class KeyspaceIndex
{
public:
    struct Limits
    {
        int maxDepth = 4;
        int maxChildren = 200;
        int maxSamples = 50;
        int maxNodes = 20000;
        char separator = ':';
    };

    struct Node
    {
        QByteArray segment; // this level's name ("product")
        QByteArray prefix; // full namespace with trailing separator ("shop:product:")
        qint64 keys = 0; // keys in this namespace, at any depth
        qint64 ownKeys = 0; // keys directly at this level (no further namespace)
        qint64 otherKeys = 0; // keys under child namespaces that were not kept (limits)
        int otherNamespaces = 0; // child namespaces not kept
        QByteArrayList samples; // up to maxSamples of ownKeys
        QVector<int> children; // indexes into nodes()
        int parent = -1;
    };

    KeyspaceIndex();
    explicit KeyspaceIndex(Limits limits);

    void add(const QByteArray &key);
    void add(const QByteArrayList &keys);
    void clear();

    qint64 totalKeys() const { return m_nodes[0].keys; }
    const QVector<Node> &nodes() const { return m_nodes; } // [0] is the root
    const Node &root() const { return m_nodes[0]; }
    int find(const QByteArray &prefix) const; // node index of a namespace prefix, or -1
    const Limits &limits() const { return m_limits; }
    // Bytes held, roughly: what the bounded-memory test checks.
    qint64 approximateBytes() const;

private:
    int child(int parent, const QByteArray &segment, const QByteArray &prefix);

    Limits m_limits;
    QVector<Node> m_nodes;
    QHash<QByteArray, int> m_byPrefix;
};

} // namespace qm::cache

Q_DECLARE_METATYPE(qm::cache::KeyspaceIndex)
