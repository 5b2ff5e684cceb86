#include "stock/stockpage.h"

#include "appicons.h"
#include "backends/writes.h"
#include "common/whenfinished.h"
#include "inventory/stockservice.h"
#include "safety/elevation.h"
#include "session/session.h"
#include "stockmodels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace qm {

using models::StockLevelsModel;
using models::StockListModel;

namespace {
QTableView *table(QWidget *parent)
{
    auto *v = new QTableView(parent);
    v->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    v->verticalHeader()->setDefaultSectionSize(v->fontMetrics().height() + 8);
    v->verticalHeader()->hide();
    v->horizontalHeader()->setStretchLastSection(true);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->setAlternatingRowColors(true);
    return v;
}

QWidget *tab(QWidget *parent, std::initializer_list<QWidget *> top, QWidget *body)
{
    auto *w = new QWidget(parent);
    auto *row = new QHBoxLayout;
    for (QWidget *t : top)
        row->addWidget(t);
    row->addStretch();
    auto *layout = new QVBoxLayout(w);
    layout->addLayout(row);
    layout->addWidget(body, 1);
    return w;
}

// A backend that cannot do the action: the button stays where it is, greyed out, and says why.
void offerIf(QPushButton *button, const QString &unsupported, const QString &toolTip)
{
    button->setEnabled(unsupported.isEmpty());
    button->setToolTip(unsupported.isEmpty() ? toolTip : unsupported);
}
} // namespace

StockPage::StockPage(QWidget *parent)
    : SessionWorkspace(parent)
    , m_ledger(new StockListModel(StockListModel::Kind::Ledger, this))
    , m_reservations(new StockListModel(StockListModel::Kind::Reservations, this))
    , m_low(new StockListModel(StockListModel::Kind::LowStock, this))
    , m_drift(new StockListModel(StockListModel::Kind::Drift, this))
    , m_sku(new QLineEdit(this))
    , m_lowOnly(new QCheckBox(tr("&Low stock only"), this))
    , m_warehouse(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_levelsView(table(this))
    , m_ledgerView(table(this))
    , m_reservationsView(table(this))
    , m_lowView(table(this))
    , m_driftView(table(this))
    , m_adjust(new QPushButton(tr("&Adjust..."), this))
    , m_count(new QPushButton(tr("&Count..."), this))
    , m_export(new QPushButton(tr("E&xport ledger..."), this))
    , m_reservationFilter(new QComboBox(this))
    , m_release(new QPushButton(tr("&Release selected"), this))
    , m_releaseExpired(new QPushButton(tr("Release all &expired"), this))
    , m_check(new QPushButton(tr("C&heck stock against the ledger"), this))
    , m_repair(new QPushButton(tr("&Repair drift..."), this))
    , m_ledgerTitle(new QLabel(tr("Select a SKU on the Stock tab."), this))
    , m_reconcileSummary(new QLabel(this))
    , m_message(new QLabel(this))
{
    m_sku->setPlaceholderText(tr("SKU starts with"));
    m_sku->setClearButtonEnabled(true);
    m_sku->setAccessibleName(tr("SKU starts with"));
    m_levelsView->setAccessibleName(tr("Stock levels"));
    m_ledgerView->setAccessibleName(tr("Ledger"));
    m_reservationsView->setAccessibleName(tr("Reservations"));
    m_lowView->setAccessibleName(tr("Low stock"));
    m_driftView->setAccessibleName(tr("Drift"));
    m_levelsView->setObjectName(QStringLiteral("levelsTable"));
    m_ledgerView->setObjectName(QStringLiteral("ledgerTable"));
    m_reservationsView->setObjectName(QStringLiteral("reservationsTable"));
    m_lowView->setObjectName(QStringLiteral("lowStockTable"));
    m_driftView->setObjectName(QStringLiteral("driftTable"));
    m_warehouse->addItem(tr("All warehouses"), 0);
    m_reservationFilter->addItem(
        tr("Held, expired (stuck)"), int(inventory::ReservationFilter::Stuck));
    m_reservationFilter->addItem(tr("Held, live"), int(inventory::ReservationFilter::Live));
    m_reservationFilter->addItem(tr("All held"), int(inventory::ReservationFilter::AllHeld));
    m_reservationFilter->addItem(tr("All (latest)"), int(inventory::ReservationFilter::All));
    m_adjust->setToolTip(tr("Add or remove stock with a reason (Ctrl+D)"));
    m_adjust->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_repair->setEnabled(false);
    m_ledgerView->setModel(m_ledger);
    m_reservationsView->setModel(m_reservations);
    m_lowView->setModel(m_low);
    m_driftView->setModel(m_drift);
    m_message->setWordWrap(true);
    m_reconcileSummary->setWordWrap(true);

    m_tabs->addTab(tab(this, {m_adjust, m_count}, m_levelsView), tr("Stock"));
    m_tabs->addTab(tab(this, {m_ledgerTitle, m_export}, m_ledgerView), tr("Ledger"));
    m_tabs->addTab(
        tab(this, {m_reservationFilter, m_release, m_releaseExpired}, m_reservationsView),
        tr("Reservations"));
    m_tabs->addTab(m_lowView, tr("Low stock"));
    m_tabs->addTab(
        tab(this, {m_check, m_repair, m_reconcileSummary}, m_driftView), tr("Reconcile"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_sku, 1);
    filters->addWidget(m_warehouse);
    filters->addWidget(m_lowOnly);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);

    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    auto refilter = [this] {
        if (!m_levels)
            return;
        inventory::StockFilter f;
        f.skuPrefix = m_sku->text().trimmed();
        f.warehouseId = m_warehouse->currentData().toInt();
        f.lowOnly = m_lowOnly->isChecked();
        m_levels->setFilter(f);
    };
    connect(m_sku, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, refilter);
    connect(m_lowOnly, &QCheckBox::toggled, this, refilter);
    connect(m_warehouse, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_adjust, &QPushButton::clicked, this, [this] { askAdjust(false); });
    connect(m_count, &QPushButton::clicked, this, [this] { askAdjust(true); });
    connect(m_export, &QPushButton::clicked, this, &StockPage::exportLedger);
    connect(
        m_reservationFilter, &QComboBox::currentIndexChanged, this, &StockPage::loadReservations);
    connect(m_release, &QPushButton::clicked, this,
        [this] { releaseSelectedReservation(tr("released from the console")); });
    connect(m_check, &QPushButton::clicked, this, &StockPage::checkReconcile);
    connect(m_repair, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Repair stock drift"),
                tr("Write a compensating ledger movement for every drifted row "
                   "(on hand is kept, the ledger is corrected) and set reserved "
                   "back to the live holds? The repair is audited."))
            == QMessageBox::Yes)
            repair();
    });
    connect(m_releaseExpired, &QPushButton::clicked, this, [this] {
        if (!m_service)
            return;
        whenFinished(
            this, m_service->releaseExpired(QUuid::createUuid()), [this](const Result<int> &r) {
                setMessage(r ? tr("Released %n expired reservation(s).", nullptr, r.value())
                             : r.error().message,
                    !r);
                loadReservations();
            });
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
        if (i == 1)
            loadLedger();
        else if (i == 2)
            loadReservations();
        else if (i == 3)
            loadLowStock();
    });
    updateCapabilities();
}

