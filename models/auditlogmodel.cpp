#include "auditlogmodel.h"

#include "common/whenfinished.h"

#include <QLocale>

namespace qm {

AuditLogModel::AuditLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AuditLogModel::setSource(std::shared_ptr<db::Cluster> cluster, Backend backend)
{
    m_cluster = std::move(cluster);
    m_backend = std::move(backend);
}

void AuditLogModel::setFilter(const audit::AuditFilter &filter)
{
    m_filter = filter;
    reload();
}

void AuditLogModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_pages = 0;
    m_more = false;
    m_loading = false;
    m_error = {};
    endResetModel();
    if (m_cluster)
        load();
}

void AuditLogModel::load()
{
    if (!m_cluster || m_loading)
        return;
    m_loading = true;
    const quint64 generation = m_generation;
    const std::optional<qint64> before
        = m_rows.isEmpty() ? std::nullopt : std::optional<qint64>(m_rows.last().id);
    whenFinished(this, audit::fetchPage(m_cluster, m_backend, m_filter, before, m_pageSize),
        [this, generation](const Result<audit::AuditPage> &page) {
            if (generation != m_generation)
                return; // a previous filter's page
            m_loading = false;
            if (!page) {
                m_error = page.error();
                m_more = false;
                Q_EMIT loadFailed(m_error);
                return;
            }
            m_error = {};
            if (!page->rows.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->rows.size() - 1));
                m_rows += page->rows;
                endInsertRows();
            }
            m_more = page->more;
            ++m_pages;
            Q_EMIT pageLoaded();
        });
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const audit::AuditRow &r = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Id)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return r.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Id:
        return QString::number(r.id);
    case At:
        return QLocale().toString(r.atTime().toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Actor:
        return r.actor;
    case Action:
        return r.action;
    case Target:
        return r.target;
    case RequestId:
        return r.requestId;
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Id");
    case At:
        return tr("Time");
    case Actor:
        return tr("Actor");
    case Action:
        return tr("Action");
    case Target:
        return tr("Target");
    case RequestId:
        return tr("Request");
    default:
        return {};
    }
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_cluster && m_more && !m_loading;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        load();
}

int AuditLogModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

} // namespace qm
