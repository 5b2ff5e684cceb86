#include "cache/keybrowser.h"

#include "cache/glob.h"
#include "common/whenfinished.h"
#include "redis/scanner.h"

#include <QPromise>

namespace qm::cache {

KeyspaceScan::KeyspaceScan(CacheConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_shared(std::make_shared<Shared>())
{
    m_publishTimer.setInterval(250);
    connect(&m_publishTimer, &QTimer::timeout, this, &KeyspaceScan::publish);
}

KeyspaceScan::~KeyspaceScan()
{
    for (redis::Scanner *s : m_scanners)
        delete s; // cancels and joins its thread
}

void KeyspaceScan::start()
{
    cancel();
    for (redis::Scanner *s : m_scanners)
        s->deleteLater();
    m_scanners.clear();
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->index = KeyspaceIndex(m_limits);
        ++m_shared->version;
    }
    m_firstError.reset();
    const QVector<RedisNode> masters = m_connection->topology().masters;
    if (masters.isEmpty()) {
        Q_EMIT finished(Error {Error::Code::NotFound, tr("No Redis master to scan."), {}, {}});
        return;
    }
    redis::ScanOptions options;
    options.match = m_match;
    options.count = 1000;
    options.pauseMs = m_pauseMs;
    auto shared = m_shared;
    for (const RedisNode &n : masters) {
        auto *s = new redis::Scanner(n.endpoint, options);
        // Runs on the scanner's thread: the GUI never folds keys.
        s->setBatchAction([shared](redis::Client &, const QByteArrayList &keys) {
            QMutexLocker lock(&shared->mutex);
            shared->index.add(keys);
            ++shared->version;
            return QtFuture::makeReadyFuture(Status(Done {}));
        });
        connect(s, &redis::Scanner::finished, this, [this](const Status &st, qint64) {
            if (!st && !m_firstError)
                m_firstError = st.error();
            if (--m_running == 0) {
                m_publishTimer.stop();
                publish();
                Q_EMIT finished(m_firstError ? Status(*m_firstError) : Status(Done {}));
            }
        });
        m_scanners.push_back(s);
    }
    m_running = int(m_scanners.size());
    m_publishTimer.start();
    for (redis::Scanner *s : m_scanners)
        s->start();
}

void KeyspaceScan::cancel()
{
    for (redis::Scanner *s : m_scanners)
        s->cancel();
}

KeyspaceIndex KeyspaceScan::snapshot() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->index;
}

qint64 KeyspaceScan::keysSeen() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->index.totalKeys();
}

void KeyspaceScan::publish()
{
    KeyspaceIndex copy;
    {
        QMutexLocker lock(&m_shared->mutex);
        if (m_shared->version == m_published)
            return;
        m_published = m_shared->version;
        copy = m_shared->index;
    }
    Q_EMIT updated(copy, copy.totalKeys());
}

