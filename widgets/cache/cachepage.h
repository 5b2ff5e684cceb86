#pragma once

#include "cache/purgespec.h"
#include "cache/topology.h"
#include "purgeinputdialog.h"
#include "workspace.h"

#include <QPointer>
#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTabWidget;
class QTreeView;
class QListWidget;

namespace qm {

namespace cache {
class CacheConnection;
class KeyspaceScan;
class StatsPoller;
class VarnishMonitor;
struct VarnishStats;
} // namespace cache
namespace safety {
class DestructiveAction;
}

class CacheKeyListModel;
class CacheKeyTreeModel;
class CacheStatsCharts;
class CacheStatsModel;
class FlowDialog;

// The Cache workspace: browse Redis by namespace (incremental SCAN on worker threads, bounded
// memory), see a key's type, TTL, memory and the start of its value, watch per-node stats and
// Varnish's ban list, and purge — Redis by pattern, tag or product, Varnish by URL/host/xkey,
// tag-set reaping — through the plan/confirm/execute/verify/audit FlowDialog.
class CachePage : public Workspace
{
    Q_OBJECT
public:
    explicit CachePage(QWidget *parent = nullptr);
    ~CachePage() override;

    static QString workspaceTitle() { return tr("Cache"); }
    static QIcon workspaceIcon();
    static QString workspaceKey() { return QStringLiteral("cache"); }
    QString title() const override { return workspaceTitle(); }
    QIcon icon() const override { return workspaceIcon(); }
    QString key() const override { return workspaceKey(); }
    void setSession(Session *session) override;
    void setActive(bool active) override;

    // For tests and for the Catalog's "purge this product" (a later issue).
    void startScan();
    FlowDialog *openPurge(
        PurgeInputDialog::Kind kind, const QString &argument, bool unlockProtected = false);
    std::shared_ptr<safety::DestructiveAction> makeAction(
        PurgeInputDialog::Kind kind, const QString &argument, bool unlockProtected) const;
    // The role holds cache.purge; without it the Purge button is disabled and says why, and
    // openPurge() returns null.
    bool canPurge() const;
    QPushButton *purgeButton() const { return m_purgeButton; }
    // The shoppers' latency budget the purges keep to (the purge dialog sets it; qmctl's
    // --budget-ms).
    double latencyBudgetMs() const { return m_latencyBudgetMs; }
    void setLatencyBudgetMs(double ms) { m_latencyBudgetMs = ms; }

    cache::CacheConnection *connection() const { return m_connection; }
    CacheKeyTreeModel *treeModel() const { return m_tree; }
    CacheKeyListModel *keyModel() const { return m_keys; }
    CacheStatsModel *statsModel() const { return m_stats; }
    CacheStatsCharts *charts() const { return m_charts; }
    QTreeView *treeView() const { return m_treeView; }
    QTableView *keyView() const { return m_keyView; }
    QPlainTextEdit *preview() const { return m_preview; }
    QLabel *scanStatus() const { return m_scanStatus; }

Q_SIGNALS:
    void scanFinished();
    void previewShown(const QByteArray &key);

private:
    void buildUi();
    void teardown();
    void showNamespace(const QModelIndex &index);
    void showKey(const QByteArray &key);
    void askPurge();
    void updatePurgeRight();
    void showVarnish(const QVector<cache::VarnishStats> &stats);

    QPointer<Session> m_session;
    cache::RedisDeployment m_deployment;
    cache::CacheConnection *m_connection = nullptr;
    bool m_ownsConnection = false; // standalone: ours; Sentinel/Cluster: the session's
    double m_latencyBudgetMs = cache::PurgePolicy {}.latencyBudgetMs;
    QPushButton *m_purgeButton = nullptr;
    cache::KeyspaceScan *m_scan = nullptr;
    cache::StatsPoller *m_poller = nullptr;
    cache::VarnishMonitor *m_varnish = nullptr;
    CacheKeyTreeModel *m_tree;
    CacheKeyListModel *m_keys;
    CacheStatsModel *m_stats;
    quint64 m_previewGeneration = 0;

    QLabel *m_deploymentLabel = nullptr;
    QLineEdit *m_filter = nullptr;
    QPushButton *m_scanButton = nullptr;
    QLabel *m_scanStatus = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeView *m_treeView = nullptr;
    QTableView *m_keyView = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QTableView *m_statsView = nullptr;
    CacheStatsCharts *m_charts = nullptr;
    QListWidget *m_banList = nullptr;
    QLabel *m_varnishStatus = nullptr;
};

} // namespace qm
