// qmctl audit verify | checkpoint | keygen: the audit chain (issue 11).
//   qmctl audit verify [--from ID] [--json] [--checkpoints DIR --pubkey FILE]
//       verifies the hash chain in chunks (progress on stderr), then every signed checkpoint of
//       DIR: signature, row present, hash as signed. Exit 1 on any finding.
//   qmctl audit checkpoint --key FILE|keychain --dir DIR
//       signs the chain's head (Ed25519, a key outside the database) into DIR.
//   qmctl audit keygen FILE
//       writes a new Ed25519 key to FILE (0600) and its public half to FILE.pub.
//   qmctl audit keygen --keychain PUBFILE
//       stores a new Ed25519 key in the OS keychain (never in a file) and its public half in
//       PUBFILE; the console's settings then name "keychain" as the checkpoint key.
// Reads go through the profile's backend schema (console.*, or qm_vendure.* beside Vendure).

#include "audit/chain.h"
#include "audit/checkpoint.h"
#include "audit/checkpointkey.h"
#include "command.h"
#include "db/pool.h"
#include "profiles/profile.h"
#include "profiles/secretstore.h"

#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <cstdio>
#include <pqxx/pqxx>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace qmctl {

namespace {

qm::Result<qm::Backend> profileBackend(const Context &ctx)
{
    const auto profile = ctx.profile();
    if (!profile)
        return profile.error();
    return qm::backendOf(*profile);
}

class AuditVerifyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(qmctl::AuditVerifyCommand)
public:
    QString name() const override { return QStringLiteral("audit verify"); }
    QString summary() const override
    {
        return tr("verify the audit log's hash chain and its signed checkpoints");
    }

    void configure(QCommandLineParser &p) const override
    {
        p.addOption({QStringLiteral("from"), tr("Verify the rows from this id on (default: all)."),
            tr("id"), QStringLiteral("0")});
        p.addOption({QStringLiteral("chunk"), tr("Rows per server call (default 10000)."), tr("n"),
            QStringLiteral("10000")});
        p.addOption({QStringLiteral("checkpoints"),
            tr("Folder of signed checkpoints to check the chain against (with --pubkey)."),
            tr("dir")});
        p.addOption({QStringLiteral("pubkey"),
            tr("The Ed25519 public key (PEM) the checkpoints must be signed with."), tr("file")});
        p.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
    }

