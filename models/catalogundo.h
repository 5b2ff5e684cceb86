#pragma once

#include <QJsonValue>
#include <QUndoCommand>
#include <optional>

namespace qm::catalog {
class PendingChanges;
}

namespace qm::models {

// One field of one product becomes a pending change (undoable). Undo restores the previous
// pending value, or removes the field from the pending set. Several fields edited in the product
// form are one macro on the stack.
class SetFieldCommand : public QUndoCommand
{
public:
    SetFieldCommand(catalog::PendingChanges *pending, qint64 productId, QString sku,
        int baseVersion, QString field, QJsonValue base, QJsonValue value,
        QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    catalog::PendingChanges *m_pending;
    qint64 m_productId;
    QString m_sku;
    int m_baseVersion;
    QString m_field;
    QJsonValue m_base;
    QJsonValue m_value;
    std::optional<QJsonValue> m_before; // pending value before this command
};

} // namespace qm::models
