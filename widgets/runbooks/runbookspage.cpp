#include "runbooks/runbookspage.h"

#include "appicons.h"
#include "db/cluster.h"
#include "runbooks/askbridge.h"
#include "runbooks/parser.h"
#include "runbooks/runner.h"
#include "safety/audit.h"
#include "safety/auditspool.h"
#include "safety/confirmpanel.h"
#include "safety/elevation.h"
#include "session/session.h"
#include "settings/runbookfolder.h"

#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTime>
#include <QTimer>
#include <QTreeWidget>
#include <QUuid>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <pqxx/pqxx>

namespace qm {

namespace rb = runbooks;

namespace {

QString signatureText(const rb::SignatureStatus &s)
{
    using S = rb::SignatureStatus::State;
    switch (s.state) {
    case S::Valid:
        return RunbooksPage::tr("signed (key %1)").arg(s.keyId);
    case S::Invalid:
        return RunbooksPage::tr("CHANGED after signing");
    case S::UnknownKey:
        return RunbooksPage::tr("signed by an unknown key %1").arg(s.keyId);
    case S::Malformed:
        return RunbooksPage::tr("signature unreadable");
    case S::Unsigned:
        break;
    }
    return RunbooksPage::tr("unsigned");
}

QString stateText(const QString &state)
{
    if (state == QLatin1String("pending"))
        return RunbooksPage::tr("pending");
    if (state == QLatin1String("running"))
        return RunbooksPage::tr("running…");
    if (state == QLatin1String("verified"))
        return RunbooksPage::tr("verified");
    if (state == QLatin1String("failed"))
        return RunbooksPage::tr("FAILED");
    if (state == QLatin1String("skipped"))
        return RunbooksPage::tr("skipped (verified before)");
    if (state == QLatin1String("refused"))
        return RunbooksPage::tr("REFUSED");
    return state;
}

QList<RunbookEntry> loadRunbooks(const QString &folder, const QString &trustedKeys)
{
    const rb::StepRegistry registry = rb::StepRegistry::withBuiltins();
    QList<QPair<QString, bool>> files;
    for (const QFileInfo &fi :
        QDir(QStringLiteral(":/runbooks")).entryInfoList({QStringLiteral("*.yaml")}, QDir::Files))
        files.append({fi.filePath(), true});
    if (!folder.isEmpty())
        for (const QFileInfo &fi :
            QDir(folder).entryInfoList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name))
            files.append({fi.filePath(), false});
    QList<RunbookEntry> out;
    for (const auto &[path, builtin] : files) {
        RunbookEntry e;
        e.path = path;
        e.builtin = builtin;
        // Read once: the same bytes are parsed and have their signature checked (a file changed
        // between two reads could otherwise show one text's signature beside another's steps).
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            e.error = RunbooksPage::tr("cannot read the runbook: %1").arg(f.errorString());
            out.append(e);
            continue;
        }
        // One byte over the limit is enough for the parser to refuse it; never read more.
        const QByteArray text = f.read(rb::kMaxRunbookBytes + 1);
        const rb::ParseResult r = rb::parseRunbook(text, path, registry);
        if (r.ok())
            e.runbook = r.runbook;
        else
            e.error = r.errorText();
        e.signature = rb::verifyRunbook(path, text, trustedKeys);
        out.append(e);
    }
    return out;
}

QTreeWidget *makeTree(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTreeWidget(parent);
    t->setHeaderLabels(headers);
    t->setRootIsDecorated(false);
    t->setUniformRowHeights(true);
    t->setAlternatingRowColors(true);
    t->setAllColumnsShowFocus(true);
    t->header()->setStretchLastSection(true);
    return t;
}

} // namespace

