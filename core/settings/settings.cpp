#include "settings.h"

#include "runbookfolder.h"

#include <QSettings>
#include <limits>
#include <memory>

namespace qm {

namespace {

// Keys: grouped like the getters. Renaming a key loses users' values: add a migration instead.
constexpr const char *kReplicaLagLimit = "connections/replicaLagLimitSeconds";
constexpr const char *kLastProfile = "connections/lastProfile";
constexpr const char *kHealthInterval = "health/intervalMs";
constexpr const char *kProbeTimeout = "health/probeTimeoutMs";
constexpr const char *kSummaryRefresh = "overview/refreshMs";
constexpr const char *kSlowRoundTrip = "health/slowRoundTripMs";
constexpr const char *kLanguage = "ui/language";
constexpr const char *kTheme = "ui/theme";
constexpr const char *kGeometry = "window/geometry";
constexpr const char *kState = "window/state";
constexpr const char *kWorkspace = "window/workspace";
constexpr const char *kViewsGroup = "views/";
constexpr const char *kOrdersViews = "orders/savedViews";
constexpr const char *kOrdersStuck = "orders/stuckMinutes";
constexpr const char *kElevationMinutes = "safety/elevationMinutes";
constexpr const char *kTypedAboveKeys = "safety/typedConfirmAboveKeys";
constexpr const char *kTypedAboveProducts = "safety/typedConfirmAboveProducts";
constexpr const char *kCheckpointDir = "audit/checkpointDir";
constexpr const char *kCheckpointKey = "audit/checkpointKey";
constexpr const char *kCheckpointMinutes = "audit/checkpointMinutes";
constexpr const char *kIdleLockSeconds = "safety/idleLockSeconds";
constexpr const char *kIdleLockEnvironments = "safety/idleLockEnvironments";

// Defaults
constexpr int kDefaultIdleLockSeconds = 15 * 60;
constexpr double kDefaultLagLimit = 5.0;
constexpr int kDefaultHealthInterval = 1000;
constexpr int kDefaultProbeTimeout = 2500;
constexpr int kDefaultSummaryRefresh = 2000;
constexpr double kDefaultSlowRoundTrip = 100.0;
constexpr int kDefaultOrdersStuck = 30;
constexpr int kDefaultElevationMinutes = 30;
constexpr qint64 kDefaultTypedAboveKeys = 100000;
constexpr qint64 kDefaultTypedAboveProducts = 10000;
constexpr int kDefaultCheckpointMinutes = 15;

QString g_backingFile;

std::unique_ptr<QSettings> open()
{
    if (!g_backingFile.isEmpty())
        return std::make_unique<QSettings>(g_backingFile, QSettings::IniFormat);
    return std::make_unique<QSettings>();
}

template <typename T> T clamped(T v, T lo, T hi, T fallback)
{
    return (v < lo || v > hi) ? fallback : v;
}

} // namespace

QVariant Settings::value(const char *key, const QVariant &fallback)
{
    return open()->value(QLatin1String(key), fallback);
}

void Settings::setValue(const char *key, const QVariant &value)
{
    open()->setValue(QLatin1String(key), value);
}

QByteArray Settings::viewState(const QString &key)
{
    if (key.isEmpty())
        return {};
    const QVariant v = open()->value(QLatin1String(kViewsGroup) + key);
    return v.typeId() == QMetaType::QByteArray ? v.toByteArray() : QByteArray();
}
void Settings::setViewState(const QString &key, const QByteArray &state)
{
    if (!key.isEmpty())
        open()->setValue(QLatin1String(kViewsGroup) + key, state);
}
void Settings::clearViewState(const QString &key)
{
    if (!key.isEmpty())
        open()->remove(QLatin1String(kViewsGroup) + key);
}

void Settings::setBackingFile(const QString &iniPath)
{
    g_backingFile = iniPath;
}
void Settings::sync()
{
    open()->sync();
}

double Settings::replicaLagLimitSeconds()
{
    return clamped(
        value(kReplicaLagLimit, kDefaultLagLimit).toDouble(), 0.0, 3600.0, kDefaultLagLimit);
}
void Settings::setReplicaLagLimitSeconds(double s)
{
    setValue(kReplicaLagLimit, s);
}

QString Settings::auditCheckpointDir()
{
    return value(kCheckpointDir, QString()).toString();
}
void Settings::setAuditCheckpointDir(const QString &dir)
{
    setValue(kCheckpointDir, dir);
}

QString Settings::auditCheckpointKey()
{
    return value(kCheckpointKey, QString()).toString();
}
void Settings::setAuditCheckpointKey(const QString &path)
{
    setValue(kCheckpointKey, path);
}

int Settings::auditCheckpointMinutes()
{
    return clamped(value(kCheckpointMinutes, kDefaultCheckpointMinutes).toInt(), 0, 24 * 60,
        kDefaultCheckpointMinutes);
}
void Settings::setAuditCheckpointMinutes(int minutes)
{
    setValue(kCheckpointMinutes, minutes);
}

QString Settings::theme()
{
    const QString t = value(kTheme, QString()).toString();
    return t == u"light" || t == u"dark" ? t : QString();
}

void Settings::setTheme(const QString &theme)
{
    setValue(kTheme, theme);
}

QString Settings::language()
{
    return value(kLanguage, QString()).toString();
}
void Settings::setLanguage(const QString &code)
{
    setValue(kLanguage, code);
}

QString Settings::lastProfile()
{
    return value(kLastProfile, QString()).toString();
}
void Settings::setLastProfile(const QString &name)
{
    setValue(kLastProfile, name);
}

int Settings::healthIntervalMs()
{
    return clamped(
        value(kHealthInterval, kDefaultHealthInterval).toInt(), 200, 60000, kDefaultHealthInterval);
}
void Settings::setHealthIntervalMs(int ms)
{
    setValue(kHealthInterval, ms);
}

int Settings::probeTimeoutMs()
{
    return clamped(
        value(kProbeTimeout, kDefaultProbeTimeout).toInt(), 100, 30000, kDefaultProbeTimeout);
}
void Settings::setProbeTimeoutMs(int ms)
{
    setValue(kProbeTimeout, ms);
}

int Settings::summaryRefreshMs()
{
    return clamped(value(kSummaryRefresh, kDefaultSummaryRefresh).toInt(), 250, 600000,
        kDefaultSummaryRefresh);
}
void Settings::setSummaryRefreshMs(int ms)
{
    setValue(kSummaryRefresh, ms);
}

double Settings::slowRoundTripMs()
{
    return clamped(value(kSlowRoundTrip, kDefaultSlowRoundTrip).toDouble(), 1.0, 60000.0,
        kDefaultSlowRoundTrip);
}
void Settings::setSlowRoundTripMs(double ms)
{
    setValue(kSlowRoundTrip, ms);
}

QByteArray Settings::mainWindowGeometry()
{
    return value(kGeometry, QByteArray()).toByteArray();
}
void Settings::setMainWindowGeometry(const QByteArray &g)
{
    setValue(kGeometry, g);
}
QByteArray Settings::mainWindowState()
{
    return value(kState, QByteArray()).toByteArray();
}
void Settings::setMainWindowState(const QByteArray &s)
{
    setValue(kState, s);
}
int Settings::lastWorkspace()
{
    return value(kWorkspace, 0).toInt();
}
void Settings::setLastWorkspace(int index)
{
    setValue(kWorkspace, index);
}

QByteArray Settings::ordersSavedViews()
{
    return value(kOrdersViews, QByteArray()).toByteArray();
}
void Settings::setOrdersSavedViews(const QByteArray &json)
{
    setValue(kOrdersViews, json);
}
int Settings::ordersStuckMinutes()
{
    return clamped(
        value(kOrdersStuck, kDefaultOrdersStuck).toInt(), 1, 7 * 24 * 60, kDefaultOrdersStuck);
}
void Settings::setOrdersStuckMinutes(int minutes)
{
    setValue(kOrdersStuck, minutes);
}

int Settings::elevationMinutes()
{
    return clamped(value(kElevationMinutes, kDefaultElevationMinutes).toInt(), 1, 8 * 60,
        kDefaultElevationMinutes);
}
void Settings::setElevationMinutes(int minutes)
{
    setValue(kElevationMinutes, minutes);
}
int Settings::idleLockSeconds()
{
    return clamped(value(kIdleLockSeconds, kDefaultIdleLockSeconds).toInt(), 0, 24 * 3600,
        kDefaultIdleLockSeconds);
}
void Settings::setIdleLockSeconds(int seconds)
{
    setValue(kIdleLockSeconds, seconds);
}
QStringList Settings::idleLockEnvironments()
{
    return value(kIdleLockEnvironments, QStringList {QStringLiteral("production")}).toStringList();
}
void Settings::setIdleLockEnvironments(const QStringList &environmentKeys)
{
    setValue(kIdleLockEnvironments, environmentKeys);
}

qint64 Settings::typedConfirmAboveKeys()
{
    return clamped<qint64>(value(kTypedAboveKeys, kDefaultTypedAboveKeys).toLongLong(), 0,
        std::numeric_limits<qint64>::max(), kDefaultTypedAboveKeys);
}
void Settings::setTypedConfirmAboveKeys(qint64 count)
{
    setValue(kTypedAboveKeys, count);
}
qint64 Settings::typedConfirmAboveProducts()
{
    return clamped<qint64>(value(kTypedAboveProducts, kDefaultTypedAboveProducts).toLongLong(), 0,
        std::numeric_limits<qint64>::max(), kDefaultTypedAboveProducts);
}
void Settings::setTypedConfirmAboveProducts(qint64 count)
{
    setValue(kTypedAboveProducts, count);
}

QString runbookFolderSetting()
{
    return open()->value(QStringLiteral("runbooks/folder")).toString();
}

void setRunbookFolderSetting(const QString &dir)
{
    open()->setValue(QStringLiteral("runbooks/folder"), dir);
}

} // namespace qm
