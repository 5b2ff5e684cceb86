#include "orderdetailview.h"

#include "orderactiondialog.h"
#include "orders/orderactions.h"
#include "orders/ordersfilter.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace qm {

using orders::centsToText;
using orders::OrderAction;

namespace {

QString when(qint64 us)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(us / 1000).toLocalTime(),
        QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells[c]));
}

} // namespace

OrderDetailView::OrderDetailView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("detailMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);

    auto *actions = new QHBoxLayout;
    for (auto kind : {OrderAction::Kind::MarkShipped, OrderAction::Kind::Cancel,
             OrderAction::Kind::Refund, OrderAction::Kind::AddNote}) {
        const QString label = OrderActionDialog::actionLabel(kind) + QStringLiteral("…");
        auto *b = new QPushButton(label, this);
        m_buttons[kind] = b;
        actions->addWidget(b);
        connect(b, &QPushButton::clicked, this, [this, kind] {
            if (m_detail.order.id > 0)
                Q_EMIT actionRequested(kind, m_detail.order);
        });
    }
    actions->addStretch(1);
    layout->addLayout(actions);

    auto *tabs = new QTabWidget(this);
    m_lines = table(
        {tr("#"), tr("SKU"), tr("Product"), tr("Warehouse"), tr("Qty"), tr("Price"), tr("Total")},
        this);
    m_payments = table({tr("When"), tr("Kind"), tr("Status"), tr("Amount"), tr("Reference")}, this);
    m_timeline = new QTreeWidget(this);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setRootIsDecorated(false);
    m_timeline->setHeaderLabels({tr("When"), tr("What"), tr("Who"), tr("Details")});
    m_timeline->setAccessibleName(tr("Timeline"));
    m_lines->setAccessibleName(tr("Lines"));
    m_payments->setAccessibleName(tr("Payments"));
    tabs->addTab(m_timeline, tr("Timeline"));
    tabs->addTab(m_lines, tr("Lines"));
    tabs->addTab(m_payments, tr("Payments"));
    layout->addWidget(tabs, 1);
    clear();
}

void OrderDetailView::clear()
{
    m_detail = {};
    m_title->setText(tr("No order selected"));
    m_summary->clear();
    m_message->clear();
    m_lines->setRowCount(0);
    m_payments->setRowCount(0);
    m_timeline->clear();
    updateButtons();
}

void OrderDetailView::setLoading(qint64 orderId)
{
    if (m_detail.order.id != orderId)
        clear();
    m_message->setText(tr("Loading…"));
}

void OrderDetailView::setError(const QString &message)
{
    m_message->setText(message);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
}

void OrderDetailView::setDetail(const orders::OrderDetail &d)
{
    m_detail = d;
    const orders::OrderRow &o = d.order;
    m_message->clear();
    m_message->setStyleSheet({});
    m_title->setText(tr("%1 · %2").arg(o.number, orders::OrdersFilter::statusLabel(o.status)));
    m_summary->setText(
        tr("%1 %2 · payment %3 · %4 · placed %5 · %6")
            .arg(o.totalText(), o.currency, o.paymentStatus, o.channel, when(o.createdAtUs),
                o.customerName.isEmpty() ? tr("guest")
                                         : tr("%1 <%2>").arg(o.customerName, o.customerEmail)));
    m_lines->setRowCount(int(d.lines.size()));
    for (int i = 0; i < d.lines.size(); ++i) {
        const auto &l = d.lines[i];
        setRow(m_lines, i,
            {QString::number(l.lineNo), l.sku, l.name, l.warehouse, QString::number(l.qty),
                centsToText(l.unitCents), centsToText(l.lineCents)});
    }
    m_payments->setRowCount(int(d.payments.size()));
    for (int i = 0; i < d.payments.size(); ++i) {
        const auto &p = d.payments[i];
        setRow(m_payments, i,
            {when(p.atUs), p.kind, p.status, centsToText(p.amountCents) + u' ' + p.currency,
                p.providerRef});
    }
    // One timeline: status changes, payments and notes, by time.
    struct Entry
    {
        qint64 at;
        QStringList cells;
    };
    QVector<Entry> entries;
    for (const auto &e : d.events) {
        const QString what = e.fromStatus.isEmpty()
            ? orders::OrdersFilter::statusLabel(e.toStatus)
            : tr("%1 → %2").arg(orders::OrdersFilter::statusLabel(e.fromStatus),
                orders::OrdersFilter::statusLabel(e.toStatus));
        entries.append({e.atUs, {when(e.atUs), what, e.actor, e.note}});
    }
    for (const auto &p : d.payments) {
        entries.append({p.atUs,
            {when(p.atUs), tr("Payment %1 %2").arg(p.kind, p.status), QString(),
                centsToText(p.amountCents) + u' ' + p.currency}});
    }
    for (const auto &n : d.notes)
        entries.append({n.atUs, {when(n.atUs), tr("Note"), n.author, n.body}});
    std::stable_sort(
        entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.at < b.at; });
    m_timeline->clear();
    for (const auto &e : entries)
        m_timeline->addTopLevelItem(new QTreeWidgetItem(e.cells));
    m_timeline->resizeColumnToContents(0);
    m_timeline->resizeColumnToContents(1);
    updateButtons();
}

int OrderDetailView::timelineEntries() const
{
    return m_timeline->topLevelItemCount();
}

void OrderDetailView::setCanAct(bool canAct)
{
    m_canAct = canAct;
    updateButtons();
}

void OrderDetailView::setBackend(const Backend &backend)
{
    m_backend = backend;
    updateButtons();
}

void OrderDetailView::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void OrderDetailView::updateButtons()
{
    for (auto &[kind, button] : m_buttons) {
        // A role that may not act does not see the actions at all (the database would refuse).
        button->setVisible(m_canAct);
        const QString unsupported = m_backend.unsupported(orders::backendAction(kind));
        button->setToolTip(unsupported);
        button->setEnabled(unsupported.isEmpty() && !m_busy && m_detail.order.id > 0
            && OrderAction::allowedFor(kind, m_detail.order));
    }
}

} // namespace qm
