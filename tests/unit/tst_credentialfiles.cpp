// resolveCredentials reads the password files (the pgpass file, the Redis passfile) on a worker:
// the GUI thread that calls it never waits on the disk. The Redis passfile here is a FIFO, so
// reading it waits until the test writes to it; the writer only writes once the caller got its
// call back, which a read on the caller's thread could never let happen.
#include "profiles/credentials.h"
#include "profiles/secretstore.h"

#include <QFile>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace qm;

class TestCredentialFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qputenv("QM_NO_KEYCHAIN", "1"); }

    void passfilesAreNotReadOnTheCallersThread()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fifo = dir.filePath(QStringLiteral("redis-users"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        Profile p;
        p.name = QStringLiteral("P");
        p.postgresHosts = {QStringLiteral("db:5432")};
        p.user = QStringLiteral("qm_admin");
        p.passfile = dir.filePath(QStringLiteral("no-pgpass"));
        p.redis.user = QStringLiteral("qm_admin");
        p.redis.passfile = fifo;
        SecretStore secrets;
        QCOMPARE(secrets.availability(), SecretStore::Availability::Unavailable);

        QSemaphore callReturned;
        std::atomic<bool> returnedBeforeTheRead {false};
        std::thread writer([&] {
            // Opening a FIFO for writing waits until the passfile is opened for reading.
            const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY);
            // A backstop, not a measurement: a read on the caller's thread holds the call, so
            // the caller cannot release the latch until this writer gives up and writes.
            returnedBeforeTheRead = callReturned.tryAcquire(1, 10000);
            const char line[] = "qm_admin s3cret\n";
            if (fd >= 0) {
                [[maybe_unused]] const auto n = ::write(fd, line, sizeof line - 1);
                ::close(fd);
            }
        });
        std::optional<Credentials> got;
        resolveCredentials(&secrets, p, this, [&](Credentials c) { got = c; });
        callReturned.release();
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000);
        writer.join();
        QVERIFY2(returnedBeforeTheRead,
            "resolveCredentials read the Redis passfile on the caller's (GUI) thread");
        QCOMPARE(got->redisPassword, QStringLiteral("s3cret"));
        QCOMPARE(got->source, Credentials::Source::Prompt); // no pgpass file: it must ask
    }
};

QTEST_GUILESS_MAIN(TestCredentialFiles)
#include "tst_credentialfiles.moc"
