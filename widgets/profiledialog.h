#pragma once

#include "profiles/connectiontester.h"
#include "profiles/credentials.h"
#include "profiles/profile.h"
#include "profiles/profilestore.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace qm {

class ConnectionTester;
class ProfileForm;
class SecretStore;
struct TestOutcome;

// Create, edit, test and delete connection profiles. "Test" tries every server at once off the GUI
// thread and reports, per PostgreSQL node and for Redis, what worked and what exactly did not
// (wrong password, connection refused, unreachable, no console schema). "Connect" saves the
// profile and closes the dialog with it selected.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    ProfileDialog(ProfileStore *store, SecretStore *secrets, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    void selectProfile(const QString &name);
    void editProfile(const Profile &profile); // a profile not in the store yet (e.g. --profile)

    Profile selectedProfile() const { return m_chosen; }
    // Passwords typed for this session (empty: look them up as usual).
    QString typedPostgresPassword() const { return m_chosenPassword; }
    QString typedRedisPassword() const { return m_chosenRedisPassword; }

    ProfileForm *form() const { return m_form; }
    void startTest(); // what the Test button does
    bool isTesting() const { return m_tester != nullptr; }
    int testResultCount() const;
    QString testResultText(int i) const;

Q_SIGNALS:
    void testFinished(int failures);

private:
    void reload(const QString &select = {});
    void showProfile(int row);
    void newProfile();
    void duplicateProfile();
    void deleteProfile();
    void importProfile();
    void exportProfile();
    bool saveCurrent();
    void connectProfile();
    void runTestWith(const Profile &profile, const Credentials &credentials);
    void addOutcome(const TestOutcome &outcome);
    void clearResults();
    void storePasswords(const Profile &profile);
    bool validateOrExplain(const Profile &profile);

    ProfileStore *m_store;
    SecretStore *m_secrets;
    QList<Profile> m_profiles;
    QString m_editingName; // the stored name of the profile in the form ("" for a new one)
    QListWidget *m_list;
    ProfileForm *m_form;
    QPushButton *m_test;
    QLabel *m_results;
    QStringList m_outcomes; // "PostgreSQL host:port: message", in arrival order
    QStringList m_outcomeHtml;
    QLabel *m_credentialNote;
    QDialogButtonBox *m_buttons;
    QPointer<ConnectionTester> m_tester;
    Profile m_chosen;
    QString m_chosenPassword;
    QString m_chosenRedisPassword;
};

} // namespace qm
