#include "audit/chain.h"

#include "audit/checkpointkey.h"
#include "db/cluster.h"
#include "db/pool.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QThread>
#include <algorithm>
#include <pqxx/pqxx>

namespace qm::audit {

namespace {

using SnapshotTx = pqxx::transaction<pqxx::repeatable_read, pqxx::read_only>;

std::string fn(const Backend &backend, const char *name)
{
    return backend.sqlObject(name);
}

std::optional<ChainHead> headIn(pqxx::transaction_base &tx, const Backend &backend)
{
    const pqxx::result r = tx.exec("SELECT id, encode(hash, 'hex'), to_char(at AT TIME ZONE 'UTC', "
                                   "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') FROM "
        + fn(backend, "audit_head") + "()");
    if (r.empty() || r[0][0].is_null())
        return std::nullopt;
    ChainHead h;
    h.id = r[0][0].as<qint64>();
    h.hash = QByteArray::fromHex(QByteArray::fromStdString(r[0][1].as<std::string>()));
    h.at = QString::fromStdString(r[0][2].as<std::string>());
    return h;
}

DatabaseIdentity identityIn(pqxx::transaction_base &tx, const Backend &backend)
{
    // audit_identity() came with 0501; a schema without it (a Vendure contract from before it)
    // still names its database.
    const std::string identity = fn(backend, "audit_identity") + "()";
    const bool known
        = tx.exec_params1("SELECT to_regprocedure($1) IS NOT NULL", identity)[0].as<bool>();
    const pqxx::row r
        = tx.exec1(known ? "SELECT coalesce(system_identifier, ''), database FROM " + identity
                         : std::string("SELECT '', current_database()"));
    DatabaseIdentity id;
    id.systemIdentifier = QString::fromStdString(r[0].as<std::string>());
    id.database = QString::fromStdString(r[1].as<std::string>());
    id.schema = QString::fromLatin1(backend.schema());
    return id;
}

RangeCheck rangeIn(pqxx::transaction_base &tx, const Backend &backend, qint64 from, int limit)
{
    const pqxx::row r = tx.exec_params1("SELECT ok, checked, first_bad_id, last_id, "
                                        "encode(last_hash, 'hex') FROM "
            + fn(backend, "verify_audit_chain") + "($1::bigint, $2::integer)",
        from, limit);
    RangeCheck c;
    c.ok = r[0].as<bool>();
    c.checked = r[1].as<qint64>();
    if (!r[2].is_null())
        c.firstBadId = r[2].as<qint64>();
    if (!r[3].is_null())
        c.lastId = r[3].as<qint64>();
    if (!r[4].is_null())
        c.lastHash = QByteArray::fromHex(QByteArray::fromStdString(r[4].as<std::string>()));
    return c;
}

// Why row `id` fails: its link to the row before it, or its own content.
Finding classify(pqxx::transaction_base &tx, const Backend &backend, qint64 id)
{
    const std::string log = fn(backend, "audit_log");
    const pqxx::row r
        = tx.exec_params1("SELECT a.prev_hash = coalesce(p.hash, '\\x'::bytea), p.id FROM " + log
                + " a LEFT JOIN LATERAL (SELECT b.id, b.hash FROM " + log
                + " b WHERE b.id < a.id ORDER BY b.id DESC LIMIT 1) p ON true WHERE a.id = $1",
            id);
    const bool linked = r[0].as<bool>();
    Finding f;
    f.id = id;
    if (linked) {
        f.kind = Finding::Kind::EditedRow;
        f.message = VerifyReport::tr("Row %1 was changed after it was written: its hash does not "
                                     "match its content (first bad id %1).")
                        .arg(id);
    } else if (r[1].is_null()) {
        f.kind = Finding::Kind::BrokenLink;
        f.message = VerifyReport::tr("The rows before id %1 are gone: row %1 is the first row but "
                                     "does not start the chain (first bad id %1).")
                        .arg(id);
    } else {
        f.kind = Finding::Kind::BrokenLink;
        f.message = VerifyReport::tr("The chain breaks between row %1 and row %2: a row between "
                                     "them was deleted, or row %1 was rewritten (first bad id %2).")
                        .arg(r[1].as<qint64>())
                        .arg(id);
    }
    return f;
}

std::optional<QByteArray> rowHashIn(pqxx::transaction_base &tx, const Backend &backend, qint64 id)
{
    const pqxx::result r = tx.exec_params(
        "SELECT encode(hash, 'hex') FROM " + fn(backend, "audit_log") + " WHERE id = $1", id);
    if (r.empty())
        return std::nullopt;
    return QByteArray::fromHex(QByteArray::fromStdString(r[0][0].as<std::string>()));
}

void checkCheckpoints(pqxx::transaction_base &tx, const Backend &backend,
    const VerifyOptions &options, VerifyReport &report)
{
    const Result<QVector<CheckpointFile>> files = readCheckpoints(options.checkpointDir);
    if (!files) {
        report.findings.append(Finding {Finding::Kind::BadCheckpoint, files.error().message,
            std::nullopt, options.checkpointDir});
        return;
    }
    QVector<CheckpointFile> list = *files;
    // Highest id first: the widest truncation is named first.
    std::stable_sort(
        list.begin(), list.end(), [](const CheckpointFile &a, const CheckpointFile &b) {
            const qint64 ia = a.checkpoint ? a.checkpoint->head.id : 0;
            const qint64 ib = b.checkpoint ? b.checkpoint->head.id : 0;
            return ia > ib;
        });
    report.checkpointsRead = int(list.size());
    for (const CheckpointFile &f : list) {
        if (!f.checkpoint) {
            report.findings.append(Finding {Finding::Kind::BadCheckpoint,
                VerifyReport::tr("%1: %2").arg(f.path, f.error ? f.error->message : QString()),
                std::nullopt, f.path});
            continue;
        }
        const Checkpoint &c = *f.checkpoint;
        if (!options.publicKey || !c.signatureValid(*options.publicKey)) {
            report.findings.append(Finding {Finding::Kind::ForgedCheckpoint,
                VerifyReport::tr("Checkpoint %1 is not signed by the key %2: it was forged or "
                                 "changed after signing, and proves nothing.")
                    .arg(f.path,
                        options.publicKey ? options.publicKey->fingerprint() : QStringLiteral("-")),
                c.head.id, f.path});
            continue;
        }
        if (!c.identity.sameAs(report.identity)) {
            report.notes.append(VerifyReport::tr("Checkpoint %1 is for %2, not this database: "
                                                 "skipped.")
                                    .arg(f.path, c.identity.describe()));
            continue;
        }
        if (!report.tableEnd || c.head.id > *report.tableEnd) {
            const qint64 first = report.tableEnd ? *report.tableEnd + 1 : 1;
            report.findings.append(Finding {Finding::Kind::TruncatedTail,
                VerifyReport::tr("Rows %1..%2 are gone; checkpoint %3 signed at %4.")
                    .arg(first)
                    .arg(c.head.id)
                    .arg(f.path, c.signedAt),
                c.head.id, f.path});
            continue;
        }
        const std::optional<QByteArray> hash = rowHashIn(tx, backend, c.head.id);
        if (!hash) {
            report.findings.append(Finding {Finding::Kind::MissingRow,
                VerifyReport::tr("Row %1 is gone; checkpoint %2 signed at %3 pins it.")
                    .arg(c.head.id)
                    .arg(f.path, c.signedAt),
                c.head.id, f.path});
            continue;
        }
        if (*hash != c.head.hash) {
            report.findings.append(Finding {Finding::Kind::RewrittenChain,
                report.chainOk
                    ? VerifyReport::tr("The chain verifies but checkpoint %1's hash for id %2 no "
                                       "longer matches: the audit log was recomputed after %3.")
                          .arg(f.path)
                          .arg(c.head.id)
                          .arg(c.signedAt)
                    : VerifyReport::tr("Checkpoint %1's hash for id %2 no longer matches (signed "
                                       "at %3).")
                          .arg(f.path)
                          .arg(c.head.id)
                          .arg(c.signedAt),
                c.head.id, f.path});
            continue;
        }
        ++report.checkpointsMatched;
        if (!report.newestAnchoredId || c.head.id > *report.newestAnchoredId) {
            report.newestAnchoredId = c.head.id;
            report.newestAnchoredAt = c.signedAt;
        }
    }
}

} // namespace

QString Finding::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::EditedRow:
        return QStringLiteral("edited_row");
    case Kind::BrokenLink:
        return QStringLiteral("broken_link");
    case Kind::TruncatedTail:
        return QStringLiteral("truncated_tail");
    case Kind::MissingRow:
        return QStringLiteral("missing_row");
    case Kind::RewrittenChain:
        return QStringLiteral("rewritten_chain");
    case Kind::ForgedCheckpoint:
        return QStringLiteral("forged_checkpoint");
    case Kind::BadCheckpoint:
        return QStringLiteral("bad_checkpoint");
    }
    return QStringLiteral("unknown");
}