StockPage::~StockPage()
{
    stop();
}

QString StockPage::workspaceTitle()
{
    return tr("Stock");
}
QIcon StockPage::workspaceIcon()
{
    return bundledIcon(QStringLiteral("stock"));
}

void StockPage::setActive(bool active)
{
    Workspace::setActive(active);
}

void StockPage::start()
{
    if (!m_session || !m_session->cluster() || m_service)
        return;
    // The backend's writer comes from the factory above the services (Vendure: its Admin API).
    m_service = std::make_unique<inventory::StockService>(m_session->sharedCluster(),
        m_session->backend(),
        backends::stockWrites(
            m_session->backend(), m_session->sharedCluster(), m_session->elevation()));
    m_levels = new StockLevelsModel(m_service.get(), this);
    m_levelsView->setModel(m_levels);
    m_levelsView->setColumnWidth(StockLevelsModel::Name, 260);
    connect(m_levels, &StockLevelsModel::loadFailed, this,
        [this](const Error &e) { setMessage(e.toString(), true); });
    connect(m_levelsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &StockPage::currentChanged);
    m_levels->reload();
    whenFinished(this, m_service->manualReasons(),
        [this](const Result<QVector<inventory::MovementReason>> &r) {
            if (r)
                m_reasons = r.value();
        });
    whenFinished(
        this, m_service->warehouses(), [this](const Result<QVector<inventory::Warehouse>> &r) {
            if (!r)
                return;
            for (const inventory::Warehouse &w : r.value())
                m_warehouse->addItem(w.code + QStringLiteral(" - ") + w.name, w.id);
        });
    updateCapabilities();
}

void StockPage::stop()
{
    if (m_levels) {
        m_levelsView->setModel(nullptr);
        delete m_levels;
        m_levels = nullptr;
    }
    m_service.reset();
}

void StockPage::updateCapabilities()
{
    const bool adjust = m_session && m_session->can(QStringLiteral("stock.adjust"));
    const bool release = m_session && m_session->can(QStringLiteral("reservations.release"));
    const bool reconcile = m_session && m_session->can(QStringLiteral("stock.reconcile"));
    m_adjust->setVisible(adjust);
    m_count->setVisible(adjust);
    m_release->setVisible(release);
    m_releaseExpired->setVisible(release);
    m_repair->setVisible(reconcile);
    const Backend backend = m_session ? m_session->backend() : Backend();
    // Production without an elevation: the buttons stay, greyed out, and say what to do.
    const QString readOnly = m_session && !m_session->elevation()->mayWrite()
        ? safety::Elevation::refusalText({})
        : QString();
    const auto why = [&readOnly](const QString &unsupported) {
        return unsupported.isEmpty() ? readOnly : unsupported;
    };
    offerIf(m_adjust, why(backend.unsupported(BackendAction::StockAdjust)),
        tr("Add or remove stock with a reason (Ctrl+D)"));
    offerIf(m_count, why(backend.unsupported(BackendAction::StockCount)), QString());
    offerIf(m_release, why(backend.unsupported(BackendAction::ReleaseReservation)), QString());
    offerIf(
        m_releaseExpired, why(backend.unsupported(BackendAction::ReleaseReservation)), QString());
    // Repair is offered once a check found drift (checkReconcile).
    const QString noRepair = backend.unsupported(BackendAction::ReconcileRepair);
    m_repair->setToolTip(noRepair);
    if (!noRepair.isEmpty())
        m_repair->setEnabled(false);
}

void StockPage::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b71c1c") : QString());
}

QString StockPage::message() const
{
    return m_message->text();
}

const inventory::StockLevel *StockPage::currentLevel() const
{
    return m_levels ? m_levels->levelAt(m_levelsView->currentIndex().row()) : nullptr;
}

void StockPage::currentChanged()
{
    if (m_tabs->currentIndex() == 1)
        loadLedger();
}

} // namespace qm
