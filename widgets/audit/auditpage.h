#pragma once

#include "audit/auditexport.h"
#include "audit/auditquery.h"
#include "workspace.h"

#include <QPointer>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace qm {

class AuditLogModel;
class AuditSpoolNotice;

// The Audit workspace (issue 11): the backend's audit log (`<schema>.audit_log`), newest first,
// in keyset pages as the table scrolls; filters by actor, action prefix, target and time; the
// selected entry's plan and outcome pretty-printed beside it; exports of the filter's rows with
// the chain fields to CSV or JSON (streamed on pool threads, with progress and Cancel); and
// Verify chain, which walks the HMAC chain in ranges (verify_audit_chain(from, limit)) with
// progress and Cancel, and selects the first bad entry when it is loaded. Every read runs on the
// cluster's workers; the GUI thread only shows. A role that may not read the log is told so.
// Audit entries spooled while the database was down (a runbook for a dead primary) show as a
// notice with Replay above the table (AuditSpoolNotice).
class AuditPage : public SessionWorkspace
{
    Q_OBJECT
public:
    explicit AuditPage(QWidget *parent = nullptr);
    ~AuditPage() override;

    static QString workspaceTitle() { return tr("Audit"); }
    static QIcon workspaceIcon();
    static QString workspaceKey() { return QStringLiteral("audit"); }
    QString title() const override { return workspaceTitle(); }
    QIcon icon() const override { return workspaceIcon(); }
    QString key() const override { return workspaceKey(); }
    void setActive(bool active) override;

    void refresh();
    audit::AuditFilter filter() const; // what the filter bar says now
    void applyFilter(); // now, without waiting for the typing pause
    // Starts an export of the current filter's rows (nullptr while one runs or without a session).
    audit::AuditExport *exportTo(const QString &path, audit::ExportFormat format);
    // Starts a walk of the whole chain (nullptr while one runs or without a session).
    audit::ChainVerifier *verifyChain();
    void setVerifyChunk(int rows) { m_verifyChunk = qMax(1, rows); }
    void setExportPageSize(int rows) { m_exportPageSize = qMax(1, rows); }

    AuditLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *actorEdit() const { return m_actor; }
    QLineEdit *actionEdit() const { return m_action; }
    QLineEdit *targetEdit() const { return m_target; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }
    QPlainTextEdit *planView() const { return m_plan; }
    QPlainTextEdit *outcomeView() const { return m_outcome; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *rightsLabel() const { return m_rights; }
    QLabel *verifyLabel() const { return m_verifyResult; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *verifyButton() const { return m_verify; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *exportCsvButton() const { return m_exportCsv; }
    QPushButton *exportJsonButton() const { return m_exportJson; }
    AuditSpoolNotice *spoolNotice() const { return m_spool; }

Q_SIGNALS:
    void verifyFinished();
    void exportFinished();

protected:
    void start() override;
    void stop() override;
    void updateCapabilities() override;

private:
    void buildUi();
    void showSelected();
    void showLoadError(const Error &error);
    void askExport(audit::ExportFormat format);
    void onVerifyFinished();
    void onExportFinished();
    void setBusy(bool busy);
    void selectId(qint64 id);

    AuditLogModel *m_model;
    QTableView *m_table;
    QLineEdit *m_actor;
    QLineEdit *m_action;
    QLineEdit *m_target;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QPlainTextEdit *m_plan;
    QPlainTextEdit *m_outcome;
    QLabel *m_entry;
    QLabel *m_status;
    QLabel *m_rights;
    AuditSpoolNotice *m_spool;
    QLabel *m_verifyResult;
    QProgressBar *m_progress;
    QPushButton *m_refresh;
    QPushButton *m_exportCsv;
    QPushButton *m_exportJson;
    QPushButton *m_verify;
    QPushButton *m_cancel;
    QTimer *m_filterDelay;
    QPointer<audit::ChainVerifier> m_verifier;
    QPointer<audit::AuditExport> m_export;
    int m_verifyChunk = 20000;
    int m_exportPageSize = 2000;
    bool m_running = false;
    bool m_loadedOnce = false;
};

} // namespace qm
