#include "catalog/conflictdialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qm {

namespace {
QString showValue(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("-");
    if (v.isArray() || v.isObject())
        return QString::fromUtf8(v.isArray()
                ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return v.toVariant().toString();
}
} // namespace

ConflictDialog::ConflictDialog(const QVector<catalog::ProductConflict> &conflicts, QWidget *parent)
    : QDialog(parent)
    , m_conflicts(conflicts)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Someone else changed these products"));
    auto *intro = new QLabel(
        tr("%n product(s) changed in the database after you started editing. Nothing was "
           "applied. For each field you changed, keep yours or take theirs, then apply again.",
            nullptr, int(conflicts.size())),
        this);
    intro->setWordWrap(true);
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Product"), tr("Field"), tr("When you started"),
        tr("Mine"), tr("Theirs (now)"), tr("Keep")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);

    for (int c = 0; c < conflicts.size(); ++c) {
        const catalog::ProductConflict &conflict = conflicts.at(c);
        for (auto it = conflict.edit.changes.begin(); it != conflict.edit.changes.end(); ++it)
            m_rows.push_back(Row {c, it.key()});
    }
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const catalog::ProductConflict &conflict = m_conflicts.at(m_rows[r].conflict);
        const QString f = m_rows[r].field;
        const QJsonValue base = conflict.edit.base.value(f);
        const QJsonValue mine = conflict.edit.changes.value(f);
        const QJsonValue theirs = conflict.theirs.value(f);
        m_table->setItem(r, 0, new QTableWidgetItem(conflict.edit.sku));
        m_table->setItem(r, 1, new QTableWidgetItem(f));
        m_table->setItem(r, 2, new QTableWidgetItem(showValue(base)));
        m_table->setItem(r, 3, new QTableWidgetItem(showValue(mine)));
        auto *theirsItem = new QTableWidgetItem(showValue(theirs));
        const bool bothChanged = theirs != base && theirs != mine;
        if (bothChanged)
            theirsItem->setBackground(QColor(255, 205, 210));
        m_table->setItem(r, 4, theirsItem);
        auto *cell = new QWidget(m_table);
        auto *mineButton = new QRadioButton(tr("Mine"), cell);
        auto *theirsButton = new QRadioButton(tr("Theirs"), cell);
        auto *group = new QButtonGroup(cell);
        group->addButton(mineButton, 1);
        group->addButton(theirsButton, 0);
        (bothChanged ? theirsButton : mineButton)->setChecked(true);
        auto *h = new QHBoxLayout(cell);
        h->setContentsMargins(4, 0, 4, 0);
        h->addWidget(mineButton);
        h->addWidget(theirsButton);
        cell->setProperty("group", QVariant::fromValue(static_cast<QObject *>(group)));
        m_table->setCellWidget(r, 5, cell);
    }
    m_table->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Use my choices"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(820, 360);
}

int ConflictDialog::rowCount() const
{
    return int(m_rows.size());
}

void ConflictDialog::choose(int row, bool mine)
{
    auto *group = qobject_cast<QButtonGroup *>(
        m_table->cellWidget(row, 5)->property("group").value<QObject *>());
    group->button(mine ? 1 : 0)->setChecked(true);
}

QVector<ConflictDialog::Resolution> ConflictDialog::resolutions() const
{
    QVector<Resolution> out;
    for (int c = 0; c < m_conflicts.size(); ++c) {
        const catalog::ProductConflict &conflict = m_conflicts.at(c);
        Resolution r;
        r.productId = conflict.edit.productId;
        r.theirsVersion = conflict.theirsVersion;
        r.theirs = conflict.theirs;
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows[row].conflict != c)
                continue;
            auto *group = qobject_cast<QButtonGroup *>(
                m_table->cellWidget(row, 5)->property("group").value<QObject *>());
            const QString f = m_rows[row].field;
            if (group->checkedId() == 1
                && conflict.edit.changes.value(f) != conflict.theirs.value(f))
                r.keep.insert(f, conflict.edit.changes.value(f));
        }
        out.push_back(r);
    }
    return out;
}

} // namespace qm