RunbooksPage::RunbooksPage(QWidget *parent)
    : SessionWorkspace(parent)
    , m_journalDir(rb::Journal::defaultDir())
    , m_trustedKeys(rb::defaultTrustedKeysDir())
    , m_folder(runbookFolderSetting())
    , m_ask(std::make_shared<AskBridge>(this))
{
    buildUi();
    m_topologyTimer = new QTimer(this);
    m_topologyTimer->setInterval(5000);
    connect(m_topologyTimer, &QTimer::timeout, this, [this] {
        refreshTopology();
        refreshHistory(); // history, last runs and approvals (another console's approval)
    });
    reloadRunbooks();
}

RunbooksPage::~RunbooksPage()
{
    m_ask->close();
    if (m_runner)
        m_runner->cancel(); // the runner's destructor detaches; the journal keeps the run
}

QIcon RunbooksPage::workspaceIcon()
{
    return bundledIcon(QStringLiteral("runbooks"));
}

void RunbooksPage::buildUi()
{
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(6, 6, 6, 6);
    auto *split = new QSplitter(Qt::Horizontal, this);
    root->addWidget(split, 1);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    root->addWidget(m_status);

    // Left: the runbooks, the topology.
    auto *left = new QWidget(split);
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    auto *listLabel = new QLabel(tr("&Runbooks"), left);
    m_list = makeTree({tr("Runbook"), tr("Signature"), tr("Last run")}, left);
    m_list->setObjectName(QStringLiteral("runbookList"));
    listLabel->setBuddy(m_list);
    ll->addWidget(listLabel);
    ll->addWidget(m_list, 3);
    auto *topoLabel = new QLabel(tr("&Topology"), left);
    m_topology = new TopologyView(left);
    m_topology->setObjectName(QStringLiteral("topology"));
    connect(m_topology, &TopologyView::loaded, this, &RunbooksPage::topologyLoaded);
    topoLabel->setBuddy(m_topology);
    ll->addWidget(topoLabel);
    ll->addWidget(m_topology, 2);
    split->addWidget(left);

    // Right: plan, run, history, approvals.
    m_tabs = new QTabWidget(split);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({480, 780});

    auto *planTab = new QWidget(m_tabs);
    auto *pl = new QVBoxLayout(planTab);
    m_planTitle = new QLabel(tr("Choose a runbook and press Dry run (F5)."), planTab);
    m_planTitle->setWordWrap(true);
    pl->addWidget(m_planTitle);
    m_plan = makeTree({tr("#"), tr("Step"), tr("Type"), tr("Would do / preconditions")}, planTab);
    m_plan->setObjectName(QStringLiteral("planView"));
    m_plan->setRootIsDecorated(true);
    m_plan->setWordWrap(true);
    pl->addWidget(m_plan, 1);
    m_confirm = new ConfirmPanel(planTab);
    pl->addWidget(m_confirm);
    auto *pb = new QHBoxLayout;
    m_dryRunButton = new QPushButton(tr("&Dry run"), planTab);
    m_dryRunButton->setToolTip(
        tr("Evaluate every precondition and plan each step; changes nothing (F5)"));
    m_requestButton = new QPushButton(tr("Ask for a&pproval"), planTab);
    m_requestButton->setToolTip(
        tr("Two-person runbooks: a second on-call role approves this run from its own console"));
    m_runButton = new QPushButton(tr("R&un"), planTab);
    m_runButton->setToolTip(tr("Run the planned runbook step by step (Ctrl+Return)"));
    pb->addWidget(m_dryRunButton);
    pb->addStretch(1);
    pb->addWidget(m_requestButton);
    pb->addWidget(m_runButton);
    pl->addLayout(pb);
    m_tabs->addTab(planTab, tr("Pla&n"));

    auto *runTab = new QWidget(m_tabs);
    auto *rl = new QVBoxLayout(runTab);
    m_steps = makeTree({tr("#"), tr("Step"), tr("State"), tr("Time"), tr("Detail")}, runTab);
    m_steps->setObjectName(QStringLiteral("stepsView"));
    rl->addWidget(m_steps, 2);
    auto *qBox = new QHBoxLayout;
    m_question = new QLabel(runTab);
    m_question->setWordWrap(true);
    m_answer = new QLineEdit(runTab);
    m_answer->setPlaceholderText(tr("answer, then Enter"));
    m_answerButton = new QPushButton(tr("Ans&wer"), runTab);
    qBox->addWidget(m_question, 2);
    qBox->addWidget(m_answer, 1);
    qBox->addWidget(m_answerButton);
    rl->addLayout(qBox);
    m_log = new QPlainTextEdit(runTab);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    rl->addWidget(m_log, 1);
    auto *runButtons = new QHBoxLayout;
    runButtons->addStretch(1);
    m_cancelButton = new QPushButton(tr("&Cancel run"), runTab);
    m_cancelButton->setToolTip(tr("Stop at the next safe point; the run can be resumed (Esc)"));
    runButtons->addWidget(m_cancelButton);
    rl->addLayout(runButtons);
    m_tabs->addTab(runTab, tr("Run &log"));

    auto *histTab = new QWidget(m_tabs);
    auto *hl = new QVBoxLayout(histTab);
    m_history = makeTree(
        {tr("Started"), tr("Runbook"), tr("Result"), tr("By"), tr("Run id"), tr("Audit ids")},
        histTab);
    m_history->setObjectName(QStringLiteral("historyView"));
    hl->addWidget(m_history, 1);
    auto *hb = new QHBoxLayout;
    hb->addStretch(1);
    m_resumeButton = new QPushButton(tr("Re&sume interrupted run"), histTab);
    hb->addWidget(m_resumeButton);
    hl->addLayout(hb);
    m_tabs->addTab(histTab, tr("&History"));

    auto *apTab = new QWidget(m_tabs);
    auto *al = new QVBoxLayout(apTab);
    m_approvals = makeTree(
        {tr("Asked"), tr("Runbook"), tr("By"), tr("State"), tr("Expires"), tr("Run id")}, apTab);
    m_approvals->setObjectName(QStringLiteral("approvalsView"));
    al->addWidget(m_approvals, 1);
    auto *ab = new QHBoxLayout;
    ab->addStretch(1);
    m_approveButton = new QPushButton(tr("A&pprove selected run"), apTab);
    ab->addWidget(m_approveButton);
    al->addLayout(ab);
    m_tabs->addTab(apTab, tr("Appro&vals"));

    connect(m_list, &QTreeWidget::currentItemChanged, this, &RunbooksPage::onSelectionChanged);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { dryRun(); });
    connect(m_dryRunButton, &QPushButton::clicked, this, &RunbooksPage::dryRun);
    connect(m_runButton, &QPushButton::clicked, this, &RunbooksPage::startRun);
    connect(m_requestButton, &QPushButton::clicked, this, &RunbooksPage::requestApproval);
    connect(m_cancelButton, &QPushButton::clicked, this, &RunbooksPage::cancelRun);
    connect(m_resumeButton, &QPushButton::clicked, this, &RunbooksPage::resumeSelected);
    connect(m_approveButton, &QPushButton::clicked, this, &RunbooksPage::approveSelected);
    connect(m_history, &QTreeWidget::currentItemChanged, this, &RunbooksPage::updateButtons);
    connect(m_approvals, &QTreeWidget::currentItemChanged, this, &RunbooksPage::updateButtons);
    connect(m_confirm, &ConfirmPanel::satisfiedChanged, this, &RunbooksPage::updateButtons);
    const auto answer = [this] { answerQuestion(m_answer->text()); };
    connect(m_answerButton, &QPushButton::clicked, this, answer);
    connect(m_answer, &QLineEdit::returnPressed, this, answer);
    auto *f5 = new QShortcut(QKeySequence(Qt::Key_F5), this);
    f5->setContext(Qt::WidgetWithChildrenShortcut);
    connect(f5, &QShortcut::activated, this, &RunbooksPage::dryRun);
    auto *go = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    go->setContext(Qt::WidgetWithChildrenShortcut);
    connect(go, &QShortcut::activated, this, &RunbooksPage::startRun);
    auto *esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    esc->setContext(Qt::WidgetWithChildrenShortcut);
    connect(esc, &QShortcut::activated, this, &RunbooksPage::cancelRun);
    m_list->setAccessibleName(tr("Runbooks"));
    m_topology->setAccessibleName(tr("Topology"));
    m_plan->setAccessibleName(tr("Plan of the dry run"));
    m_steps->setAccessibleName(tr("Steps of the run"));
    m_log->setAccessibleName(tr("Run log"));
    m_answer->setAccessibleName(tr("Answer to the step's question"));
    m_history->setAccessibleName(tr("Run history"));
    m_approvals->setAccessibleName(tr("Approval requests"));
    m_confirm->typeField()->setAccessibleName(tr("Confirmation text"));
    m_question->hide();
    m_answer->hide();
    m_answerButton->hide();
    updateButtons();
}

