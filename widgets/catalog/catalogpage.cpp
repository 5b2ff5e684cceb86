#include "catalog/catalogpage.h"

#include "appicons.h"
#include "backend/productfields.h"
#include "backends/writes.h"
#include "catalog/catalogfilterbar.h"
#include "catalog/catalogservice.h"
#include "catalog/catalogtableview.h"
#include "catalog/catalogwrites.h"
#include "catalog/editjournal.h"
#include "catalog/pendingchanges.h"
#include "catalog/pendingchangespanel.h"
#include "catalog/producteditor.h"
#include "catalogmodel.h"
#include "catalogundo.h"
#include "common/whenfinished.h"
#include "session/session.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace qm {

using models::CatalogModel;

CatalogPage::CatalogPage(QWidget *parent)
    : SessionWorkspace(parent)
    , m_pending(std::make_unique<catalog::PendingChanges>())
    , m_undo(new QUndoStack(this))
    , m_filters(new CatalogFilterBar(this))
    , m_view(new CatalogTableView(this))
    , m_delegate(new CatalogDelegate(this))
    , m_editor(new ProductEditor(this))
    , m_panel(new PendingChangesPanel(m_pending.get(), m_undo, this))
    , m_side(new QTabWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_bulk(new QPushButton(tr("&Bulk edit..."), this))
    , m_import(new QPushButton(tr("&Import CSV..."), this))
    , m_export(new QPushButton(tr("E&xport CSV..."), this))
    , m_status(new QLabel(this))
    , m_message(new QLabel(this))
{
    m_view->setItemDelegate(m_delegate);
    m_view->setAccessibleName(tr("Products"));
    m_view->setObjectName(QStringLiteral("productTable"));
    m_splitter->setObjectName(QStringLiteral("catalogSplitter"));
    m_side->addTab(m_editor, tr("Product"));
    m_side->addTab(m_panel, tr("Pending changes"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_side);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bulk->setToolTip(tr("Change many products at once, with a preview first (Ctrl+B)"));
    m_bulk->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_filters, 1);
    tools->addWidget(m_bulk);
    tools->addWidget(m_import);
    tools->addWidget(m_export);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status);
    bottom->addWidget(m_message, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(bottom);

    QAction *undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    auto *find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    auto *refresh = new QAction(tr("Refresh"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    for (QAction *a : {undo, redo, find, refresh}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(find, &QAction::triggered, m_filters, &CatalogFilterBar::focusSearch);
    connect(refresh, &QAction::triggered, this, [this] {
        if (m_model)
            m_model->refresh();
    });
    connect(
        m_filters, &CatalogFilterBar::filterChanged, this, [this](const catalog::CatalogFilter &f) {
            if (!m_model)
                return;
            catalog::CatalogQuery q = m_model->query();
            q.filter = f;
            m_model->setQuery(q);
        });
    connect(m_panel, &PendingChangesPanel::applyRequested, this, &CatalogPage::applyPending);
    connect(m_panel, &PendingChangesPanel::discardRequested, this, [this] {
        m_pending->clear();
        m_undo->clear();
        setMessage(tr("Pending changes discarded."));
    });
    connect(m_editor, &ProductEditor::stageRequested, this, &CatalogPage::stageFromEditor);
    connect(m_bulk, &QPushButton::clicked, this, &CatalogPage::askBulkEdit);
    connect(m_import, &QPushButton::clicked, this, &CatalogPage::openImport);
    connect(m_export, &QPushButton::clicked, this, &CatalogPage::askExport);
    connect(m_pending.get(), &catalog::PendingChanges::changed, this, &CatalogPage::updateStatus);
    connect(m_pending.get(), &catalog::PendingChanges::productChanged, this, [this](qint64 id) {
        if (id == m_editor->productId())
            loadCurrentProduct();
    });
    updateCapabilities();
    updateStatus();
}

CatalogPage::~CatalogPage()
{
    stop();
    // The undo stack signals while it clears itself; nothing may listen once the pending
    // changes (a member) are gone, before the child widgets are.
    m_undo->disconnect();
    delete m_undo;
}

QString CatalogPage::workspaceTitle()
{
    return tr("Catalog");
}
QIcon CatalogPage::workspaceIcon()
{
    return bundledIcon(QStringLiteral("catalog"));
}

void CatalogPage::setJournalPath(const QString &path)
{
    m_journalPath = path;
}

void CatalogPage::start()
{
    if (!m_session || !m_session->cluster() || m_service)
        return;
    m_service = std::make_unique<catalog::CatalogService>(
        m_session->sharedCluster(), m_session->backend());
    m_applier = backends::catalogWrites(
        m_session->backend(), m_session->sharedCluster(), m_session->elevation());
    m_journal = std::make_unique<catalog::EditJournal>(m_journalPath.isEmpty()
            ? catalog::EditJournal::defaultPath(m_session->profile().name)
            : m_journalPath);
    m_model = new CatalogModel(m_service.get(), this);
    m_model->setPendingChanges(m_pending.get());
    m_model->setUndoStack(m_undo);
    m_view->setCatalogModel(m_model);
    connect(m_model, &CatalogModel::countChanged, this, &CatalogPage::updateStatus);
    connect(m_model, &CatalogModel::loadFailed, this,
        [this](const Error &e) { setMessage(e.toString(), true); });
    connect(m_model, &CatalogModel::editRejected, this,
        [this](const QString &m) { setMessage(m, true); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_editor->clear(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this] { loadCurrentProduct(); });
    // The order the backend indexes: SKU on the reference store, id on Vendure (no column of the
    // table shows it, so no header carries the indicator until a column is clicked).
    const catalog::CatalogSort opening = catalog::defaultSort(m_session->backend().kind());
    m_model->setQuery(catalog::CatalogQuery {m_filters->filter(), opening});
    if (opening.key == catalog::SortKey::Sku)
        m_view->horizontalHeader()->setSortIndicator(CatalogModel::Sku, Qt::AscendingOrder);
    else
        m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);

    whenFinished(
        this, m_service->categories(), [this](const Result<QVector<catalog::Category>> &r) {
            if (!r) {
                setMessage(r.error().toString(), true);
                return;
            }
            m_categories = r.value();
            m_filters->setCategories(m_categories);
            m_editor->setCategories(m_categories);
            m_model->setCategories(m_categories);
            QVector<QPair<int, QString>> list;
            for (const catalog::Category &c : m_categories)
                list.push_back({c.id, c.name});
            m_delegate->setCategories(list);
            Q_EMIT ready();
        });
    restoreJournal();
    updateCapabilities();
}

void CatalogPage::stop()
{
    if (m_journal)
        m_journal->flush();
    m_pending->setJournal(nullptr);
    if (m_model) {
        m_view->setModel(nullptr);
        delete m_model;
        m_model = nullptr;
    }
    m_applier.reset();
    m_service.reset();
    m_journal.reset();
}

// Edits typed before a crash or an outage come back from the journal. Those whose request
// already committed (the answer was lost) are dropped, and the person is told.
void CatalogPage::restoreJournal()
{
    whenFinished(this, m_journal->load(), [this](const Result<QVector<catalog::PendingEdit>> &r) {
        if (!r) {
            setMessage(r.error().toString(), true);
            m_pending->setJournal(m_journal.get());
            return;
        }
        const QVector<catalog::PendingEdit> edits = r.value();
        if (edits.isEmpty()) {
            m_pending->setJournal(m_journal.get());
            return;
        }
        QVector<QUuid> ids;
        for (const catalog::PendingEdit &e : edits)
            ids << e.requestId;
        whenFinished(this, m_applier->committedRequests(ids),
            [this, edits](const Result<QVector<QUuid>> &done) {
                QVector<catalog::PendingEdit> keep;
                for (const catalog::PendingEdit &e : edits) {
                    if (!done || !done->contains(e.requestId))
                        keep << e;
                }
                m_pending->setJournal(m_journal.get());
                m_pending->restore(keep);
                const int applied = int(edits.size() - keep.size());
                setMessage(tr("Restored %n unapplied change(s) from the last session.", nullptr,
                               int(keep.size()))
                    + (applied > 0 ? tr(" %n had already been applied.", nullptr, applied)
                                   : QString()));
            });
    });
}

void CatalogPage::updateCapabilities()
{
    // The role decides what is shown (the database would refuse the rest); the backend what of
    // it works: an action it cannot do stays visible, greyed out, with the reason as tooltip.
    const Backend backend = m_session ? m_session->backend() : Backend();
    const bool role = m_session && m_session->can(QStringLiteral("catalog.edit"));
    const QString noEdit = backend.unsupported(BackendAction::ProductEdit);
    const QString noBulk = backend.unsupported(BackendAction::BulkEdit);
    const QString noImport = backend.unsupported(BackendAction::CatalogImport);
    m_canEdit = role && noEdit.isEmpty();
    m_bulk->setVisible(role);
    m_bulk->setEnabled(noBulk.isEmpty());
    m_bulk->setToolTip(noBulk.isEmpty()
            ? tr("Change many products at once, with a preview first (Ctrl+B)")
            : noBulk);
    m_import->setVisible(role);
    m_import->setEnabled(noImport.isEmpty());
    m_import->setToolTip(noImport);
    m_panel->setEditable(m_canEdit);
    m_editor->setEditable(m_canEdit);
    QHash<QString, QString> unsupportedFields;
    for (const char *f : {catalog::field::Sku, catalog::field::Name, catalog::field::Description,
             catalog::field::Status, catalog::field::Price, catalog::field::Currency,
             catalog::field::CategoryId, catalog::field::Tags, catalog::field::Attributes}) {
        if (const QString why = unsupportedProductField(backend, QLatin1String(f)); !why.isEmpty())
            unsupportedFields.insert(QLatin1String(f), why);
    }
    m_editor->setUnsupportedFields(unsupportedFields);
    m_editor->setToolTip(role ? noEdit : QString());
    m_editor->setPriceHistoryUnavailable(backend.unsupported(BackendAction::PriceHistory));
    m_view->setEditTriggers(m_canEdit ? QAbstractItemView::DoubleClicked
                | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed
                                      : QAbstractItemView::NoEditTriggers);
    m_side->setTabVisible(1, m_canEdit || m_pending->productCount() > 0);
}

QString CatalogPage::statusText() const
{
    return m_status->text();
}

void CatalogPage::updateStatus()
{
    QString text;
    if (m_model) {
        const QString n = QLocale().toString(qlonglong(m_model->rowCount()));
        text = m_model->countIsExact() ? tr("%1 products").arg(n) : tr("about %1 products").arg(n);
        m_status->setToolTip(m_model->countOverBudget()
                ? tr("Counting took longer than %n ms, so this is PostgreSQL's estimate.", nullptr,
                    m_model->countBudget())
                : QString());
    }
    if (const int p = m_pending->productCount(); p > 0)
        text += tr(" | %n with pending changes", nullptr, p);
    m_status->setText(text);
    m_side->setTabText(1,
        m_pending->productCount() > 0 ? tr("Pending changes (%1)").arg(m_pending->productCount())
                                      : tr("Pending changes"));
}

void CatalogPage::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b71c1c") : QString());
}

void CatalogPage::loadCurrentProduct()
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_service || !current.isValid() || !m_model->isRowLoaded(current.row())) {
        m_editor->clear();
        return;
    }
    const qint64 id = current.data(CatalogModel::ProductIdRole).toLongLong();
    const int generation = ++m_detailGeneration;
    if (id != m_editor->productId())
        m_editor->setLoading(id);
    whenFinished(
        this, m_service->product(id), [this, generation](const Result<catalog::ProductDetail> &r) {
            if (generation != m_detailGeneration)
                return;
            if (!r) {
                m_editor->clear();
                setMessage(r.error().toString(), true);
                return;
            }
            const catalog::PendingEdit *e = m_pending->edit(r->row.id);
            m_editor->setProduct(r.value(), e ? e->changes : QJsonObject());
        });
}

void CatalogPage::stageFromEditor()
{
    QString error;
    const QJsonObject changes = m_editor->changes(&error);
    if (!error.isEmpty() || changes.isEmpty())
        return;
    const QJsonObject base = m_editor->baseValues();
    const int version = m_editor->version();
    const QString sku = base.value(QLatin1String(catalog::field::Sku)).toString();
    m_undo->beginMacro(tr("Edit %1").arg(sku));
    for (auto it = changes.begin(); it != changes.end(); ++it)
        m_undo->push(new models::SetFieldCommand(m_pending.get(), m_editor->productId(), sku,
            version, it.key(), base.value(it.key()), it.value()));
    m_undo->endMacro();
    setMessage(
        tr("Staged %n change(s) to %1: Apply (Ctrl+S) writes them.", nullptr, int(changes.size()))
            .arg(sku));
}

} // namespace qm
