// TimeChart's exports: the rendered chart as an image, and its visible full-resolution data as CSV
// written on a worker thread.
#include "capacity/downsample.h"
#include "capacity/timechart.h"
#include "common/csvwriter.h"

#include <QDateTime>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>
#include <limits>

namespace qm {

QImage TimeChart::render()
{
    if (m_refreshPending)
        refreshNow();
    return grab().toImage();
}

QFuture<Status> TimeChart::exportCsv(const QString &path) const
{
    // Copies of the visible full-resolution data: the worker never touches the widget.
    std::vector<capacity::TimeSeries> slices;
    for (const Slot &slot : m_series) {
        const auto [a, b] = capacity::visibleRange(slot.data.t, m_from, m_to, false);
        capacity::TimeSeries s;
        s.info = slot.info;
        s.t.assign(slot.data.t.begin() + qsizetype(a), slot.data.t.begin() + qsizetype(b));
        s.v.assign(slot.data.v.begin() + qsizetype(a), slot.data.v.begin() + qsizetype(b));
        slices.push_back(std::move(s));
    }
    const QString ioError = tr("Could not write %1: %2");
    return QtConcurrent::run([slices = std::move(slices), path, ioError]() -> Status {
        std::string out;
        csv::appendCell(out, "time", true);
        for (const auto &s : slices) {
            out += ',';
            const QString name = s.info.unit.isEmpty()
                ? (s.info.label.isEmpty() ? s.info.id : s.info.label)
                : QStringLiteral("%1 (%2)").arg(
                    s.info.label.isEmpty() ? s.info.id : s.info.label, s.info.unit);
            csv::appendCell(out, name.toStdString(), true);
        }
        out += "\r\n";
        // Merge by time: one row per distinct time stamp.
        std::vector<std::size_t> pos(slices.size(), 0);
        for (;;) {
            qint64 next = std::numeric_limits<qint64>::max();
            for (std::size_t k = 0; k < slices.size(); ++k)
                if (pos[k] < slices[k].t.size())
                    next = std::min(next, slices[k].t[pos[k]]);
            if (next == std::numeric_limits<qint64>::max())
                break;
            csv::appendCell(out,
                QDateTime::fromMSecsSinceEpoch(next, Qt::UTC)
                    .toString(Qt::ISODateWithMs)
                    .toStdString(),
                false);
            for (std::size_t k = 0; k < slices.size(); ++k) {
                out += ',';
                if (pos[k] < slices[k].t.size() && slices[k].t[pos[k]] == next) {
                    const double v = slices[k].v[pos[k]++];
                    if (!std::isnan(v))
                        csv::appendCell(out, QByteArray::number(v, 'g', 10).toStdString(), false);
                }
            }
            out += "\r\n";
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(out.data(), qint64(out.size())) != qint64(out.size()) || !file.commit()) {
            Error e;
            e.code = Error::Code::Io;
            e.message = ioError.arg(path, file.errorString());
            return e;
        }
        return Done {};
    });
}

} // namespace qm
