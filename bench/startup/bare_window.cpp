// The peer of the startup benchmark: the least a Qt 6 Widgets application can be — a main window
// with a menu bar, a central label and a status bar. Prints the same JSON the console prints with
// --exit-after-first-paint, at its first paint, and exits.
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QPaintEvent>
#include <QStatusBar>
#include <QTimer>
#include <cstdio>

namespace {

// A field of /proc/self/status in kB: VmRSS, or RssAnon (the process's own memory).
long statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

class Window : public QMainWindow
{
public:
    explicit Window(const QElapsedTimer &clock)
        : m_clock(clock)
    {
        menuBar()
            ->addMenu(QStringLiteral("&File"))
            ->addAction(QStringLiteral("&Quit"), qApp, &QApplication::quit);
        setCentralWidget(new QLabel(QStringLiteral("Hello"), this));
        statusBar()->showMessage(QStringLiteral("Ready"));
        resize(1280, 800);
    }

protected:
    void paintEvent(QPaintEvent *e) override
    {
        QMainWindow::paintEvent(e);
        if (m_reported)
            return;
        m_reported = true;
        std::printf("{\"first_paint_ms\":%lld,\"rss_kb\":%ld,\"rss_anon_kb\":%ld}\n",
            static_cast<long long>(m_clock.elapsed()), statusKb("VmRSS"), statusKb("RssAnon"));
        std::fflush(stdout);
        QTimer::singleShot(0, qApp, &QApplication::quit);
    }

private:
    const QElapsedTimer &m_clock;
    bool m_reported = false;
};

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    Window w(clock);
    w.show();
    return app.exec();
}
