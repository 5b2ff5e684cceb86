#include "hasandbox.h"

#include <QCoreApplication>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>
#include <pqxx/pqxx>
#include <unistd.h>

namespace qmtest {

int runCommand(const QStringList &command, QString *output, int timeoutMs, RunLog log,
    const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(command.first(), command.mid(1));
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        qWarning() << command << "timed out";
        return -1;
    }
    const QString out = QString::fromUtf8(p.readAll()).trimmed();
    if (output)
        *output = out;
    if (log == RunLog::Always || (log == RunLog::OnFailure && p.exitCode() != 0))
        qInfo().noquote() << command.join(u' ') << "->" << p.exitCode() << "\n" << out.right(3000);
    return p.exitCode();
}

void waitMs(int ms)
{
    QTest::qWait(ms);
}

bool HaSandbox::disabled()
{
    return qEnvironmentVariable("QM_TEST_NO_HA") == QLatin1String("1");
}

int HaSandbox::portBase()
{
    return qEnvironmentVariableIsSet("QM_TEST_HA_BASE")
        ? qEnvironmentVariableIntValue("QM_TEST_HA_BASE")
        : (qEnvironmentVariableIsSet("QM_SANDBOX_PORT_BASE")
                  ? qEnvironmentVariableIntValue("QM_SANDBOX_PORT_BASE")
                  : 16432)
            + 400;
}

