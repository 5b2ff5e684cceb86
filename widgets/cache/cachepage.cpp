#include "cachepage.h"

#include "appicons.h"
#include "cache/cacheconnection.h"
#include "cache/glob.h"
#include "cache/keybrowser.h"
#include "cache/purgekind.h"
#include "cache/serverstats.h"
#include "cache/varnish.h"
#include "cachekeylistmodel.h"
#include "cachekeytreemodel.h"
#include "cachestatsmodel.h"
#include "common/whenfinished.h"
#include "db/cluster.h"
#include "safety/elevation.h"
#include "safety/flowdialog.h"
#include "session/session.h"
#include "statscharts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>
#include <climits>

namespace qm {

CachePage::CachePage(QWidget *parent)
    : Workspace(parent)
    , m_tree(new CacheKeyTreeModel(this))
    , m_keys(new CacheKeyListModel(this))
    , m_stats(new CacheStatsModel(this))
{
    buildUi();
}

CachePage::~CachePage()
{
    teardown();
}

QIcon CachePage::workspaceIcon()
{
    return bundledIcon(QStringLiteral("cache"));
}

void CachePage::buildUi()
{
    auto *l = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_deploymentLabel = new QLabel(tr("No profile open"), this);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Browse keys matching (glob), default *"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Key pattern"));
    m_scanButton = new QPushButton(tr("Scan keys"), this);
    auto *purge = new QPushButton(tr("Purge…"), this);
    purge->setObjectName(QStringLiteral("purgeButton"));
    m_purgeButton = purge;
    bar->addWidget(m_deploymentLabel, 1);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_scanButton);
    bar->addWidget(purge);
    l->addLayout(bar);

    m_tabs = new QTabWidget(this);
    l->addWidget(m_tabs, 1);

    // Keys: namespaces | keys of the namespace over the value preview.
    auto *keys = new QSplitter(Qt::Horizontal, this);
    keys->setObjectName(QStringLiteral("keysSplitter"));
    auto *left = new QWidget(keys);
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    m_treeView = new QTreeView(left);
    m_treeView->setModel(m_tree);
    m_treeView->setUniformRowHeights(true);
    m_treeView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_treeView->header()->setStretchLastSection(false);
    m_scanStatus = new QLabel(left);
    m_scanStatus->setWordWrap(true);
    ll->addWidget(m_treeView, 1);
    ll->addWidget(m_scanStatus);
    auto *right = new QSplitter(Qt::Vertical, keys);
    right->setObjectName(QStringLiteral("keyPreviewSplitter"));
    m_keyView = new QTableView(right);
    m_keyView->setModel(m_keys);
    m_keyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_keyView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_keyView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_keyView->verticalHeader()->hide();
    m_keyView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_preview = new QPlainTextEdit(right);
    m_preview->setReadOnly(true);
    m_preview->setPlaceholderText(tr("Select a key to see the start of its value."));
    keys->setStretchFactor(0, 1);
    keys->setStretchFactor(1, 2);
    m_treeView->setAccessibleName(tr("Key tree"));
    m_treeView->setObjectName(QStringLiteral("keyTree"));
    m_keyView->setObjectName(QStringLiteral("keyTable"));
    m_keyView->setAccessibleName(tr("Keys"));
    m_preview->setAccessibleName(tr("Value preview"));
    m_tabs->addTab(keys, tr("Keys"));

    // Stats: per node, then charts.
    auto *stats = new QWidget(this);
    auto *sl = new QVBoxLayout(stats);
    m_statsView = new QTableView(stats);
    m_statsView->setModel(m_stats);
    m_statsView->verticalHeader()->hide();
    m_statsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_charts = new CacheStatsCharts(stats);
    sl->addWidget(m_statsView, 1);
    sl->addWidget(m_charts, 2);
    m_statsView->setAccessibleName(tr("Server statistics"));
    m_statsView->setObjectName(QStringLiteral("statsTable"));
    m_tabs->addTab(stats, tr("Stats"));

    // Varnish: each instance, and the ban list.
    auto *varnish = new QWidget(this);
    auto *vl = new QVBoxLayout(varnish);
    m_varnishStatus = new QLabel(tr("No Varnish in this profile."), varnish);
    m_varnishStatus->setWordWrap(true);
    m_banList = new QListWidget(varnish);
    vl->addWidget(m_varnishStatus);
    vl->addWidget(new QLabel(tr("Ban list (newest first):"), varnish));
    vl->addWidget(m_banList, 1);
    m_banList->setAccessibleName(tr("Varnish bans"));
    m_tabs->addTab(varnish, tr("Varnish"));

    connect(m_scanButton, &QPushButton::clicked, this, &CachePage::startScan);
    connect(m_filter, &QLineEdit::returnPressed, this, &CachePage::startScan);
    connect(purge, &QPushButton::clicked, this, &CachePage::askPurge);
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { showNamespace(current); });
    connect(m_keyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { showKey(m_keys->keyAt(current.row())); });
    setEnabled(false);
}

