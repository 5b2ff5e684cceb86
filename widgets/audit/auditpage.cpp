#include "audit/auditpage.h"

#include "appicons.h"
#include "audit/spoolnotice.h"
#include "auditlogmodel.h"
#include "session/session.h"

#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace qm {

namespace {

// jsonb text, indented for people; text that is not JSON is shown as it is.
QString pretty(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (doc.isNull())
        return QString::fromUtf8(json);
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

QDateTimeEdit *makeTimeEdit(QWidget *parent, const QString &anyText)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    // The minimum stands for "no bound" and shows as anyText.
    edit->setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0)));
    edit->setSpecialValueText(anyText);
    edit->setDateTime(edit->minimumDateTime());
    return edit;
}

QDateTime boundOf(const QDateTimeEdit *edit)
{
    return edit->dateTime() == edit->minimumDateTime() ? QDateTime() : edit->dateTime();
}

} // namespace

AuditPage::AuditPage(QWidget *parent)
    : SessionWorkspace(parent)
{
    buildUi();
}

AuditPage::~AuditPage() = default;

QIcon AuditPage::workspaceIcon()
{
    return bundledIcon(QStringLiteral("audit"));
}

void AuditPage::buildUi()
{
    m_model = new AuditLogModel(this);
    m_model->setPageSize(500);

    // The filter bar: an Alt+letter for each field; typing filters after a short pause, Return
    // at once.
    auto *filters = new QGridLayout;
    m_actor = new QLineEdit(this);
    m_actor->setObjectName(QStringLiteral("auditActor"));
    m_actor->setPlaceholderText(tr("database role, e.g. oncall"));
    m_action = new QLineEdit(this);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->setPlaceholderText(tr("starts with, e.g. catalog."));
    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("auditTarget"));
    m_target->setPlaceholderText(tr("contains"));
    m_from = makeTimeEdit(this, tr("any time"));
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_to = makeTimeEdit(this, tr("now"));
    m_to->setObjectName(QStringLiteral("auditTo"));
    const QList<QPair<QString, QWidget *>> fields
        = {{tr("&Actor:"), m_actor}, {tr("Act&ion:"), m_action}, {tr("Tar&get:"), m_target},
            {tr("Fro&m:"), m_from}, {tr("&Until:"), m_to}};
    int column = 0;
    for (const auto &[text, field] : fields) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label, 0, column++);
        filters->addWidget(field, 0, column++);
    }
    m_actor->setAccessibleName(tr("Actor"));
    m_action->setAccessibleName(tr("Action starts with"));
    m_target->setAccessibleName(tr("Target contains"));
    m_from->setAccessibleName(tr("From time"));
    m_to->setAccessibleName(tr("Until time"));
    m_from->setToolTip(tr("Entries at or after this time (the lowest value: any time)."));
    m_to->setToolTip(tr("Entries before this time (the lowest value: up to now)."));

    auto *bar = new QHBoxLayout;
    m_status = new QLabel(tr("No profile open"), this);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_exportCsv = new QPushButton(tr("Export &CSV…"), this);
    m_exportJson = new QPushButton(tr("Export &JSON…"), this);
    m_verify = new QPushButton(tr("Verif&y chain"), this);
    m_verify->setObjectName(QStringLiteral("auditVerify"));
    m_cancel = new QPushButton(tr("Ca&ncel"), this);
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("auditProgress"));
    m_progress->setAccessibleName(tr("Progress of the export or the verification"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->hide();
    m_exportCsv->setToolTip(tr("Write every entry the filter finds, with the chain fields, to a "
                               "CSV file."));
    m_exportJson->setToolTip(tr("Write every entry the filter finds, with the chain fields, to a "
                                "JSON file."));
    m_verify->setToolTip(tr("Recompute the whole hash chain on the server, in ranges, and report "
                            "the first entry that does not match."));
    bar->addWidget(m_status, 1);
    bar->addWidget(m_progress);
    bar->addWidget(m_refresh);
    bar->addWidget(m_exportCsv);
    bar->addWidget(m_exportJson);
    bar->addWidget(m_verify);
    bar->addWidget(m_cancel);

    m_verifyResult = new QLabel(this);
    m_verifyResult->setObjectName(QStringLiteral("auditVerifyResult"));
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextFormat(Qt::PlainText);
    m_verifyResult->hide();
    m_rights = new QLabel(this);
    m_rights->setObjectName(QStringLiteral("auditRights"));
    m_rights->setWordWrap(true);
    m_rights->setTextFormat(Qt::PlainText);
    m_rights->hide();
    m_spool = new AuditSpoolNotice(this);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit log"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *detail = new QWidget(this);
    auto *dl = new QVBoxLayout(detail);
    dl->setContentsMargins(0, 0, 0, 0);
    m_entry = new QLabel(tr("Select an entry to see its plan and outcome."), detail);
    m_entry->setObjectName(QStringLiteral("auditEntry"));
    m_entry->setWordWrap(true);
    m_entry->setTextFormat(Qt::PlainText);
    m_entry->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_plan = new QPlainTextEdit(detail);
    m_plan->setObjectName(QStringLiteral("auditPlan"));
    m_plan->setReadOnly(true);
    m_plan->setAccessibleName(tr("Plan"));
    m_outcome = new QPlainTextEdit(detail);
    m_outcome->setObjectName(QStringLiteral("auditOutcome"));
    m_outcome->setReadOnly(true);
    m_outcome->setAccessibleName(tr("Outcome"));
    for (QPlainTextEdit *e : {m_plan, m_outcome}) {
        e->setLineWrapMode(QPlainTextEdit::NoWrap);
        e->setTabChangesFocus(true);
        e->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    auto *planLabel = new QLabel(tr("&Plan"), detail);
    planLabel->setBuddy(m_plan);
    auto *outcomeLabel = new QLabel(tr("&Outcome"), detail);
    outcomeLabel->setBuddy(m_outcome);
    dl->addWidget(m_entry);
    dl->addWidget(planLabel);
    dl->addWidget(m_plan, 1);
    dl->addWidget(outcomeLabel);
    dl->addWidget(m_outcome, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("auditSplitter"));
    split->addWidget(m_table);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *l = new QVBoxLayout(this);
    l->addLayout(filters);
    l->addLayout(bar);
    l->addWidget(m_verifyResult);
    l->addWidget(m_rights);
    l->addWidget(m_spool);
    l->addWidget(split, 1);
    setTabOrder(m_actor, m_action);
    setTabOrder(m_action, m_target);
    setTabOrder(m_target, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_table);
    setTabOrder(m_table, m_plan);
    setTabOrder(m_plan, m_outcome);

    m_filterDelay = new QTimer(this);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(300);
    connect(m_filterDelay, &QTimer::timeout, this, &AuditPage::applyFilter);
    for (QLineEdit *e : {m_actor, m_action, m_target}) {
        connect(e, &QLineEdit::textEdited, m_filterDelay, qOverload<>(&QTimer::start));
        connect(e, &QLineEdit::returnPressed, this, &AuditPage::applyFilter);
    }
    for (QDateTimeEdit *e : {m_from, m_to})
        connect(e, &QDateTimeEdit::dateTimeChanged, m_filterDelay, qOverload<>(&QTimer::start));

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &AuditPage::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPage::showSelected);
    connect(m_model, &AuditLogModel::pageLoaded, this, [this] {
        m_rights->hide();
        m_status->setText(m_model->hasMore()
                ? tr("%n entries shown, newest first; scroll for older ones.", nullptr,
                    m_model->rowCount())
                : tr("%n entries.", nullptr, m_model->rowCount()));
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_model, &AuditLogModel::loadFailed, this, &AuditPage::showLoadError);
    connect(m_refresh, &QPushButton::clicked, this, &AuditPage::refresh);
    connect(m_spool, &AuditSpoolNotice::replayed, this, [this] {
        if (m_running && m_loadedOnce)
            refresh(); // the replayed entries are the newest rows
    });
    connect(
        m_exportCsv, &QPushButton::clicked, this, [this] { askExport(audit::ExportFormat::Csv); });
    connect(m_exportJson, &QPushButton::clicked, this,
        [this] { askExport(audit::ExportFormat::Json); });
    connect(m_verify, &QPushButton::clicked, this, [this] { verifyChain(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_verifier)
            m_verifier->cancel();
        if (m_export)
            m_export->cancel();
    });
    updateCapabilities();
}

void AuditPage::setActive(bool active)
{
    SessionWorkspace::setActive(active);
    if (active && m_running && !m_loadedOnce)
        refresh();
}

void AuditPage::start()
{
    m_running = true;
    m_loadedOnce = false;
    m_status->setText(tr("Reading the audit log…"));
    m_spool->setSession(m_session);
    updateCapabilities();
    if (isActive())
        refresh();
}

void AuditPage::stop()
{
    m_running = false;
    m_loadedOnce = false;
    if (m_verifier)
        m_verifier->cancel();
    if (m_export)
        m_export->cancel();
    m_model->setSource(nullptr, {});
    m_model->reload();
    m_status->setText(tr("No profile open"));
    m_verifyResult->hide();
    m_rights->hide();
    m_spool->setSession(nullptr);
}

void AuditPage::updateCapabilities()
{
    const bool on = m_session && m_running;
    for (QPushButton *b : {m_refresh, m_exportCsv, m_exportJson, m_verify})
        b->setEnabled(on && !(m_verifier || m_export));
    if (on)
        m_spool->recheck(); // Replay follows the role's rights
}

audit::AuditFilter AuditPage::filter() const
{
    audit::AuditFilter f;
    f.actor = m_actor->text().trimmed();
    f.actionPrefix = m_action->text().trimmed();
    f.target = m_target->text().trimmed();
    f.from = boundOf(m_from);
    f.to = boundOf(m_to);
    return f;
}

void AuditPage::applyFilter()
{
    m_filterDelay->stop();
    if (!m_session || !m_running)
        return;
    if (m_loadedOnce && m_model->filter() == filter())
        return;
    refresh();
}

void AuditPage::refresh()
{
    if (!m_session || !m_running)
        return;
    m_loadedOnce = true;
    m_filterDelay->stop();
    m_status->setText(tr("Reading the audit log…"));
    m_spool->recheck();
    m_model->setSource(m_session->sharedCluster(), m_session->backend());
    m_model->setFilter(filter()); // reloads
}

void AuditPage::showLoadError(const Error &error)
{
    if (audit::isPermissionError(error)) {
        m_rights->setText(
            tr("The role %1 may not read the audit log on this store. An administrator can "
               "grant it (the console's roles qm_merchandiser, qm_store_manager and qm_oncall "
               "may read it).")
                .arg(m_session ? m_session->profile().user : QString()));
        m_rights->show();
        m_status->setText(tr("The audit log is not readable with this role."));
        return;
    }
    m_status->setText(tr("Cannot read the audit log: %1").arg(error.message));
    m_status->setToolTip(error.toString());
}

void AuditPage::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount()) {
        m_entry->setText(tr("Select an entry to see its plan and outcome."));
        m_plan->clear();
        m_outcome->clear();
        return;
    }
    const audit::AuditRow &r = m_model->entry(current.row());
    m_entry->setText(
        tr("Entry %1 at %2 by %3: %4 on %5\nRequest: %6\nHash: %7\nPrevious hash: %8")
            .arg(r.id)
            .arg(r.at, r.actor, r.action, r.target.isEmpty() ? tr("(no target)") : r.target,
                r.requestId.isEmpty() ? tr("(none)") : r.requestId, r.hash,
                r.prevHash.isEmpty() ? tr("(first entry)") : r.prevHash));
    m_plan->setPlainText(pretty(r.plan));
    m_outcome->setPlainText(pretty(r.outcome));
}

