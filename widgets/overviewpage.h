#pragma once

#include "session/session.h"
#include "workspace.h"

#include <QPointer>
#include <QTimer>

class QLabel;
class QTableView;

namespace qm {

class HealthModel;
class StoreSummaryModel;
class SummaryCard;

// The first workspace: the store's figures (the backend's store_summary, refreshed every couple of
// seconds on a pool worker while the page is visible) and the list of servers with their health.
class OverviewPage : public Workspace
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);
    ~OverviewPage() override;

    static QString workspaceTitle();
    static QIcon workspaceIcon();
    static QString workspaceKey() { return QStringLiteral("overview"); }
    QString title() const override { return workspaceTitle(); }
    QIcon icon() const override { return workspaceIcon(); }
    QString key() const override { return workspaceKey(); }
    void setSession(Session *session) override;
    void setActive(bool active) override;

    StoreSummaryModel *summaryModel() const { return m_summary; }
    HealthModel *healthModel() const { return m_health; }
    int refreshes() const { return m_refreshes; } // completed loads, for tests

Q_SIGNALS:
    void summaryLoaded(); // a refresh brought data (not an error)

private:
    void refresh();
    void updateStatus();

    QPointer<Session> m_session;
    StoreSummaryModel *m_summary;
    HealthModel *m_health;
    QList<SummaryCard *> m_cards;
    QLabel *m_status;
    QLabel *m_problem;
    QLabel *m_maintenance;
    QTableView *m_nodes;
    QTimer m_timer;
    bool m_inFlight = false;
    int m_refreshes = 0;
};

} // namespace qm
