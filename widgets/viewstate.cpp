#include "viewstate.h"

#include "settings/settings.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QList>
#include <QMenu>
#include <QPointer>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

namespace qm {

namespace {

constexpr quint32 kMagic = 0x514d5653; // "QMVS"
constexpr quint8 kVersion = 1;
constexpr int kWriteDelayMs = 500; // a drag writes once, not per mouse move
constexpr int kMaxColumns = 4096;

// What is stored for a header: the column count it was saved with, then QHeaderView::saveState.
QByteArray encodeHeader(const QHeaderView *header)
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_0);
    s << kMagic << kVersion << qint32(header->count()) << header->saveState();
    return out;
}

struct HeaderBlob
{
    int count = 0;
    QByteArray state;
};

bool decodeHeader(const QByteArray &bytes, HeaderBlob &out)
{
    if (bytes.isEmpty())
        return false;
    QDataStream s(bytes);
    s.setVersion(QDataStream::Qt_6_0);
    quint32 magic = 0;
    quint8 version = 0;
    qint32 count = 0;
    QByteArray state;
    s >> magic >> version >> count >> state;
    if (s.status() != QDataStream::Ok || magic != kMagic || version != kVersion || count <= 0
        || count > kMaxColumns || state.isEmpty())
        return false;
    out.count = count;
    out.state = state;
    return true;
}

class Tracker;
QSet<Tracker *> g_dirty;

QTimer *writeTimer();

// One per tracked splitter or header, a child of it: holds the latest state in memory and writes
// it (later, or when the view goes away).
class Tracker : public QObject
{
public:
    using QObject::QObject;
    ~Tracker() override
    {
        write();
        g_dirty.remove(this);
    }

    QString key;
    QByteArray state; // latest known state, in the stored format
    QByteArray written; // what Settings holds (skip identical writes)
    bool loaded = false; // state read from Settings

    void load()
    {
        if (loaded || key.isEmpty())
            return;
        loaded = true;
        state = Settings::viewState(key);
        written = state;
    }
    void changed(const QByteArray &now)
    {
        state = now;
        if (key.isEmpty() || state == written)
            return;
        g_dirty.insert(this);
        writeTimer()->start();
    }
    void write()
    {
        g_dirty.remove(this);
        if (key.isEmpty() || state == written)
            return;
        if (state.isEmpty())
            Settings::clearViewState(key);
        else
            Settings::setViewState(key, state);
        written = state;
    }
};

QTimer *writeTimer()
{
    static QPointer<QTimer> timer;
    if (!timer) {
        timer = new QTimer(qApp);
        timer->setSingleShot(true);
        timer->setInterval(kWriteDelayMs);
        QObject::connect(timer, &QTimer::timeout, [] { ViewState::flush(); });
        QObject::connect(qApp, &QCoreApplication::aboutToQuit, [] { ViewState::flush(); });
    }
    return timer;
}

class HeaderTracker : public Tracker
{
public:
    explicit HeaderTracker(QHeaderView *h)
        : Tracker(h)
        , header(h)
    { }

    QHeaderView *header;
    QByteArray defaults; // the code's own layout, for "Reset columns"
    QSet<int> pinned;
    bool applied = false; // the header shows the remembered state; changes are the user's
    bool restoring = false;
    bool scheduled = false;

    void schedule()
    {
        applied = false;
        if (scheduled)
            return;
        scheduled = true;
        QMetaObject::invokeMethod(
            this, [this] { apply(); }, Qt::QueuedConnection);
    }

    void apply()
    {
        scheduled = false;
        if (header->count() == 0)
            return; // again when the model gives it columns
        load();
        if (defaults.isEmpty())
            defaults = header->saveState();
        restoring = true;
        HeaderBlob blob;
        if (decodeHeader(state, blob))
            restoreFrom(blob);
        ensureVisible();
        restoring = false;
        applied = true;
    }

