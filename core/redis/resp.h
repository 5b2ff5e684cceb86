#pragma once

#include "redis/reply.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QString>
#include <optional>

struct redisReader;

namespace qm::redis {

// Encodes one command as a RESP array of bulk strings: binary-safe, any byte in any argument.
QByteArray encodeCommand(const QByteArrayList &args);
void appendCommand(QByteArray &out, const QByteArrayList &args);

// Incremental RESP2 parser: hiredis 0.14's redisReader with object callbacks that build Reply
// trees directly (no redisReply copy). Feed bytes as they arrive, then take replies until none
// is complete. A protocol error is final: the stream cannot be resynchronised, so the owner
// must drop the connection.
class RespReader
{
public:
    RespReader();
    ~RespReader();
    RespReader(const RespReader &) = delete;
    RespReader &operator=(const RespReader &) = delete;

    enum class Status { Reply, NeedMore, ProtocolError };

    bool feed(const char *data, qsizetype size);
    bool feed(const QByteArray &data) { return feed(data.constData(), data.size()); }
    // On Status::Reply, *out holds the next complete reply.
    Status next(Reply *out);

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    void reset(); // new, empty parser (after a reconnect)

private:
    void setErrorFromReader();

    redisReader *m_reader = nullptr;
    QString m_error;
};

} // namespace qm::redis