void AuditPage::selectId(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->scrollTo(m_model->index(row, 0));
}

void AuditPage::setBusy(bool busy)
{
    m_cancel->setEnabled(busy);
    m_progress->setVisible(busy);
    if (busy)
        m_progress->setValue(0);
    updateCapabilities();
}

void AuditPage::askExport(audit::ExportFormat format)
{
    const bool csv = format == audit::ExportFormat::Csv;
    const QString path = QFileDialog::getSaveFileName(this,
        csv ? tr("Export the audit log to CSV") : tr("Export the audit log to JSON"),
        csv ? QStringLiteral("audit-log.csv") : QStringLiteral("audit-log.json"),
        csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    if (!path.isEmpty())
        exportTo(path, format);
}

audit::AuditExport *AuditPage::exportTo(const QString &path, audit::ExportFormat format)
{
    if (!m_session || !m_running || m_export || m_verifier)
        return nullptr;
    m_export = new audit::AuditExport(m_session->sharedCluster(), m_session->backend(), filter(),
        path, format, m_exportPageSize, this);
    connect(m_export, &audit::AuditExport::progress, this, [this](qint64 written, qint64 total) {
        if (total > 0)
            m_progress->setValue(int(qMin<qint64>(1000, written * 1000 / total)));
        m_status->setText(total >= 0 ? tr("Exporting: %1 of %2 entries…").arg(written).arg(total)
                                     : tr("Exporting: %1 entries…").arg(written));
    });
    connect(m_export, &audit::AuditExport::finished, this, &AuditPage::onExportFinished);
    setBusy(true);
    m_status->setText(tr("Exporting to %1…").arg(path));
    m_export->start();
    return m_export;
}

void AuditPage::onExportFinished()
{
    audit::AuditExport *e = m_export;
    if (!e)
        return;
    const audit::AuditExport::Outcome &o = e->outcome();
    if (o.ok)
        m_status->setText(tr("Exported %n entries to %1.", nullptr, int(o.rows)).arg(e->path()));
    else if (o.cancelled)
        m_status->setText(tr("Export cancelled; no file was written."));
    else
        m_status->setText(tr("The export failed: %1").arg(o.error ? o.error->message : QString()));
    m_export = nullptr;
    e->deleteLater();
    setBusy(false);
    Q_EMIT exportFinished();
}

audit::ChainVerifier *AuditPage::verifyChain()
{
    if (!m_session || !m_running || m_export || m_verifier)
        return nullptr;
    m_verifier = new audit::ChainVerifier(
        m_session->sharedCluster(), m_session->backend(), m_verifyChunk, this);
    connect(m_verifier, &audit::ChainVerifier::progress, this,
        [this](qint64 checked, qint64 lastId, qint64 head) {
            if (head > 0)
                m_progress->setValue(int(qMin<qint64>(1000, lastId * 1000 / head)));
            m_status->setText(tr("Verifying the chain: %1 entries checked…").arg(checked));
        });
    connect(m_verifier, &audit::ChainVerifier::finished, this, &AuditPage::onVerifyFinished);
    setBusy(true);
    m_verifyResult->hide();
    m_status->setText(tr("Verifying the chain…"));
    m_verifier->start();
    return m_verifier;
}

void AuditPage::onVerifyFinished()
{
    audit::ChainVerifier *v = m_verifier;
    if (!v)
        return;
    const audit::ChainVerifier::Outcome &o = v->outcome();
    QString text;
    if (o.ok) {
        text = tr("Chain OK: %n entries checked.", nullptr, int(o.checked));
    } else if (o.cancelled) {
        text = tr("Verification cancelled after %n entries.", nullptr, int(o.checked));
    } else if (o.firstBadId) {
        text = tr("Chain BROKEN: entry %1 does not match its hash or its predecessor (%2 entries "
                  "checked). Someone changed or removed audit entries outside the console.")
                   .arg(*o.firstBadId)
                   .arg(o.checked);
        selectId(*o.firstBadId);
    } else if (o.error && audit::isPermissionError(*o.error)) {
        text = tr("The role %1 may not verify the audit chain on this store.")
                   .arg(m_session ? m_session->profile().user : QString());
    } else {
        text = tr("Could not verify the chain: %1")
                   .arg(o.error ? o.error->message : tr("unknown error"));
    }
    m_verifyResult->setText(text);
    m_verifyResult->show();
    m_status->setText(text);
    m_verifier = nullptr;
    v->deleteLater();
    setBusy(false);
    Q_EMIT verifyFinished();
}

} // namespace qm
