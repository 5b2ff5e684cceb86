#include "redis/resp.h"

#include <QCoreApplication>
#include <algorithm>
#include <charconv>
#include <hiredis/read.h>
#include <memory>
#include <new>

namespace qm::redis {

namespace {

// hiredis calls these while parsing. A child is appended to its parent's element vector, which
// hiredis fills strictly in order; the pointers hiredis keeps are those of the open ancestors,
// and an ancestor's own vector never grows while one of its descendants is being filled, so the
// pointers stay valid. Only the root is heap-allocated; freeObject() is only called on roots.
// Nothing may throw through the C parser: an allocation failure returns nullptr, which hiredis
// turns into an out-of-memory error.

Reply *place(const redisReadTask *task, Reply &&value)
{
    if (task->parent) {
        auto *parent = static_cast<Reply *>(task->parent->obj);
        if (!parent || task->idx != int(parent->elements.size()))
            return nullptr;
        parent->elements.push_back(std::move(value));
        return &parent->elements.back();
    }
    return new Reply(std::move(value));
}

Reply::Type typeOf(int hiredisType)
{
    switch (hiredisType) {
    case REDIS_REPLY_STATUS:
        return Reply::Type::Status;
    case REDIS_REPLY_ERROR:
        return Reply::Type::Error;
    case REDIS_REPLY_INTEGER:
        return Reply::Type::Integer;
    case REDIS_REPLY_ARRAY:
        return Reply::Type::Array;
    case REDIS_REPLY_NIL:
        return Reply::Type::Nil;
    default:
        return Reply::Type::String;
    }
}

void *createString(const redisReadTask *task, char *str, size_t len)
{
    try {
        Reply r;
        r.type = typeOf(task->type);
        r.str = QByteArray(str, qsizetype(len));
        return place(task, std::move(r));
    } catch (...) {
        return nullptr;
    }
}

void *createArray(const redisReadTask *task, int elements)
{
    try {
        Reply r;
        r.type = Reply::Type::Array;
        // The count comes from the wire: never trust it for an allocation (hiredis 0.14's own
        // calloc here is CVE-2021-32765). The vector grows as elements really arrive.
        r.elements.reserve(size_t(std::clamp(elements, 0, 4096)));
        return place(task, std::move(r));
    } catch (...) {
        return nullptr;
    }
}

void *createInteger(const redisReadTask *task, long long value)
{
    try {
        return place(task, Reply::fromInteger(value));
    } catch (...) {
        return nullptr;
    }
}

void *createNil(const redisReadTask *task)
{
    try {
        return place(task, Reply::nil());
    } catch (...) {
        return nullptr;
    }
}

void freeObject(void *obj)
{
    delete static_cast<Reply *>(obj);
}

redisReplyObjectFunctions g_functions
    = {createString, createArray, createInteger, createNil, freeObject};

} // namespace

namespace {

// Appends "<prefix><n>\r\n" without a temporary QByteArray per number.
void appendHeader(QByteArray &out, char prefix, qsizetype n)
{
    char buf[32];
    buf[0] = prefix;
    const auto res = std::to_chars(buf + 1, buf + sizeof buf - 2, n);
    char *end = res.ptr;
    *end++ = '\r';
    *end++ = '\n';
    out.append(buf, end - buf);
}

} // namespace

void appendCommand(QByteArray &out, const QByteArrayList &args)
{
    qsizetype size = 16;
    for (const QByteArray &a : args)
        size += a.size() + 16;
    // Geometric growth: reserving the exact size on every call would copy the whole buffer for
    // each command of a pipeline.
    if (out.capacity() < out.size() + size)
        out.reserve(qMax(out.size() + size, out.capacity() * 2));
    appendHeader(out, '*', args.size());
    for (const QByteArray &a : args) {
        appendHeader(out, '$', a.size());
        out.append(a);
        out.append("\r\n", 2);
    }
}

QByteArray encodeCommand(const QByteArrayList &args)
{
    QByteArray out;
    appendCommand(out, args);
    return out;
}

RespReader::RespReader()
{
    reset();
}

RespReader::~RespReader()
{
    if (m_reader)
        redisReaderFree(m_reader);
}

void RespReader::reset()
{
    if (m_reader)
        redisReaderFree(m_reader);
    m_reader = redisReaderCreateWithFunctions(&g_functions);
    m_error.clear();
    if (!m_reader)
        m_error = QCoreApplication::translate("qm::redis::RespReader", "out of memory");
}

bool RespReader::feed(const char *data, qsizetype size)
{
    if (!m_reader || hasError())
        return false;
    if (size <= 0)
        return true;
    if (redisReaderFeed(m_reader, data, size_t(size)) != REDIS_OK) {
        setErrorFromReader();
        return false;
    }
    return true;
}

RespReader::Status RespReader::next(Reply *out)
{
    if (!m_reader || hasError())
        return Status::ProtocolError;
    void *obj = nullptr;
    if (redisReaderGetReply(m_reader, &obj) != REDIS_OK) {
        setErrorFromReader();
        return Status::ProtocolError;
    }
    if (!obj)
        return Status::NeedMore;
    std::unique_ptr<Reply> reply(static_cast<Reply *>(obj));
    *out = std::move(*reply);
    return Status::Reply;
}

void RespReader::setErrorFromReader()
{
    m_error = QString::fromUtf8(m_reader->errstr);
    if (m_error.isEmpty())
        m_error = QStringLiteral("protocol error");
}

} // namespace qm::redis