void RunbooksPage::setActive(bool active)
{
    SessionWorkspace::setActive(active);
    if (active && m_running) {
        refreshTopology();
        refreshHistory();
        m_topologyTimer->start();
    } else {
        m_topologyTimer->stop();
    }
}

void RunbooksPage::start()
{
    m_running = true;
    updateCapabilities();
    if (isActive()) {
        refreshTopology();
        refreshHistory();
        m_topologyTimer->start();
    }
}

void RunbooksPage::stop()
{
    m_running = false;
    m_topologyTimer->stop();
    updateButtons();
}

void RunbooksPage::updateCapabilities()
{
    updateButtons();
}

const RunbookEntry *RunbooksPage::selected() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return nullptr;
    const QString path = item->data(0, PathRole).toString();
    for (const RunbookEntry &e : m_entries)
        if (e.path == path)
            return &e;
    return nullptr;
}

void RunbooksPage::reloadRunbooks()
{
    const int generation = ++m_loadGeneration; // an older load's result is dropped
    auto *w = new QFutureWatcher<QList<RunbookEntry>>(this);
    connect(w, &QFutureWatcherBase::finished, this, [this, w, generation] {
        w->deleteLater();
        if (generation == m_loadGeneration)
            showRunbooks(w->result());
    });
    w->setFuture(QtConcurrent::run(loadRunbooks, m_folder, m_trustedKeys));
}

