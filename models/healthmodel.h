#pragma once

#include "health/healthsnapshot.h"

#include <QAbstractTableModel>
#include <QColor>

namespace qm {

// The servers of the connected profile, one row each: PostgreSQL nodes (primary first), then Redis.
// Fed with HealthSnapshots from the HealthMonitor. reset() (on a profile switch) bumps a
// generation; a snapshot tagged with an older generation, or older than the one shown, is dropped.
class HealthModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ServerColumn,
        RoleColumn,
        StateColumn,
        LagColumn,
        RoundTripColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role { LevelRole = Qt::UserRole + 1, IsPrimaryRole, IsRedisRole };

    explicit HealthModel(QObject *parent = nullptr);

    quint64 reset(); // clears; returns the generation new snapshots must carry
    quint64 generation() const { return m_generation; }
    // Returns false when the snapshot was dropped as late.
    bool apply(quint64 generation, const HealthSnapshot &snapshot);

    void setThresholds(const HealthThresholds &limits);
    const HealthSnapshot &snapshot() const { return m_snapshot; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString name;
        bool redis = false;
        bool primary = false;
        bool up = false;
        HealthLevel level = HealthLevel::Unknown;
        double lagSeconds = -1;
        qint64 lagBytes = -1;
        double roundTripMs = -1;
        QString error;
    };
    QVector<Row> rowsFor(const HealthSnapshot &s) const;
    QVariant display(const Row &row, int column) const;

    quint64 m_generation = 1;
    HealthSnapshot m_snapshot;
    QVector<Row> m_rows;
    HealthThresholds m_limits;
};

// Green, amber, red, grey: the one palette of health (strip, node list, cards).
QColor healthColor(HealthLevel level);

// Shared with the health strip: "0.4 ms", "1.2 s", "12 MB".
QString formatMs(double ms);
QString formatLag(double seconds, qint64 bytes);
QString formatBytes(qint64 bytes);

} // namespace qm
