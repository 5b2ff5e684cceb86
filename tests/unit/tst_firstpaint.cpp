// whenFirstPainted (widgets/firstpaint.h), offscreen: start-up opens the profile with it, after the
// window's first frame. Given a window, when it is shown, then the callback runs once, after the
// first paint was handled and never before; a window that is never shown gets it from the fallback.
#include "firstpaint.h"

#include <QPaintEvent>
#include <QtTest>

using namespace qm;

namespace {

class CountingWidget : public QWidget
{
public:
    int paints = 0;

protected:
    void paintEvent(QPaintEvent *e) override
    {
        ++paints;
        QWidget::paintEvent(e);
    }
};

} // namespace

class TestFirstPaint : public QObject
{
    Q_OBJECT

private slots:
    void runsAfterTheFirstPaint()
    {
        CountingWidget w;
        w.resize(200, 100);
        int calls = 0;
        int paintsSeen = -1;
        // A fallback far beyond the wait below: only the paint can have triggered it.
        whenFirstPainted(
            &w,
            [&] {
                ++calls;
                paintsSeen = w.paints;
            },
            24 * 3600 * 1000);
        QCoreApplication::processEvents();
        QCOMPARE(calls, 0); // not shown: not painted, not called
        w.show();
        QTRY_COMPARE(calls, 1);
        QVERIFY2(paintsSeen >= 1, "the callback ran before the window painted");
        w.update();
        QTRY_VERIFY(w.paints >= 2);
        QCoreApplication::processEvents();
        QCOMPARE(calls, 1); // later paints do not call it again
    }

    void fallbackForAWindowNeverShown()
    {
        CountingWidget w;
        int calls = 0;
        whenFirstPainted(
            &w, [&] { ++calls; }, 0);
        QTRY_COMPARE(calls, 1);
        QCOMPARE(w.paints, 0);
        w.show(); // painting afterwards does not call it a second time
        QTRY_VERIFY(w.paints >= 1);
        QCoreApplication::processEvents();
        QCOMPARE(calls, 1);
    }

    void nothingAfterTheWindowIsGone()
    {
        int calls = 0;
        {
            CountingWidget w;
            whenFirstPainted(
                &w, [&] { ++calls; }, 0);
        }
        QTest::qWait(0);
        QCoreApplication::processEvents();
        QCOMPARE(calls, 0);
    }
};

QTEST_MAIN(TestFirstPaint)
#include "tst_firstpaint.moc"
