#pragma once

#include "capacity/annotations.h"
#include "capacity/forecast.h"
#include "capacity/metricsource.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <memory>
#include <vector>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QFrame;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace qm {

class LoadTestDialog;
class TimeChart;

// Capacity: will the store hold, and why. Two presets of stacked charts — Business (orders/min
// vs expected, checkout p95, payment failures, queue backlog) and Infrastructure (DB connections
// vs max_connections, TPS, replication lag, CPU, Redis memory vs maxmemory, hit ratio) — with one
// shared time axis and crosshair, live updates through a MetricSource (off the GUI thread),
// threshold alerts, forecasts with the time until saturation, audit-log annotations, and export.
class CapacityPage : public Workspace
{
    Q_OBJECT
public:
    enum class Preset { Business, Infrastructure };
    struct SeriesSpec
    {
        QString id; // the source's expression (MemorySource / direct sampling ids)
        QString label;
        QString unit;
        double scale = 1.0; // bytes are shown in MiB
        bool dashed = false;
    };
    struct ChartSpec
    {
        QString key;
        QString title;
        std::vector<SeriesSpec> series;
    };
    static std::vector<ChartSpec> presetCharts(Preset preset);

    explicit CapacityPage(QWidget *parent = nullptr);
    ~CapacityPage() override;

    static QString workspaceTitle() { return tr("Capacity"); }
    static QIcon workspaceIcon();
    static QString workspaceKey() { return QStringLiteral("capacity"); }
    QString title() const override { return workspaceTitle(); }
    QIcon icon() const override { return workspaceIcon(); }
    QString key() const override { return workspaceKey(); }
    void setSession(Session *session) override;
    void setActive(bool active) override;

    // The data source (not owned; null: "no data source configured").
    void setSource(capacity::MetricSource *source);
    // What setSession() uses: the profile's Prometheus, or direct sampling without one.
    void useSessionSource();
    capacity::MetricSource *source() const { return m_source; }
    void setPreset(Preset preset);
    Preset preset() const { return m_preset; }
    // The visible window: the last `spanMs` up to now (live) or a fixed one after zoom/pan.
    void setSpan(qint64 spanMs);
    qint64 span() const { return m_spanMs; }
    void setLive(bool live);
    void setForecastEnabled(bool on);
    void setRefreshIntervalMs(int ms);
    // The clock the page reads (tests and the demo pin it).
    void setClock(std::function<qint64()> nowMs) { m_now = std::move(nowMs); }
    // Annotations shown on every chart (normally loaded from the session's audit log).
    void setAnnotations(std::vector<capacity::Annotation> annotations);
    void refresh(); // fetch now (also on the timer while live and active)

    // For tests and screenshots.
    QList<TimeChart *> charts(Preset preset) const;
    QList<TimeChart *> visibleCharts() const { return charts(m_preset); }
    QStringList alerts() const { return m_alertTexts; }
    QString stateText() const; // what the state line says ("Loading…", "Source down: …")
    QString saturationText(const QString &chartKey) const;
    // Why a chart has no data from this source ("\"node.cpu\" needs Prometheus: ..."), or empty.
    QString chartNote(const QString &chartKey) const;
    TimeChart *currentChart() const;
    bool exportPng(const QString &path);
    QFuture<Status> exportCsv(const QString &path);

Q_SIGNALS:
    void alertRaised(const QString &seriesId, const QString &text);
    void annotationActivated(qint64 auditId);
    void dataArrived(); // after a fetch wave finished (tests wait for it)
    void forecastsUpdated();

public:
    // The load test dialog (one per page; opened by "Load test…").
    LoadTestDialog *openLoadTest();

private:
    struct ChartView
    {
        ChartSpec spec;
        TimeChart *chart = nullptr;
        QLabel *saturation = nullptr;
        QWidget *cell = nullptr;
    };
    QWidget *buildPreset(Preset preset);
    void setRangeAll(qint64 from, qint64 to);
    void setCursorAll(qint64 ms);
    void onFetched(int generation, std::size_t chartIndex, std::size_t seriesIndex,
        const Result<std::vector<capacity::TimeSeries>> &result);
    void onThresholds(const Result<std::vector<capacity::Threshold>> &result);
    void waveDone();
    void updateAlerts();
    void runForecasts();
    void loadAnnotations();
    void showAnnotation(qint64 auditId);
    void setState(const QString &text, bool problem);
    void updateStack();
    qint64 now() const { return m_now(); }
    std::vector<ChartView> &views(Preset p) { return p == Preset::Business ? m_business : m_infra; }
    const std::vector<ChartView> &views(Preset p) const
    {
        return p == Preset::Business ? m_business : m_infra;
    }

    QPointer<capacity::MetricSource> m_source;
    QPointer<Session> m_session;
    Preset m_preset = Preset::Business;
    qint64 m_spanMs = 6LL * 3600 * 1000;
    qint64 m_from = 0;
    qint64 m_to = 0;
    bool m_live = true;
    bool m_forecast = false;
    bool m_everLoaded = false;
    int m_generation = 0;
    int m_inFlight = 0;
    int m_wavePending = 0; // series of the current wave still to answer
    QElapsedTimer m_annotationsRead; // when the audit log was last read for markers
    qint64 m_annotationsFromMinute = -1; // the range start (in minutes) it was read for
    QString m_sourceError;
    std::vector<capacity::Threshold> m_thresholds;
    std::vector<capacity::Annotation> m_annotations;
    QHash<QString, QString> m_saturation; // chart key -> sentence
    QStringList m_alertTexts;
    QStringList m_alertIds;
    std::function<qint64()> m_now;
    std::vector<ChartView> m_business;
    std::vector<ChartView> m_infra;
    TimeChart *m_current = nullptr;
    QTimer m_timer;
    QTimer m_refetch; // a zoom or pan outside what was loaded fetches once it settles
    int m_forecastGeneration = 0;

    QStackedWidget *m_stack = nullptr; // 0: state message, 1: the charts
    QStackedWidget *m_presets = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    QFrame *m_alertBanner = nullptr;
    QLabel *m_alertLabel = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QButtonGroup *m_presetGroup = nullptr;
    QButtonGroup *m_spanGroup = nullptr;
    QToolButton *m_liveButton = nullptr;
    QToolButton *m_forecastButton = nullptr;
    QHash<QString, QString> m_chartNotes; // chart key -> why its source gives no data
    std::unique_ptr<capacity::MetricSource> m_ownedSource; // the demo source, when asked for
    QPointer<LoadTestDialog> m_loadTest;
    QString m_profileCopy; // the session's profile for the load test's simulator (temp folder)
};

} // namespace qm
