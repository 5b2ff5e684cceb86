#include "catalog/pendingchanges.h"

#include "catalog/editjournal.h"

#include <algorithm>

namespace qm::catalog {

PendingChanges::PendingChanges(QObject *parent)
    : QObject(parent)
{ }

void PendingChanges::setJournal(EditJournal *journal)
{
    m_journal = journal;
}

void PendingChanges::setField(qint64 productId, const QString &sku, int baseVersion,
    const QString &field, const QJsonValue &baseValue, const QJsonValue &value)
{
    auto it = m_edits.find(productId);
    if (it == m_edits.end()) {
        if (value == baseValue)
            return;
        PendingEdit e;
        e.productId = productId;
        e.sku = sku;
        e.baseVersion = baseVersion;
        it = m_edits.insert(productId, e);
    }
    if (!it->base.contains(field))
        it->base.insert(field, baseValue);
    if (value == it->base.value(field)) {
        it->changes.remove(field);
        it->base.remove(field);
        if (it->changes.isEmpty())
            m_edits.erase(it);
    } else {
        it->changes.insert(field, value);
    }
    touched(productId);
}

void PendingChanges::clearField(qint64 productId, const QString &field)
{
    auto it = m_edits.find(productId);
    if (it == m_edits.end() || !it->changes.contains(field))
        return;
    it->changes.remove(field);
    it->base.remove(field);
    if (it->changes.isEmpty())
        m_edits.erase(it);
    touched(productId);
}

std::optional<QJsonValue> PendingChanges::value(qint64 productId, const QString &field) const
{
    const auto it = m_edits.constFind(productId);
    if (it == m_edits.constEnd() || !it->changes.contains(field))
        return std::nullopt;
    return it->changes.value(field);
}

const PendingEdit *PendingChanges::edit(qint64 productId) const
{
    const auto it = m_edits.constFind(productId);
    return it == m_edits.constEnd() ? nullptr : &*it;
}

int PendingChanges::fieldCount() const
{
    int n = 0;
    for (const PendingEdit &e : m_edits)
        n += int(e.changes.size());
    return n;
}

QVector<PendingEdit> PendingChanges::edits() const
{
    QVector<PendingEdit> out;
    out.reserve(m_edits.size());
    for (const PendingEdit &e : m_edits)
        out.push_back(e);
    std::sort(out.begin(), out.end(),
        [](const PendingEdit &a, const PendingEdit &b) { return a.productId < b.productId; });
    return out;
}

void PendingChanges::removeApplied(const QVector<QPair<qint64, QUuid>> &applied)
{
    for (const auto &[id, request] : applied) {
        const auto it = m_edits.find(id);
        if (it == m_edits.end() || it->requestId != request)
            continue;
        m_edits.erase(it);
        Q_EMIT productChanged(id);
    }
    if (m_journal)
        m_journal->save(edits());
    Q_EMIT changed();
}

void PendingChanges::rebase(
    qint64 productId, int version, const QJsonObject &base, const QJsonObject &changes)
{
    auto it = m_edits.find(productId);
    if (it == m_edits.end())
        return;
    if (changes.isEmpty()) {
        m_edits.erase(it);
    } else {
        it->baseVersion = version;
        it->changes = changes;
        it->base = QJsonObject();
        for (auto c = changes.begin(); c != changes.end(); ++c)
            it->base.insert(c.key(), base.value(c.key()));
    }
    touched(productId);
}

void PendingChanges::restore(const QVector<PendingEdit> &edits)
{
    QList<qint64> old = m_edits.keys();
    m_edits.clear();
    for (const PendingEdit &e : edits)
        m_edits.insert(e.productId, e);
    for (qint64 id : old)
        Q_EMIT productChanged(id);
    for (const PendingEdit &e : edits)
        Q_EMIT productChanged(e.productId);
    if (m_journal)
        m_journal->save(this->edits());
    Q_EMIT changed();
}

void PendingChanges::clear()
{
    restore({});
}

void PendingChanges::touched(qint64 productId)
{
    // Any change to an edit makes it a new request: the old id may have been applied already
    // by a call whose answer was lost, and must not stand for different content.
    auto it = m_edits.find(productId);
    if (it != m_edits.end())
        it->requestId = QUuid::createUuid();
    if (m_journal)
        m_journal->save(edits());
    Q_EMIT productChanged(productId);
    Q_EMIT changed();
}

} // namespace qm::catalog
