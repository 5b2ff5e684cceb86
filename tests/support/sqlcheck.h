#pragma once

#include "db/blocking.h"
#include "db/pool.h"

#include <QDebug>
#include <pqxx/pqxx>
#include <string>
#include <vector>

// Tests check what landed in the database with their own connection (usually the owner's),
// independent of the console code under test.
namespace qmtest {

// The first column of the first row of one parameterized statement, committed; T{} for no row,
// NULL, or an error (logged with the statement's readable error).
template <typename T>
T scalar(qm::db::Pool &pool, const std::string &sql, const std::vector<std::string> &params = {})
{
    auto r = qm::db::waitBlocking(
        pool.run<T>(QStringLiteral("check"), [sql, params](qm::db::Pool::Connection &c) {
            pqxx::work tx(c);
            const pqxx::result res
                = tx.exec_params(sql, pqxx::prepare::make_dynamic_params(params));
            tx.commit();
            return res.empty() || res[0][0].is_null() ? T {} : res[0][0].as<T>();
        }));
    if (!r.ok())
        qWarning().noquote() << r.error().toString();
    return r.ok() ? r.value() : T {};
}

} // namespace qmtest