void CachePage::teardown()
{
    delete m_scan;
    m_scan = nullptr;
    delete m_poller;
    m_poller = nullptr;
    delete m_varnish;
    m_varnish = nullptr;
    if (m_ownsConnection)
        delete m_connection;
    else if (m_connection)
        m_connection->disconnect(this); // the session's: it stays, our wiring goes
    m_connection = nullptr;
    m_ownsConnection = false;
}

bool CachePage::canPurge() const
{
    return m_session && m_session->can(cache::purgeCapability());
}

void CachePage::updatePurgeRight()
{
    const bool can = canPurge();
    const bool readOnly = m_session && !m_session->elevation()->mayWrite();
    m_purgeButton->setEnabled(can && !readOnly);
    if (can && readOnly)
        m_purgeButton->setToolTip(safety::Elevation::refusalText({}));
    else if (can)
        m_purgeButton->setToolTip(tr("Purge Redis keys or Varnish pages, after a plan you "
                                     "confirm."));
    else if (m_session && m_session->capabilities().isEmpty())
        m_purgeButton->setToolTip(tr("Purging is off until the console knows what your role "
                                     "may do."));
    else
        m_purgeButton->setToolTip(tr("Your role may not purge caches (it lacks the %1 right): "
                                     "ask an on-call engineer.")
                                      .arg(cache::purgeCapability()));
}