void RunbooksPage::showRunbooks(const QList<RunbookEntry> &entries)
{
    const QString current
        = m_list->currentItem() ? m_list->currentItem()->data(0, PathRole).toString() : QString();
    m_entries = entries;
    QList<rb::Runbook> books;
    for (const RunbookEntry &e : entries)
        if (e.runbook)
            books.append(*e.runbook);
    const rb::Fields backupCheck = TopologyView::backupCheckFields(books);
    if (backupCheck.values != m_backupCheck.values) {
        m_backupCheck = backupCheck;
        m_topology->forgetBackups();
        refreshTopology();
    }
    m_list->clear();
    for (const RunbookEntry &e : entries) {
        auto *item = new QTreeWidgetItem(m_list);
        const QString name = e.runbook ? e.runbook->title : QFileInfo(e.path).fileName();
        item->setText(0, e.builtin ? name : tr("%1 (folder)").arg(name));
        item->setToolTip(0, e.runbook ? e.runbook->description + u'\n' + e.path : e.error);
        item->setData(0, PathRole, e.path);
        item->setText(1, e.runbook ? signatureText(e.signature) : tr("does not parse"));
        item->setToolTip(1, e.signature.message);
        if (e.signature.state == rb::SignatureStatus::State::Invalid || !e.runbook)
            item->setForeground(1, QColor(0xc6, 0x28, 0x28));
        if (e.path == current)
            m_list->setCurrentItem(item);
    }
    showLastRuns();
    for (int c = 0; c < 2; ++c)
        m_list->resizeColumnToContents(c);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    Q_EMIT runbooksLoaded();
}

