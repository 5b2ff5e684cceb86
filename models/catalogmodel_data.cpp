// CatalogModel: what cells show and how edits become pending changes.
#include "catalog/pendingchanges.h"
#include "catalog/price.h"
#include "catalogmodel.h"
#include "catalogundo.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QUndoStack>

namespace qm::models {

using catalog::ProductRow;
namespace field = catalog::field;

std::optional<catalog::SortKey> CatalogModel::sortKeyFor(int column)
{
    switch (column) {
    case Sku:
        return catalog::SortKey::Sku;
    case Name:
        return catalog::SortKey::Name;
    case Price:
        return catalog::SortKey::Price;
    case UpdatedAt:
        return catalog::SortKey::UpdatedAt;
    default:
        return std::nullopt;
    }
}

QString CatalogModel::fieldFor(int column)
{
    switch (column) {
    case Sku:
        return QLatin1String(field::Sku);
    case Name:
        return QLatin1String(field::Name);
    case Category:
        return QLatin1String(field::CategoryId);
    case Status:
        return QLatin1String(field::Status);
    case Price:
        return QLatin1String(field::Price);
    case Currency:
        return QLatin1String(field::Currency);
    case Tags:
        return QLatin1String(field::Tags);
    default:
        return {};
    }
}

QVariant CatalogModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return QLocale().toString(section + 1);
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Sku:
            return tr("SKU");
        case Name:
            return tr("Name");
        case Category:
            return tr("Category");
        case Status:
            return tr("Status");
        case Price:
            return tr("Price");
        case Currency:
            return tr("Currency");
        case OnHand:
            return tr("On hand");
        case Reserved:
            return tr("Reserved");
        case Available:
            return tr("Available");
        case Tags:
            return tr("Tags");
        case UpdatedAt:
            return tr("Updated");
        case Version:
            return tr("Version");
        }
    } else if (role == Qt::ToolTipRole && !sortKeyFor(section)) {
        return tr("Not sortable: sorting needs an index on the server (SKU, name, price, "
                  "updated)");
    }
    return {};
}

Qt::ItemFlags CatalogModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !fieldFor(index.column()).isEmpty() && isRowLoaded(index.row()))
        f |= Qt::ItemIsEditable;
    return f;
}

void CatalogModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortKeyFor(column);
    if (!key)
        return;
    catalog::CatalogQuery q = m_query;
    q.sort = catalog::CatalogSort {*key, order == Qt::DescendingOrder};
    if (q == m_query)
        return;
    setQuery(q);
}

QVariant CatalogModel::displayValue(const ProductRow &r, int column) const
{
    switch (column) {
    case Sku:
        return r.sku;
    case Name:
        return r.name;
    case Category:
        return r.category;
    case Status:
        return r.status;
    case Price:
        return r.price;
    case Currency:
        return r.currency;
    case OnHand:
        return r.onHand;
    case Reserved:
        return r.reserved;
    case Available:
        return r.available;
    case Tags:
        return r.tags.join(QLatin1String(", "));
    case UpdatedAt:
        return QLocale().toString(r.updatedAt.toLocalTime(), QLocale::ShortFormat);
    case Version:
        return r.version;
    }
    return {};
}

QVariant CatalogModel::pendingDisplay(int column, const QJsonValue &v) const
{
    if (column == Category)
        return v.isNull() ? QString()
                          : m_categoryNames.value(v.toInt(), QString::number(v.toInt()));
    if (column == Tags) {
        QStringList tags;
        for (const QJsonValue &t : v.toArray())
            tags << t.toString();
        return tags.join(QLatin1String(", "));
    }
    return v.toVariant();
}

