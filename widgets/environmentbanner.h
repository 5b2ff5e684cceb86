#pragma once

#include "profiles/profile.h"

#include <QWidget>

class QLabel;

namespace qm {

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

    Profile::Environment environment() const { return m_environment; }
    bool hasProfile() const { return m_hasProfile; }
    QString profileName() const;
    QString title() const;
    QString backendText() const; // "Vendure", "Reference store"; empty when not connected
    QColor background() const;

    static QColor backgroundFor(Profile::Environment env);
    static QColor foregroundFor(Profile::Environment env);

private:
    void applyColours();

    QLabel *m_badge;
    QLabel *m_backend;
    QLabel *m_title;
    QLabel *m_detail;
    Profile::Environment m_environment = Profile::Environment::Development;
    bool m_hasProfile = false;
};

} // namespace qm