void RunbooksPage::showLastRuns()
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const QString path = item->data(0, PathRole).toString();
        QPair<QDateTime, QString> last;
        for (const RunbookEntry &e : m_entries)
            if (e.path == path && e.runbook)
                last = m_lastRuns.value(e.runbook->name);
        item->setText(2,
            last.first.isValid() ? tr("%1, %2").arg(
                QLocale().toString(last.first.toLocalTime(), QLocale::NarrowFormat), last.second)
                                 : tr("never"));
    }
}

bool RunbooksPage::selectRunbook(const QString &name)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const QString path = item->data(0, PathRole).toString();
        for (const RunbookEntry &e : m_entries)
            if (e.path == path && e.runbook && (e.runbook->name == name || path == name)) {
                m_list->setCurrentItem(item);
                return true;
            }
    }
    return false;
}

void RunbooksPage::onSelectionChanged()
{
    m_lastPlan = {};
    m_plannedPath.clear();
    m_approvedRunId.clear();
    m_plan->clear();
    const RunbookEntry *e = selected();
    if (!e)
        m_planTitle->setText(tr("Choose a runbook and press Dry run (F5)."));
    else if (!e->runbook)
        m_planTitle->setText(tr("This runbook does not parse:\n%1").arg(e->error));
    else
        m_planTitle->setText(
            tr("<b>%1</b> — %2<br>%n step(s). Press Dry run (F5) to see what "
               "each step would do now.",
                nullptr, int(e->runbook->steps.size()))
                .arg(e->runbook->title.toHtmlEscaped(), e->runbook->description.toHtmlEscaped()));
    m_confirm->setRequirement(
        {}, m_session ? m_session->profile().environment : Profile::Environment::Development, true);
    updateButtons();
}

rb::EngineConfig RunbooksPage::engineConfig() const
{
    rb::EngineConfig c;
    if (!m_session)
        return c;
    c.cluster = m_session->sharedCluster();
    c.profile = m_session->profile();
    c.redisPassword = m_session->credentials().redisPassword;
    // The database's audit log; a runbook for a dead primary spools (and later replays) locally.
    c.audit = std::make_shared<safety::SpoolingAuditSink>(c.cluster, m_session->backend().kind(),
        safety::SpoolingAuditSink::defaultPath(c.profile), c.profile.user);
    c.elevation = m_session->elevation();
    c.journalDir = m_journalDir;
    c.trustedKeysDir = m_trustedKeys;
    return c;
}

void RunbooksPage::dryRun()
{
    const RunbookEntry *e = selected();
    if (!e || !e->runbook || !m_session || m_runner)
        return;
    rb::EngineConfig c = engineConfig();
    c.audit.reset(); // a dry run records nothing and changes nothing
    c.databaseJournal = false;
    m_planning = true;
    m_plannedPath = e->path;
    m_status->setText(tr("Dry run of %1: evaluating every precondition…").arg(e->runbook->title));
    m_runner = new rb::RunbookRunner(std::move(c), this);
    connect(m_runner, &rb::RunbookRunner::planned, this, [this](const QJsonObject &plan) {
        m_runner->deleteLater();
        m_runner = nullptr;
        m_planning = false;
        showPlan(plan);
    });
    m_runner->plan(*e->runbook, {});
    m_tabs->setCurrentIndex(0);
    updateButtons();
}

