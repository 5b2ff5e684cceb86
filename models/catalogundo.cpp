#include "catalogundo.h"

#include "catalog/pendingchanges.h"

#include <QCoreApplication>

namespace qm::models {

SetFieldCommand::SetFieldCommand(catalog::PendingChanges *pending, qint64 productId, QString sku,
    int baseVersion, QString field, QJsonValue base, QJsonValue value, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_pending(pending)
    , m_productId(productId)
    , m_sku(std::move(sku))
    , m_baseVersion(baseVersion)
    , m_field(std::move(field))
    , m_base(std::move(base))
    , m_value(std::move(value))
    , m_before(pending->value(productId, m_field))
{
    setText(QCoreApplication::translate("qm::models::SetFieldCommand", "Edit %1 of %2")
                .arg(m_field, m_sku));
}

void SetFieldCommand::redo()
{
    m_pending->setField(m_productId, m_sku, m_baseVersion, m_field, m_base, m_value);
}

void SetFieldCommand::undo()
{
    if (m_before)
        m_pending->setField(m_productId, m_sku, m_baseVersion, m_field, m_base, *m_before);
    else
        m_pending->clearField(m_productId, m_field);
}

} // namespace qm::models
