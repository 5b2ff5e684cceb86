#pragma once

#include "audit/auditquery.h"

#include <QAbstractTableModel>
#include <memory>

namespace qm {

// The audit log for the Audit workspace: rows matching a filter, newest first, loaded a keyset
// page at a time as the view scrolls (fetchMore) through audit::fetchPage on the cluster's
// workers; the GUI thread only inserts what arrived. A new filter or reload() drops the rows and
// any page still in flight (a generation counter).
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, At, Actor, Action, Target, RequestId, ColumnCount };

    explicit AuditLogModel(QObject *parent = nullptr);

    // Where to read (no load of its own: setFilter() or reload() loads). No cluster: reload()
    // empties the model and stays idle.
    void setSource(std::shared_ptr<db::Cluster> cluster, Backend backend);
    void setFilter(const audit::AuditFilter &filter);
    const audit::AuditFilter &filter() const { return m_filter; }
    void reload();
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const audit::AuditRow &entry(int row) const { return m_rows.at(row); }
    int rowOfId(qint64 id) const; // -1 when not loaded
    bool isLoading() const { return m_loading; }
    bool hasMore() const { return m_more; }
    int pagesLoaded() const { return m_pages; }
    Error lastError() const { return m_error; }

Q_SIGNALS:
    void pageLoaded(); // after every page that arrived (the first one included)
    void loadFailed(const qm::Error &error);

private:
    void load();

    std::shared_ptr<db::Cluster> m_cluster;
    Backend m_backend;
    audit::AuditFilter m_filter;
    QVector<audit::AuditRow> m_rows;
    int m_pageSize = 500;
    int m_pages = 0;
    bool m_more = false;
    bool m_loading = false;
    quint64 m_generation = 0;
    Error m_error;
};

} // namespace qm
