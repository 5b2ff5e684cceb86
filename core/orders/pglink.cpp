#include "pglink.h"

#include "common/logging.h"

#include <libpq-fe.h>

namespace qm::orders {

namespace {

// libpq prints server notices (and "FATAL: terminating connection") to stderr by default.
void onNotice(void *, const char *message)
{
    qCDebug(lcOrders).noquote() << "orders feed: server says:"
                                << QString::fromUtf8(message).trimmed();
}

} // namespace

void PgLink::ResultDeleter::operator()(pg_result *r) const
{
    PQclear(r);
}

PgLink::~PgLink()
{
    close();
}

bool PgLink::open(const std::string &conninfo, QString *error)
{
    close();
    m_conn = PQconnectdb(conninfo.c_str());
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK) {
        *error = m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed()
                        : QStringLiteral("out of memory");
        close();
        return false;
    }
    PQsetNoticeProcessor(m_conn, onNotice, nullptr);
    return true;
}

void PgLink::close()
{
    if (m_conn)
        PQfinish(m_conn);
    m_conn = nullptr;
}

bool PgLink::isBad() const
{
    return !m_conn || PQstatus(m_conn) == CONNECTION_BAD;
}
int PgLink::socket() const
{
    return m_conn ? PQsocket(m_conn) : -1;
}
int PgLink::backendPid() const
{
    return m_conn ? PQbackendPID(m_conn) : 0;
}

PgLink::ResultPtr PgLink::exec(const char *sql, const std::vector<std::string> &params)
{
    m_error.clear();
    m_sqlState.clear();
    if (!m_conn) {
        m_error = QStringLiteral("not connected");
        return nullptr;
    }
    std::vector<const char *> values;
    values.reserve(params.size());
    for (const std::string &p : params)
        values.push_back(p.c_str());
    ResultPtr r(
        PQexecParams(m_conn, sql, int(values.size()), nullptr, values.data(), nullptr, nullptr, 0));
    const ExecStatusType status = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return r;
    m_error
        = QString::fromUtf8(r ? PQresultErrorMessage(r.get()) : PQerrorMessage(m_conn)).trimmed();
    if (r) {
        if (const char *state = PQresultErrorField(r.get(), PG_DIAG_SQLSTATE))
            m_sqlState = QString::fromLatin1(state);
    }
    if (m_error.isEmpty())
        m_error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    return nullptr;
}

std::vector<PgLink::ResultPtr> PgLink::pipeline(const std::vector<Statement> &statements)
{
    m_error.clear();
    m_sqlState.clear();
    std::vector<ResultPtr> results;
    if (!m_conn) {
        m_error = QStringLiteral("not connected");
        return results;
    }
    auto failed = [this](pg_result *r) {
        if (m_error.isEmpty()) {
            m_error
                = QString::fromUtf8(r ? PQresultErrorMessage(r) : PQerrorMessage(m_conn)).trimmed();
            if (const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr)
                m_sqlState = QString::fromLatin1(state);
            if (m_error.isEmpty())
                m_error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        }
    };
    if (!PQenterPipelineMode(m_conn)) {
        failed(nullptr);
        return results;
    }
    size_t sent = 0;
    for (const Statement &s : statements) {
        std::vector<const char *> values;
        values.reserve(s.params.size());
        for (const std::string &p : s.params)
            values.push_back(p.c_str());
        if (!PQsendQueryParams(
                m_conn, s.sql, int(values.size()), nullptr, values.data(), nullptr, nullptr, 0))
            break;
        ++sent;
    }
    bool ok = sent == statements.size();
    if (!ok)
        failed(nullptr);
    if (!PQpipelineSync(m_conn)) {
        // Nothing reached the server as a whole: the connection is unusable for this read.
        failed(nullptr);
        PQexitPipelineMode(m_conn);
        return {};
    }
    // Each statement's result, then the end of its results (nullptr); then the sync's.
    for (size_t i = 0; i < sent; ++i) {
        ResultPtr r(PQgetResult(m_conn));
        const ExecStatusType status = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            ok = false;
            if (status != PGRES_PIPELINE_ABORTED)
                failed(r.get());
        }
        if (!r)
            break; // the connection broke
        while (PGresult *more = PQgetResult(m_conn))
            PQclear(more);
        results.push_back(std::move(r));
    }
    while (PGresult *r = PQgetResult(m_conn)) {
        const bool sync = PQresultStatus(r) == PGRES_PIPELINE_SYNC;
        PQclear(r);
        if (sync)
            break;
    }
    if (!PQexitPipelineMode(m_conn) && ok) {
        ok = false;
        failed(nullptr);
    }
    if (!ok)
        results.clear();
    return results;
}

bool PgLink::consumeInput()
{
    if (!m_conn)
        return false;
    if (!PQconsumeInput(m_conn) || PQstatus(m_conn) == CONNECTION_BAD) {
        m_error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        return false;
    }
    return true;
}

bool PgLink::nextNotification(std::string *channel, std::string *payload, int *pid)
{
    if (!m_conn)
        return false;
    PGnotify *n = PQnotifies(m_conn);
    if (!n)
        return false;
    *channel = n->relname ? n->relname : "";
    *payload = n->extra ? n->extra : "";
    *pid = n->be_pid;
    PQfreemem(n);
    return true;
}

} // namespace qm::orders
