#include "pgerror.h"

#include "db/pool.h"
#include "db/tlsprobe.h"
#include "tls/clientcert.h"
#include "tls/tlserror.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <optional>
#include <pqxx/except>

namespace qm::db {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qm::db::Pool", text);
}

Error make(Error::Code code, QString message, QString detail, QString sqlState = {})
{
    Error e;
    e.code = code;
    e.message = std::move(message);
    e.detail = std::move(detail);
    e.sqlState = std::move(sqlState);
    return e;
}

QString oneLine(const QString &s)
{
    return s.simplified();
}

// Objects the console relies on: its schema, its functions, the migration bookkeeping.
bool namesConsoleObject(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"((\bconsole\b|\bqm_[a-z_]+|"console"))"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

// Last resort when neither libpqxx nor the text carries the SQLSTATE (a connection that was not
// set to verbose errors): the class libpqxx chose says enough for the mapping.
QString sqlStateFromType(const pqxx::sql_error &e)
{
    const auto is = [&e](auto *type) {
        return dynamic_cast<const std::remove_pointer_t<decltype(type)> *>(&e) != nullptr;
    };
    if (is((pqxx::insufficient_privilege *)nullptr))
        return QStringLiteral("42501");
    if (is((pqxx::undefined_table *)nullptr))
        return QStringLiteral("42P01");
    if (is((pqxx::undefined_function *)nullptr))
        return QStringLiteral("42883");
    if (is((pqxx::undefined_column *)nullptr))
        return QStringLiteral("42703");
    if (is((pqxx::syntax_error *)nullptr))
        return QStringLiteral("42601");
    if (is((pqxx::unique_violation *)nullptr))
        return QStringLiteral("23505");
    if (is((pqxx::check_violation *)nullptr))
        return QStringLiteral("23514");
    if (is((pqxx::not_null_violation *)nullptr))
        return QStringLiteral("23502");
    if (is((pqxx::foreign_key_violation *)nullptr))
        return QStringLiteral("23503");
    if (is((pqxx::integrity_constraint_violation *)nullptr))
        return QStringLiteral("23000");
    if (is((pqxx::data_exception *)nullptr))
        return QStringLiteral("22000");
    if (is((pqxx::too_many_connections *)nullptr))
        return QStringLiteral("53300");
    return {};
}

bool verifies(const ConnectionParams &params)
{
    return params.sslmode == u"verify-full" || params.sslmode == u"verify-ca";
}

// libpq's TLS refusals, each turned into its cause and what to do. libpq names a host name
// mismatch and a missing CA file itself; for "certificate verify failed" (expired, another CA)
// a handshake made with Qt (probeTls) says which.
std::optional<Error> tlsConnectFailure(const QString &libpqMessage, const ConnectionParams &params)
{
    const QString text = libpqMessage.toLower();
    const QString service = tr("PostgreSQL at %1").arg(params.endpoint());
    const QString detail = params.describe() + QStringLiteral(": ") + oneLine(libpqMessage);
    // The client certificate (profile: client_cert / client_key; core/tls/clientcert.h).
    if (text.contains(QLatin1String("private key file"))
        && text.contains(QLatin1String("group or world access"))) {
        Error e = make(Error::Code::InvalidInput,
            tls::keyPermissionProblem(params.sslkey).isEmpty()
                ? tr("The client key %1 can be read by other users; libpq refuses it. Keep it "
                     "to its owner: chmod 600 %1")
                      .arg(params.sslkey)
                : tls::keyPermissionProblem(params.sslkey),
            detail);
        return e;
    }
    if (text.contains(QLatin1String("certificate authentication failed for user")))
        return make(Error::Code::AuthFailed,
            tr("%1 did not accept the client certificate %2 for user %3: the certificate's name "
               "(CN) must be the database user. Use the certificate issued for %3.")
                .arg(service, params.sslcert, params.user),
            detail, QStringLiteral("28000"));
    if (tls::mentionsCertificateRequired(libpqMessage))
        return params.sslcert.isEmpty()
            ? tls::clientCertificateRequired(service, detail)
            : tls::clientCertificateRefused(service, params.sslcert, detail);
    if (tls::mentionsClientCertificateRefused(libpqMessage))
        return params.sslcert.isEmpty()
            ? tls::clientCertificateRequired(service, detail)
            : tls::clientCertificateRefused(service, params.sslcert, detail);
    if (text.contains(QLatin1String("could not load private key file"))
        || text.contains(QLatin1String("could not open certificate file"))
        || text.contains(QLatin1String("could not read certificate file"))
        || text.contains(QLatin1String("certificate present, but not private key")))
        return make(Error::Code::InvalidInput,
            tr("libpq cannot use the client certificate %1 or its key %2. Check both paths in "
               "the connection profile and that the key belongs to the certificate.")
                .arg(params.sslcert, params.sslkey),
            detail);
    if (text.contains(QLatin1String("server does not support ssl"))
        || (text.contains(QLatin1String("ssl")) && text.contains(QLatin1String("not support"))))
        return tls::plainTextServer(service, detail);
    // server certificate for "a.example" (and 2 other names) does not match host name "b"
    static const QRegularExpression mismatch(QStringLiteral(
        R"re(server certificate for "([^"]*)"( \(and \d+ other names?\))? does not match host name "([^"]*)")re"));
    if (const QRegularExpressionMatch m = mismatch.match(libpqMessage); m.hasMatch())
        return tls::hostNameMismatch(service, m.captured(1) + m.captured(2), m.captured(3), detail);
    if (text.contains(QLatin1String("root certificate file"))) {
        static const QRegularExpression file(
            QStringLiteral(R"re(root certificate file "([^"]*)")re"));
        const QString path = file.match(libpqMessage).captured(1);
        const QString problem = text.contains(QLatin1String("does not exist"))
            ? tr("the file does not exist")
            : tr("libpq cannot read it");
        return tls::unusableCaFile(service, path.isEmpty() ? params.sslrootcert : path,
            problem
                + (params.sslrootcert.isEmpty()
                        ? tr("; the profile names no CA file, so libpq looked in its default place")
                        : QString()),
            detail);
    }
    if (text.contains(QLatin1String("certificate verify failed")) && verifies(params)) {
        if (!params.sslrootcert.isEmpty()) {
            QString problem;
            tls::loadCaFile(params.sslrootcert, &problem);
            if (!problem.isEmpty())
                return tls::unusableCaFile(service, params.sslrootcert, problem, detail);
        }
        const TlsProbe probe = probeTls(params, qMax(2, params.connectTimeoutSec) * 1000);
        if (!probe.errors.isEmpty())
            return tls::refusedCertificate(
                service, params.host, probe.errors, params.sslrootcert, detail);
        return make(Error::Code::ConnectionFailed,
            tr("%1 refused: its certificate could not be verified (expired, or not signed by the "
               "CA you chose). Check the CA file in the connection profile, or ask the server's "
               "administrator.")
                .arg(service),
            detail + (probe.failure.isEmpty() ? QString() : QStringLiteral("; ") + probe.failure));
    }
    return std::nullopt;
}

} // namespace

QString primaryServerMessage(const QString &serverText)
{
    QString first = serverText.section(u'\n', 0, 0).trimmed();
    // "ERROR:  42501: permission denied..." (verbose) or "ERROR:  permission denied..."
    static const QRegularExpression severity(
        QStringLiteral("^(ERROR|FATAL|PANIC|WARNING|NOTICE):\\s+([0-9A-Z]{5}:\\s+)?"));
    first.remove(severity);
    return first;
}

QString sqlStateFromText(const QString &serverText)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:ERROR|FATAL|PANIC):\\s+([0-9A-Z]{5}):\\s"));
    const QRegularExpressionMatch m = re.match(serverText.trimmed());
    return m.hasMatch() ? m.captured(1) : QString();
}

Error cancelledError(const QString &what)
{
    return make(Error::Code::Cancelled, tr("\"%1\" was cancelled.").arg(what), {}, {});
}

Error connectionLostError(
    const QString &what, const QString &libpqMessage, const ConnectionParams &params, bool inDoubt)
{
    const QString detail = params.describe() + QStringLiteral(": ") + oneLine(libpqMessage);
    if (inDoubt) {
        return make(Error::Code::ConnectionLost,
            tr("The connection to PostgreSQL at %1 broke while \"%2\" was committing: the "
               "change may or may not have been saved. Reload before trying again.")
                .arg(params.endpoint(), what),
            detail);
    }
    return make(Error::Code::ConnectionLost,
        tr("The connection to PostgreSQL at %1 was lost during \"%2\". The server may have "
           "restarted or failed over; the console reconnects by itself. Try again.")
            .arg(params.endpoint(), what),
        detail);
}

Error errorFromConnectFailure(const QString &libpqMessage, const ConnectionParams &params)
{
    const QString text = libpqMessage.toLower();
    const QString ep = params.endpoint();
    const QString detail = params.describe() + QStringLiteral(": ") + oneLine(libpqMessage);
    using C = Error::Code;
    // First: with several addresses (localhost: ::1 and 127.0.0.1) libpq joins the failures of
    // each, and a TLS refusal is the one that matters, not a "connection refused" beside it.
    if (std::optional<Error> e = tlsConnectFailure(libpqMessage, params))
        return *e;
    if (text.contains(QLatin1String("password authentication failed")))
        return make(C::AuthFailed,
            tr("Wrong password for user %1 at %2. Check the password in the keychain or "
               "the pgpass file.")
                .arg(params.user, ep),
            detail, QStringLiteral("28P01"));
    if (text.contains(QLatin1String("no password supplied")))
        return make(C::AuthFailed,
            tr("PostgreSQL at %1 asks for a password for user %2 and none was found. Enter "
               "it, or add it to the pgpass file (mode 0600).")
                .arg(ep, params.user),
            detail, QStringLiteral("28P01"));
    if (text.contains(QLatin1String("role \"")) && text.contains(QLatin1String("does not exist")))
        return make(C::AuthFailed,
            tr("PostgreSQL at %1 has no login role %2. Check the user name in the profile.")
                .arg(ep, params.user),
            detail, QStringLiteral("28000"));
    if (text.contains(QLatin1String("pg_hba.conf")))
        return make(C::AuthFailed,
            tr("PostgreSQL at %1 does not accept user %2 from this machine (pg_hba.conf). "
               "Ask the database administrator to allow it.")
                .arg(ep, params.user),
            detail, QStringLiteral("28000"));
    if (text.contains(QLatin1String("database \""))
        && text.contains(QLatin1String("does not exist")))
        return make(C::ConnectionFailed,
            tr("The database %1 does not exist on %2. Check the profile's database name.")
                .arg(params.dbname, ep),
            detail, QStringLiteral("3D000"));
    if (text.contains(QLatin1String("too many clients"))
        || text.contains(QLatin1String("remaining connection slots")))
        return make(C::ConnectionFailed,
            tr("PostgreSQL at %1 has no free connection slots (max_connections). Close "
               "other sessions or try again shortly.")
                .arg(ep),
            detail, QStringLiteral("53300"));
    if (text.contains(QLatin1String("the database system is starting up"))
        || text.contains(QLatin1String("the database system is shutting down"))
        || text.contains(QLatin1String("in recovery mode")))
        return make(C::ConnectionFailed,
            tr("PostgreSQL at %1 is starting up or shutting down. Try again in a moment.").arg(ep),
            detail, QStringLiteral("57P03"));
    if (text.contains(QLatin1String("connection refused")))
        return make(C::ConnectionFailed,
            tr("Cannot reach PostgreSQL at %1: connection refused. Is the server running "
               "and is the port right?")
                .arg(ep),
            detail);
    if (text.contains(QLatin1String("timeout expired"))
        || text.contains(QLatin1String("timed out")))
        return make(C::Timeout,
            tr("PostgreSQL at %1 did not answer within %2 s. Is the host up and reachable "
               "(firewall, VPN)?")
                .arg(ep)
                .arg(qMax(2, params.connectTimeoutSec)),
            detail);
    if (text.contains(QLatin1String("could not translate host name"))
        || text.contains(QLatin1String("name or service not known")))
        return make(C::ConnectionFailed,
            tr("Cannot resolve the host name %1. Check the host in the profile.").arg(params.host),
            detail);
    return make(C::ConnectionFailed,
        tr("Cannot connect to PostgreSQL at %1: %2").arg(ep, oneLine(libpqMessage)), detail);
}

Error errorFromSqlState(const QString &sqlState, const QString &serverText, const QString &what,
    const ConnectionParams &params)
{
    using C = Error::Code;
    const QString primary = primaryServerMessage(serverText);
    QStringList restLines;
    for (const QString &line : serverText.section(u'\n', 1).split(u'\n')) {
        if (!line.trimmed().isEmpty() && !line.startsWith(QLatin1String("LOCATION:")))
            restLines << line.trimmed();
    }
    const QString rest = restLines.join(u' ');
    QString detail = QStringLiteral("SQLSTATE %1 on %2").arg(sqlState, params.describe());
    if (!rest.isEmpty())
        detail += QStringLiteral("; ") + oneLine(rest);
    const QString cls = sqlState.left(2);

    // The console's own functions raise these with a message written for people: keep it.
    if (sqlState == QLatin1String("QM400"))
        return make(C::InvalidInput, primary, detail, sqlState);
    if (sqlState == QLatin1String("QM409"))
        return make(C::Conflict, primary, detail, sqlState);
    if (sqlState == QLatin1String("QM422"))
        return make(C::Constraint, primary, detail, sqlState);
    if (sqlState == QLatin1String("QM404"))
        return make(C::NotFound, primary, detail, sqlState);

    if (sqlState == QLatin1String("28P01") || sqlState == QLatin1String("28000"))
        return make(C::AuthFailed,
            tr("PostgreSQL at %1 refused user %2: %3. Check the user name and password.")
                .arg(params.endpoint(), params.user, primary),
            detail, sqlState);
    if (sqlState == QLatin1String("42501"))
        return make(C::PermissionDenied,
            tr("The role %1 is not allowed to do \"%2\": %3. Sign in with a role that may, "
               "or ask an administrator for the grant.")
                .arg(params.user, what, primary),
            detail, sqlState);
    if (sqlState == QLatin1String("57014")) {
        if (primary.contains(QLatin1String("statement timeout")))
            return make(C::Timeout,
                tr("\"%1\" ran longer than the server's statement timeout and was stopped.")
                    .arg(what),
                detail, sqlState);
        return make(C::Cancelled, tr("\"%1\" was cancelled.").arg(what), detail, sqlState);
    }
    if ((sqlState == QLatin1String("3F000") || sqlState == QLatin1String("42883")
            || sqlState == QLatin1String("42P01"))
        && namesConsoleObject(primary))
        return make(C::SchemaMissing,
            tr("The database %1 has no console schema, or an older one (%2). Run \"qmctl "
               "migrate\", or let the console migrate it.")
                .arg(params.dbname, primary),
            detail, sqlState);
    if (cls == QLatin1String("23"))
        return make(C::Constraint, tr("The database refused \"%1\": %2").arg(what, primary), detail,
            sqlState);
    if (cls == QLatin1String("22"))
        return make(C::InvalidInput, tr("Invalid value in \"%1\": %2").arg(what, primary), detail,
            sqlState);
    if (sqlState == QLatin1String("40001") || sqlState == QLatin1String("40P01"))
        return make(C::Conflict,
            tr("\"%1\" collided with another change (%2). Try again.").arg(what, primary), detail,
            sqlState);
    if (sqlState == QLatin1String("57P01") || sqlState == QLatin1String("57P02")
        || sqlState == QLatin1String("57P03"))
        return connectionLostError(what, serverText, params);
    if (cls == QLatin1String("08"))
        return connectionLostError(what, serverText, params);
    if (sqlState == QLatin1String("53300"))
        return errorFromConnectFailure(serverText, params);
    return make(C::Unknown, tr("\"%1\" failed: %2 (SQLSTATE %3)").arg(what, primary, sqlState),
        detail, sqlState);
}

Error errorFromCurrentException(const QString &what, const ConnectionParams &params)
{
    using C = Error::Code;
    try {
        throw;
    } catch (const Error &e) {
        return e;
    } catch (const pqxx::in_doubt_error &e) {
        return connectionLostError(what, QString::fromUtf8(e.what()), params, true);
    } catch (const pqxx::broken_connection &e) {
        return connectionLostError(what, QString::fromUtf8(e.what()), params);
    } catch (const pqxx::sql_error &e) {
        QString state = QString::fromStdString(e.sqlstate());
        const QString text = QString::fromUtf8(e.what());
        // libpqxx 6 drops the SQLSTATE for several of its sql_error subclasses; connections
        // run with verbose errors, which put it in the text.
        if (state.isEmpty())
            state = sqlStateFromText(text);
        if (state.isEmpty())
            state = sqlStateFromType(e);
        if (state.isEmpty()) {
            // libpqxx reports a dead socket during a query as an sql_error without SQLSTATE.
            const QString lower = text.toLower();
            if (lower.contains(QLatin1String("server closed the connection"))
                || lower.contains(QLatin1String("terminating connection"))
                || lower.contains(QLatin1String("no connection to the server"))
                || lower.contains(QLatin1String("lost synchronization")))
                return connectionLostError(what, text, params);
            return make(C::Unknown, tr("\"%1\" failed: %2").arg(what, primaryServerMessage(text)),
                params.describe());
        }
        return errorFromSqlState(state, text, what, params);
    } catch (const pqxx::usage_error &e) {
        return make(C::Unknown,
            tr("\"%1\" failed: the console misused the database library.").arg(what),
            QString::fromUtf8(e.what()));
    } catch (const pqxx::conversion_error &e) {
        return make(C::Protocol, tr("\"%1\" returned a value the console cannot read.").arg(what),
            QString::fromUtf8(e.what()));
    } catch (const pqxx::unexpected_rows &e) {
        return make(C::Protocol, tr("\"%1\" returned an unexpected number of rows.").arg(what),
            QString::fromUtf8(e.what()));
    } catch (const std::exception &e) {
        return make(C::Unknown, tr("\"%1\" failed: %2").arg(what, QString::fromUtf8(e.what())),
            params.describe());
    } catch (...) {
        return make(
            C::Unknown, tr("\"%1\" failed for an unknown reason.").arg(what), params.describe());
    }
}

} // namespace qm::db
