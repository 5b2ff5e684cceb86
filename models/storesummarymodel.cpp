#include "storesummarymodel.h"

#include <QLocale>

namespace qm {

StoreSummaryModel::StoreSummaryModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

quint64 StoreSummaryModel::reset()
{
    beginResetModel();
    ++m_generation;
    m_hasData = false;
    m_summary = {};
    m_error.clear();
    m_updatedAt = {};
    endResetModel();
    return m_generation;
}

bool StoreSummaryModel::apply(quint64 generation, const Result<StoreSummary> &result)
{
    if (generation != m_generation)
        return false;
    if (result) {
        m_summary = result.value();
        m_hasData = true;
        m_error.clear();
        m_updatedAt = QDateTime::currentDateTime();
    } else {
        m_error = result.error().message;
    }
    Q_EMIT dataChanged(index(0, 0), index(MetricCount - 1, 0));
    Q_EMIT refreshed();
    return true;
}

int StoreSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : MetricCount;
}

QString StoreSummaryModel::label(Metric m) const
{
    switch (m) {
    case Products:
        return tr("Products");
    case ActiveProducts:
        return tr("Active products");
    case OrdersToday:
        return tr("Orders today");
    case RevenueToday:
        return tr("Revenue today");
    case OpenReservations:
        return tr("Open reservations");
    case LowStock:
        return tr("Low stock");
    case LastOrder:
        return tr("Last order");
    case Maintenance:
        return tr("Maintenance mode");
    case MetricCount:
        break;
    }
    return {};
}

QVariant StoreSummaryModel::rawValue(Metric m) const
{
    if (!m_hasData)
        return {};
    const StoreSummary &s = m_summary;
    switch (m) {
    case Products:
        return s.products;
    case ActiveProducts:
        return s.activeProducts;
    case OrdersToday:
        return s.ordersToday;
    case RevenueToday:
        return s.revenueToday;
    case OpenReservations:
        return s.openReservations;
    case LowStock:
        return s.lowStock;
    case LastOrder:
        return s.lastOrderAt;
    case Maintenance:
        return s.maintenance;
    case MetricCount:
        break;
    }
    return {};
}

QString StoreSummaryModel::valueText(Metric m) const
{
    if (!m_hasData)
        return QStringLiteral("–");
    const QLocale l;
    const StoreSummary &s = m_summary;
    switch (m) {
    case RevenueToday:
        return l.toString(s.revenueToday, 'f', 2);
    case LastOrder: {
        if (!s.lastOrderAt.isValid())
            return tr("none yet");
        const QDateTime now = s.at.isValid() ? s.at : QDateTime::currentDateTime();
        const qint64 secs = qMax<qint64>(0, s.lastOrderAt.secsTo(now));
        if (secs < 60)
            return tr("%n s ago", nullptr, int(secs));
        if (secs < 3600)
            return tr("%n min ago", nullptr, int(secs / 60));
        if (secs < 86400)
            return tr("%n h ago", nullptr, int(secs / 3600));
        return l.toString(s.lastOrderAt.date(), QLocale::ShortFormat);
    }
    case Maintenance:
        return s.maintenance ? tr("On") : tr("Off");
    default:
        return l.toString(rawValue(m).toLongLong());
    }
}

QString StoreSummaryModel::caption(Metric m) const
{
    if (!m_hasData)
        return {};
    const StoreSummary &s = m_summary;
    switch (m) {
    case Products:
        return s.productsEstimated ? tr("estimate from table statistics") : tr("in the catalog");
    case ActiveProducts:
        if (s.products <= 0)
            return {};
        return tr("%1 % of the catalog")
            .arg(QLocale().toString(100.0 * double(s.activeProducts) / double(s.products), 'f', 0));
    case OrdersToday:
        return tr("since midnight (server time)");
    case RevenueToday:
        return tr("paid orders since midnight");
    case OpenReservations:
        return tr("held in carts, not expired");
    case LowStock:
        return tr("at or below their threshold");
    case LastOrder:
        return s.lastOrderAt.isValid()
            ? QLocale().toString(s.lastOrderAt.toLocalTime(), QLocale::ShortFormat)
            : QString();
    case Maintenance:
        return s.maintenance ? s.maintenanceMessage : tr("the storefront is open");
    case MetricCount:
        break;
    }
    return {};
}

bool StoreSummaryModel::needsAttention(Metric m) const
{
    return m_hasData
        && ((m == LowStock && m_summary.lowStock > 0)
            || (m == Maintenance && m_summary.maintenance));
}

QVariant StoreSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto m = Metric(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return valueText(m);
    case Qt::ToolTipRole:
        return caption(m);
    case ValueRole:
        return rawValue(m);
    case CaptionRole:
        return caption(m);
    case LabelRole:
        return label(m);
    case AttentionRole:
        return needsAttention(m);
    default:
        return {};
    }
}

} // namespace qm