void CachePage::setSession(Session *session)
{
    teardown();
    m_session = session;
    m_tree->reset();
    m_keys->beginRequest();
    m_stats->setStats({});
    m_charts->clear();
    m_preview->clear();
    setEnabled(session != nullptr);
    updatePurgeRight();
    if (!session) {
        m_deploymentLabel->setText(tr("No profile open"));
        return;
    }
    connect(session, &Session::capabilitiesChanged, this, &CachePage::updatePurgeRight,
        Qt::UniqueConnection);
    connect(session->elevation().get(), &safety::Elevation::changed, this,
        &CachePage::updatePurgeRight, Qt::QueuedConnection);
    m_deployment = cache::RedisDeployment::fromSettings(
        session->profile().redis, session->credentials().redisPassword);
    m_deploymentLabel->setText(tr("Redis: %1").arg(m_deployment.describe()));
    // Sentinel / Cluster: the session already follows the master; one connection, not two.
    m_connection = session->cacheConnection();
    m_ownsConnection = m_connection == nullptr;
    if (m_ownsConnection)
        m_connection = new cache::CacheConnection(m_deployment, this);
    connect(m_connection, &cache::CacheConnection::topologyChanged, this,
        [this](const cache::RedisTopology &t) {
            m_deploymentLabel->setText(
                tr("Redis: %1 → %2")
                    .arg(m_deployment.describe(), t.masterNames().join(QStringLiteral(", "))));
        });
    connect(m_connection, &cache::CacheConnection::discoveryFailed, this, [this](const Error &e) {
        m_deploymentLabel->setText(tr("Redis: %1 — %2").arg(m_deployment.describe(), e.message));
    });
    if (m_ownsConnection)
        m_connection->start();
    else if (m_connection->isReady())
        m_deploymentLabel->setText(
            tr("Redis: %1 → %2")
                .arg(m_deployment.describe(),
                    m_connection->topology().masterNames().join(QStringLiteral(", "))));
    m_poller = new cache::StatsPoller(m_connection, this);
    connect(
        m_poller, &cache::StatsPoller::sampled, this, [this](const QVector<cache::NodeStats> &s) {
            m_stats->setStats(s);
            m_charts->addSample(s);
        });
    connect(m_connection, &cache::CacheConnection::topologyChanged, m_poller,
        &cache::StatsPoller::pollNow);
    if (!session->profile().varnishUrls.isEmpty()) {
        m_varnish = new cache::VarnishMonitor(session->profile().varnishUrls, this);
        connect(m_varnish, &cache::VarnishMonitor::sampled, this, &CachePage::showVarnish);
    }
    m_scan = new cache::KeyspaceScan(m_connection, this);
    m_scanStatus->setText(tr("Not scanned yet: press Scan keys (or Enter in the filter) to count "
                             "the keys by namespace with an incremental, paced SCAN."));
    connect(m_scan, &cache::KeyspaceScan::updated, this,
        [this](const cache::KeyspaceIndex &snapshot, qint64 seen) {
            m_tree->update(snapshot);
            m_scanStatus->setText(tr("Scanning… %1 keys").arg(QLocale().toString(seen)));
        });
    connect(m_scan, &cache::KeyspaceScan::finished, this, [this](const Status &s) {
        m_tree->update(m_scan->snapshot());
        m_scanButton->setText(tr("Scan keys"));
        m_scanStatus->setText(s ? tr("%1 keys (SCAN may count a key twice while Redis "
                                     "resizes its table)")
                                      .arg(QLocale().toString(m_scan->keysSeen()))
                                : tr("Scan stopped: %1").arg(s.error().message));
        Q_EMIT scanFinished();
    });
    setActive(isActive());
}

void CachePage::setActive(bool active)
{
    Workspace::setActive(active);
    if (m_poller) {
        if (active)
            m_poller->start();
        else
            m_poller->stop();
    }
    if (m_varnish) {
        if (active)
            m_varnish->start();
        else
            m_varnish->stop();
    }
}

void CachePage::startScan()
{
    if (!m_scan || !m_connection)
        return;
    if (m_scan->isRunning()) {
        m_scan->cancel();
        return;
    }
    auto begin = [this] {
        m_tree->reset();
        m_scan->setMatch(m_filter->text().isEmpty() ? QByteArray("*") : m_filter->text().toUtf8());
        m_scanButton->setText(tr("Stop scan"));
        m_scanStatus->setText(tr("Scanning…"));
        m_scan->start();
    };
    if (m_connection->isReady()) {
        begin();
        return;
    }
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(m_connection, &cache::CacheConnection::topologyChanged, this,
        [once, begin](const cache::RedisTopology &) {
            QObject::disconnect(*once);
            begin();
        });
}

void CachePage::showNamespace(const QModelIndex &index)
{
    if (!m_connection || !index.isValid())
        return;
    const QByteArray prefix = index.data(CacheKeyTreeModel::PrefixRole).toByteArray();
    const quint64 gen = m_keys->beginRequest();
    QPointer<CachePage> self(this);
    auto *conn = m_connection;
    whenFinished(this, cache::KeyInspector::listKeys(conn, prefix, 500),
        [this, gen, conn](const Result<QByteArrayList> &keys) {
            if (!keys || gen != m_keys->generation())
                return;
            m_keys->setKeys(gen, keys.value());
            whenFinishedValue(this, cache::KeyInspector::inspect(conn, keys.value().mid(0, 200)),
                [this, gen](const std::optional<QVector<cache::KeyInfo>> &info) {
                    if (info)
                        m_keys->setDetails(gen, *info);
                });
        });
}