QString KeyInspector::printable(const QByteArray &bytes, int maxChars)
{
    QString out;
    const QString text = QString::fromUtf8(bytes);
    const bool validUtf8 = text.toUtf8() == bytes;
    if (validUtf8) {
        for (QChar c : text) {
            if (out.size() >= maxChars)
                return out + QStringLiteral("…");
            if (c == u'\n')
                out += QStringLiteral("\\n");
            else if (c == u'\r')
                out += QStringLiteral("\\r");
            else if (c == u'\t')
                out += QStringLiteral("\\t");
            else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
        return out;
    }
    for (char ch : bytes) {
        if (out.size() >= maxChars)
            return out + QStringLiteral("…");
        const auto u = static_cast<unsigned char>(ch);
        if (u >= 0x20 && u < 0x7f && u != '\\')
            out += QLatin1Char(ch);
        else
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
    }
    return out;
}

QFuture<QVector<KeyInfo>> KeyInspector::inspect(CacheConnection *c, QByteArrayList keys)
{
    auto promise = std::make_shared<QPromise<QVector<KeyInfo>>>();
    promise->start();
    QFuture<QVector<KeyInfo>> f = promise->future();
    if (keys.isEmpty()) {
        promise->addResult(QVector<KeyInfo> {});
        promise->finish();
        return f;
    }
    auto out = std::make_shared<QVector<KeyInfo>>(keys.size());
    auto remaining = std::make_shared<int>(int(keys.size()) * 3);
    auto done = [promise, out, remaining] {
        if (--*remaining == 0) {
            promise->addResult(*out);
            promise->finish();
        }
    };
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QByteArray key = keys[i];
        (*out)[i].key = key;
        if (const RedisNode *n = c->topology().masterForKey(key))
            (*out)[i].node = n->name();
        whenFinished(
            c, c->command(key, {"TYPE", key}), [out, i, done](const Result<redis::Reply> &r) {
                (*out)[i].type = r && r->isText() ? r->toString() : QStringLiteral("?");
                done();
            });
        whenFinished(
            c, c->command(key, {"PTTL", key}), [out, i, done](const Result<redis::Reply> &r) {
                (*out)[i].ttlMs = r && r->isInteger() ? r->integer : -1;
                done();
            });
        whenFinished(c, c->command(key, {"MEMORY", "USAGE", key}),
            [out, i, done](const Result<redis::Reply> &r) {
                (*out)[i].memory = r && r->isInteger() ? r->integer : -1;
                done();
            });
    }
    return f;
}

namespace {

QStringList renderItems(const redis::Reply &array, bool pairs)
{
    QStringList lines;
    const auto &e = array.elements;
    if (pairs) {
        for (size_t i = 0; i + 1 < e.size(); i += 2) {
            lines << KeyInspector::printable(e[i].str, 80) + QStringLiteral(" = ")
                    + KeyInspector::printable(e[i + 1].str, 200);
        }
    } else {
        for (const redis::Reply &item : e)
            lines << KeyInspector::printable(item.str, 200);
    }
    return lines;
}

} // namespace

QFuture<Result<ValuePreview>> KeyInspector::preview(
    CacheConnection *c, QByteArray key, int maxItems, int maxBytes)
{
    // The steps continue on c with whenFinished and fulfil one promise. If c goes first, the
    // watchers drop their captures, the promise with them, and the caller's future ends without
    // a result (whenFinished hands its continuation a Cancelled error).
    auto promise = std::make_shared<QPromise<Result<ValuePreview>>>();
    promise->start();
    QFuture<Result<ValuePreview>> f = promise->future();
    auto finish = [promise](const Result<ValuePreview> &r) {
        promise->addResult(r);
        promise->finish();
    };
    const QByteArray n = QByteArray::number(maxItems);
    whenFinished(c, c->command(key, {"TYPE", key}),
        [c, key, n, maxItems, maxBytes, finish](const Result<redis::Reply> &type) {
            if (!type)
                return finish(type.error());
            const QByteArray t = type->str;
            QByteArrayList lenCmd;
            QByteArrayList itemsCmd;
            bool pairs = false;
            bool streamed = false;
            if (t == "string") {
                lenCmd = {"STRLEN", key};
                itemsCmd = {"GETRANGE", key, "0", QByteArray::number(maxBytes - 1)};
            } else if (t == "list") {
                lenCmd = {"LLEN", key};
                itemsCmd = {"LRANGE", key, "0", QByteArray::number(maxItems - 1)};
            } else if (t == "set") {
                lenCmd = {"SCARD", key};
                itemsCmd = {"SSCAN", key, "0", "COUNT", n};
                streamed = true;
            } else if (t == "zset") {
                lenCmd = {"ZCARD", key};
                itemsCmd = {"ZRANGE", key, "0", QByteArray::number(maxItems - 1), "WITHSCORES"};
                pairs = true;
            } else if (t == "hash") {
                lenCmd = {"HLEN", key};
                itemsCmd = {"HSCAN", key, "0", "COUNT", n};
                pairs = true;
                streamed = true;
            } else if (t == "stream") {
                lenCmd = {"XLEN", key};
                itemsCmd
                    = {"XRANGE", key, "-", "+", "COUNT", QByteArray::number(qMin(5, maxItems))};
            } else {
                ValuePreview v;
                v.type = QString::fromUtf8(t);
                return finish(v);
            }
            auto lenF = c->command(key, lenCmd);
            whenFinished(c, c->command(key, itemsCmd),
                [lenF, t, pairs, streamed, maxItems, finish](const Result<redis::Reply> &items) {
                    if (!items)
                        return finish(items.error());
                    ValuePreview v;
                    v.type = QString::fromUtf8(t);
                    const Result<redis::Reply> len = lenF.isFinished() && lenF.resultCount() > 0
                        ? lenF.result()
                        : Result<redis::Reply>(redis::Reply {});
                    v.length = len ? len->toInteger(-1) : -1;
                    if (t == "string") {
                        v.lines << printable(items->str, int(items->str.size()) * 4 + 1);
                        v.truncated = v.length > items->str.size();
                    } else if (t == "stream") {
                        for (const redis::Reply &entry : items->elements) {
                            if (entry.elements.size() == 2)
                                v.lines << entry.elements[0].toString() + QStringLiteral(": ")
                                        + renderItems(entry.elements[1], true)
                                              .join(QStringLiteral(", "));
                        }
                        v.truncated = v.length > qsizetype(v.lines.size());
                    } else {
                        const redis::Reply &arr = streamed && items->elements.size() == 2
                            ? items->elements[1]
                            : items.value();
                        v.lines = renderItems(arr, pairs).mid(0, maxItems);
                        v.truncated = v.length > qsizetype(v.lines.size());
                    }
                    finish(v);
                });
        });
    return f;
}

