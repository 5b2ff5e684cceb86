#pragma once

#include "common/result.h"
#include "profiles/profile.h"

#include <QList>
#include <QString>

namespace qm {

// Profiles as one JSON file each under QStandardPaths::AppConfigLocation/profiles (or a folder
// given for tests). Files hold endpoints and names only: secrets go to the SecretStore.
// These are a few small local files, read on demand.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(qm::ProfileStore)
public:
    explicit ProfileStore(QString directory = {});

    QString directory() const { return m_dir; }
    QString fileFor(const QString &profileName) const;

    // Every readable profile, sorted by name; unreadable files are reported in *problems.
    QList<Profile> loadAll(QStringList *problems = nullptr) const;
    Result<Profile> load(const QString &name) const;
    bool contains(const QString &name) const;
    // Writes the profile; when previousName differs (a rename) the old file is removed.
    Status save(const Profile &profile, const QString &previousName = {});
    Status remove(const QString &name);

    // Import/export: the same JSON as the sandbox's profile.json, never with a secret.
    static Result<Profile> importFile(const QString &path);
    static Status exportFile(const Profile &profile, const QString &path);

    static QString defaultDirectory();

private:
    QString m_dir;
};

} // namespace qm
