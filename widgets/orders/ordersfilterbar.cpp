#include "ordersfilterbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpressionValidator>
#include <QTimer>
#include <QToolButton>

namespace qm {

using orders::OrdersFilter;

namespace {

const int kTimeChoices[] = {0, 1, 24, 24 * 7, 24 * 30}; // hours; 0 = any time

} // namespace

OrdersFilterBar::OrdersFilterBar(QWidget *parent)
    : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_status = multiChoice(tr("Status"), OrdersFilter::allStatuses(), &OrdersFilter::statusLabel);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_channel = multiChoice(
        tr("Channel"), OrdersFilter::allChannels(), [](const QString &c) { return c; });
    m_channel->setObjectName(QStringLiteral("channelFilter"));

    const auto *money = new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^\\d{0,10}([.,]\\d{0,2})?$")), this);
    m_min = new QLineEdit(this);
    m_min->setObjectName(QStringLiteral("minTotal"));
    m_min->setPlaceholderText(tr("min total"));
    m_min->setAccessibleName(tr("Minimum total"));
    m_min->setValidator(money);
    m_min->setMaximumWidth(90);
    m_max = new QLineEdit(this);
    m_max->setObjectName(QStringLiteral("maxTotal"));
    m_max->setPlaceholderText(tr("max total"));
    m_max->setAccessibleName(tr("Maximum total"));
    m_max->setValidator(money);
    m_max->setMaximumWidth(90);
    m_customer = new QLineEdit(this);
    m_customer->setObjectName(QStringLiteral("customerFilter"));
    m_customer->setPlaceholderText(tr("customer e-mail or name"));
    m_customer->setAccessibleName(tr("Customer e-mail or name"));
    m_customer->setClearButtonEnabled(true);
    m_time = new QComboBox(this);
    m_time->setObjectName(QStringLiteral("timeFilter"));
    m_time->addItem(tr("Any time"), 0);
    m_time->addItem(tr("Last hour"), 1);
    m_time->addItem(tr("Last 24 hours"), 24);
    m_time->addItem(tr("Last 7 days"), 24 * 7);
    m_time->addItem(tr("Last 30 days"), 24 * 30);

    m_views = new QComboBox(this);
    m_views->setObjectName(QStringLiteral("savedViews"));
    m_views->setMinimumContentsLength(12);
    m_views->setToolTip(tr("Saved views"));
    m_saveView = new QToolButton(this);
    m_saveView->setText(tr("Save view…"));
    m_deleteView = new QToolButton(this);
    m_deleteView->setText(tr("Delete view"));

    row->addWidget(m_status);
    row->addWidget(m_channel);
    row->addWidget(new QLabel(tr("Total"), this));
    row->addWidget(m_min);
    row->addWidget(new QLabel(QStringLiteral("–"), this));
    row->addWidget(m_max);
    row->addWidget(m_customer, 1);
    row->addWidget(m_time);
    row->addSpacing(12);
    row->addWidget(m_views);
    row->addWidget(m_saveView);
    row->addWidget(m_deleteView);

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(350);
    connect(m_typing, &QTimer::timeout, this, &OrdersFilterBar::changed);
    for (QLineEdit *e : {m_min, m_max, m_customer})
        connect(e, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_time, &QComboBox::currentIndexChanged, this, [this] { changed(); });
    connect(m_views, &QComboBox::activated, this, [this](int i) {
        if (i > 0)
            applySavedView(m_views->itemText(i));
    });
    connect(m_saveView, &QToolButton::clicked, this, &OrdersFilterBar::askAndSave);
    connect(m_deleteView, &QToolButton::clicked, this, [this] {
        if (m_views->currentIndex() > 0)
            deleteSavedView(m_views->currentText());
    });
    reloadViews(orders::SavedViews::load());
}

