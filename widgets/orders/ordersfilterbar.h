#pragma once

#include "orders/ordersfilter.h"
#include "orders/savedviews.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QTimer;
class QLineEdit;
class QToolButton;

namespace qm {

// Filters of the Orders workspace (status, channel, amount, customer, time) and the saved views
// (named filters kept in the user's settings). Emits filterChanged after a person changes
// something (text fields: after a short pause).
class OrdersFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit OrdersFilterBar(QWidget *parent = nullptr);

    orders::OrdersFilter filter() const;
    void setFilter(const orders::OrdersFilter &filter); // no filterChanged
    QStringList savedViewNames() const;
    bool applySavedView(const QString &name); // sets the filter and emits filterChanged
    void saveCurrentAs(const QString &name);
    void deleteSavedView(const QString &name);

Q_SIGNALS:
    void filterChanged(const qm::orders::OrdersFilter &filter);

private:
    void changed();
    void reloadViews(const QVector<orders::SavedView> &views);
    void askAndSave();
    QStringList checked(QToolButton *button) const;
    void setChecked(QToolButton *button, const QStringList &values);
    QToolButton *multiChoice(const QString &label, const QStringList &values,
        const std::function<QString(const QString &)> &labelOf);
    void updateButtonText(QToolButton *button, const QString &label);

    QToolButton *m_status;
    QToolButton *m_channel;
    QLineEdit *m_min;
    QLineEdit *m_max;
    QLineEdit *m_customer;
    QComboBox *m_time;
    QComboBox *m_views;
    QToolButton *m_saveView;
    QToolButton *m_deleteView;
    QTimer *m_typing;
    QVector<orders::SavedView> m_saved;
    bool m_quiet = false;
};

} // namespace qm
