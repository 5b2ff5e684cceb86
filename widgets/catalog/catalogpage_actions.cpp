// CatalogPage: applying pending changes (and their conflicts), bulk edit, CSV import/export.
#include "catalog/bulkeditaction.h"
#include "catalog/bulkeditdialog.h"
#include "catalog/catalogfilterbar.h"
#include "catalog/catalogpage.h"
#include "catalog/catalogtableview.h"
#include "catalog/catalogwrites.h"
#include "catalog/conflictdialog.h"
#include "catalog/csvexport.h"
#include "catalog/importdialog.h"
#include "catalog/pendingchanges.h"
#include "catalog/pendingchangespanel.h"
#include "catalogmodel.h"
#include "common/whenfinished.h"
#include "safety/flowdialog.h"
#include "session/session.h"
#include "vendure/vendureimport.h"

#include <QFileDialog>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QUndoStack>

namespace qm {

using models::CatalogModel;

void CatalogPage::applyPending()
{
    if (!m_applier || m_applying || m_pending->productCount() == 0 || !m_canEdit)
        return;
    m_applying = true;
    m_panel->setApplying(true);
    setMessage(tr("Applying %n product(s)...", nullptr, m_pending->productCount()));
    whenFinished(this, m_applier->applyEdits(m_pending->edits()),
        [this](const Result<catalog::ApplyOutcome> &r) { applied(r); });
}

void CatalogPage::applied(const Result<catalog::ApplyOutcome> &result)
{
    m_applying = false;
    m_panel->setApplying(false);
    if (!result) {
        const Error &e = result.error();
        const QString text = e.code == Error::Code::ConnectionLost
            ? tr("%1 Your changes are still pending; Apply again is safe "
                 "(each change is applied at most once).")
                  .arg(e.message)
            : e.toString();
        setMessage(text, true);
        Q_EMIT applyFinished(false, text);
        return;
    }
    const catalog::ApplyOutcome &out = result.value();
    if (out.committed) {
        QVector<QPair<qint64, QUuid>> done;
        QVector<catalog::ProductRow> rows;
        for (const catalog::AppliedProduct &a : out.applied) {
            done << qMakePair(a.productId, a.requestId);
            rows << a.row;
        }
        m_pending->removeApplied(done);
        m_model->updateRows(rows);
        m_undo->clear(); // applied changes are history, not undo steps
        const QString text = tr("Applied changes to %n product(s).", nullptr, int(rows.size()));
        setMessage(text);
        Q_EMIT applyFinished(true, text);
        return;
    }
    // Stale versions: nothing was written. Let the person choose per field.
    ConflictDialog dialog(out.conflicts, this);
    const bool accepted = m_resolver ? m_resolver(dialog) : dialog.exec() == QDialog::Accepted;
    QString text;
    if (accepted) {
        for (const ConflictDialog::Resolution &r : dialog.resolutions())
            m_pending->rebase(r.productId, r.theirsVersion, r.theirs, r.keep);
        m_undo->clear();
        QVector<catalog::ProductRow> rows;
        for (const catalog::ProductConflict &c : out.conflicts)
            rows << c.row;
        m_model->updateRows(rows);
        text = tr("Nothing was applied: %n product(s) had changed. Your choices are pending; "
                  "press Apply to write them.",
            nullptr, int(out.conflicts.size()));
    } else {
        text = tr("Nothing was applied: %n product(s) had changed meanwhile. Your changes are "
                  "still pending.",
            nullptr, int(out.conflicts.size()));
    }
    setMessage(text, !accepted);
    Q_EMIT applyFinished(false, text);
}

void CatalogPage::askBulkEdit()
{
    if (!m_model || !m_canEdit || !m_bulk->isEnabled())
        return;
    QSet<int> rows;
    for (const QModelIndex &i : m_view->selectionModel()->selectedIndexes())
        rows.insert(i.row());
    BulkEditDialog dialog(
        int(rows.size()), m_model->rowCount(), m_model->countIsExact(), m_categories, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (FlowDialog *flow = openBulkEdit(dialog.change(), dialog.wholeFilter()))
        flow->start();
}

FlowDialog *CatalogPage::openBulkEdit(const catalog::BulkChange &change, bool wholeFilter)
{
    if (!m_model || !m_session)
        return nullptr;
    catalog::BulkTarget target;
    if (wholeFilter) {
        target.query = m_model->query();
    } else {
        QSet<qint64> ids;
        for (const QModelIndex &i : m_view->selectionModel()->selectedIndexes()) {
            if (m_model->isRowLoaded(i.row()))
                ids.insert(i.data(CatalogModel::ProductIdRole).toLongLong());
        }
        target.ids = QVector<qint64>(ids.begin(), ids.end());
        std::sort(target.ids.begin(), target.ids.end());
    }
    if (!m_applier)
        return nullptr;
    auto *dialog = new FlowDialog(m_applier->bulkEdit(change, target), m_applier->auditSink(),
        m_session->profile().environment, this);
    dialog->flow()->setElevation(m_session->elevation());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FlowDialog::flowFinished, this, [this](const safety::FlowReport &report) {
        if (report.outcome && report.outcome->complete && m_model)
            m_model->refresh();
    });
    dialog->show();
    return dialog;
}

ImportDialog *CatalogPage::openImport()
{
    if (!m_session || !m_session->cluster() || !m_canEdit || !m_import->isEnabled())
        return nullptr;
    auto *dialog = new ImportDialog(m_applier, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this] {
        if (m_model)
            m_model->refresh();
    });
    dialog->show();
    return dialog;
}

void CatalogPage::askExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export products"), QStringLiteral("products.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void CatalogPage::exportTo(const QString &path)
{
    if (!m_session || !m_model)
        return;
    if (m_session->backend().kind() == BackendKind::Vendure) {
        // Vendure's round-trip format (vendure/vendureimport.h): every variant, names per
        // language and prices in minor units; the filter does not apply.
        auto exporter = std::make_shared<vendure::VendureCsvExporter>(
            m_session->backend(), m_session->sharedCluster());
        setMessage(tr("Exporting every Vendure variant to %1...").arg(path));
        m_export->setEnabled(false);
        whenFinished(this, exporter->run(path),
            [this, exporter, path](const Result<catalog::ExportReport> &r) {
                m_export->setEnabled(true);
                const QString text = r ? tr("Exported %1 variants to %2 in %3 s.")
                                             .arg(QLocale().toString(r->rows), path)
                                             .arg(r->seconds, 0, 'f', 1)
                                       : r.error().toString();
                setMessage(text, !r);
                Q_EMIT exportFinished(r.ok(), text);
            });
        return;
    }
    auto exporter = std::make_shared<catalog::CsvExporter>(m_session->cluster());
    // The export's job does not need the cluster object, but cancel() would: keep it with the
    // exporter until the export ends.
    std::shared_ptr<db::Cluster> cluster = m_session->sharedCluster();
    setMessage(tr("Exporting the filtered products to %1...").arg(path));
    m_export->setEnabled(false);
    whenFinished(this, exporter->run(m_model->query(), path),
        [this, exporter, cluster, path](const Result<catalog::ExportReport> &r) {
            m_export->setEnabled(true);
            const QString text = r ? tr("Exported %1 products to %2 in %3 s.")
                                         .arg(QLocale().toString(r->rows), path)
                                         .arg(r->seconds, 0, 'f', 1)
                                   : r.error().toString();
            setMessage(text, !r);
            Q_EMIT exportFinished(r.ok(), text);
        });
}

} // namespace qm
