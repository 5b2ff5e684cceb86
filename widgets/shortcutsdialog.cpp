#include "shortcutsdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qm {

namespace {

QString withoutMnemonic(QString text)
{
    // "&Profiles…" -> "Profiles…"; "&&" stays one ampersand.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text.trimmed();
}

QString keysText(const QList<QKeySequence> &sequences)
{
    QStringList parts;
    for (const QKeySequence &s : sequences) {
        if (!s.isEmpty())
            parts << s.toString(QKeySequence::NativeText);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

QList<ShortcutEntry> collectShortcuts(QWidget *root, const QString &area)
{
    QList<ShortcutEntry> out;
    if (!root)
        return out;
    QSet<QString> seen;
    auto add = [&](const QString &text, const QString &keys) {
        const QString name = withoutMnemonic(text);
        if (name.isEmpty() || keys.isEmpty())
            return;
        const QString key = name + u'\n' + keys;
        if (seen.contains(key))
            return;
        seen.insert(key);
        out.append({area, name, keys});
    };
    // Actions owned here, and actions shown here (a menu lists actions that others own, such as
    // the workspace switcher's).
    QList<QAction *> actions = root->findChildren<QAction *>();
    actions += root->actions();
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets)
        actions += w->actions();
    for (QAction *a : std::as_const(actions)) {
        if (a->isSeparator())
            continue;
        add(a->text().isEmpty() ? a->toolTip() : a->text(), keysText(a->shortcuts()));
    }
    const QList<QAbstractButton *> buttons = root->findChildren<QAbstractButton *>();
    for (QAbstractButton *b : buttons) {
        const QString text = b->text().isEmpty() ? b->toolTip() : b->text();
        add(text, keysText({b->shortcut()}));
    }
    return out;
}

ShortcutsDialog::ShortcutsDialog(const QList<ShortcutEntry> &entries, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_table(new QTableWidget(int(entries.size()), 3, this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(
        tr("Every shortcut of the main window and of each workspace. Type to filter."), this);
    hint->setObjectName(QStringLiteral("hintLabel"));
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_filter->setPlaceholderText(tr("Filter by action, workspace or key"));
    m_filter->setAccessibleName(tr("Filter shortcuts"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Where"), tr("Action"), tr("Shortcut")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    for (int row = 0; row < entries.size(); ++row) {
        const ShortcutEntry &e = entries.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(e.area));
        m_table->setItem(row, 1, new QTableWidgetItem(e.action));
        m_table->setItem(row, 2, new QTableWidgetItem(e.keys));
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    resize(640, 520);
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        bool match = needle.isEmpty();
        for (int col = 0; !match && col < m_table->columnCount(); ++col)
            match = m_table->item(row, col)->text().contains(needle, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !match);
    }
}

} // namespace qm
