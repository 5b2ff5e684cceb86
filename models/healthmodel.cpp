#include "healthmodel.h"

#include <QColor>
#include <QLocale>

namespace qm {

QColor healthColor(HealthLevel level)
{
    switch (level) {
    case HealthLevel::Ok:
        return QColor(0x2e, 0xa0, 0x43);
    case HealthLevel::Warning:
        return QColor(0xd9, 0x8e, 0x04);
    case HealthLevel::Down:
        return QColor(0xd0, 0x35, 0x2b);
    case HealthLevel::Unknown:
        break;
    }
    return QColor(0x9a, 0xa0, 0xa6);
}

QString formatMs(double ms)
{
    if (ms < 0)
        return QStringLiteral("–");
    if (ms < 10)
        return HealthModel::tr("%1 ms").arg(QLocale().toString(ms, 'f', 1));
    if (ms < 1000)
        return HealthModel::tr("%1 ms").arg(QLocale().toString(ms, 'f', 0));
    return HealthModel::tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
}

QString formatBytes(qint64 bytes)
{
    if (bytes < 0)
        return QStringLiteral("–");
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString formatLag(double seconds, qint64 bytes)
{
    if (seconds < 0)
        return QStringLiteral("–");
    const QString s
        = seconds < 10 ? QLocale().toString(seconds, 'f', 1) : QLocale().toString(seconds, 'f', 0);
    if (bytes < 0)
        return HealthModel::tr("%1 s").arg(s);
    return HealthModel::tr("%1 s · %2").arg(s, formatBytes(bytes));
}

HealthModel::HealthModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

quint64 HealthModel::reset()
{
    beginResetModel();
    ++m_generation;
    m_snapshot = {};
    m_rows.clear();
    endResetModel();
    return m_generation;
}

void HealthModel::setThresholds(const HealthThresholds &limits)
{
    m_limits = limits;
    if (!m_rows.isEmpty()) {
        m_rows = rowsFor(m_snapshot);
        Q_EMIT dataChanged(index(0, 0), index(m_rows.size() - 1, ColumnCount - 1));
    }
}

QVector<HealthModel::Row> HealthModel::rowsFor(const HealthSnapshot &s) const
{
    QVector<Row> rows;
    for (const db::NodeStatus &n : s.nodes) {
        Row r;
        r.name = n.name;
        r.primary = n.primary;
        r.up = n.up;
        r.level = healthLevel(n, m_limits);
        r.lagSeconds = n.primary ? -1 : n.lagSeconds;
        r.lagBytes = n.primary ? -1 : n.lagBytes;
        r.roundTripMs = n.roundTripMs;
        r.error = n.error;
        rows.append(r);
    }
    if (s.redis.configured) {
        Row r;
        r.name = s.redis.name;
        r.redis = true;
        r.up = s.redis.up;
        r.level = healthLevel(s.redis, m_limits);
        r.roundTripMs = s.redis.roundTripMs;
        r.error = s.redis.error;
        rows.append(r);
    }
    return rows;
}

bool HealthModel::apply(quint64 generation, const HealthSnapshot &snapshot)
{
    if (generation != m_generation)
        return false; // from before a reset
    if (snapshot.sequence != 0 && snapshot.sequence <= m_snapshot.sequence)
        return false; // older than what is shown
    QVector<Row> rows = rowsFor(snapshot);
    m_snapshot = snapshot;
    const bool sameShape = rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
            [](const Row &a, const Row &b) { return a.name == b.name && a.redis == b.redis; });
    if (sameShape) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(m_rows.size() - 1, ColumnCount - 1));
        return true;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    return true;
}

int HealthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HealthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HealthModel::display(const Row &row, int column) const
{
    switch (column) {
    case ServerColumn:
        return row.name;
    case RoleColumn:
        if (row.redis)
            return tr("Redis");
        return row.primary ? tr("Primary") : tr("Replica");
    case StateColumn:
        switch (row.level) {
        case HealthLevel::Ok:
            return tr("Up");
        case HealthLevel::Warning:
            return row.up ? tr("Degraded") : tr("Down");
        case HealthLevel::Down:
            return tr("Down");
        case HealthLevel::Unknown:
            break;
        }
        return tr("Checking…");
    case LagColumn:
        return row.redis || row.primary ? QString() : formatLag(row.lagSeconds, row.lagBytes);
    case RoundTripColumn:
        return formatMs(row.roundTripMs);
    case DetailColumn:
        return row.error;
    default:
        return {};
    }
}

QVariant HealthModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return row.error.isEmpty() ? QVariant() : QVariant(row.error);
    case Qt::DecorationRole:
        return index.column() == StateColumn ? QVariant(healthColor(row.level)) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == LagColumn || index.column() == RoundTripColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case LevelRole:
        return int(row.level);
    case IsPrimaryRole:
        return row.primary;
    case IsRedisRole:
        return row.redis;
    default:
        return {};
    }
}

QVariant HealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole)
        return QVariant(
            (section == LagColumn || section == RoundTripColumn ? Qt::AlignRight : Qt::AlignLeft)
            | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ServerColumn:
        return tr("Server");
    case RoleColumn:
        return tr("Role");
    case StateColumn:
        return tr("State");
    case LagColumn:
        return tr("Replication lag");
    case RoundTripColumn:
        return tr("Round trip");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace qm
