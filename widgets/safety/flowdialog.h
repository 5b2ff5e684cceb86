#pragma once

#include "safety/flow.h"

#include <QDialog>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace qm {

class ConfirmPanel;
class PlanView;

// The five steps of a destructive action in one dialog: planning (nothing changes), the plan and
// the confirmation its impact and environment call for, execution with progress, shoppers'
// latency and Stop, then the outcome, the verification and the audit record. Every step runs on
// a worker thread (safety::Flow); the dialog only shows. Closing while it runs stops it.
class FlowDialog : public QDialog
{
    Q_OBJECT
public:
    FlowDialog(std::shared_ptr<safety::DestructiveAction> action,
        std::shared_ptr<safety::AuditSink> audit, Profile::Environment environment,
        QWidget *parent = nullptr);
    ~FlowDialog() override;

    safety::Flow *flow() const { return m_flow; }
    ConfirmPanel *confirmPanel() const { return m_confirm; }
    QPushButton *goButton() const { return m_go; }
    QPushButton *stopButton() const { return m_stop; }
    QString resultText() const;

    void start(); // begins planning (show() first)

Q_SIGNALS:
    void flowFinished(const qm::safety::FlowReport &report);

protected:
    void reject() override;

private:
    void onPlanned(const safety::Plan &plan);
    void onProgress(const safety::Progress &p);
    void onFinished();

    safety::Flow *m_flow;
    Profile::Environment m_environment;
    QStackedWidget *m_pages;
    QLabel *m_planning;
    PlanView *m_plan;
    ConfirmPanel *m_confirm;
    QPushButton *m_go;
    QLabel *m_stage;
    QProgressBar *m_bar;
    QLabel *m_latency;
    QPushButton *m_stop;
    QLabel *m_result;
    QPushButton *m_close;
};

} // namespace qm
