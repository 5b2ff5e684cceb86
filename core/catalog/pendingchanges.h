#pragma once

#include "catalog/pendingedit.h"

#include <QHash>
#include <QJsonValue>
#include <QObject>
#include <optional>

namespace qm::catalog {

class EditJournal;

// The set of unapplied edits, keyed by product. Lives on the GUI thread; every change is
// journaled (EditJournal writes off the GUI thread). Undo/redo (models/catalogundo.h) drives
// setField/clearField; the apply step removes what committed and rebases what conflicted.
class PendingChanges : public QObject
{
    Q_OBJECT
public:
    explicit PendingChanges(QObject *parent = nullptr);

    void setJournal(EditJournal *journal); // not owned; nullptr: memory only

    // Sets one field of one product to `value` (JSON as update_product takes it). The first
    // pending field of a product records its baseVersion; `baseValue` is the field's value then.
    // Setting a field back to its base value removes it.
    void setField(qint64 productId, const QString &sku, int baseVersion, const QString &field,
        const QJsonValue &baseValue, const QJsonValue &value);
    void clearField(qint64 productId, const QString &field);

    std::optional<QJsonValue> value(qint64 productId, const QString &field) const;
    bool hasEdit(qint64 productId) const { return m_edits.contains(productId); }
    const PendingEdit *edit(qint64 productId) const;
    int productCount() const { return int(m_edits.size()); }
    int fieldCount() const;
    QVector<PendingEdit> edits() const; // ordered by product id

    // After an apply: drop the edits that committed, unless they changed meanwhile (a different
    // request id: the person kept typing while the batch was on its way).
    void removeApplied(const QVector<QPair<qint64, QUuid>> &applied);
    // After a conflict was resolved: the edit now starts from `version`, with `base` the
    // current values, and keeps only `changes` (fields the person kept as theirs are dropped).
    void rebase(qint64 productId, int version, const QJsonObject &base, const QJsonObject &changes);
    // Restores edits from the journal (replaces everything).
    void restore(const QVector<PendingEdit> &edits);
    void clear();

Q_SIGNALS:
    void productChanged(qint64 productId);
    void changed(); // anything; count may have changed

private:
    void touched(qint64 productId);

    QHash<qint64, PendingEdit> m_edits;
    EditJournal *m_journal = nullptr;
};

} // namespace qm::catalog
