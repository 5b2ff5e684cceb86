#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>
#include <string>
#include <vector>

// The HA sandbox of the HA tests (tst_patroniclient, tst_harunbooks, tst_restoredrill,
// tst_switchoverload): Patroni 3 + etcd (+ pgBackRest) made by `scripts/sandbox up` with
// QM_SANDBOX_HA=patroni on port base QM_TEST_HA_BASE (default QM_SANDBOX_PORT_BASE + 400, ctest
// never runs two at once: RESOURCE_LOCK ha_sandbox) in a temporary folder destroyed at the end.
// QM_TEST_HA_DIR names the state folder of a running HA sandbox to use instead (left running);
// QM_TEST_HA_KEEP=1 leaves the one made by the test running (and its folder); QM_TEST_NO_HA=1
// skips the tests (a machine without patroni/etcd).
namespace qmtest {

// What runCommand prints to the test log: nothing, the output of a command that failed, or
// every command with its output.
enum class RunLog { Never, OnFailure, Always };

// Runs a command to its end (killed after timeoutMs: -1); its exit code. output gets stdout and
// stderr, trimmed.
int runCommand(const QStringList &command, QString *output = nullptr, int timeoutMs = 120000,
    RunLog log = RunLog::Never,
    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

struct HaSandboxOptions
{
    QString folderTemplate = QStringLiteral("/var/tmp/qm-ha-qt.XXXXXX");
    bool cache = false; // QM_SANDBOX_CACHE: the Redis replica and three Sentinels
    bool noMonitoring = false; // QM_SANDBOX_MONITORING=0
    int products = 100; // QM_SANDBOX_PRODUCTS
    // The qmctl that `up` uses (QM_QMCTL, unless set): empty means this build's, beside the test.
    QString qmctl;
    RunLog log = RunLog::Never; // how `scripts/sandbox` commands are logged
};

// `patronictl list -f json` read by the test itself, independent of the code under test.
struct HaTopology
{
    QString leader;
    QString leaderState;
    int timeline = 0;
    bool paused = false;
    QJsonArray members;
    // A leader, one replica streaming from it, not paused.
    bool healthy() const;
};

struct HaMember
{
    QString name;
    int port = 0;
    QString data;
    QString rest;
    QString config;
};

class HaSandbox
{
public:
    static bool disabled(); // QM_TEST_NO_HA=1
    static int portBase(); // QM_TEST_HA_BASE, or QM_SANDBOX_PORT_BASE (default 16432) + 400

    // QM_TEST_HA_DIR, or a new sandbox made with `scripts/sandbox up`. Then QM_SANDBOX_DIR names
    // its state folder (for qmtest::profilePath(), scripts/sandbox, the steps that read ha.json)
    // and ha() is its ha.json. False with *error saying why.
    bool start(const HaSandboxOptions &options, QString *error);
    // `scripts/sandbox destroy` when start() made the sandbox (and QM_TEST_HA_KEEP is not 1).
    void destroy();

    QString state() const { return m_state; }
    bool own() const { return m_own; }
    int base() const { return m_base; }
    const QJsonObject &ha() const { return m_ha; }
    int ttl() const; // Patroni's ttl (ha.json)
    HaMember member(const QString &name) const;
    QList<HaMember> members() const;

    // scripts/sandbox ARGS with this sandbox's environment; its exit code.
    int sandbox(const QStringList &args, int timeoutMs, QString *output = nullptr) const;
    int sandbox(const QStringList &args, int timeoutMs, QString *output, RunLog log) const;
    // patronictl -c <patroni.yml> ARGS (as postgres when root).
    QStringList patronictl(const QStringList &args) const;
    HaTopology topology() const;
    // Polls topology() every 500 ms until pred holds; last gets the last one seen.
    template <typename P> bool waitTopology(P pred, HaTopology *last = nullptr, int seconds = 120);

    // As qm_owner on the server at port (a direct connection, not the code under test).
    QString ownerScalar(
        int port, const std::string &sql, const std::vector<std::string> &params = {}) const;
    bool takesWrites(int port) const; // an insert into public.ha_probe commits

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_state;
    bool m_own = false;
    int m_base = 0;
    RunLog m_log = RunLog::Never;
    QJsonObject m_ha;
};

void waitMs(int ms); // QTest::qWait without including QtTest here

template <typename P> bool HaSandbox::waitTopology(P pred, HaTopology *last, int seconds)
{
    for (int i = 0; i < seconds * 2; ++i) {
        const HaTopology t = topology();
        if (last)
            *last = t;
        if (pred(t))
            return true;
        waitMs(500);
    }
    return false;
}

} // namespace qmtest
