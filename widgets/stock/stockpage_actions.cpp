// StockPage: the changes (adjust, count, release, repair) and the lists loaded on demand.
#include "common/whenfinished.h"
#include "inventory/stockservice.h"
#include "session/session.h"
#include "stock/stockchangedialog.h"
#include "stock/stockpage.h"
#include "stockmodels.h"

#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

namespace qm {

using models::StockLevelsModel;

void StockPage::askAdjust(bool count)
{
    const inventory::StockLevel *level = currentLevel();
    if (!level) {
        setMessage(tr("Select a SKU and warehouse first."), true);
        return;
    }
    StockChangeDialog dialog(
        count ? StockChangeDialog::Mode::Count : StockChangeDialog::Mode::Adjust, *level, m_reasons,
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (count)
        this->count(dialog.counted(), dialog.note(), level->onHand);
    else
        adjust(dialog.delta(), dialog.reason(), dialog.note());
}

void StockPage::adjust(int delta, const QString &reason, const QString &note)
{
    const inventory::StockLevel *level = currentLevel();
    if (!level || !m_service)
        return;
    const qint64 product = level->productId;
    const int warehouse = level->warehouseId;
    const QString label = level->sku + QStringLiteral(" @ ") + level->warehouse;
    whenFinished(this,
        m_service->adjust(QUuid::createUuid(), product, warehouse, delta, reason, note),
        [this, product, warehouse, label, delta](const Result<inventory::StockChange> &r) {
            QString text;
            if (r) {
                if (m_levels)
                    m_levels->updateLevel(product, warehouse, r.value());
                text = tr("%1: %2%3, now %4 on hand, %5 available")
                           .arg(label, delta > 0 ? QStringLiteral("+") : QString())
                           .arg(delta)
                           .arg(r->onHand)
                           .arg(r->available);
            } else {
                text = r.error().message;
            }
            setMessage(text, !r);
            Q_EMIT changeFinished(r.ok(), text);
        });
}

void StockPage::count(int counted, const QString &note, qint64 expectedOnHand)
{
    const inventory::StockLevel *level = currentLevel();
    if (!level || !m_service)
        return;
    const qint64 product = level->productId;
    const int warehouse = level->warehouseId;
    const QString label = level->sku + QStringLiteral(" @ ") + level->warehouse;
    whenFinished(this,
        m_service->count(QUuid::createUuid(), product, warehouse, expectedOnHand, counted, note),
        [this, product, warehouse, label](const Result<inventory::StockChange> &r) {
            QString text;
            if (r) {
                if (m_levels)
                    m_levels->updateLevel(product, warehouse, r.value());
                text = tr("%1 counted: %2 on hand (change %3)")
                           .arg(label)
                           .arg(r->onHand)
                           .arg(r->delta);
            } else {
                text = r.error().message;
                if (r.error().code == Error::Code::Conflict && m_levels)
                    m_levels->reload(); // show the value that moved, then count again
            }
            setMessage(text, !r);
            Q_EMIT changeFinished(r.ok(), text);
        });
}

void StockPage::loadLedger()
{
    const inventory::StockLevel *level = currentLevel();
    if (!level || !m_service)
        return;
    m_ledgerTitle->setText(tr("Ledger of %1 (all warehouses, newest first)").arg(level->sku));
    whenFinished(this, m_service->ledger(level->productId, 0, 0, 1000),
        [this](const Result<QVector<inventory::Movement>> &r) {
            if (!r) {
                setMessage(r.error().toString(), true);
                return;
            }
            m_ledger->setLedger(r.value());
            Q_EMIT ledgerLoaded();
        });
}

void StockPage::exportLedger()
{
    const inventory::StockLevel *level = currentLevel();
    if (!level || !m_service)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the ledger"),
        level->sku + QStringLiteral("-ledger.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    whenFinished(this, m_service->exportLedger(level->productId, path),
        [this, path](const Result<qint64> &r) {
            setMessage(r ? tr("Exported %1 ledger rows to %2.").arg(r.value()).arg(path)
                         : r.error().toString(),
                !r);
        });
}

void StockPage::loadReservations()
{
    if (!m_service)
        return;
    const auto filter = inventory::ReservationFilter(m_reservationFilter->currentData().toInt());
    whenFinished(this, m_service->reservations(filter, 0, 1000),
        [this](const Result<QVector<inventory::Reservation>> &r) {
            if (!r) {
                setMessage(r.error().toString(), true);
                return;
            }
            m_reservations->setReservations(r.value());
            Q_EMIT reservationsLoaded();
        });
}

void StockPage::releaseSelectedReservation(const QString &note)
{
    const qint64 id = m_reservations->idAt(m_reservationsView->currentIndex().row());
    if (!m_service || id <= 0)
        return;
    whenFinished(this, m_service->releaseReservation(QUuid::createUuid(), id, note),
        [this, id](const Result<Done> &r) {
            const QString text = r ? tr("Released reservation %1.").arg(id) : r.error().message;
            setMessage(text, !r);
            loadReservations();
            Q_EMIT changeFinished(r.ok(), text);
        });
}

void StockPage::loadLowStock()
{
    if (!m_service)
        return;
    whenFinished(
        this, m_service->lowStock(1000), [this](const Result<QVector<inventory::StockLevel>> &r) {
            if (r)
                m_low->setLevels(r.value());
            else
                setMessage(r.error().toString(), true);
        });
}

void StockPage::checkReconcile()
{
    if (!m_service)
        return;
    m_check->setEnabled(false);
    m_reconcileSummary->setText(tr("Checking..."));
    whenFinished(this, m_service->reconcile(), [this](const Result<inventory::ReconcileReport> &r) {
        m_check->setEnabled(true);
        if (!r) {
            m_reconcileSummary->setText(r.error().toString());
            return;
        }
        m_drift->setDrift(r->drifted);
        m_repair->setEnabled(!r->drifted.isEmpty() && m_session
            && m_session->backend().supports(BackendAction::ReconcileRepair));
        m_reconcileSummary->setText(r->drifted.isEmpty()
                ? tr("All %1 stock rows agree: on hand equals the ledger sum and reserved "
                     "equals the live holds.")
                      .arg(QLocale().toString(r->rowsChecked))
                : tr("%n of %1 stock rows drifted.", nullptr, int(r->drifted.size()))
                      .arg(QLocale().toString(r->rowsChecked)));
        Q_EMIT reconcileChecked(int(r->drifted.size()));
    });
}

void StockPage::repair()
{
    if (!m_service || m_drift->rowCount() == 0)
        return;
    m_repair->setEnabled(false);
    whenFinished(this, m_service->repairDrift(QUuid::createUuid()), [this](const Result<int> &r) {
        const QString text
            = r ? tr("Repaired %n row(s) (audited).", nullptr, r.value()) : r.error().message;
        setMessage(text, !r);
        Q_EMIT changeFinished(r.ok(), text);
        checkReconcile();
    });
}

} // namespace qm
