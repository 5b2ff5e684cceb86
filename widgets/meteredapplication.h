#pragma once

#include <QApplication>

namespace qm {

// The console's QApplication: brackets every event it delivers for the stall meter, so that
// StallMeter::maxTaskMs is the GUI thread's longest single task and not a burst of several (see
// stallmeter.h). The benchmarks that report the console's own longest task use it too.
class MeteredApplication : public QApplication
{
public:
    MeteredApplication(int &argc, char **argv);

    bool notify(QObject *receiver, QEvent *event) override;
};

} // namespace qm
