#include "helperthreads.h"

#include <QThreadPool>

namespace qm::db {

QThreadPool *helperThreads()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool; // lives for the whole process: tasks may outlive any owner
        p->setMaxThreadCount(16);
        p->setExpiryTimeout(30000);
        return p;
    }();
    return pool;
}

} // namespace qm::db