    void restoreFrom(const HeaderBlob &blob)
    {
        const int count = header->count();
        if (blob.count > count)
            return; // saved with columns this table no longer has: it cannot fit
        const int sortSection = header->sortIndicatorSection();
        const Qt::SortOrder sortOrder = header->sortIndicatorOrder();
        const QByteArray before = header->saveState();
        if (!header->restoreState(blob.state) || header->count() != count) {
            header->restoreState(before);
            return;
        }
        // Columns added since the state was saved: shown, at their default width.
        for (int c = blob.count; c < count; ++c) {
            header->showSection(c);
            if (header->sectionSize(c) <= 0)
                header->resizeSection(c, header->defaultSectionSize());
        }
        // The sort belongs to the model's query, not to the remembered layout.
        if (header->sortIndicatorSection() != sortSection
            || header->sortIndicatorOrder() != sortOrder)
            header->setSortIndicator(sortSection, sortOrder);
    }

    int visibleCount() const { return header->count() - header->hiddenSectionCount(); }

    void ensureVisible()
    {
        for (int c : std::as_const(pinned)) {
            if (c < header->count())
                header->showSection(c);
        }
        if (header->count() > 0 && visibleCount() == 0)
            header->showSection(header->logicalIndex(0));
    }

    void userChanged()
    {
        if (applied && !restoring && header->count() > 0)
            changed(encodeHeader(header));
    }

    void setHidden(int logical, bool hide)
    {
        if (hide == header->isSectionHidden(logical))
            return;
        if (hide && (pinned.contains(logical) || visibleCount() <= 1))
            return; // at least one column stays
        header->setSectionHidden(logical, hide);
        if (!hide && header->sectionSize(logical) <= 0)
            header->resizeSection(logical, header->defaultSectionSize());
        userChanged();
    }

    void reset()
    {
        if (!defaults.isEmpty()) {
            restoring = true;
            const int sortSection = header->sortIndicatorSection();
            const Qt::SortOrder sortOrder = header->sortIndicatorOrder();
            header->restoreState(defaults);
            header->setSortIndicator(sortSection, sortOrder);
            ensureVisible();
            restoring = false;
        }
        changed({}); // forget the remembered state
    }
};

class SplitterTracker : public Tracker
{
public:
    using Tracker::Tracker;
};

// The trackers have no meta-object of their own (qobject_cast would match any child).
template <typename T> T *trackerOf(QObject *tracked)
{
    for (QObject *child : tracked->children()) {
        if (auto *t = dynamic_cast<T *>(child))
            return t;
    }
    return nullptr;
}

HeaderTracker *headerTracker(QHeaderView *header, bool create)
{
    if (!header)
        return nullptr;
    auto *t = trackerOf<HeaderTracker>(header);
    if (t || !create)
        return t;
    t = new HeaderTracker(header);
    QObject::connect(header, &QHeaderView::sectionCountChanged, t, [t](int oldCount, int newCount) {
        if (newCount == 0)
            t->applied = false; // the sections are gone: the remembered state waits in memory
        else if (oldCount == 0)
            t->schedule();
    });
    QObject::connect(header, &QHeaderView::sectionMoved, t, [t] { t->userChanged(); });
    QObject::connect(header, &QHeaderView::sectionResized, t, [t] { t->userChanged(); });
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QWidget::customContextMenuRequested, t, [header](const QPoint &pos) {
        QMenu *menu = ViewState::columnMenu(header, header);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(header->mapToGlobal(pos));
    });
    return t;
}

QHeaderView *headerOf(QWidget *view)
{
    if (auto *table = qobject_cast<QTableView *>(view))
        return table->horizontalHeader();
    if (auto *tree = qobject_cast<QTreeView *>(view))
        return tree->header();
    return nullptr;
}

} // namespace

void ViewState::track(QWidget *root, const QString &scope)
{
    if (!root)
        return;
    const QString prefix = scope.isEmpty() ? QString() : scope + u'/';
    for (QSplitter *s : root->findChildren<QSplitter *>()) {
        if (!s->objectName().isEmpty())
            trackSplitter(s, prefix + s->objectName());
    }
    for (QAbstractItemView *v : root->findChildren<QAbstractItemView *>()) {
        QHeaderView *h = headerOf(v);
        if (h && !v->objectName().isEmpty())
            trackHeader(h, prefix + v->objectName());
    }
}

