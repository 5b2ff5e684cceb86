#pragma once

#include "inventory/stock.h"
#include "workspace.h"

#include <QPointer>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace qm {

namespace inventory {
class StockService;
}
namespace models {
class StockLevelsModel;
class StockListModel;
} // namespace models
class Session;

// The Stock workspace: per SKU x warehouse on hand / reserved / available / low-stock threshold;
// adjustments by delta with a reason and a note; counts refused when the value moved; the full
// ledger of a SKU (exportable); reservations (release stuck or expired ones); the low-stock
// list; the reconcile check and its audited repair. Buttons the role may not use are hidden;
// a refused call says why.
class StockPage : public SessionWorkspace
{
    Q_OBJECT
public:
    explicit StockPage(QWidget *parent = nullptr);
    ~StockPage() override;

    static QString workspaceTitle();
    static QIcon workspaceIcon();
    static QString workspaceKey() { return QStringLiteral("stock"); }
    QString title() const override { return workspaceTitle(); }
    QIcon icon() const override { return workspaceIcon(); }
    QString key() const override { return workspaceKey(); }
    void setActive(bool active) override;

    // For tests.
    models::StockLevelsModel *levels() const { return m_levels; }
    models::StockListModel *ledger() const { return m_ledger; }
    models::StockListModel *reservations() const { return m_reservations; }
    models::StockListModel *drift() const { return m_drift; }
    QTableView *levelsView() const { return m_levelsView; }
    QLineEdit *skuFilter() const { return m_sku; }
    QPushButton *adjustButton() const { return m_adjust; }
    QPushButton *repairButton() const { return m_repair; }
    QString message() const;
    // The dialogs' OK does the same.
    void adjust(int delta, const QString &reason, const QString &note);
    void count(int counted, const QString &note, qint64 expectedOnHand);
    void checkReconcile();
    void repair();
    void loadReservations();
    void releaseSelectedReservation(const QString &note);

Q_SIGNALS:
    void changeFinished(bool ok, const QString &message);
    void reconcileChecked(int drifted);
    void ledgerLoaded();
    void reservationsLoaded();

private:
    void start() override;
    void stop() override;
    void updateCapabilities() override;
    void currentChanged();
    void loadLedger();
    void loadLowStock();
    void askAdjust(bool count);
    void exportLedger();
    void setMessage(const QString &text, bool error = false);
    const inventory::StockLevel *currentLevel() const;

    std::unique_ptr<inventory::StockService> m_service;
    QVector<inventory::MovementReason> m_reasons;
    models::StockLevelsModel *m_levels = nullptr;
    models::StockListModel *m_ledger;
    models::StockListModel *m_reservations;
    models::StockListModel *m_low;
    models::StockListModel *m_drift;
    QLineEdit *m_sku;
    QCheckBox *m_lowOnly;
    QComboBox *m_warehouse;
    QTabWidget *m_tabs;
    QTableView *m_levelsView;
    QTableView *m_ledgerView;
    QTableView *m_reservationsView;
    QTableView *m_lowView;
    QTableView *m_driftView;
    QPushButton *m_adjust;
    QPushButton *m_count;
    QPushButton *m_export;
    QComboBox *m_reservationFilter;
    QPushButton *m_release;
    QPushButton *m_releaseExpired;
    QPushButton *m_check;
    QPushButton *m_repair;
    QLabel *m_ledgerTitle;
    QLabel *m_reconcileSummary;
    QLabel *m_message;
};

} // namespace qm
