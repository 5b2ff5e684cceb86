#pragma once

#include "profiles/profile.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace qm {

// Edits one connection profile: environment, the store's backend (the reference store or
// Vendure, with Vendure's Admin / Shop API), PostgreSQL servers and sign-in, Redis, and the
// optional Patroni / Varnish / Prometheus endpoints. Passwords are typed here but never stored in
// the profile: the dialog hands them to the keychain (when asked and reachable) or keeps them for
// this session only.
class ProfileForm : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileForm(QWidget *parent = nullptr);

    void setProfile(const Profile &profile);
    Profile profile() const;

    QString postgresPassword() const;
    void setPostgresPassword(const QString &password); // as if typed
    QString redisPassword() const;
    bool rememberPasswords() const;
    void clearPasswords();
    void setKeychainAvailable(bool available, const QString &reason);

Q_SIGNALS:
    void edited();

private:
    void updateRedisMode();
    void updateBackend();
    void updateTlsWarning();
    QLineEdit *lineEdit(const QString &placeholder = {});

    // The Redis ACL user settings (user, user_from_database, passfile) have no field yet: the
    // form keeps those of the profile it shows, so editing does not drop them.
    RedisSettings m_redisAuth;

    QLineEdit *m_name;
    QComboBox *m_environment;
    QComboBox *m_backend;
    QWidget *m_vendureBox;
    QLineEdit *m_vendureAdmin;
    QLineEdit *m_vendureShop;
    QLineEdit *m_vendureUser;
    QLineEdit *m_vendurePassfile;
    QLineEdit *m_hosts;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QComboBox *m_sslmode;
    QLineEdit *m_passfile;
    QLineEdit *m_caFile;
    QLineEdit *m_clientCert;
    QLineEdit *m_clientKey;
    QLabel *m_tlsWarning;
    QComboBox *m_redisMode;
    QLineEdit *m_redisHost;
    QSpinBox *m_redisPort;
    QLineEdit *m_redisMaster;
    QLineEdit *m_redisNodes;
    QLineEdit *m_redisPassword;
    QCheckBox *m_redisTls;
    QLineEdit *m_patroni;
    QLineEdit *m_varnish;
    QLineEdit *m_prometheus;
    QLabel *m_redisNodesLabel;
    QLabel *m_redisHostLabel;
    QLabel *m_redisMasterLabel;
    QWidget *m_redisHostRow;
};

} // namespace qm
