#include "stockmodels.h"

#include "common/whenfinished.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace qm::models {

namespace {
constexpr int kPage = 200;
QString when(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}
int right()
{
    return int(Qt::AlignRight | Qt::AlignVCenter);
}
} // namespace

StockLevelsModel::StockLevelsModel(inventory::StockService *service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{ }

void StockLevelsModel::setFilter(const inventory::StockFilter &filter)
{
    m_filter = filter;
    reload();
}

void StockLevelsModel::reload()
{
    beginResetModel();
    ++m_generation;
    m_rows.clear();
    m_atEnd = false;
    m_loading = false;
    endResetModel();
    fetchMore({});
}

const inventory::StockLevel *StockLevelsModel::levelAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void StockLevelsModel::updateLevel(
    qint64 productId, int warehouseId, const inventory::StockChange &change)
{
    for (int r = 0; r < m_rows.size(); ++r) {
        inventory::StockLevel &l = m_rows[r];
        if (l.productId == productId && l.warehouseId == warehouseId) {
            l.onHand = change.onHand;
            l.reserved = change.reserved;
            l.available = change.available;
            l.low = l.available <= l.threshold;
            Q_EMIT dataChanged(index(r, 0), index(r, Count - 1));
        }
    }
}

int StockLevelsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StockLevelsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

bool StockLevelsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading;
}

void StockLevelsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true;
    inventory::StockKey after;
    if (!m_rows.isEmpty())
        after = inventory::StockKey {m_rows.last().sku, m_rows.last().warehouseId, true};
    const int generation = m_generation;
    whenFinished(this, m_service->levels(m_filter, after, kPage),
        [this, generation](const Result<QVector<inventory::StockLevel>> &r) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!r) {
                m_atEnd = true;
                Q_EMIT loadFailed(r.error());
                return;
            }
            m_atEnd = r->size() < kPage;
            if (!r->isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + r->size() - 1));
                m_rows += r.value();
                endInsertRows();
            }
            Q_EMIT loaded();
        });
}

QVariant StockLevelsModel::data(const QModelIndex &index, int role) const
{
    const inventory::StockLevel *l = levelAt(index.row());
    if (!l)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Sku:
            return l->sku;
        case Name:
            return l->name;
        case Warehouse:
            return l->warehouse;
        case OnHand:
            return l->onHand;
        case Reserved:
            return l->reserved;
        case Available:
            return l->available;
        case Threshold:
            return l->threshold;
        case Updated:
            return when(l->updatedAt);
        }
    } else if (role == Qt::TextAlignmentRole && index.column() >= OnHand
        && index.column() <= Threshold) {
        return right();
    } else if (role == Qt::BackgroundRole && index.column() == Available) {
        if (l->available <= 0)
            return QBrush(QColor(255, 205, 210));
        if (l->low)
            return QBrush(QColor(255, 243, 224));
    }
    return {};
}

QVariant StockLevelsModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Sku:
        return tr("SKU");
    case Name:
        return tr("Name");
    case Warehouse:
        return tr("Warehouse");
    case OnHand:
        return tr("On hand");
    case Reserved:
        return tr("Reserved");
    case Available:
        return tr("Available");
    case Threshold:
        return tr("Low at");
    case Updated:
        return tr("Updated");
    }
    return {};
}

