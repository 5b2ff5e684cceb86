// The Runbooks workspace's History and Approvals tabs (runbookspage.h): the runs of every console
// from console.runbook_journal with their audit ids, the interrupted runs this computer can resume,
// and two-person approval (ask, approve another role's run). Everything read on workers.
#include "db/cluster.h"
#include "runbooks/journal.h"
#include "runbooks/runbookspage.h"
#include "session/session.h"

#include <QColor>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QUuid>
#include <QtConcurrent>
#include <pqxx/pqxx>

namespace qm {

namespace rb = runbooks;

void RunbooksPage::refreshHistory()
{
    if (!m_session || !m_session->cluster() || m_historyBusy)
        return;
    m_historyBusy = true;
    const QString journalDir = m_journalDir;
    // The journal table (every console's runs) with the run-level audit ids; the interrupted
    // runs this computer can resume are in its journal folder.
    auto rows = m_session->cluster()->read<QList<QStringList>>(
        QStringLiteral("runbook history"), [](db::Cluster::Connection &c) {
            pqxx::read_transaction tx(c);
            const pqxx::result r
                = tx.exec("SELECT j.run_id::text, j.runbook, "
                          "to_char(min(j.client_at) AT TIME ZONE 'UTC', "
                          "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
                          "coalesce((array_agg(j.detail->>'result' ORDER BY j.seq DESC) "
                          "FILTER (WHERE j.state = 'finished'))[1], ''), "
                          "(array_agg(j.actor ORDER BY j.seq))[1], "
                          "coalesce((SELECT string_agg(a.id::text, ', ' ORDER BY a.id) FROM "
                          "console.audit_log a WHERE a.request_id = j.run_id), '') "
                          "FROM console.runbook_journal j GROUP BY j.run_id, j.runbook "
                          "ORDER BY min(j.client_at) DESC LIMIT 200");
            QList<QStringList> out;
            for (const auto &row : r) {
                QStringList l;
                for (int i = 0; i < 6; ++i)
                    l << QString::fromStdString(
                        row[i].is_null() ? std::string() : row[i].as<std::string>());
                out.append(l);
            }
            return out;
        });
    auto *w = new QFutureWatcher<Result<QList<QStringList>>>(this);
    connect(w, &QFutureWatcherBase::finished, this, [this, w, journalDir] {
        w->deleteLater();
        const auto r = w->result();
        // Local journals: runs the database has not seen (offline) and which were interrupted.
        auto *lw = new QFutureWatcher<QList<rb::RunSummary>>(this);
        connect(lw, &QFutureWatcherBase::finished, this, [this, lw, r] {
            lw->deleteLater();
            QList<QStringList> rows = r ? r.value() : QList<QStringList>();
            QSet<QString> interrupted;
            QSet<QString> known;
            for (const QStringList &row : rows)
                known.insert(row.value(0));
            for (const rb::RunSummary &s : lw->result()) {
                if (s.interrupted())
                    interrupted.insert(s.runId);
                if (!known.contains(s.runId))
                    rows.append({s.runId, s.runbook, s.startedAt.toUTC().toString(Qt::ISODate),
                        s.result, QString(), QString()});
            }
            for (QStringList &row : rows)
                if (interrupted.contains(row.value(0)))
                    row.append(QStringLiteral("interrupted"));
            showHistory(rows, r ? QString() : r.error().message);
        });
        lw->setFuture(QtConcurrent::run([journalDir] { return rb::Journal::runs(journalDir); }));
    });
    w->setFuture(rows);

    // Approvals of the last day.
    auto cluster = m_session->sharedCluster();
    auto *aw = new QFutureWatcher<Result<QList<rb::ApprovalRequest>>>(this);
    connect(aw, &QFutureWatcherBase::finished, this, [this, aw] {
        aw->deleteLater();
        const auto r = aw->result();
        showApprovals(
            r ? r.value() : QList<rb::ApprovalRequest>(), r ? QString() : r.error().message);
    });
    aw->setFuture(QtConcurrent::run([cluster] { return rb::approval::recent(*cluster); }));
}

void RunbooksPage::showHistory(const QList<QStringList> &rows, const QString &error)
{
    m_historyBusy = false;
    const QString current = m_history->currentItem()
        ? m_history->currentItem()->data(0, RunIdRole).toString()
        : QString();
    m_history->clear();
    m_lastRuns.clear();
    for (const QStringList &row : rows) {
        const bool interrupted = row.value(6) == QLatin1String("interrupted");
        const QDateTime at = QDateTime::fromString(row.value(2), Qt::ISODate);
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(0, QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, row.value(1));
        const QString result = interrupted ? tr("INTERRUPTED — resume")
            : row.value(3).isEmpty()       ? tr("unfinished (another console)")
                                           : row.value(3);
        item->setText(2, result);
        if (interrupted)
            item->setForeground(2, QColor(0xb2, 0x6a, 0x00));
        item->setText(3, row.value(4));
        item->setText(4, row.value(0));
        item->setText(5, row.value(5));
        item->setData(0, RunIdRole, row.value(0));
        item->setData(0, InterruptedRole, interrupted);
        if (row.value(0) == current)
            m_history->setCurrentItem(item);
        auto &last = m_lastRuns[row.value(1)];
        if (!last.first.isValid() || at > last.first)
            last = {at, result};
    }
    for (int c = 0; c < 4; ++c)
        m_history->resizeColumnToContents(c);
    if (!error.isEmpty())
        m_status->setText(tr("The run history could not be read: %1").arg(error));
    showLastRuns();
    updateButtons();
    Q_EMIT historyLoaded();
}

void RunbooksPage::showApprovals(const QList<rb::ApprovalRequest> &requests, const QString &error)
{
    m_approvals->clear();
    const QString me = m_session ? m_session->profile().user : QString();
    const RunbookEntry *e = selected();
    for (const rb::ApprovalRequest &a : requests) {
        auto *item = new QTreeWidgetItem(m_approvals);
        item->setText(0, QLocale().toString(a.requestedAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, a.runbook);
        item->setText(2, a.requestedBy);
        const QString state = a.state();
        item->setText(3,
            state == QLatin1String("approved")      ? tr("approved by %1").arg(a.approvedBy)
                : state == QLatin1String("pending") ? tr("waiting for approval")
                : state == QLatin1String("used")    ? tr("used")
                                                    : tr("expired"));
        item->setText(4, QLocale().toString(a.expiresAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(5, a.runId);
        item->setData(0, RunIdRole, a.runId);
        item->setData(0, PathRole, a.contentHash);
        item->setData(0, StepRole, QJsonDocument(a.parameters).toJson(QJsonDocument::Compact));
        item->setData(0, InterruptedRole, a.requestedBy != me && state == QLatin1String("pending"));
        // My own approved request for the selected runbook: it may run now.
        if (e && e->runbook && a.runbook == e->runbook->name && a.requestedBy == me
            && state == QLatin1String("approved")
            && a.contentHash == QString::fromLatin1(e->runbook->contentHash))
            m_approvedRunId = a.runId;
    }
    for (int c = 0; c < 4; ++c)
        m_approvals->resizeColumnToContents(c);
    if (!error.isEmpty())
        (new QTreeWidgetItem(m_approvals))->setText(0, error);
    updateButtons();
    Q_EMIT approvalChanged();
}

void RunbooksPage::resumeSelected()
{
    const QTreeWidgetItem *item = m_history->currentItem();
    if (!item || !item->data(0, InterruptedRole).toBool() || m_runner || !m_session)
        return;
    const QString runId = item->data(0, RunIdRole).toString();
    const auto records = rb::Journal::read(m_journalDir, runId); // one small local file
    if (!records || records->isEmpty()) {
        m_status->setText(tr("Run %1 has no journal on this computer").arg(runId));
        return;
    }
    const QString path = records->first().detail.value(QStringLiteral("path")).toString();
    const RunbookEntry *found = nullptr;
    for (const RunbookEntry &e : m_entries)
        if (e.path == path && e.runbook)
            found = &e;
    if (!found) {
        m_status->setText(tr("Run %1 used %2, which is not in the list: restore it or add its "
                             "folder in Settings")
                              .arg(runId, path));
        return;
    }
    beginRun(*found->runbook, runId, true);
}

void RunbooksPage::requestApproval()
{
    const RunbookEntry *e = selected();
    if (!e || !e->runbook || !m_session || m_lastPlan.isEmpty())
        return;
    const QString runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject params = m_lastPlan.value(QStringLiteral("parameters")).toObject();
    auto cluster = m_session->sharedCluster();
    const rb::Runbook book = *e->runbook;
    auto *w = new QFutureWatcher<Result<qint64>>(this);
    connect(w, &QFutureWatcherBase::finished, this, [this, w, runId] {
        w->deleteLater();
        const auto r = w->result();
        m_status->setText(r ? tr("Run %1 waits for a second on-call role's approval (audit id "
                                 "%2): they approve it in Approvals or with qmctl runbook "
                                 "approve %1")
                                  .arg(runId)
                                  .arg(r.value())
                            : tr("Approval could not be asked for: %1").arg(r.error().message));
        refreshHistory();
    });
    w->setFuture(QtConcurrent::run([cluster, runId, book, params] {
        return rb::approval::request(
            *cluster, runId, book.name, QString::fromLatin1(book.contentHash), params);
    }));
}

void RunbooksPage::approveSelected()
{
    const QTreeWidgetItem *item = m_approvals->currentItem();
    if (!item || !item->data(0, InterruptedRole).toBool() || !m_session)
        return;
    const QString runId = item->data(0, RunIdRole).toString();
    const QString runbook = item->text(1);
    // The approver vouches for its own copy: the hash of the runbook of that name in its list.
    QString hash;
    for (const RunbookEntry &e : m_entries)
        if (e.runbook && e.runbook->name == runbook)
            hash = QString::fromLatin1(e.runbook->contentHash);
    const QJsonObject params
        = QJsonDocument::fromJson(item->data(0, StepRole).toByteArray()).object();
    auto cluster = m_session->sharedCluster();
    auto *w = new QFutureWatcher<Result<qint64>>(this);
    connect(w, &QFutureWatcherBase::finished, this, [this, w, runId] {
        w->deleteLater();
        const auto r = w->result();
        m_status->setText(r ? tr("Approved run %1 (audit id %2)").arg(runId).arg(r.value())
                            : tr("Not approved: %1").arg(r.error().message));
        refreshHistory();
    });
    w->setFuture(QtConcurrent::run([cluster, runId, hash, params] {
        return rb::approval::approve(*cluster, runId, hash, params);
    }));
}

} // namespace qm
