#include "firstpaint.h"

#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace qm {

namespace {

class FirstPaintWatch : public QObject
{
public:
    FirstPaintWatch(QWidget *window, std::function<void()> then, int fallbackMs)
        : QObject(window)
        , m_then(std::move(then))
    {
        window->installEventFilter(this);
        m_fallback.setSingleShot(true);
        connect(&m_fallback, &QTimer::timeout, this, &FirstPaintWatch::fire);
        m_fallback.start(fallbackMs);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            watched->removeEventFilter(this);
            // Queued: this paint (and the flush of the frame) completes before `then` runs.
            QTimer::singleShot(0, this, &FirstPaintWatch::fire);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void fire()
    {
        if (!m_then)
            return; // the paint and the fallback both came: once is enough
        m_fallback.stop();
        const std::function<void()> then = std::exchange(m_then, nullptr);
        deleteLater();
        then();
    }

    std::function<void()> m_then;
    QTimer m_fallback;
    bool m_seen = false;
};

} // namespace

void whenFirstPainted(QWidget *window, std::function<void()> then, int fallbackMs)
{
    new FirstPaintWatch(window, std::move(then), fallbackMs);
}

} // namespace qm