void RunbooksPage::showPlan(const QJsonObject &plan)
{
    m_lastPlan = plan;
    m_plan->clear();
    int n = 0;
    for (const QJsonValue &v : plan.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject s = v.toObject();
        auto *item = new QTreeWidgetItem(m_plan);
        item->setText(0, QString::number(++n));
        item->setText(1, s.value(QStringLiteral("title")).toString());
        item->setToolTip(1, s.value(QStringLiteral("id")).toString());
        item->setText(2, s.value(QStringLiteral("type")).toString());
        const QJsonObject p = s.value(QStringLiteral("plan")).toObject();
        QString what = p.value(QStringLiteral("summary")).toString();
        if (s.value(QStringLiteral("state")).toString() == QLatin1String("refused")) {
            what = tr("REFUSED: %1").arg(s.value(QStringLiteral("error")).toString());
            item->setForeground(3, QColor(0xc6, 0x28, 0x28));
        }
        item->setText(3, what);
        item->setToolTip(3, what);
        for (const QJsonValue &d : p.value(QStringLiteral("details")).toArray())
            (new QTreeWidgetItem(item))->setText(3, d.toString());
        for (const QJsonValue &d : p.value(QStringLiteral("sample")).toArray())
            (new QTreeWidgetItem(item))->setText(3, QStringLiteral("• ") + d.toString());
        for (const QJsonValue &w : p.value(QStringLiteral("warnings")).toArray())
            (new QTreeWidgetItem(item))->setText(3, tr("warning: %1").arg(w.toString()));
        for (const QJsonValue &c : s.value(QStringLiteral("preconditions")).toArray()) {
            const QJsonObject o = c.toObject();
            auto *pre = new QTreeWidgetItem(item);
            const bool ok = o.value(QStringLiteral("ok")).toBool();
            pre->setText(3,
                ok ? tr("precondition holds now: %1")
                         .arg(o.value(QStringLiteral("summary")).toString())
                   : tr("precondition FAILS now: %1")
                         .arg(o.value(QStringLiteral("summary")).toString()));
            if (!ok)
                pre->setForeground(3, QColor(0xc6, 0x28, 0x28));
        }
        item->setExpanded(true);
    }
    m_plan->resizeColumnToContents(0);
    m_plan->resizeColumnToContents(2);
    QStringList lines;
    const QJsonObject sig = plan.value(QStringLiteral("signature")).toObject();
    lines << tr("<b>%1</b> — signature: %2")
                 .arg(plan.value(QStringLiteral("title")).toString().toHtmlEscaped(),
                     sig.value(QStringLiteral("state")).toString());
    for (const QJsonValue &w : plan.value(QStringLiteral("warnings")).toArray())
        lines << QStringLiteral("<span style='color:#b26a00'>%1</span>")
                     .arg(w.toString().toHtmlEscaped());
    if (plan.value(QStringLiteral("refused")).toBool())
        lines << QStringLiteral("<span style='color:#c62828'>%1</span>")
                     .arg(tr("Refused: %1")
                              .arg(plan.value(QStringLiteral("refusal")).toString())
                              .toHtmlEscaped());
    m_planTitle->setText(lines.join(QStringLiteral("<br>")));
    const QJsonObject conf = plan.value(QStringLiteral("confirmation")).toObject();
    safety::ConfirmRequirement req;
    const QString friction = conf.value(QStringLiteral("friction")).toString();
    req.friction = friction == QLatin1String("type-target") ? safety::Friction::TypeTarget
        : friction == QLatin1String("acknowledge")          ? safety::Friction::Acknowledge
                                                            : safety::Friction::Click;
    req.phrase = conf.value(QStringLiteral("phrase")).toString();
    req.reason = conf.value(QStringLiteral("reason")).toString();
    m_confirm->setRequirement(req,
        m_session ? m_session->profile().environment : Profile::Environment::Development,
        plan.value(QStringLiteral("refused")).toBool());
    m_status->setText(tr("Dry run done: nothing was changed."));
    updateButtons();
    Q_EMIT planned();
}

void RunbooksPage::startRun()
{
    const RunbookEntry *e = selected();
    if (!e || !e->runbook || !m_session || m_runner || m_plannedPath != e->path
        || m_lastPlan.isEmpty() || !m_confirm->isSatisfied())
        return;
    if (e->runbook->approval == rb::Runbook::Approval::TwoPerson && m_approvedRunId.isEmpty()) {
        m_status->setText(tr("This runbook needs two-person approval: ask for it first."));
        return;
    }
    beginRun(*e->runbook, m_approvedRunId, false);
}

