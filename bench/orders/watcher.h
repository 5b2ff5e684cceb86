#pragma once

#include <QString>

namespace bench {

// One process that shows orders the way a console would, on an offscreen QTableView over
// OrdersTableModel, with a stall meter on its GUI thread:
//   feed  the live feed (ours): LISTEN doorbell + exact keyset catch-up, rows inserted in place
//   poll  a 1-second refresh of the newest `page` orders (what an order grid does)
//   listen  the feed alone (no model, no view): the checkout_tps runs attach one
// Prints "ready" once it shows data, then at the end one JSON object: the largest stall and,
// for every order that became visible, [id, ms since the epoch when it was inserted].
int runWatcher(const QString &mode, double seconds, int page);

} // namespace bench
