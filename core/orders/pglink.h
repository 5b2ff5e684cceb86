#pragma once

#include <QString>
#include <QStringList>
#include <memory>
#include <string>
#include <vector>

struct pg_conn;
struct pg_result;

namespace qm::orders {

// A thin owner of one libpq connection for the feed's listener thread. The listener uses libpq
// itself, not libpqxx: it watches the socket with a QSocketNotifier, and must see the moment the
// connection (and with it the LISTEN) is lost; libpqxx 6 would silently re-open a connection
// without the LISTEN. Blocking: only ever used on the listener's own thread.
class PgLink
{
public:
    struct ResultDeleter
    {
        void operator()(pg_result *r) const;
    };
    using ResultPtr = std::unique_ptr<pg_result, ResultDeleter>;

    PgLink() = default;
    ~PgLink();
    PgLink(const PgLink &) = delete;
    PgLink &operator=(const PgLink &) = delete;

    bool open(const std::string &conninfo, QString *error);
    void close();
    bool isOpen() const { return m_conn != nullptr; }
    bool isBad() const; // the connection broke (server gone, backend terminated)
    int socket() const;
    int backendPid() const;

    // Runs one statement with text parameters; nullptr result on failure (see lastError()).
    ResultPtr exec(const char *sql, const std::vector<std::string> &params = {});

    struct Statement
    {
        const char *sql;
        std::vector<std::string> params;
    };
    // Sends all statements at once and then reads their results (libpq's pipeline mode): one
    // round trip for all of them. The results in order; an empty vector when one failed
    // (lastError() says which; the ones after it were not run). An explicit transaction that
    // one of them began stays open (in the failed state when one failed): the caller ends it.
    std::vector<ResultPtr> pipeline(const std::vector<Statement> &statements);
    QString lastError() const { return m_error; }
    QString lastSqlState() const { return m_sqlState; }

    // Reads what the socket has; false when the connection broke.
    bool consumeInput();
    // The next queued notification: channel and payload. False when none is queued.
    bool nextNotification(std::string *channel, std::string *payload, int *pid);

private:
    pg_conn *m_conn = nullptr;
    QString m_error;
    QString m_sqlState;
};

} // namespace qm::orders