void RunbooksPage::beginRun(const rb::Runbook &book, const QString &runId, bool resume)
{
    rb::EngineConfig c = engineConfig();
    c.runId = runId;
    // The confirmation was given in the panel; the engine checks it against its own requirement.
    const bool ack = m_confirm->acknowledged();
    const QString typed = m_confirm->typed();
    // A resume is confirmed the same way (on production: the profile's name typed in the panel).
    c.confirm = [ack, typed](const rb::RunPlan &, const safety::ConfirmRequirement &req) {
        return safety::FrictionPolicy::satisfied(req, ack, typed);
    };
    auto bridge = m_ask;
    const safety::CancelToken cancel = c.cancel;
    c.ask = [bridge, cancel](
                const QString &q, const QString &stepId) { return bridge->ask(q, stepId, cancel); };
    m_steps->clear();
    m_log->clear();
    for (int i = 0; i < book.steps.size(); ++i) {
        auto *item = new QTreeWidgetItem(m_steps);
        item->setText(0, QString::number(i + 1));
        item->setText(1, book.steps[i].title);
        item->setToolTip(1, book.steps[i].id);
        item->setData(0, StepRole, book.steps[i].id);
        item->setText(2, stateText(QStringLiteral("pending")));
    }
    m_steps->resizeColumnToContents(0);
    m_steps->setColumnWidth(1, 260);
    m_runId = runId;
    m_runner = new rb::RunbookRunner(std::move(c), this);
    connect(m_runner, &rb::RunbookRunner::stepStarted, this,
        [this](const QString &run, const QString &step, int index) {
            m_runId = run;
            onStepStarted(step, index);
        });
    connect(m_runner, &rb::RunbookRunner::stepVerified, this,
        [this](
            const QString &, const QString &step, qint64 ms) { onStepEnded(step, true, {}, ms); });
    connect(m_runner, &rb::RunbookRunner::stepFailed, this,
        [this](const QString &, const QString &step, const QString &why, qint64 ms) {
            onStepEnded(step, false, why, ms);
        });
    connect(m_runner, &rb::RunbookRunner::logLine, this,
        [this](const QString &, const QString &line) { appendLog(line); });
    connect(m_runner, &rb::RunbookRunner::finished, this, &RunbooksPage::onFinished);
    appendLog(resume ? tr("Resuming run %1 of %2").arg(runId, book.title)
                     : tr("Starting %1").arg(book.title));
    if (resume)
        m_runner->resume(book, runId);
    else
        m_runner->run(book, {});
    m_tabs->setCurrentIndex(1);
    m_status->setText(tr("Running %1…").arg(book.title));
    updateButtons();
}

void RunbooksPage::onStepStarted(const QString &stepId, int)
{
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_steps->topLevelItem(i);
        if (item->data(0, StepRole).toString() == stepId) {
            item->setText(2, stateText(QStringLiteral("running")));
            m_steps->setCurrentItem(item);
        }
    }
    appendLog(tr("%1: started").arg(stepId));
}

void RunbooksPage::onStepEnded(const QString &stepId, bool ok, const QString &why, qint64 ms)
{
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_steps->topLevelItem(i);
        if (item->data(0, StepRole).toString() != stepId)
            continue;
        item->setText(2, stateText(ok ? QStringLiteral("verified") : QStringLiteral("failed")));
        item->setForeground(2, ok ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
        item->setText(3, tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1));
        item->setText(4, why);
        item->setToolTip(4, why);
    }
    appendLog(ok ? tr("%1: verified (%2 ms)").arg(stepId).arg(ms)
                 : tr("%1: FAILED after %2 ms: %3").arg(stepId).arg(ms).arg(why));
}