bool HaSandbox::start(const HaSandboxOptions &o, QString *error)
{
    m_log = o.log;
    m_base = portBase();
    m_state = qEnvironmentVariable("QM_TEST_HA_DIR");
    if (m_state.isEmpty()) {
        // A folder PostgreSQL's user can reach when root runs the test (like /var/tmp sandboxes).
        m_tmp = std::make_unique<QTemporaryDir>(o.folderTemplate);
        if (!m_tmp->isValid()) {
            *error = QStringLiteral("cannot make %1").arg(o.folderTemplate);
            return false;
        }
        m_tmp->setAutoRemove(qEnvironmentVariable("QM_TEST_HA_KEEP") != QLatin1String("1"));
        QFile::setPermissions(m_tmp->path(),
            QFile::permissions(m_tmp->path()) | QFile::ReadOther | QFile::ExeOther
                | QFile::ReadGroup | QFile::ExeGroup);
        m_state = m_tmp->path() + QStringLiteral("/state");
        m_own = true;
        qputenv("QM_SANDBOX_DIR", m_state.toUtf8());
        qputenv("QM_SANDBOX_PORT_BASE", QByteArray::number(m_base));
        qputenv("QM_SANDBOX_HA", "patroni");
        qputenv("QM_SANDBOX_CACHE", o.cache ? "1" : "0");
        if (o.noMonitoring)
            qputenv("QM_SANDBOX_MONITORING", "0");
        qputenv("QM_SANDBOX_PRODUCTS", QByteArray::number(o.products));
        qputenv("QM_SANDBOX_STORE", "reference");
        qunsetenv("QM_SANDBOX_NO_SEED");
        if (!qEnvironmentVariableIsSet("QM_QMCTL")) {
            // The qmctl of this build (tests live in <build>/tests).
            const QString beside
                = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/qmctl/qmctl");
            if (!o.qmctl.isEmpty())
                qputenv("QM_QMCTL", o.qmctl.toUtf8());
            else if (QFile::exists(beside))
                qputenv("QM_QMCTL", QDir::cleanPath(beside).toUtf8());
        }
        // The output of a failed up is the only trace of why: its logs go with the folder.
        QString out;
        const int rc = sandbox({QStringLiteral("up")}, 15 * 60 * 1000, &out,
            m_log == RunLog::Never ? RunLog::OnFailure : m_log);
        if (rc != 0) {
            *error = QStringLiteral("scripts/sandbox up exited with %1: %2")
                         .arg(rc)
                         .arg(out.right(1500));
            return false;
        }
    }
    qputenv("QM_SANDBOX_DIR", m_state.toUtf8());
    QFile f(m_state + QStringLiteral("/ha.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.fileName() + QStringLiteral(" missing");
        return false;
    }
    m_ha = QJsonDocument::fromJson(f.readAll()).object();
    return true;
}

void HaSandbox::destroy()
{
    if (m_own && qEnvironmentVariable("QM_TEST_HA_KEEP") != QLatin1String("1"))
        sandbox({QStringLiteral("destroy")}, 5 * 60 * 1000);
}

int HaSandbox::ttl() const
{
    return m_ha.value(QLatin1String("ttl")).toInt();
}

QList<HaMember> HaSandbox::members() const
{
    QList<HaMember> out;
    for (const QJsonValue &v : m_ha.value(QLatin1String("members")).toArray()) {
        const QJsonObject o = v.toObject();
        out << HaMember {o.value(QLatin1String("name")).toString(),
            o.value(QLatin1String("port")).toInt(), o.value(QLatin1String("data")).toString(),
            o.value(QLatin1String("rest")).toString(), o.value(QLatin1String("config")).toString()};
    }
    return out;
}

HaMember HaSandbox::member(const QString &name) const
{
    for (const HaMember &m : members())
        if (m.name == name)
            return m;
    return {};
}

int HaSandbox::sandbox(const QStringList &args, int timeoutMs, QString *output) const
{
    return sandbox(args, timeoutMs, output, m_log);
}

int HaSandbox::sandbox(const QStringList &args, int timeoutMs, QString *output, RunLog log) const
{
    return runCommand(QStringList {QStringLiteral(QM_SOURCE_DIR "/scripts/sandbox")} + args, output,
        timeoutMs, log);
}

QStringList HaSandbox::patronictl(const QStringList &args) const
{
    QStringList cmd;
    if (::geteuid() == 0)
        cmd << QStringLiteral("runuser") << QStringLiteral("-u") << QStringLiteral("postgres")
            << QStringLiteral("--");
    cmd << QStringLiteral("patronictl") << QStringLiteral("-c")
        << m_ha.value(QLatin1String("patroni_yml")).toString();
    return cmd + args;
}

HaTopology HaSandbox::topology() const
{
    HaTopology t;
    QString out;
    if (runCommand(
            patronictl({QStringLiteral("list"), QStringLiteral("-f"), QStringLiteral("json")}),
            &out, 30000)
        != 0)
        return t;
    // patronictl prints the JSON list; a paused cluster adds a line after it.
    const int end = out.lastIndexOf(u']');
    t.members = QJsonDocument::fromJson(out.left(end + 1).toUtf8()).array();
    for (const QJsonValue &v : t.members) {
        const QJsonObject m = v.toObject();
        if (m.value(QLatin1String("Role")).toString() == QLatin1String("Leader")) {
            t.leader = m.value(QLatin1String("Member")).toString();
            t.leaderState = m.value(QLatin1String("State")).toString();
            t.timeline = m.value(QLatin1String("TL")).toInt();
        }
    }
    t.paused = out.contains(QLatin1String("Maintenance mode"));
    return t;
}

bool HaTopology::healthy() const
{
    // Patroni 3.0 says "running" for a streaming replica, later ones "streaming".
    int following = 0;
    for (const QJsonValue &m : members) {
        const QJsonObject o = m.toObject();
        const QString state = o.value(QLatin1String("State")).toString();
        following += o.value(QLatin1String("Role")).toString() != QLatin1String("Leader")
            && (state == QLatin1String("running") || state == QLatin1String("streaming"));
    }
    return !leader.isEmpty() && following == 1 && !paused;
}

QString HaSandbox::ownerScalar(
    int port, const std::string &sql, const std::vector<std::string> &params) const
{
    pqxx::connection c(QStringLiteral("host=127.0.0.1 port=%1 dbname=quartermaster user=qm_owner "
                                      "passfile=%2 connect_timeout=5")
                           .arg(port)
                           .arg(m_state + QStringLiteral("/pgpass"))
                           .toStdString());
    pqxx::work tx(c);
    const pqxx::result r = tx.exec_params(sql, pqxx::prepare::make_dynamic_params(params));
    tx.commit();
    return r.empty() || r[0][0].is_null() ? QString()
                                          : QString::fromStdString(r[0][0].as<std::string>());
}

bool HaSandbox::takesWrites(int port) const
{
    try {
        ownerScalar(port,
            "create table if not exists public.ha_probe (id bigserial primary key, at "
            "timestamptz default now())");
        return !ownerScalar(port, "insert into public.ha_probe default values returning id")
                    .isEmpty();
    } catch (const std::exception &e) {
        qInfo() << "no write on" << port << ":" << e.what();
        return false;
    }
}

} // namespace qmtest
