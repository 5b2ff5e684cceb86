#pragma once

#include "orders/ordersfilter.h"

#include <QVector>

namespace qm::orders {

// A named filter of the Orders workspace, kept in the user's settings (Settings facade).
struct SavedView
{
    QString name;
    OrdersFilter filter;
};

class SavedViews
{
public:
    static QVector<SavedView> load();
    static void save(const QVector<SavedView> &views);
    // Adds or replaces (by name) and saves; returns the list as saved.
    static QVector<SavedView> put(const SavedView &view);
    static QVector<SavedView> remove(const QString &name);
};

} // namespace qm::orders