QJsonObject Finding::toJson() const
{
    QJsonObject o {{QStringLiteral("kind"), kindKey(kind)}, {QStringLiteral("message"), message}};
    o.insert(QStringLiteral("id"), id ? QJsonValue(double(*id)) : QJsonValue());
    o.insert(QStringLiteral("checkpoint"), checkpoint.isEmpty() ? QJsonValue() : checkpoint);
    return o;
}

QJsonObject VerifyReport::toJson() const
{
    const auto opt
        = [](const std::optional<qint64> &v) { return v ? QJsonValue(double(*v)) : QJsonValue(); };
    QJsonArray f;
    for (const Finding &x : findings)
        f.append(x.toJson());
    return QJsonObject {{QStringLiteral("ok"), ok()},
        {QStringLiteral("database"),
            QJsonObject {{QStringLiteral("system_identifier"), identity.systemIdentifier},
                {QStringLiteral("name"), identity.database},
                {QStringLiteral("schema"), identity.schema}}},
        {QStringLiteral("chain"),
            QJsonObject {{QStringLiteral("ok"), chainOk}, {QStringLiteral("checked"), checked},
                {QStringLiteral("first_bad_id"), opt(firstBadId)},
                {QStringLiteral("last_id"), opt(tableEnd)}}},
        {QStringLiteral("checkpoints"),
            QJsonObject {{QStringLiteral("read"), checkpointsRead},
                {QStringLiteral("matched"), checkpointsMatched},
                {QStringLiteral("newest_anchored_id"), opt(newestAnchoredId)},
                {QStringLiteral("newest_anchored_at"), newestAnchoredAt}}},
        {QStringLiteral("findings"), f},
        {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
}

std::optional<ChainHead> readHead(pqxx::connection_base &c, const Backend &backend)
{
    pqxx::read_transaction tx(c);
    return headIn(tx, backend);
}

DatabaseIdentity readIdentity(pqxx::connection_base &c, const Backend &backend)
{
    pqxx::read_transaction tx(c);
    return identityIn(tx, backend);
}

RangeCheck verifyRange(pqxx::connection_base &c, const Backend &backend, qint64 from, int limit)
{
    pqxx::read_transaction tx(c);
    return rangeIn(tx, backend, from, limit);
}

VerifyReport verifyChain(
    pqxx::connection_base &c, const Backend &backend, const VerifyOptions &options)
{
    SnapshotTx tx(c); // every chunk and every checkpoint sees the same table
    VerifyReport report;
    report.identity = identityIn(tx, backend);
    const std::optional<ChainHead> head = headIn(tx, backend);
    if (head)
        report.tableEnd = head->id;
    const int chunk = std::max(1, options.chunk);
    qint64 from = std::max<qint64>(0, options.from);
    while (head && from <= head->id) {
        const RangeCheck r = rangeIn(tx, backend, from, chunk);
        report.checked += r.checked;
        if (!r.ok && report.chainOk) {
            report.chainOk = false;
            report.firstBadId = r.firstBadId;
        }
        if (!r.lastId)
            break;
        if (options.progress)
            options.progress(*r.lastId, head->id, report.checked);
        from = *r.lastId + 1;
    }
    if (report.firstBadId)
        report.findings.append(classify(tx, backend, *report.firstBadId));
    if (!options.checkpointDir.isEmpty()) {
        checkCheckpoints(tx, backend, options, report);
        if (report.tableEnd && report.checkpointsMatched > 0
            && (!report.newestAnchoredId || *report.newestAnchoredId < *report.tableEnd)) {
            report.notes.append(
                VerifyReport::tr("Rows after id %1 (up to %2) are not anchored by a checkpoint "
                                 "yet: a rewrite of those alone would not be detected.")
                    .arg(report.newestAnchoredId.value_or(0))
                    .arg(*report.tableEnd));
        }
    } else {
        report.notes.append(
            VerifyReport::tr("No checkpoints given (--checkpoints DIR --pubkey FILE): a chain "
                             "recomputed by a database superuser would verify."));
    }
    tx.commit();
    return report;
}

struct CheckpointWriter::State
{
    std::mutex mutex; // one checkpoint at a time
    bool skipUnchanged = false;
    qint64 lastId = 0;
    QByteArray lastHash;
};

namespace {

Result<QString> checkpointOn(pqxx::connection_base &c, const Backend &backend,
    const Ed25519Key &key, const QString &dir, CheckpointWriter::State &state)
{
    std::lock_guard lock(state.mutex);
    std::optional<ChainHead> head;
    DatabaseIdentity identity;
    {
        pqxx::read_transaction tx(c);
        identity = identityIn(tx, backend);
        head = headIn(tx, backend);
    }
    if (!head)
        return QString();
    if (state.skipUnchanged && head->id == state.lastId && head->hash == state.lastHash)
        return QString();
    Result<Checkpoint> cp = Checkpoint::make(identity, *head, key);
    if (!cp)
        return cp.error();
    Result<QString> path = writeCheckpoint(*cp, dir);
    if (path) {
        state.lastId = head->id;
        state.lastHash = head->hash;
    }
    return path;
}

} // namespace

CheckpointWriter::CheckpointWriter(Backend backend, Ed25519Key key, QString dir)
    : m_backend(std::move(backend))
    , m_key(std::move(key))
    , m_dir(std::move(dir))
    , m_state(std::make_shared<State>())
{ }

void CheckpointWriter::setSkipUnchanged(bool skip)
{
    std::lock_guard lock(m_state->mutex);
    m_state->skipUnchanged = skip;
}

Result<QString> CheckpointWriter::writeOn(pqxx::connection_base &c)
{
    return checkpointOn(c, m_backend, m_key, m_dir, *m_state);
}

Result<QString> CheckpointWriter::write(db::Cluster *cluster, int timeoutMs)
{
    db::Pool *pool = cluster ? cluster->primaryPool() : nullptr;
    if (!pool)
        return Error {Error::Code::ConnectionFailed,
            tr("No database connection for the audit checkpoint."), {}, {}};
    QFuture<Result<Result<QString>>> f
        = pool->run<Result<QString>>(QStringLiteral("audit checkpoint"),
            [backend = m_backend, key = m_key, dir = m_dir, state = m_state](
                db::Pool::Connection &c) { return checkpointOn(c, backend, key, dir, *state); });
    QElapsedTimer t;
    t.start();
    while (!f.isFinished() && t.elapsed() < timeoutMs)
        QThread::msleep(2); // a worker thread: the pool finishes the future on its own thread
    if (!f.isFinished())
        return Error {Error::Code::Timeout,
            tr("The database did not answer in time for the audit checkpoint."), {}, {}};
    const Result<Result<QString>> r = f.result();
    if (!r)
        return r.error();
    return r.value();
}

ConsoleCheckpoints::ConsoleCheckpoints(Backend backend, QString keyRef, QString dir)
    : m_backend(std::move(backend))
    , m_keyPath(std::move(keyRef))
    , m_dir(std::move(dir))
{ }

bool ConsoleCheckpoints::keyFromKeychain() const
{
    return CheckpointKeys::isKeychainRef(m_keyPath);
}

void ConsoleCheckpoints::provideKey(const Result<Ed25519Key> &key)
{
    {
        std::lock_guard lock(m_mutex);
        m_keychainKey = key;
    }
    m_keyArrived.notify_all();
}

Result<QString> ConsoleCheckpoints::write(db::Cluster *cluster, bool skipUnchanged, int keyWaitMs)
{
    std::shared_ptr<CheckpointWriter> writer;
    {
        std::unique_lock lock(m_mutex);
        if (!m_writer) {
            Result<Ed25519Key> key = Error {};
            if (keyFromKeychain()) {
                // A worker thread: the owner's keychain read may still be on its way.
                if (!m_keyArrived.wait_for(lock, std::chrono::milliseconds(keyWaitMs),
                        [this] { return m_keychainKey.has_value(); }))
                    return Error {Error::Code::Timeout,
                        tr("The audit checkpoint key has not arrived from the keychain."), {}, {}};
                key = *m_keychainKey;
            } else {
                key = Ed25519Key::loadPrivate(m_keyPath);
            }
            if (!key)
                return key.error();
            m_writer = std::make_shared<CheckpointWriter>(m_backend, *key, m_dir);
        }
        writer = m_writer;
    }
    writer->setSkipUnchanged(skipUnchanged);
    return writer->write(cluster);
}

} // namespace qm::audit
