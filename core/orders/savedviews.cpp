#include "savedviews.h"

#include "settings/settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace qm::orders {

QVector<SavedView> SavedViews::load()
{
    QVector<SavedView> views;
    const QJsonArray a = QJsonDocument::fromJson(Settings::ordersSavedViews()).array();
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QStringLiteral("name")).toString().trimmed();
        if (!name.isEmpty())
            views.append(
                {name, OrdersFilter::fromJson(o.value(QStringLiteral("filter")).toObject())});
    }
    return views;
}

void SavedViews::save(const QVector<SavedView> &views)
{
    QJsonArray a;
    for (const SavedView &v : views)
        a.append(QJsonObject {
            {QStringLiteral("name"), v.name}, {QStringLiteral("filter"), v.filter.toJson()}});
    Settings::setOrdersSavedViews(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QVector<SavedView> SavedViews::put(const SavedView &view)
{
    QVector<SavedView> views = load();
    auto it = std::find_if(
        views.begin(), views.end(), [&](const SavedView &v) { return v.name == view.name; });
    if (it != views.end())
        *it = view;
    else
        views.append(view);
    save(views);
    return views;
}

QVector<SavedView> SavedViews::remove(const QString &name)
{
    QVector<SavedView> views = load();
    views.erase(std::remove_if(
                    views.begin(), views.end(), [&](const SavedView &v) { return v.name == name; }),
        views.end());
    save(views);
    return views;
}

} // namespace qm::orders
