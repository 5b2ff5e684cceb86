#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QString>
#include <functional>

// What the benchmarks need for `--backend vendure` (scripts/bench passes the flag through):
// which backend a run is on, the sandbox's profile for it, and Vendure's Admin API as the peer
// (the Admin UI's own queries, signed in as the sandbox's superadmin).
namespace qm::bench {

// "--backend vendure" among argv: removed from it, remembered in the environment
// (QM_BENCH_BACKEND) so that the benchmark's child processes see it too. false: a backend that is
// neither reference nor vendure (the benchmark prints why and exits 2).
bool takeBackendArg(int &argc, char **argv);
bool onVendure(); // QM_BENCH_BACKEND=vendure
// $QM_SANDBOX_DIR/profile.json, or profile-vendure.json on Vendure.
QString benchProfilePath();

// A signed-in Admin API session over one QNetworkAccessManager of the calling thread.
class VendureAdmin
{
public:
    // settings from the profile's "vendure" block (adminApi, passfile "user password").
    VendureAdmin();
    bool login(QString *error); // not timed: the Admin UI a person compares with is signed in
    // One GraphQL request, waited for with a local event loop: `data` of the answer, or an
    // empty object and *error. *ms: request sent to answer parsed.
    QJsonObject query(const QString &gql, const QJsonObject &variables, double *ms, QString *error);
    // The same without waiting: `done` runs on this thread with the answer (or an error text).
    void queryAsync(const QString &gql, const QJsonObject &variables,
        std::function<void(const QJsonObject &data, const QString &error)> done);
    QString adminApi() const { return m_url; }

private:
    QNetworkAccessManager m_nam;
    QString m_url;
    QString m_user;
    QString m_password;
    QByteArray m_token;
};

} // namespace qm::bench
