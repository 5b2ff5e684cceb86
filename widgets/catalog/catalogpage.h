#pragma once

#include "catalog/bulkedit.h"
#include "catalog/editapplier.h"
#include "catalog/product.h"
#include "workspace.h"

#include <QPointer>
#include <memory>

class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;
class QUndoStack;

namespace qm {

namespace catalog {
class CatalogService;
class CatalogWrites;
class EditJournal;
class PendingChanges;
} // namespace catalog
namespace models {
class CatalogModel;
}
class CatalogDelegate;
class CatalogFilterBar;
class CatalogTableView;
class FlowDialog;
class ImportDialog;
class PendingChangesPanel;
class ProductEditor;
class Session;

// The Catalog workspace: the windowed product table (millions of rows, server-side filter and
// sort), the product editor, and the pending changes with undo/redo that Apply writes as one
// transaction (conflicts open the ConflictDialog). Bulk edit, CSV import and export live here.
// What the signed-in role may not do (my_capabilities) is hidden; what the profile's backend
// cannot do is greyed out with the reason as its tooltip (Backend::unsupported).
class CatalogPage : public SessionWorkspace
{
    Q_OBJECT
public:
    explicit CatalogPage(QWidget *parent = nullptr);
    ~CatalogPage() override;

    static QString workspaceTitle();
    static QIcon workspaceIcon();
    static QString workspaceKey() { return QStringLiteral("catalog"); }
    QString title() const override { return workspaceTitle(); }
    QIcon icon() const override { return workspaceIcon(); }
    QString key() const override { return workspaceKey(); }

    // For tests and benchmarks.
    models::CatalogModel *model() const { return m_model; }
    CatalogTableView *view() const { return m_view; }
    CatalogFilterBar *filterBar() const { return m_filters; }
    catalog::PendingChanges *pending() const { return m_pending.get(); }
    QUndoStack *undoStack() const { return m_undo; }
    ProductEditor *editor() const { return m_editor; }
    PendingChangesPanel *pendingPanel() const { return m_panel; }
    QString statusText() const;
    bool canEdit() const { return m_canEdit; }
    void setJournalPath(const QString &path); // before setSession; default: per profile
    // Applies the pending changes; conflicts go to the ConflictDialog unless a resolver is set
    // (tests): it gets the conflicts and returns true to accept its choices.
    void applyPending();
    using ConflictResolver = std::function<bool(class ConflictDialog &)>;
    void setConflictResolver(ConflictResolver resolver) { m_resolver = std::move(resolver); }
    FlowDialog *openBulkEdit(const catalog::BulkChange &change, bool wholeFilter);
    ImportDialog *openImport();
    void exportTo(const QString &path);

Q_SIGNALS:
    void applyFinished(bool committed, const QString &message);
    void exportFinished(bool ok, const QString &message);
    void ready(); // session connected, categories and capabilities known

private:
    void start() override;
    void stop() override;
    void restoreJournal();
    void updateCapabilities() override;
    void updateStatus();
    void loadCurrentProduct();
    void stageFromEditor();
    void applied(const Result<catalog::ApplyOutcome> &result);
    void askBulkEdit();
    void askExport();
    void setMessage(const QString &text, bool error = false);

    std::unique_ptr<catalog::CatalogService> m_service;
    std::shared_ptr<catalog::CatalogWrites> m_applier; // the backend's (backends::catalogWrites)
    std::unique_ptr<catalog::EditJournal> m_journal;
    std::unique_ptr<catalog::PendingChanges> m_pending;
    QUndoStack *m_undo;
    models::CatalogModel *m_model = nullptr;
    CatalogFilterBar *m_filters;
    CatalogTableView *m_view;
    CatalogDelegate *m_delegate;
    ProductEditor *m_editor;
    PendingChangesPanel *m_panel;
    QTabWidget *m_side;
    QSplitter *m_splitter;
    QPushButton *m_bulk;
    QPushButton *m_import;
    QPushButton *m_export;
    QLabel *m_status;
    QLabel *m_message;
    QVector<catalog::Category> m_categories;
    QString m_journalPath;
    ConflictResolver m_resolver;
    bool m_canEdit = false;
    bool m_applying = false;
    int m_detailGeneration = 0;
};

} // namespace qm
