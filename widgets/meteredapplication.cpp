#include "meteredapplication.h"

#include "common/stallmeter.h"

#include <QAbstractEventDispatcher>

namespace qm {

MeteredApplication::MeteredApplication(int &argc, char **argv)
    : QApplication(argc, argv)
{
    // A nested event loop (a modal dialog's exec inside a task) waits: that wait ends the task.
    if (QAbstractEventDispatcher *d = QAbstractEventDispatcher::instance(thread())) {
        connect(d, &QAbstractEventDispatcher::aboutToBlock, this, &StallMeter::loopAboutToBlock,
            Qt::DirectConnection);
        connect(d, &QAbstractEventDispatcher::awake, this, &StallMeter::loopAwake,
            Qt::DirectConnection);
    }
}

bool MeteredApplication::notify(QObject *receiver, QEvent *event)
{
    // Balanced even when a handler throws (Qt does not let exceptions through its event loop,
    // but a test may).
    struct Bracket
    {
        Bracket() { StallMeter::eventBegin(); }
        ~Bracket() { StallMeter::eventEnd(); }
    } bracket;
    return QApplication::notify(receiver, event);
}

} // namespace qm