void CachePage::showKey(const QByteArray &key)
{
    if (!m_connection || key.isEmpty())
        return;
    const quint64 gen = ++m_previewGeneration;
    m_preview->setPlainText(tr("Loading…"));
    whenFinished(this, cache::KeyInspector::preview(m_connection, key),
        [this, gen, key](const Result<cache::ValuePreview> &p) {
            if (gen != m_previewGeneration)
                return; // another key was selected since
            if (!p) {
                m_preview->setPlainText(p.error().toString());
                return;
            }
            QString text
                = tr("%1 · %n element(s)%2\n\n", nullptr, int(qMin<qint64>(p->length, INT_MAX)))
                      .arg(p->type)
                      .arg(p->truncated ? tr(" · showing the start") : QString());
            text += p->lines.join(u'\n');
            m_preview->setPlainText(text);
            Q_EMIT previewShown(key);
        });
}

void CachePage::showVarnish(const QVector<cache::VarnishStats> &stats)
{
    QStringList lines;
    m_banList->clear();
    for (const cache::VarnishStats &s : stats) {
        if (!s.up) {
            lines << tr("%1: unreachable (%2)").arg(s.instance, s.error);
            continue;
        }
        lines << tr("%1: %2 objects, ban list length %3, hits %4, misses %5")
                     .arg(s.instance)
                     .arg(s.objects)
                     .arg(s.banListLength)
                     .arg(s.hits)
                     .arg(s.misses);
        for (const QString &b : s.banList)
            m_banList->addItem(s.instance + QStringLiteral("  ") + b);
    }
    m_varnishStatus->setText(lines.join(u'\n'));
}

std::shared_ptr<safety::DestructiveAction> CachePage::makeAction(
    PurgeInputDialog::Kind kind, const QString &argument, bool unlock) const
{
    cache::PurgeRequest r;
    r.kind = kind;
    r.argument = argument;
    r.unlockProtected = unlock;
    r.policy.latencyBudgetMs = m_latencyBudgetMs;
    return cache::makePurgeAction(
        r, m_deployment, m_session ? m_session->profile().varnishUrls : QStringList());
}

FlowDialog *CachePage::openPurge(
    PurgeInputDialog::Kind kind, const QString &argument, bool unlockProtected)
{
    if (!m_session || !canPurge())
        return nullptr; // the button is off too; the server would refuse the intent anyway
    // Holds the cluster: a flow may outlive the session (profile closed mid-purge).
    auto audit = std::make_shared<safety::DbAuditSink>(
        m_session->sharedCluster(), m_session->backend().kind());
    auto *dialog = new FlowDialog(
        makeAction(kind, argument, unlockProtected), audit, m_session->profile().environment, this);
    dialog->flow()->setElevation(m_session->elevation());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FlowDialog::flowFinished, this, [this] {
        if (m_poller)
            m_poller->pollNow();
        if (m_varnish)
            m_varnish->pollNow();
    });
    dialog->show();
    dialog->start();
    return dialog;
}

void CachePage::askPurge()
{
    if (!canPurge())
        return;
    const bool haveVarnish = m_session && !m_session->profile().varnishUrls.isEmpty();
    PurgeInputDialog input(haveVarnish, this);
    input.setLatencyBudgetMs(m_latencyBudgetMs);
    // Purge what is selected: the namespace's keys, escaped so the glob means that prefix only.
    const QModelIndex ns = m_treeView->currentIndex();
    if (ns.isValid()) {
        const QByteArray prefix = ns.data(CacheKeyTreeModel::PrefixRole).toByteArray();
        input.setArgument(QString::fromUtf8(cache::globEscape(prefix) + '*'));
    }
    if (input.exec() != QDialog::Accepted)
        return;
    m_latencyBudgetMs = input.latencyBudgetMs();
    openPurge(input.kind(), input.argument(), input.unlockProtected());
}

} // namespace qm
