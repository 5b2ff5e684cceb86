#include "audit/spoolnotice.h"

#include "common/whenfinished.h"
#include "session/session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QtConcurrent>

namespace qm {

AuditSpoolNotice::AuditSpoolNotice(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("auditSpoolNotice"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("auditSpoolLabel"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_replay = new QPushButton(tr("Re&play"), this);
    m_replay->setObjectName(QStringLiteral("auditSpoolReplay"));
    m_replay->setToolTip(tr("Write the waiting entries into the audit log, each once. The log "
                            "records you as the one who wrote them and keeps who spooled them."));
    auto *l = new QHBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(m_label, 1);
    l->addWidget(m_replay);
    connect(m_replay, &QPushButton::clicked, this, &AuditSpoolNotice::replay);
    hide();
}

AuditSpoolNotice::~AuditSpoolNotice() = default;

void AuditSpoolNotice::setSession(Session *session)
{
    m_session = session;
    ++m_generation;
    m_waiting = 0;
    m_replaying = false;
    m_path = session ? safety::SpoolingAuditSink::defaultPath(session->profile()) : QString();
    hide();
    if (session)
        recheck();
}

void AuditSpoolNotice::recheck()
{
    if (!m_session || m_path.isEmpty() || m_replaying)
        return;
    const quint64 generation = m_generation;
    whenFinishedValue(this,
        QtConcurrent::run([path = m_path] { return safety::SpoolingAuditSink::list(path); }),
        [this, generation](const std::optional<safety::SpoolListing> &listing) {
            if (generation == m_generation && listing)
                showListing(*listing);
        });
}

void AuditSpoolNotice::showListing(const safety::SpoolListing &listing)
{
    m_waiting = int(listing.entries.size());
    if (m_waiting == 0) {
        hide();
        Q_EMIT checked(0);
        return;
    }
    const bool may = m_session && m_session->can(QStringLiteral("audit.record"));
    QString text = tr(
        "%n audit entries written while the database was down are waiting.", nullptr, m_waiting);
    if (!may)
        text += QLatin1Char(' ')
            + tr("Replaying them needs the on-call or admin role (qmctl audit spool replay).");
    m_label->setText(text);
    m_replay->setEnabled(may);
    m_replay->setVisible(true);
    show();
    Q_EMIT checked(m_waiting);
}

void AuditSpoolNotice::replay()
{
    if (!m_session || m_path.isEmpty() || m_replaying || !m_session->sharedCluster())
        return;
    m_replaying = true;
    m_replay->setEnabled(false);
    m_label->setText(tr("Writing %n waiting audit entries…", nullptr, m_waiting));
    const quint64 generation = m_generation;
    auto sink = std::make_shared<safety::SpoolingAuditSink>(
        m_session->sharedCluster(), m_session->backend().kind(), m_path, m_session->profile().user);
    whenFinishedValue(this, QtConcurrent::run([sink] { return sink->replay(); }),
        [this, generation](const std::optional<safety::SpoolReplayReport> &report) {
            if (generation != m_generation || !report)
                return;
            m_replaying = false;
            showReport(*report);
        });
}

void AuditSpoolNotice::showReport(const safety::SpoolReplayReport &r)
{
    Q_EMIT replayed(r);
    if (r.complete()) {
        m_waiting = 0;
        m_label->setText(
            tr("%n spooled audit entries written to the audit log", nullptr, r.replayed)
            + (r.alreadyInChain > 0
                    ? QLatin1String("; ") + tr("%n were there already", nullptr, r.alreadyInChain)
                    : QString())
            + QLatin1Char('.'));
        m_replay->setVisible(false);
        show();
        return;
    }
    m_waiting = r.remaining;
    QString text = r.errorCode == Error::Code::PermissionDenied
        ? tr("The audit log refused the replay: %1. %n entries are still waiting.", nullptr,
            r.remaining)
              .arg(r.error)
        : tr("Replay stopped: %1. %n entries are still waiting.", nullptr, r.remaining)
              .arg(r.error);
    m_label->setText(text);
    m_replay->setEnabled(m_session && m_session->can(QStringLiteral("audit.record")));
    show();
}

} // namespace qm
