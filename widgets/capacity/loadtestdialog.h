#pragma once

#include "common/result.h"
// The Capacity workspace's load test (core/capacity/loadtest.h): a ramp of order rates, the step
// length and the limits; Start runs the storefront simulator step by step with a progress bar,
// Cancel stops it at once; each step lands as a row of the table (achieved orders/s, checkout
// p50/p95, errors, DB connections, CPU, verdict) and the readout names the highest stable rate,
// the recorded peak a percentage ramp was based on, the first resource to saturate and the
// recommendation. While it runs, live charts (TimeChart) show orders/s and errors/s, checkout
// p95/p99, DB connections against max_connections, Redis memory against maxmemory and Redis
// ops/s, from the simulator's /metrics and the server source (Prometheus or direct sampling),
// all read asynchronously by the runner.
// A finished or cancelled run is handed to `recordRun` (the page writes it to the audit log on a
// worker thread, so the charts mark it as an annotation).

#include "capacity/loadtest.h"

#include <QDialog>
#include <QFuture>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace qm {

class TimeChart;

class LoadTestDialog : public QDialog
{
    Q_OBJECT
public:
    // `base`: binary, profile, metrics port, Prometheus; the dialog fills in ramp, step, limits.
    explicit LoadTestDialog(capacity::LoadTestConfig base, QWidget *parent = nullptr);
    ~LoadTestDialog() override;

    // Called on the GUI thread when a run ends with at least one step; must not block.
    void setRecorder(
        std::function<void(const capacity::LoadTestConfig &, const capacity::LoadTestResult &)>
            recordRun);
    // Write ahead: called on the GUI thread when Start is pressed, before the simulator starts;
    // the run starts only when the returned future says the audit log took its intent.
    void setIntentRecorder(
        std::function<QFuture<Status>(const capacity::LoadTestConfig &)> recordIntent);
    // Refuses to start (Start disabled, the reason shown): production profiles.
    void setRefusal(const QString &why);

    // What a percentage ramp is based on (the page looks it up off the GUI thread); an error
    // names why there is none (then only a peak typed by hand makes a percentage ramp run).
    void setRecordedPeak(const Result<capacity::RecordedPeak> &peak);
    // The servers' side of the live charts and the readout (owned by the caller; may be null).
    void setServerSource(capacity::MetricSource *source);

    void setRamp(const QString &ramp); // orders/s
    void setRampPercent(const QString &percents); // % of the peak (switches the mode)
    void setPeakOverride(double ordersPerSecond); // 0: the recorded peak
    void setP99TargetMs(int ms);
    void setStepSeconds(int seconds);
    void setP95LimitMs(int ms);
    void start();
    void cancel();
    bool running() const;
    QString readout() const;
    QTableWidget *table() const { return m_table; }
    QString firstSaturatedText() const;
    // Live charts: orders & errors, checkout latency, DB connections, Redis memory, Redis ops.
    QList<TimeChart *> liveCharts() const { return m_charts; }
    capacity::LoadTestRunner *runner() const { return m_runner.get(); }

Q_SIGNALS:
    void runFinished(const qm::capacity::LoadTestResult &result);

private:
    void onStep(int index, const capacity::LoadStepResult &step);
    void onFinished(const capacity::LoadTestResult &result);
    void setRunning(bool running);
    void launch(const capacity::LoadTestConfig &config);
    void onLive(const capacity::LiveSample &sample);
    void updatePeakLabel();

    capacity::LoadTestConfig m_base;
    std::unique_ptr<capacity::LoadTestRunner> m_runner;
    std::function<void(const capacity::LoadTestConfig &, const capacity::LoadTestResult &)>
        m_record;
    std::function<QFuture<Status>(const capacity::LoadTestConfig &)> m_intent;
    QLineEdit *m_ramp = nullptr;
    QComboBox *m_mode = nullptr;
    QDoubleSpinBox *m_peak = nullptr;
    QLabel *m_peakSource = nullptr;
    QSpinBox *m_p99 = nullptr;
    QLabel *m_saturation = nullptr;
    QList<TimeChart *> m_charts;
    std::optional<Result<capacity::RecordedPeak>> m_recordedPeak;
    QPointer<capacity::MetricSource> m_servers;
    bool m_thresholdsSet = false;
    QSpinBox *m_step = nullptr;
    QSpinBox *m_p95 = nullptr;
    QSpinBox *m_errors = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_readout = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace qm
