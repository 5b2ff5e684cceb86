#pragma once

#include "cache/keybrowser.h"

#include <QAbstractTableModel>
#include <QVector>

namespace qm {

// The keys of one namespace with their type, TTL and memory: a plain table of KeyInfo rows that
// the page fills (KeyInspector::listKeys, then inspect). Rows for an older request are dropped:
// beginRequest() returns a generation that setKeys()/setDetails() must present.
class CacheKeyListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, TypeColumn, TtlColumn, MemoryColumn, NodeColumn, ColumnCount };
    enum Role { KeyBytesRole = Qt::UserRole + 1 };

    explicit CacheKeyListModel(QObject *parent = nullptr);

    quint64 beginRequest(); // clears the rows, returns the new generation
    void setKeys(quint64 generation, const QByteArrayList &keys);
    void setDetails(quint64 generation, const QVector<cache::KeyInfo> &details);
    quint64 generation() const { return m_generation; }
    QByteArray keyAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString formatTtl(qint64 ttlMs);

private:
    QVector<cache::KeyInfo> m_rows;
    quint64 m_generation = 0;
};

} // namespace qm