void ViewState::trackSplitter(QSplitter *splitter, const QString &key)
{
    if (!splitter || key.isEmpty() || trackerOf<SplitterTracker>(splitter))
        return;
    auto *t = new SplitterTracker(splitter);
    t->key = key;
    t->load();
    if (!t->state.isEmpty() && !splitter->restoreState(t->state))
        t->state.clear(); // not a splitter state: ignored (and replaced by the next move)
    QObject::connect(splitter, &QSplitter::splitterMoved, t,
        [t, splitter] { t->changed(splitter->saveState()); });
}

void ViewState::trackHeader(QHeaderView *header, const QString &key)
{
    HeaderTracker *t = headerTracker(header, true);
    if (!t || !t->key.isEmpty() || key.isEmpty())
        return;
    t->key = key;
    if (header->count() > 0)
        t->schedule();
}

void ViewState::keepVisible(QHeaderView *header, int logicalIndex)
{
    if (HeaderTracker *t = headerTracker(header, true)) {
        t->pinned.insert(logicalIndex);
        if (logicalIndex < header->count())
            header->showSection(logicalIndex);
    }
}

void ViewState::restoreLater(QHeaderView *header)
{
    if (HeaderTracker *t = headerTracker(header, false); t && !t->key.isEmpty())
        t->schedule();
}

void ViewState::flush()
{
    const QList<Tracker *> dirty = g_dirty.values();
    for (Tracker *t : dirty)
        t->write();
}

QMenu *ViewState::columnMenu(QHeaderView *header, QWidget *parent)
{
    auto *menu = new QMenu(tr("Columns"), parent);
    menu->setObjectName(QStringLiteral("columnMenu"));
    HeaderTracker *t = headerTracker(header, true);
    if (!t)
        return menu;
    menu->addSection(tr("Columns"));
    const QAbstractItemModel *model = header->model();
    const int visible = t->visibleCount();
    for (int v = 0; v < header->count(); ++v) {
        const int logical = header->logicalIndex(v);
        QString label = model ? model->headerData(logical, header->orientation(), Qt::DisplayRole)
                                    .toString()
                                    .simplified()
                              : QString();
        if (label.isEmpty())
            label = tr("Column %1").arg(logical + 1);
        QAction *a = menu->addAction(label);
        a->setObjectName(QStringLiteral("column-%1").arg(logical));
        a->setCheckable(true);
        const bool shown = !header->isSectionHidden(logical);
        a->setChecked(shown);
        // The last visible column, and pinned ones, cannot be hidden.
        a->setEnabled(!(shown && (visible <= 1 || t->pinned.contains(logical))));
        QObject::connect(a, &QAction::toggled, t, [t, a, logical](bool on) {
            t->setHidden(logical, !on);
            const bool nowShown = !t->header->isSectionHidden(logical);
            if (nowShown != on) {
                const QSignalBlocker block(a);
                a->setChecked(nowShown); // refused: the entry says what the table shows
            }
        });
    }
    menu->addSeparator();
    QAction *reset = menu->addAction(tr("Reset columns"));
    reset->setObjectName(QStringLiteral("resetColumns"));
    QObject::connect(reset, &QAction::triggered, t, [t] { t->reset(); });
    return menu;
}

QHeaderView *ViewState::mainHeader(QWidget *root)
{
    if (!root)
        return nullptr;
    QHeaderView *firstShown = nullptr;
    QHeaderView *first = nullptr;
    const QWidget *focus = QApplication::focusWidget();
    for (QAbstractItemView *v : root->findChildren<QAbstractItemView *>()) {
        QHeaderView *h = headerOf(v);
        HeaderTracker *t = headerTracker(h, false);
        if (!t || t->key.isEmpty() || h->count() == 0)
            continue;
        if (focus && (focus == v || v->isAncestorOf(focus)))
            return h;
        if (!firstShown && v->isVisible())
            firstShown = h;
        if (!first)
            first = h;
    }
    return firstShown ? firstShown : first;
}

bool ViewState::chooseColumns(QWidget *root)
{
    QHeaderView *header = mainHeader(root);
    if (!header)
        return false;
    QMenu *menu = columnMenu(header, header);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(header->mapToGlobal(QPoint(0, header->height())));
    const QList<QAction *> actions = menu->actions();
    for (QAction *a : actions) {
        if (a->isEnabled() && !a->isSeparator()) {
            menu->setActiveAction(a); // the arrow keys and Space start here
            break;
        }
    }
    return true;
}

} // namespace qm
