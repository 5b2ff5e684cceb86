// The Capacity workspace's "Load test…": the dialog with this session's profile (a copy without
// secrets for the simulator), the recorded peak, and the audit entry written ahead of each run.
#include "capacity/capacitypage.h"
#include "capacity/loadtestdialog.h"
#include "common/whenfinished.h"
#include "db/cluster.h"
#include "safety/audit.h"
#include "session/session.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>

namespace qm {

LoadTestDialog *CapacityPage::openLoadTest()
{
    if (m_loadTest) {
        m_loadTest->show();
        m_loadTest->raise();
        return m_loadTest;
    }
    capacity::LoadTestConfig base;
    base.storefrontBinary = capacity::LoadTestConfig::findStorefront();
    QString refusal;
    if (!m_session) {
        refusal = tr("Open a sandbox or staging profile to run a load test.");
    } else {
        const Profile &profile = m_session->profile();
        if (const Status allowed = capacity::LoadTestRunner::refuseOn(profile.environment);
            !allowed)
            refusal = allowed.error().message;
        base.metricsPort = capacity::LoadTestConfig::metricsPortFor(profile);
        if (!profile.prometheusUrl.isEmpty()) {
            base.prometheusUrl = QUrl(profile.prometheusUrl);
            base.caFile = profile.caFile;
        }
        // The simulator reads a profile file: this session's, without secrets (the passfile
        // path names where the storefront user's password is), written when a run starts.
        if (m_profileCopy.isEmpty())
            m_profileCopy = QDir::tempPath()
                + QStringLiteral("/qm-loadtest-profile-%1-%2.json")
                      .arg(QCoreApplication::applicationPid())
                      .arg(quintptr(this), 0, 16);
        base.profilePath = m_profileCopy;
    }
    auto *dialog = new LoadTestDialog(base, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    dialog->setServerSource(m_source); // the charts' own source: Prometheus or direct sampling
    m_loadTest = dialog;
    if (!refusal.isEmpty())
        dialog->setRefusal(refusal);
    if (m_session) {
        // The profile copy for the simulator, written off the GUI thread before Start is enabled.
        const QByteArray json = QJsonDocument(m_session->profile().toJson()).toJson();
        if (refusal.isEmpty())
            dialog->setRefusal(tr("Preparing…"));
        const QString path = m_profileCopy;
        QPointer<LoadTestDialog> guard(dialog);
        whenFinishedValue(this, QtConcurrent::run([path, json] {
            QFile f(path);
            return f.open(QIODevice::WriteOnly | QIODevice::Truncate)
                && f.write(json) == json.size()
                && f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }),
            [guard, refusal, path](const std::optional<bool> &written) {
                if (!guard)
                    return;
                if (!written.value_or(false))
                    guard->setRefusal(tr("Could not write %1.").arg(path));
                else
                    guard->setRefusal(refusal);
            });
        const std::shared_ptr<db::Cluster> cluster = m_session->sharedCluster();
        const BackendKind backend = m_session->backend().kind();
        // The recorded peak a percentage ramp is based on: Prometheus and the backend's orders
        // view, on worker threads.
        capacity::PeakFinder::find(this, cluster, backend, base.prometheusUrl, base.caFile, 30,
            [guard](const Result<capacity::RecordedPeak> &peak) {
                if (guard)
                    guard->setRecordedPeak(peak);
            });
        // Write ahead (an action that cannot be audited does not run): the intent before the
        // simulator starts, the outcome under the same request id after it.
        auto entry = std::make_shared<safety::AuditEntry>();
        dialog->setIntentRecorder(
            [cluster, backend, entry](const capacity::LoadTestConfig &config) -> QFuture<Status> {
                if (!cluster)
                    return QtFuture::makeReadyFuture(Status(Error {
                        Error::Code::ConnectionFailed, tr("no database connection"), {}, {}}));
                *entry = safety::AuditEntry {};
                entry->action = QStringLiteral("loadtest.run");
                QStringList rates;
                for (double r : config.ramp)
                    rates << QString::number(r);
                entry->target = QStringLiteral("ramp %1 orders/s").arg(rates.join(u','));
                entry->plan = config.toJson();
                const safety::AuditEntry intent = *entry;
                return QtConcurrent::run([cluster, backend, intent] {
                    return safety::DbAuditSink(cluster, backend).recordIntent(intent);
                });
            });
        dialog->setRecorder([this, cluster, backend, entry](const capacity::LoadTestConfig &,
                                const capacity::LoadTestResult &result) {
            if (!cluster)
                return;
            entry->outcome = result.toJson();
            const safety::AuditEntry done = *entry;
            whenFinishedValue(this, QtConcurrent::run([cluster, backend, done] {
                return safety::DbAuditSink(cluster, backend).recordOutcome(done);
            }),
                [this](const std::optional<Status> &recorded) {
                    if (!recorded || !recorded->ok()) {
                        setState(tr("The load test is not in the audit log: %1")
                                     .arg(recorded ? recorded->error().message : QString()),
                            true);
                        return;
                    }
                    m_annotationsFromMinute = -1; // read the markers again, with this run
                    loadAnnotations();
                });
        });
    }
    dialog->show();
    return dialog;
}

} // namespace qm