void RunbooksPage::onFinished(const QJsonObject &report)
{
    m_runner->deleteLater();
    m_runner = nullptr;
    m_question->hide();
    m_answer->hide();
    m_answerButton->hide();
    m_runId = report.value(QStringLiteral("run_id")).toString();
    // Final states from the report (resume marks verified-before steps as skipped).
    for (const QJsonValue &v : report.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject s = v.toObject();
        for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_steps->topLevelItem(i);
            if (item->data(0, StepRole).toString() == s.value(QStringLiteral("id")).toString()
                && !s.value(QStringLiteral("rollback")).toBool()) {
                item->setText(2, stateText(s.value(QStringLiteral("state")).toString()));
                if (s.value(QStringLiteral("verified_before_resume")).toBool())
                    item->setText(4, tr("verified before the interruption: not run again"));
            }
        }
    }
    const QString result = report.value(QStringLiteral("result")).toString();
    const QString error = report.value(QStringLiteral("error")).toString();
    appendLog(tr("Run %1: %2 %3").arg(m_runId, result, error));
    m_status->setText(error.isEmpty() ? tr("Run %1 finished: %2").arg(m_runId, result)
                                      : tr("Run %1: %2 — %3").arg(m_runId, result, error));
    if (!report.value(QStringLiteral("intent_recorded")).toBool()
        || result != QLatin1String("refused"))
        m_approvedRunId.clear();
    refreshHistory();
    updateButtons();
    Q_EMIT runFinished(report);
}

void RunbooksPage::onQuestion(const QString &question, const QString &stepId)
{
    m_tabs->setCurrentIndex(1);
    QString title = stepId;
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i)
        if (m_steps->topLevelItem(i)->data(0, StepRole).toString() == stepId)
            title = m_steps->topLevelItem(i)->text(1);
    m_question->setText(tr("%1 — the run waits for your answer: <b>%2</b>")
                            .arg(title.toHtmlEscaped(), question.toHtmlEscaped()));
    m_question->show();
    m_answer->show();
    m_answerButton->show();
    m_answer->clear();
    m_answer->setFocus();
    appendLog(tr("%1 asks: %2").arg(stepId, question));
    Q_EMIT questionAsked(question);
}

void RunbooksPage::answerQuestion(const QString &answer)
{
    if (!m_answer->isVisible() && !m_question->isVisible())
        return;
    m_question->hide();
    m_answer->hide();
    m_answerButton->hide();
    appendLog(tr("answered: %1").arg(answer));
    m_ask->give(answer);
}

void RunbooksPage::cancelRun()
{
    if (!m_runner || m_planning)
        return;
    m_runner->cancel();
    appendLog(tr("Cancelling: the current step stops at its next safe point"));
}

void RunbooksPage::appendLog(const QString &line)
{
    m_log->appendPlainText(QStringLiteral("%1  %2").arg(
        QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), line));
}

void RunbooksPage::refreshTopology()
{
    if (m_session)
        m_topology->refresh(
            m_session->profile(), m_session->credentials().redisPassword, m_backupCheck);
}

void RunbooksPage::updateButtons()
{
    const RunbookEntry *e = selected();
    const bool busy = m_runner != nullptr;
    const bool connected = m_session && m_running;
    const bool twoPerson
        = e && e->runbook && e->runbook->approval == rb::Runbook::Approval::TwoPerson;
    const bool planned = e && !m_lastPlan.isEmpty() && m_plannedPath == e->path
        && !m_lastPlan.value(QStringLiteral("refused")).toBool();
    m_dryRunButton->setEnabled(connected && !busy && e && e->runbook);
    m_runButton->setEnabled(connected && !busy && planned && m_confirm->isSatisfied()
        && (!twoPerson || !m_approvedRunId.isEmpty()));
    m_requestButton->setVisible(twoPerson);
    m_requestButton->setEnabled(connected && !busy && planned && m_approvedRunId.isEmpty());
    m_cancelButton->setEnabled(busy && !m_planning);
    const QTreeWidgetItem *h = m_history->currentItem();
    m_resumeButton->setEnabled(connected && !busy && h && h->data(0, InterruptedRole).toBool());
    const QTreeWidgetItem *a = m_approvals->currentItem();
    m_approveButton->setEnabled(connected && a && a->data(0, InterruptedRole).toBool());
}

} // namespace qm
