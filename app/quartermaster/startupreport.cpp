#include "startupreport.h"

#include "common/stallmeter.h"
#include "healthstrip.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "session/session.h"
#include "storesummarymodel.h"
#include "tls/clientcert.h"
#include "workspace.h"
#include "workspacehost.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QLoggingCategory>
#include <QPixmap>
#include <QRegularExpression>
#include <cstdio>
#ifdef Q_OS_LINUX // the process's start time and RSS come from /proc
#include <ctime>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcStartup, "qm.startup", QtInfoMsg)

namespace qm {

namespace {
QElapsedTimer g_fallbackClock; // started on first use: a coarse stand-in without /proc

void printLine(const QByteArray &json)
{
    std::fprintf(stdout, "%s\n", json.constData());
    std::fflush(stdout);
}
} // namespace

StartupReport::StartupReport(MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    m_deadline.setSingleShot(true);
    if (!g_fallbackClock.isValid())
        g_fallbackClock.start();
}

qint64 StartupReport::msSinceProcessStart()
{
#ifdef Q_OS_LINUX
    QFile f(QStringLiteral("/proc/self/stat"));
    timespec now {};
    if (f.open(QIODevice::ReadOnly) && clock_gettime(CLOCK_BOOTTIME, &now) == 0) {
        const QByteArray stat = f.readAll();
        // Field 22 (starttime); skip "pid (comm)" first since comm may contain spaces.
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 19) {
            const qint64 ticks = fields.at(19).toLongLong();
            const qint64 hz = sysconf(_SC_CLK_TCK);
            const qint64 nowMs = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
            if (hz > 0)
                return nowMs - ticks * 1000 / hz;
        }
    }
#endif
    return g_fallbackClock.elapsed();
}

void StartupReport::mark(const char *what)
{
    if (!lcStartup().isDebugEnabled())
        return;
#ifdef Q_OS_LINUX
    const auto us = [](clockid_t clock) {
        timespec t {};
        clock_gettime(clock, &t);
        return static_cast<long long>(t.tv_sec) * 1000000 + t.tv_nsec / 1000;
    };
    // Wall clock, then the CPU this thread and the whole process used since exec (on a loaded
    // machine the CPU figures say more than the wall clock, which includes waiting for a core).
    qCDebug(lcStartup, "mark %s %lld cpu %lld %lld", what, us(CLOCK_MONOTONIC),
        us(CLOCK_THREAD_CPUTIME_ID), us(CLOCK_PROCESS_CPUTIME_ID));
#else
    qCDebug(lcStartup, "mark %s %lld", what,
        static_cast<long long>(g_fallbackClock.nsecsElapsed() / 1000));
#endif
}

long StartupReport::statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

QString StartupReport::tlsSummary(const Profile &p)
{
    QString s = QStringLiteral("TLS: PostgreSQL sslmode %1").arg(p.sslmode);
    s += p.caFile.isEmpty() ? QStringLiteral(", CA: libpq's default")
                            : QStringLiteral(", CA %1").arg(p.caFile);
    s += p.redis.tls ? QStringLiteral("; Redis TLS") : QStringLiteral("; Redis plain text");
    if (p.clientCert.isEmpty())
        return s + QStringLiteral("; no client certificate");
    const Result<tls::ClientIdentity> id = tls::loadClientIdentity(p.clientCert, p.clientKey);
    if (!id)
        return s
            + QStringLiteral("; client certificate %1 NOT usable: %2")
                  .arg(p.clientCert, id.error().message);
    return s
        + QStringLiteral("; client certificate %1 (CN %2, expires %3) presented to "
                         "PostgreSQL%4")
              .arg(p.clientCert,
                  id.value().certificate.subjectInfo(QSslCertificate::CommonName).join(u','),
                  id.value().certificate.expiryDate().toString(Qt::ISODate),
                  p.redis.tls ? QStringLiteral(" and Redis") : QString());
}

void StartupReport::checkInto(const QString &screenshotPath, int timeoutMs)
{
    m_check = true;
    m_shotPath = screenshotPath;
    m_window->installEventFilter(this);
    connect(m_window, &MainWindow::liveDataChanged, this, [this](bool live) {
        if (live) // let the cards and the strip paint their values first
            QTimer::singleShot(400, this, &StartupReport::maybeShoot);
    });
    connect(&m_deadline, &QTimer::timeout, this, [this, timeoutMs] {
        if (m_done)
            return;
        m_done = true;
        std::fprintf(stderr, "quartermaster --check: no live data after %d s: %s\n",
            timeoutMs / 1000, qPrintable(whatIsMissing()));
        if (!m_shotPath.isEmpty())
            m_window->grab().save(m_shotPath); // what it looked like, for the person debugging
        QCoreApplication::exit(1);
    });
    m_deadline.start(timeoutMs);
}

