#pragma once

#include "catalog/csvimport.h"

#include <QDialog>
#include <QTimer>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace qm {

namespace catalog {
class CatalogWrites;
}

// CSV import in two steps: Check (a dry run: every bad row with its file line, or what would
// change) and Import (all or nothing). Both run on a worker; the dialog polls progress and can
// cancel. A lost connection offers Retry with the same request id (applied at most once).
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    // The dialog holds the cluster, and a running import keeps it until the import ends: closing
    // the profile (or this dialog) never leaves the import with a deleted cluster.
    // The import goes to the profile's backend (backends::catalogWrites); the cluster form is the
    // reference store's.
    ImportDialog(std::shared_ptr<catalog::CatalogWrites> writes, QWidget *parent = nullptr);
    ImportDialog(std::shared_ptr<db::Cluster> cluster, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setFile(const QString &path);
    void check();
    void import();

    QTableWidget *issuesTable() const { return m_issues; }
    QPushButton *importButton() const { return m_import; }
    QComboBox *delimiterBox() const { return m_delimiter; } // Auto, comma, semicolon, tab
    QString summary() const;

Q_SIGNALS:
    void finished(const qm::catalog::ImportReport &report); // after every run
    void imported(); // something was written

private:
    void run(bool dryRun);
    void done(const Result<catalog::ImportReport> &result, bool dryRun);
    void setRunning(bool running);

    std::shared_ptr<catalog::CatalogWrites> m_writes;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QComboBox *m_delimiter;
    QPushButton *m_check;
    QPushButton *m_import;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTableWidget *m_issues;
    QTimer m_poll;
    std::shared_ptr<catalog::ImportProgress> m_state;
    db::Pool::JobId m_job = 0;
    QUuid m_requestId; // kept for a retry after a lost connection
    bool m_running = false;
    bool m_checkedClean = false;
};

} // namespace qm