QFuture<Result<QByteArrayList>> KeyInspector::listKeys(
    CacheConnection *c, QByteArray prefix, int limit)
{
    struct State
    {
        QPromise<Result<QByteArrayList>> promise;
        QByteArrayList keys;
        QStringList masters;
        int index = 0;
        QByteArray cursor = "0";
        QByteArray match;
        int limit = 0;
    };
    auto st = std::make_shared<State>();
    st->promise.start();
    st->masters = c->topology().masterNames();
    st->match = globEscape(prefix) + '*';
    st->limit = limit;
    // The step holds itself only weakly: the pending SCAN's continuation holds it (and st). If c
    // goes first, that continuation is dropped with its watcher, st with it, and the promise ends
    // the caller's future without a result (a Cancelled error for whenFinished).
    auto step = std::make_shared<std::function<void()>>();
    *step = [c, st, weakStep = std::weak_ptr<std::function<void()>>(step)] {
        if (st->index >= st->masters.size() || st->keys.size() >= st->limit) {
            st->promise.addResult(st->keys);
            st->promise.finish();
            return;
        }
        auto scan = c->commandOn(
            st->masters[st->index], {"SCAN", st->cursor, "MATCH", st->match, "COUNT", "1000"});
        whenFinished(c, scan, [st, step = weakStep.lock()](const Result<redis::Reply> &r) {
            if (!r || r->isError() || r->elements.size() != 2) {
                st->promise.addResult(
                    r ? Error {Error::Code::Protocol, r->toString(), {}, {}} : r.error());
                st->promise.finish();
                return;
            }
            st->cursor = r->elements[0].str;
            for (const QByteArray &k : r->elements[1].toByteArrayList()) {
                if (st->keys.size() < st->limit && !st->keys.contains(k))
                    st->keys << k;
            }
            if (st->cursor == "0") {
                ++st->index;
                st->cursor = "0";
            }
            (*step)();
        });
    };
    QFuture<Result<QByteArrayList>> f = st->promise.future();
    (*step)();
    return f;
}

} // namespace qm::cache
