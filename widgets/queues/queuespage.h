#pragma once

#include "queues/queuemodel.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QPointF>
#include <QVector>
#include <memory>

class QLabel;
class QLineSeries;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class QTimer;
class QValueAxis;

namespace qm {

namespace safety {
class DestructiveAction;
}
class FlowDialog;

// The Queues workspace (issue 10): the order pipeline's Redis Streams. Per stream and consumer
// group: length, lag (Redis 7), pending entries and the oldest one's age, each consumer's idle
// time; the dead letters with payload and last error; a throughput chart (entries added per
// second). Actions through the safety FlowDialog: replay dead letters (exactly once), claim
// stuck entries of a dead consumer (XAUTOCLAIM), trim with a preview. Reads run on a pool thread
// (QueueReader::fetch) every 2 s while the page is visible; the GUI thread only shows.
// The actions need queues.act (on-call); without it they are disabled and say why — Redis' ACL
// and the audit log refuse them anyway.
class QueuesPage : public SessionWorkspace
{
    Q_OBJECT
public:
    explicit QueuesPage(QWidget *parent = nullptr);
    ~QueuesPage() override;

    static QString workspaceTitle() { return tr("Queues"); }
    static QIcon workspaceIcon();
    static QString workspaceKey() { return QStringLiteral("queues"); }
    QString title() const override { return workspaceTitle(); }
    QIcon icon() const override { return workspaceIcon(); }
    QString key() const override { return workspaceKey(); }
    void setActive(bool active) override;

    void refresh(); // one read now (skipped while one is in flight)
    bool canAct() const;
    FlowDialog *openReplay(); // selected dead letters, or all when none is selected
    FlowDialog *openClaim(); // the selected group, entries idle over the spin box's seconds
    FlowDialog *openTrim(qint64 maxLen, bool force);

    QStandardItemModel *groupModel() const { return m_groups; }
    QStandardItemModel *consumerModel() const { return m_consumers; }
    QStandardItemModel *deadModel() const { return m_dead; }
    QPushButton *replayButton() const { return m_replay; }
    QPushButton *claimButton() const { return m_claim; }
    QPushButton *trimButton() const { return m_trim; }
    QLabel *statusLabel() const { return m_status; }
    int snapshots() const { return m_snapshots; }
    QLineSeries *throughputSeries() const { return m_series; }

Q_SIGNALS:
    void snapshotShown();

protected:
    void start() override;
    void stop() override;
    void updateCapabilities() override;

private:
    void buildUi();
    void showSnapshot(const queues::QueueSnapshot &snapshot);
    void showError(const Error &error);
    FlowDialog *openFlow(std::shared_ptr<safety::DestructiveAction> action);
    cache::RedisDeployment deployment() const;
    QString selectedGroup() const;

    QLabel *m_status;
    QLabel *m_rights;
    QTableView *m_groupView;
    QTableView *m_consumerView;
    QTableView *m_deadView;
    QStandardItemModel *m_groups;
    QStandardItemModel *m_consumers;
    QStandardItemModel *m_dead;
    QPushButton *m_refresh;
    QPushButton *m_replay;
    QPushButton *m_claim;
    QPushButton *m_trim;
    QSpinBox *m_minIdle;
    QLineSeries *m_series;
    QValueAxis *m_axisX;
    QValueAxis *m_axisY;
    QVector<QPointF> m_points; // seconds since the page started, entries added per second
    QTimer *m_timer;
    QElapsedTimer m_clock;
    bool m_inFlight = false;
    bool m_running = false;
    quint64 m_generation = 0; // results of a previous session are dropped
    qint64 m_lastAdded = -1;
    qint64 m_lastAt = 0;
    int m_snapshots = 0;
};

} // namespace qm