QToolButton *OrdersFilterBar::multiChoice(const QString &label, const QStringList &values,
    const std::function<QString(const QString &)> &labelOf)
{
    auto *button = new QToolButton(this);
    button->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(button);
    for (const QString &v : values) {
        QAction *a = menu->addAction(labelOf(v));
        a->setData(v);
        a->setCheckable(true);
        connect(a, &QAction::toggled, this, [this, button, label] {
            updateButtonText(button, label);
            changed();
        });
    }
    button->setMenu(menu);
    updateButtonText(button, label);
    button->setProperty("qmLabel", label);
    return button;
}

void OrdersFilterBar::updateButtonText(QToolButton *button, const QString &label)
{
    const QStringList values = checked(button);
    button->setText(values.isEmpty()
            ? tr("%1: all").arg(label)
            : tr("%1: %n selected", nullptr, int(values.size())).arg(label));
}

QStringList OrdersFilterBar::checked(QToolButton *button) const
{
    QStringList out;
    for (QAction *a : button->menu()->actions()) {
        if (a->isChecked())
            out << a->data().toString();
    }
    return out;
}

void OrdersFilterBar::setChecked(QToolButton *button, const QStringList &values)
{
    for (QAction *a : button->menu()->actions())
        a->setChecked(values.contains(a->data().toString()));
    updateButtonText(button, button->property("qmLabel").toString());
}

OrdersFilter OrdersFilterBar::filter() const
{
    OrdersFilter f;
    f.statuses = checked(m_status);
    f.channels = checked(m_channel);
    qint64 cents = 0;
    if (orders::parseMoneyText(m_min->text().replace(u',', u'.'), &cents))
        f.minCents = cents;
    if (orders::parseMoneyText(m_max->text().replace(u',', u'.'), &cents))
        f.maxCents = cents;
    f.customer = m_customer->text().trimmed();
    f.lastHours = m_time->currentData().toInt();
    return f;
}

void OrdersFilterBar::setFilter(const OrdersFilter &f)
{
    m_quiet = true;
    setChecked(m_status, f.statuses);
    setChecked(m_channel, f.channels);
    m_min->setText(f.minCents >= 0 ? orders::centsToText(f.minCents) : QString());
    m_max->setText(f.maxCents >= 0 ? orders::centsToText(f.maxCents) : QString());
    m_customer->setText(f.customer);
    int timeIndex = 0;
    for (int i = 0; i < int(std::size(kTimeChoices)); ++i) {
        if (kTimeChoices[i] == f.lastHours)
            timeIndex = i;
    }
    m_time->setCurrentIndex(timeIndex);
    m_quiet = false;
}

void OrdersFilterBar::changed()
{
    if (m_quiet)
        return;
    m_typing->stop();
    m_views->setCurrentIndex(0);
    Q_EMIT filterChanged(filter());
}

QStringList OrdersFilterBar::savedViewNames() const
{
    QStringList names;
    for (const auto &v : m_saved)
        names << v.name;
    return names;
}

bool OrdersFilterBar::applySavedView(const QString &name)
{
    for (const auto &v : m_saved) {
        if (v.name != name)
            continue;
        setFilter(v.filter);
        m_views->setCurrentIndex(m_views->findText(name));
        Q_EMIT filterChanged(v.filter);
        return true;
    }
    return false;
}

void OrdersFilterBar::saveCurrentAs(const QString &name)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return;
    reloadViews(orders::SavedViews::put({n, filter()}));
    m_views->setCurrentIndex(m_views->findText(n));
}

void OrdersFilterBar::deleteSavedView(const QString &name)
{
    reloadViews(orders::SavedViews::remove(name));
}

void OrdersFilterBar::askAndSave()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save view"),
        tr("Name of this view (%1):").arg(filter().describe()), QLineEdit::Normal, QString(), &ok);
    if (ok)
        saveCurrentAs(name);
}

void OrdersFilterBar::reloadViews(const QVector<orders::SavedView> &views)
{
    m_saved = views;
    m_views->clear();
    m_views->addItem(tr("Saved views…"));
    for (const auto &v : views) {
        m_views->addItem(v.name);
        m_views->setItemData(m_views->count() - 1, v.filter.describe(), Qt::ToolTipRole);
    }
    m_deleteView->setEnabled(!views.isEmpty());
}

} // namespace qm
