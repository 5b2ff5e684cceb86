#pragma once

#include "testenv.h"

#include <memory>
#include <pqxx/pqxx>
#include <string>

// Tests that talk to PostgreSQL through libpqxx directly, as one of the sandbox's login users
// (the contract and privilege suites): independent of the console's own connection code.
namespace qmtest {

inline std::unique_ptr<pqxx::connection> connectAs(const QString &user)
{
    return std::make_unique<pqxx::connection>(primaryParams(user).toConninfo());
}

// libpqxx 6.4 leaves sqlstate() empty on the exception classes it maps itself.
inline std::string stateOf(const pqxx::sql_error &e)
{
    if (!e.sqlstate().empty())
        return e.sqlstate();
    if (dynamic_cast<const pqxx::insufficient_privilege *>(&e))
        return "42501";
    if (dynamic_cast<const pqxx::check_violation *>(&e))
        return "23514";
    if (dynamic_cast<const pqxx::unique_violation *>(&e))
        return "23505";
    return "?????";
}

} // namespace qmtest
