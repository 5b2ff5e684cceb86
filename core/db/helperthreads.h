#pragma once

class QThreadPool;

namespace qm::db {

// A small thread pool of the db layer for work that must not run on the caller's thread but is
// not a query either: sending PQcancel (it opens a connection of its own) and waiting for the
// deadline of a health probe. Kept apart from QThreadPool::globalInstance(), which may be busy.
QThreadPool *helperThreads();

} // namespace qm::db