QString StartupReport::whatIsMissing() const
{
    QStringList missing;
    missing << QStringLiteral("the window says \"") + m_window->statusMessage() + u'"';
    if (!m_window->healthStrip()->primaryUp())
        missing << QStringLiteral("the health strip does not show the primary up (")
                + m_window->healthStrip()
                      ->itemToolTip(0)
                      .replace(QRegularExpression(QStringLiteral("<[^>]+>")), QStringLiteral(" "))
                      .simplified()
                + u')';
    const OverviewPage *o = m_window->overview();
    if (o && !o->summaryModel()->hasData())
        missing << QStringLiteral("the store summary did not load")
                + (o->summaryModel()->lastError().isEmpty()
                        ? QString()
                        : QStringLiteral(": ") + o->summaryModel()->lastError());
    return missing.join(QStringLiteral("; "));
}

void StartupReport::maybeShoot()
{
    if (m_done || !m_window->showsLiveData())
        return;
    m_done = true;
    // Rendering and PNG-encoding the screenshot is the check's own work, not the console's.
    if (StallMeter *meter = StallMeter::instance())
        meter->stop();
    const QPixmap shot = m_window->grab();
    if (shot.isNull() || !shot.save(m_shotPath, "PNG")) {
        std::fprintf(stderr, "quartermaster --check: could not write %s\n", qPrintable(m_shotPath));
        QCoreApplication::exit(1);
        return;
    }
    std::fprintf(stdout, "quartermaster --check: live data shown; screenshot %s (%dx%d)\n",
        qPrintable(m_shotPath), shot.width(), shot.height());
    if (const Session *session = m_window->session())
        std::fprintf(
            stdout, "quartermaster --check: %s\n", qPrintable(tlsSummary(session->profile())));
    std::fflush(stdout);
    if (m_visitWorkspaces && m_window->workspaces()->count() > 1) {
        m_deadline.stop();
        visitWorkspace(1);
        return;
    }
    finishCheck();
}

void StartupReport::visitWorkspace(int index)
{
    WorkspaceHost *host = m_window->workspaces();
    if (index >= host->count()) {
        finishCheck();
        return;
    }
    host->setCurrentIndex(index);
    // Long enough for a first page, a count and a chart to arrive on the sandbox.
    QTimer::singleShot(4000, this, [this, host, index] {
        QString path = m_shotPath;
        const QString suffix = u'-' + host->key(index);
        const qsizetype dot = path.lastIndexOf(u'.');
        path.insert(dot > path.lastIndexOf(u'/') ? dot : path.size(), suffix);
        const QPixmap shot = m_window->grab();
        std::fprintf(stdout, "quartermaster --check: %s %s\n", qPrintable(path),
            shot.save(path, "PNG") ? "saved" : "NOT saved");
        std::fflush(stdout);
        visitWorkspace(index + 1);
    });
}

void StartupReport::finishCheck()
{
    QCoreApplication::exit(0);
}

void StartupReport::exitAfterFirstPaint(int timeoutMs)
{
    m_firstPaint = true;
    m_window->installEventFilter(this);
    connect(m_window->healthStrip(), &HealthStrip::changed, this, [this] {
        if (m_painted && !m_done && m_window->healthStrip()->primaryUp())
            reportConnected();
    });
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_done)
            return;
        m_done = true;
        std::fprintf(stderr, "quartermaster: not connected before the deadline: %s\n",
            qPrintable(whatIsMissing()));
        QCoreApplication::exit(1);
    });
    m_deadline.start(timeoutMs);
}

void StartupReport::reportConnected()
{
    m_done = true;
    printLine(QStringLiteral("{\"connected_ms\":%1,\"rss_kb\":%2,\"rss_anon_kb\":%3}")
                  .arg(msSinceProcessStart())
                  .arg(rssKb())
                  .arg(statusKb("RssAnon"))
                  .toLatin1());
    QCoreApplication::exit(0);
}

bool StartupReport::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        mark("paint");
        QTimer::singleShot(0, this, [] { mark("painted"); });
        if (m_firstPaint) {
            // Report right after this paint has been handled.
            QTimer::singleShot(0, this, [this] {
                printLine(QStringLiteral("{\"first_paint_ms\":%1,\"rss_kb\":%2,\"rss_anon_kb\":%3}")
                              .arg(msSinceProcessStart())
                              .arg(rssKb())
                              .arg(statusKb("RssAnon"))
                              .toLatin1());
                if (m_window->healthStrip()->primaryUp())
                    reportConnected();
            });
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace qm
