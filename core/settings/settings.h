#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

class QSettings;

namespace qm {

// Every user setting in one place (CONVENTIONS.md #11): keys and defaults live here, callers use
// typed getters. Backed by QSettings (organisation/application names set in main()).
// Tests point it at a scratch file with setBackingFile().
class Settings
{
public:
    // Connections
    static double
    replicaLagLimitSeconds(); // above this a replica takes no reads; the strip turns amber
    static void setReplicaLagLimitSeconds(double seconds);
    static QString lastProfile(); // name of the profile opened last
    static void setLastProfile(const QString &name);

    // Health and refresh
    static int healthIntervalMs(); // how often the health monitor probes
    static void setHealthIntervalMs(int ms);
    static int probeTimeoutMs(); // a probe without an answer by then shows the server down
    static void setProbeTimeoutMs(int ms);
    static int summaryRefreshMs(); // overview cards
    static void setSummaryRefreshMs(int ms);
    static double slowRoundTripMs(); // above this a server's dot turns amber
    static void setSlowRoundTripMs(double ms);

    // Colours: "light", "dark", or empty to follow the system's. Read at start (applyAppStyle).
    static QString theme();
    static void setTheme(const QString &theme);
    // Language: "" follows the system's; else a code such as "de", "es", "fr" or "en". Read once at
    // start (languages::install), so a change applies at the next start.
    static QString language();
    static void setLanguage(const QString &code);

    // Window
    static QByteArray mainWindowGeometry();
    static void setMainWindowGeometry(const QByteArray &geometry);
    static QByteArray mainWindowState();
    static void setMainWindowState(const QByteArray &state);
    static int lastWorkspace();
    static void setLastWorkspace(int index);
    // Splitter and table-header states (views/<workspace>/<objectName>), written by
    // widgets/viewstate. Empty when none was saved; whatever is stored is validated by the reader.
    static QByteArray viewState(const QString &key);
    static void setViewState(const QString &key, const QByteArray &state);
    static void clearViewState(const QString &key);

    // Orders workspace
    static QByteArray ordersSavedViews(); // JSON array of {"name", "filter"}
    static void setOrdersSavedViews(const QByteArray &json);
    static int ordersStuckMinutes(); // paid but not picked for this long: a stuck order
    static void setOrdersStuckMinutes(int minutes);

    // Safety profiles: how long an elevation on production lasts unless the person picks another
    // duration, and above how many keys / products a destructive action asks for the typed
    // confirmation on staging too (production always asks for it).
    static int elevationMinutes();
    static void setElevationMinutes(int minutes);
    // The idle lock: after this many seconds without input (0: never) the window of a profile
    // whose environment key ("production", "staging", "development") is listed is covered until
    // the user's database password is typed again. Default 15 minutes, production only.
    static int idleLockSeconds();
    static void setIdleLockSeconds(int seconds);
    static QStringList idleLockEnvironments();
    static void setIdleLockEnvironments(const QStringList &environmentKeys);
    static qint64 typedConfirmAboveKeys();
    static void setTypedConfirmAboveKeys(qint64 count);
    static qint64 typedConfirmAboveProducts();
    static void setTypedConfirmAboveProducts(qint64 count);

    // Audit checkpoints (core/audit): with a folder and an Ed25519 private key (a PEM file, mode
    // 0600, outside the database's machines), the console signs the audit chain's head after every
    // destructive action and every N minutes while a profile is open (0: only after actions).
    static QString auditCheckpointDir();
    static void setAuditCheckpointDir(const QString &dir);
    static QString auditCheckpointKey();
    static void setAuditCheckpointKey(const QString &path);
    static int auditCheckpointMinutes();
    static void setAuditCheckpointMinutes(int minutes);

    // For tests: use this INI file instead of the platform's store (empty: back to the default).
    static void setBackingFile(const QString &iniPath);
    static void sync();

private:
    static QVariant value(const char *key, const QVariant &fallback);
    static void setValue(const char *key, const QVariant &value);
};

} // namespace qm
