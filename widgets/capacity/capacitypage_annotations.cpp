// Audit-log annotations on the Capacity charts: read from the session's audit log (at most every
// 30 s and on a range change), shown on every chart, and opened as the audit entry when clicked.
#include "capacity/capacitypage.h"
#include "capacity/timechart.h"
#include "common/whenfinished.h"
#include "session/session.h"

#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>
#include <algorithm>

namespace qm {

namespace {

constexpr qint64 kMinute = 60'000;

} // namespace

void CapacityPage::loadAnnotations()
{
    if (!m_session || !m_session->cluster() || m_session->state() != Session::State::Connected)
        return;
    // One audit read per 30 s at most, and on a range change.
    const qint64 from = m_from, to = m_to;
    if (m_annotationsFromMinute == from / kMinute && m_annotationsRead.isValid()
        && m_annotationsRead.elapsed() < 30'000)
        return;
    m_annotationsRead.start();
    m_annotationsFromMinute = from / kMinute;
    whenFinished(this,
        capacity::Annotations::load(
            *m_session->cluster(), m_session->backend().kind(), from - m_spanMs, to),
        [this](const Result<std::vector<capacity::Annotation>> &r) {
            if (r.ok())
                setAnnotations(r.value());
            else
                m_stateLabel->setToolTip(tr("Audit log annotations: %1").arg(r.error().message));
        });
}

void CapacityPage::setAnnotations(std::vector<capacity::Annotation> annotations)
{
    m_annotations = std::move(annotations);
    for (Preset p : {Preset::Business, Preset::Infrastructure})
        for (ChartView &v : views(p))
            v.chart->setAnnotations(m_annotations);
}

void CapacityPage::showAnnotation(qint64 auditId)
{
    Q_EMIT annotationActivated(auditId);
    auto it = std::find_if(m_annotations.begin(), m_annotations.end(),
        [auditId](const capacity::Annotation &a) { return a.auditId == auditId; });
    if (it == m_annotations.end())
        return;
    auto pretty = [](const QString &json) {
        const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
        return doc.isNull() ? json : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    };
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Audit entry #%1").arg(auditId));
    auto *layout = new QVBoxLayout(dialog);
    auto *text = new QPlainTextEdit(dialog);
    text->setReadOnly(true);
    text->setPlainText(tr("Audit entry #%1\nWhen: %2\nWho: %3\nAction: %4 (%5)\nTarget: %6\n\n"
                          "Plan:\n%7\nOutcome:\n%8")
                           .arg(QString::number(auditId),
                               QDateTime::fromMSecsSinceEpoch(it->atMs).toString(Qt::ISODate),
                               it->actor, it->action, capacity::Annotations::kindName(it->kind),
                               it->target, pretty(it->plan), pretty(it->outcome)));
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->resize(560, 420);
    dialog->setObjectName(QStringLiteral("auditEntryDialog"));
    dialog->show(); // not modal: the charts keep updating
}

} // namespace qm
