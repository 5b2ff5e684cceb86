#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace qm {

// Errors are values at thread boundaries (CONVENTIONS.md #9): a worker catches every exception
// and hands back an Error; nothing throws across threads.
struct Error
{
    enum class Code {
        Unknown,
        ConnectionFailed, // could not connect: host down, port closed, DNS
        ConnectionLost, // an open connection broke mid-call
        AuthFailed, // wrong password / no such role
        PermissionDenied, // SQLSTATE 42501: the signed-in role may not do this
        SchemaMissing, // database without the console schema (or too old)
        Conflict, // stale version: someone else changed the row
        InvalidInput, // bad input, nothing changed
        Constraint, // a database invariant refused the change (stock below reserved...)
        Cancelled, // the user pressed Stop (PQcancel) or the owner went away
        Timeout,
        NotFound,
        Protocol, // a server answered something we cannot parse
        Io, // local disk
    };

    Code code = Code::Unknown;
    QString message; // for people: what happened and what to do next (already translated)
    QString detail; // for engineers: SQLSTATE, server text, endpoint; never a secret
    QString sqlState; // when it came from PostgreSQL

    QString toString() const
    {
        return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + u')';
    }
    static QString codeName(Code c);
};

template <typename T> class Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    { }
    Result(Error error)
        : m_data(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const { return value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_data); }
    T valueOr(T fallback) const { return ok() ? value() : fallback; }

private:
    std::variant<T, Error> m_data;
};

// For calls that return nothing but can fail.
struct Done
{
};
using Status = Result<Done>;

} // namespace qm

Q_DECLARE_METATYPE(qm::Error)