StockListModel::StockListModel(Kind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{ }

void StockListModel::setLedger(const QVector<inventory::Movement> &rows)
{
    beginResetModel();
    m_ledger = rows;
    endResetModel();
}

void StockListModel::setReservations(const QVector<inventory::Reservation> &rows)
{
    beginResetModel();
    m_reservations = rows;
    endResetModel();
}

void StockListModel::setDrift(const QVector<inventory::Drift> &rows)
{
    beginResetModel();
    m_drift = rows;
    endResetModel();
}

void StockListModel::setLevels(const QVector<inventory::StockLevel> &rows)
{
    beginResetModel();
    m_levels = rows;
    endResetModel();
}

qint64 StockListModel::idAt(int row) const
{
    switch (m_kind) {
    case Kind::Ledger:
        return row < m_ledger.size() ? m_ledger.at(row).id : 0;
    case Kind::Reservations:
        return row < m_reservations.size() ? m_reservations.at(row).id : 0;
    case Kind::Drift:
        return row < m_drift.size() ? m_drift.at(row).productId : 0;
    case Kind::LowStock:
        return row < m_levels.size() ? m_levels.at(row).productId : 0;
    }
    return 0;
}

int StockListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_kind) {
    case Kind::Ledger:
        return int(m_ledger.size());
    case Kind::Reservations:
        return int(m_reservations.size());
    case Kind::Drift:
        return int(m_drift.size());
    case Kind::LowStock:
        return int(m_levels.size());
    }
    return 0;
}

int StockListModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_kind) {
    case Kind::Ledger:
        return 7;
    case Kind::Reservations:
        return 8;
    case Kind::Drift:
        return 6;
    case Kind::LowStock:
        return 6;
    }
    return 0;
}

QVariant StockListModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (m_kind) {
    case Kind::Ledger:
        return QStringList {tr("When"), tr("Warehouse"), tr("Change"), tr("Reason"), tr("Note"),
            tr("Order"), tr("By")}
            .value(section);
    case Kind::Reservations:
        return QStringList {tr("Id"), tr("Cart"), tr("SKU"), tr("Warehouse"), tr("Qty"),
            tr("Status"), tr("Created"), tr("Expires")}
            .value(section);
    case Kind::Drift:
        return QStringList {tr("SKU"), tr("Warehouse"), tr("On hand"), tr("Ledger sum"),
            tr("Reserved"), tr("Held by carts")}
            .value(section);
    case Kind::LowStock:
        return QStringList {
            tr("SKU"), tr("Name"), tr("Warehouse"), tr("Available"), tr("Low at"), tr("On hand")}
            .value(section);
    }
    return {};
}

QVariant StockListModel::data(const QModelIndex &index, int role) const
{
    const int r = index.row();
    const int c = index.column();
    if (role == Qt::TextAlignmentRole) {
        const bool number = (m_kind == Kind::Ledger && c == 2)
            || (m_kind == Kind::Reservations && (c == 0 || c == 4))
            || (m_kind == Kind::Drift && c >= 2) || (m_kind == Kind::LowStock && c >= 3);
        return number ? QVariant(right()) : QVariant();
    }
    if (role == Qt::ForegroundRole && m_kind == Kind::Ledger && c == 2 && r < m_ledger.size())
        return QBrush(m_ledger.at(r).delta < 0 ? QColor(183, 28, 28) : QColor(27, 94, 32));
    if (role != Qt::DisplayRole)
        return {};
    switch (m_kind) {
    case Kind::Ledger: {
        const inventory::Movement &m = m_ledger.at(r);
        const QVariant values[] = {when(m.at), m.warehouse,
            (m.delta > 0 ? QStringLiteral("+") : QString()) + QString::number(m.delta), m.reason,
            m.note, m.orderId ? QVariant(m.orderId) : QVariant(), m.actor};
        return values[c];
    }
    case Kind::Reservations: {
        const inventory::Reservation &v = m_reservations.at(r);
        const QString status
            = v.status == QLatin1String("held") && !v.live ? tr("held, expired") : v.status;
        const QVariant values[] = {v.id, v.cartId, v.sku, v.warehouse, v.qty, status,
            when(v.createdAt), when(v.expiresAt)};
        return values[c];
    }
    case Kind::Drift: {
        const inventory::Drift &d = m_drift.at(r);
        const QVariant values[]
            = {d.sku, d.warehouse, d.onHand, d.ledgerSum, d.reserved, d.heldQty};
        return values[c];
    }
    case Kind::LowStock: {
        const inventory::StockLevel &l = m_levels.at(r);
        const QVariant values[] = {l.sku, l.name, l.warehouse, l.available, l.threshold, l.onHand};
        return values[c];
    }
    }
    return {};
}

} // namespace qm::models
