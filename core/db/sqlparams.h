#pragma once

#include <QString>
#include <optional>
#include <pqxx/pqxx>
#include <string>
#include <vector>

namespace qm::db {

// Values of a statement built at run time (filters, bulk changes), sent as parameters: the SQL
// text only ever holds "$n::type" placeholders. std::nullopt is SQL NULL.
using SqlParams = std::vector<std::optional<std::string>>;

// Appends value and returns its placeholder, e.g. "$3::bigint".
inline QString bindParam(SqlParams &params, const std::optional<QString> &value, const char *cast)
{
    params.push_back(value ? std::optional<std::string>(value->toStdString()) : std::nullopt);
    return QStringLiteral("$%1::%2").arg(params.size()).arg(QLatin1String(cast));
}

// Pointers into params for libpq (nullptr for NULL); valid while params lives.
inline std::vector<const char *> paramPointers(const SqlParams &params)
{
    std::vector<const char *> out;
    out.reserve(params.size());
    for (const auto &p : params)
        out.push_back(p ? p->c_str() : nullptr);
    return out;
}

inline pqxx::result execParams(
    pqxx::transaction_base &tx, const std::string &sql, const SqlParams &params)
{
    return tx.exec_params(sql, pqxx::prepare::make_dynamic_params(paramPointers(params)));
}

} // namespace qm::db