QVariant CatalogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const ProductRow *r = rowAt(index.row());
    if (!r) {
        requestPage(index.row() / m_pageSize);
        if (role == LoadedRole)
            return false;
        if (role == Qt::ForegroundRole)
            return QBrush(Qt::gray);
        return {};
    }
    m_pages[index.row() / m_pageSize].touched = ++m_clock;
    const QString f = fieldFor(index.column());
    std::optional<QJsonValue> pending;
    if (m_pending && !f.isEmpty())
        pending = m_pending->value(r->id, f);
    const bool rowPending = m_pending && m_pending->hasEdit(r->id);

    switch (role) {
    case Qt::DisplayRole:
        return pending ? pendingDisplay(index.column(), *pending)
                       : displayValue(*r, index.column());
    case Qt::EditRole:
        if (index.column() == Category)
            return pending ? pending->toVariant() : QVariant(r->categoryId);
        return pending ? pendingDisplay(index.column(), *pending)
                       : displayValue(*r, index.column());
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Price:
        case OnHand:
        case Reserved:
        case Available:
        case Version:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case Qt::BackgroundRole:
        if (pending)
            return QBrush(QColor(255, 236, 179)); // amber: not applied yet
        if (index.column() == Available && r->available <= 0)
            return QBrush(QColor(255, 205, 210));
        if (index.column() == Available && r->lowStock)
            return QBrush(QColor(255, 243, 224));
        return {};
    case Qt::FontRole:
        if (pending || (rowPending && index.column() == Sku)) {
            QFont font;
            font.setItalic(true);
            font.setBold(index.column() == Sku);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (pending)
            return tr("Not applied yet. Saved value: %1")
                .arg(displayValue(*r, index.column()).toString());
        return {};
    case ProductIdRole:
        return r->id;
    case LoadedRole:
        return true;
    case PendingRole:
        return index.column() == Sku ? rowPending : bool(pending);
    case BaseValueRole:
        return displayValue(*r, index.column());
    case VersionRole:
        return r->version;
    }
    return {};
}

bool CatalogModel::toFieldValue(
    int column, const QVariant &value, QJsonValue *out, QString *error) const
{
    const QString text = value.toString().trimmed();
    switch (column) {
    case Sku:
    case Name:
        if (text.isEmpty() || text.size() > (column == Sku ? 64 : 300)) {
            *error = column == Sku ? tr("A SKU has 1 to 64 characters.")
                                   : tr("A name has 1 to 300 characters.");
            return false;
        }
        *out = text;
        return true;
    case Status:
        if (text != QLatin1String("draft") && text != QLatin1String("active")
            && text != QLatin1String("archived")) {
            *error = tr("Status is draft, active or archived.");
            return false;
        }
        *out = text;
        return true;
    case Price: {
        const catalog::PriceVerdict price = catalog::PriceText::parse(text);
        if (!price.ok) {
            *error = price.error;
            return false;
        }
        *out = price.value;
        return true;
    }
    case Currency:
        if (!QRegularExpression(QStringLiteral("^[A-Za-z]{3}$")).match(text).hasMatch()) {
            *error = tr("A currency is a 3-letter ISO code, e.g. EUR.");
            return false;
        }
        *out = text.toUpper();
        return true;
    case Category: {
        bool ok = false;
        const int id = value.toInt(&ok);
        *out = ok && id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
        return true;
    }
    case Tags: {
        QJsonArray tags;
        QStringList seen;
        for (const QString &t : text.split(u',', Qt::SkipEmptyParts)) {
            const QString tag = t.trimmed();
            if (!tag.isEmpty() && !seen.contains(tag)) {
                seen << tag;
                tags.append(tag);
            }
        }
        *out = tags;
        return true;
    }
    default:
        *error = tr("This column cannot be edited.");
        return false;
    }
}

QJsonValue CatalogModel::baseValue(const ProductRow &r, const QString &f) const
{
    if (f == QLatin1String(field::Sku))
        return r.sku;
    if (f == QLatin1String(field::Name))
        return r.name;
    if (f == QLatin1String(field::Status))
        return r.status;
    if (f == QLatin1String(field::Price))
        return r.price;
    if (f == QLatin1String(field::Currency))
        return r.currency;
    if (f == QLatin1String(field::CategoryId))
        return r.categoryId > 0 ? QJsonValue(r.categoryId) : QJsonValue(QJsonValue::Null);
    if (f == QLatin1String(field::Tags))
        return QJsonArray::fromStringList(r.tags);
    return {};
}

bool CatalogModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !m_pending)
        return false;
    const ProductRow *r = rowAt(index.row());
    const QString f = fieldFor(index.column());
    if (!r || f.isEmpty())
        return false;
    QJsonValue v;
    QString error;
    if (!toFieldValue(index.column(), value, &v, &error)) {
        Q_EMIT editRejected(error);
        return false;
    }
    const QJsonValue base = baseValue(*r, f);
    const std::optional<QJsonValue> current = m_pending->value(r->id, f);
    if ((current && *current == v) || (!current && v == base))
        return false; // no change
    if (m_undo)
        m_undo->push(new SetFieldCommand(m_pending, r->id, r->sku, r->version, f, base, v));
    else
        m_pending->setField(r->id, r->sku, r->version, f, base, v);
    return true;
}

} // namespace qm::models
