#pragma once

#include "profiles/profile.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace qm {

class Session;

// A strip across the top of the window that says where this console is connected, in the
// environment's colour: production red, staging amber, development green. Whoever is about to
// purge a cache sees at a glance whether it is the real store. Beside the environment: the
// profile's backend (the reference store or Vendure).
class EnvironmentBanner : public QWidget
{
    Q_OBJECT
public:
    explicit EnvironmentBanner(QWidget *parent = nullptr);

    void setProfile(const Profile &profile);
    void clear();
    void setDetail(const QString &text, const QString &toolTip = {}); // right side: user, source

    // The session's safety profile: on production "READ-ONLY" with Elevate…, or the elevation's
    // countdown with End elevation. Null (or not production): nothing shown.
    void setSession(Session *session);
    // Opens the elevation dialog (the banner's button, View ▸ Elevate…); nothing on other
    // environments or while elevated.
    void requestElevation();
    QString elevationText() const; // "READ-ONLY", "ELEVATED 29:41", empty when not production
    QPushButton *elevateButton() const { return m_elevate; }
    QPushButton *endElevationButton() const { return m_endElevation; }

    Profile::Environment environment() const { return m_environment; }
    bool hasProfile() const { return m_hasProfile; }
    QString profileName() const;
    QString title() const;
    QString backendText() const; // "Vendure", "Reference store"; empty when not connected
    // Production profile whose connections are not all verified (sslmode prefer, Redis without
    // TLS...): "UNVERIFIED TLS", the reasons in its tooltip. Empty otherwise.
    QString tlsWarningText() const;
    QColor background() const;

    static QColor backgroundFor(Profile::Environment env);
    static QColor foregroundFor(Profile::Environment env);

private:
    void applyColours();
    void updateElevation();

    QLabel *m_badge;
    QLabel *m_backend;
    QLabel *m_title;
    QLabel *m_detail;
    QLabel *m_elevation;
    QLabel *m_tlsWarning;
    QPushButton *m_elevate;
    QPushButton *m_endElevation;
    QTimer *m_countdown;
    QPointer<Session> m_session;
    Profile::Environment m_environment = Profile::Environment::Development;
    bool m_hasProfile = false;
};

} // namespace qm