    int run(Context &ctx, const QCommandLineParser &p) const override
    {
        bool okFrom = false, okChunk = false;
        qm::audit::VerifyOptions options;
        options.from = p.value(QStringLiteral("from")).toLongLong(&okFrom);
        options.chunk = p.value(QStringLiteral("chunk")).toInt(&okChunk);
        if (!okFrom || options.from < 0 || !okChunk || options.chunk < 1) {
            ctx.err() << tr("qmctl audit verify: --from and --chunk take positive numbers")
                      << Qt::endl;
            return ExitUsage;
        }
        options.checkpointDir = p.value(QStringLiteral("checkpoints"));
        const QString pubkey = p.value(QStringLiteral("pubkey"));
        if (options.checkpointDir.isEmpty() != pubkey.isEmpty()) {
            ctx.err() << tr("qmctl audit verify: --checkpoints and --pubkey go together")
                      << Qt::endl;
            return ExitUsage;
        }
        if (!pubkey.isEmpty()) {
            qm::Result<qm::audit::Ed25519Key> key = qm::audit::Ed25519Key::loadPublic(pubkey);
            if (!key)
                return ctx.fail(key.error());
            options.publicKey = *key;
        }
        const qm::Result<qm::Backend> backend = profileBackend(ctx);
        if (!backend)
            return ctx.fail(backend.error());
        int code = ExitOk;
        std::shared_ptr<qm::db::Cluster> cluster = ctx.openCluster(&code);
        if (!cluster)
            return code;
#ifdef Q_OS_UNIX
        const bool tty = ::isatty(fileno(stderr));
#else
        const bool tty = false;
#endif
        options.progress = [tty](qint64 lastId, qint64 headId, qint64 checked) {
            const QString line = tr("audit verify: %1 rows checked, up to id %2 of %3")
                                     .arg(checked)
                                     .arg(lastId)
                                     .arg(headId);
            std::fprintf(stderr, tty ? "\r%s" : "%s\n", line.toLocal8Bit().constData());
            std::fflush(stderr);
        };
        // The primary: a replica may not have the newest rows a checkpoint already pins.
        const qm::Backend b = *backend;
        auto result = ctx.wait(cluster->primaryPool()->run<qm::audit::VerifyReport>(
            QStringLiteral("verify the audit chain"), [b, options](qm::db::Pool::Connection &c) {
                return qm::audit::verifyChain(c, b, options);
            }));
        if (tty)
            std::fprintf(stderr, "\n");
        if (!result)
            return ctx.fail(result.error());
        const qm::audit::VerifyReport &r = result.value();
        if (p.isSet(QStringLiteral("json"))) {
            ctx.out() << QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
            return r.ok() ? ExitOk : ExitFailed;
        }
        ctx.out() << tr("Database: %1").arg(r.identity.describe()) << Qt::endl;
        ctx.out() << (r.chainOk ? tr("Chain: %1 rows checked, intact").arg(r.checked)
                                : tr("Chain: %1 rows checked, first bad id %2")
                                      .arg(r.checked)
                                      .arg(r.firstBadId.value_or(0)))
                  << Qt::endl;
        if (!options.checkpointDir.isEmpty()) {
            QString line = tr("Checkpoints: %1 read, %2 match")
                               .arg(r.checkpointsRead)
                               .arg(r.checkpointsMatched);
            if (r.newestAnchoredId)
                line += tr("; the newest anchors id %1 (signed at %2)")
                            .arg(*r.newestAnchoredId)
                            .arg(r.newestAnchoredAt);
            ctx.out() << line << Qt::endl;
        }
        for (const qm::audit::Finding &f : r.findings)
            ctx.out() << tr("FINDING: %1").arg(f.message) << Qt::endl;
        for (const QString &n : r.notes)
            ctx.out() << tr("note: %1").arg(n) << Qt::endl;
        if (r.ok())
            ctx.out() << tr("No findings.") << Qt::endl;
        return r.ok() ? ExitOk : ExitFailed;
    }
};

class AuditCheckpointCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(qmctl::AuditCheckpointCommand)
public:
    QString name() const override { return QStringLiteral("audit checkpoint"); }
    QString summary() const override
    {
        return tr("sign the audit chain's head with an Ed25519 key into a folder");
    }

    void configure(QCommandLineParser &p) const override
    {
        p.addOption({QStringLiteral("key"),
            tr("The Ed25519 private key (PEM, mode 0600; qmctl audit keygen makes one), or "
               "\"keychain\" for the key in the OS keychain."),
            tr("file")});
        p.addOption(
            {QStringLiteral("dir"), tr("The folder the checkpoint is written to."), tr("dir")});
    }

    int run(Context &ctx, const QCommandLineParser &p) const override
    {
        const QString keyPath = p.value(QStringLiteral("key"));
        const QString dir = p.value(QStringLiteral("dir"));
        if (keyPath.isEmpty() || dir.isEmpty()) {
            ctx.err() << tr("qmctl audit checkpoint: --key FILE and --dir DIR are required")
                      << Qt::endl;
            return ExitUsage;
        }
        qm::Result<qm::audit::Ed25519Key> key = qm::audit::CheckpointKeys::isKeychainRef(keyPath)
            ? readKeychainCheckpointKey()
            : qm::audit::Ed25519Key::loadPrivate(keyPath);
        if (!key)
            return ctx.fail(key.error());
        const qm::Result<qm::Backend> backend = profileBackend(ctx);
        if (!backend)
            return ctx.fail(backend.error());
        int code = ExitOk;
        std::shared_ptr<qm::db::Cluster> cluster = ctx.openCluster(&code);
        if (!cluster)
            return code;
        auto writer = std::make_shared<qm::audit::CheckpointWriter>(*backend, *key, dir);
        auto result = ctx.wait(
            cluster->primaryPool()->run<qm::Result<QString>>(QStringLiteral("audit checkpoint"),
                [writer](qm::db::Pool::Connection &c) { return writer->writeOn(c); }));
        if (!result)
            return ctx.fail(result.error());
        if (!result.value())
            return ctx.fail(result.value().error());
        const QString path = result.value().value();
        if (path.isEmpty())
            ctx.out() << tr("The audit log is empty: no checkpoint written.") << Qt::endl;
        else
            ctx.out() << path << Qt::endl;
        return ExitOk;
    }
};

class AuditKeygenCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(qmctl::AuditKeygenCommand)
public:
    QString name() const override { return QStringLiteral("audit keygen"); }
    QString summary() const override
    {
        return tr("write a new Ed25519 checkpoint key (FILE, 0600) and FILE.pub");
    }

    void configure(QCommandLineParser &p) const override
    {
        p.addPositionalArgument(QStringLiteral("file"),
            tr("Where the private key goes (never overwritten); the public key goes to FILE.pub. "
               "Keep the private key off the database's machines. With --keychain: where the "
               "public key goes."));
        p.addOption({QStringLiteral("keychain"),
            tr("Store the private key in the OS keychain (replacing the one there) instead of a "
               "file; FILE receives the public key.")});
    }

    int run(Context &ctx, const QCommandLineParser &p) const override
    {
        const QStringList pos = p.positionalArguments();
        if (pos.size() != 1) {
            ctx.err() << tr("qmctl audit keygen: give exactly one FILE") << Qt::endl;
            return ExitUsage;
        }
        qm::Result<qm::audit::Ed25519Key> key = qm::audit::Ed25519Key::generate();
        if (!key)
            return ctx.fail(key.error());
        if (p.isSet(QStringLiteral("keychain"))) {
            qm::SecretStore secrets;
            QFuture<qm::Status> stored = qm::audit::CheckpointKeys::storeInKeychain(&secrets, *key);
            QEventLoop loop;
            QFutureWatcher<qm::Status> watcher;
            QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
            watcher.setFuture(stored);
            if (!stored.isFinished())
                loop.exec();
            if (stored.resultCount() == 0)
                return ctx.fail(qm::Error {
                    qm::Error::Code::Cancelled, tr("The keychain did not answer."), {}, {}});
            if (!stored.result())
                return ctx.fail(stored.result().error());
            if (const qm::Status s = qm::audit::CheckpointKeys::writePublicKey(*key, pos.first());
                !s)
                return ctx.fail(s.error());
            ctx.out() << tr("Private key: in the keychain (entry %1)")
                             .arg(QString::fromLatin1(qm::audit::CheckpointKeys::kKeychainEntry))
                      << Qt::endl;
            ctx.out() << tr("Public key: %1 (fingerprint %2)").arg(pos.first(), key->fingerprint())
                      << Qt::endl;
            return ExitOk;
        }
        if (const qm::Status s = qm::audit::writeKeyPair(*key, pos.first()); !s)
            return ctx.fail(s.error());
        ctx.out() << tr("Private key: %1 (mode 0600)").arg(pos.first()) << Qt::endl;
        ctx.out() << tr("Public key: %1.pub (fingerprint %2)").arg(pos.first(), key->fingerprint())
                  << Qt::endl;
        return ExitOk;
    }
};

} // namespace

QMCTL_COMMAND(AuditVerifyCommand)
QMCTL_COMMAND(AuditCheckpointCommand)
QMCTL_COMMAND(AuditKeygenCommand)

} // namespace qmctl
