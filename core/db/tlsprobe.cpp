#include "db/tlsprobe.h"

#include "common/threadguard.h"
#include "tls/tlserror.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QtEndian>

namespace qm::db {

TlsProbe probeTls(const ConnectionParams &params, int timeoutMs)
{
    qm::assertMayBlock("probe PostgreSQL's TLS");
    TlsProbe out;
    QSslSocket socket;
    QSslConfiguration conf = socket.sslConfiguration();
    if (!params.sslrootcert.isEmpty())
        conf.setCaCertificates(tls::loadCaFile(params.sslrootcert));
    conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
    socket.setSslConfiguration(conf);
    socket.connectToHost(params.host, quint16(params.port));
    if (!socket.waitForConnected(timeoutMs)) {
        out.failure = socket.errorString();
        return out;
    }
    // SSLRequest: length 8, code 1234.5679.
    char request[8];
    qToBigEndian<quint32>(8, request);
    qToBigEndian<quint32>(80877103, request + 4);
    socket.write(request, sizeof request);
    if (!socket.waitForBytesWritten(timeoutMs)
        || (socket.bytesAvailable() < 1 && !socket.waitForReadyRead(timeoutMs))) {
        out.failure = socket.errorString();
        return out;
    }
    char answer = 0;
    socket.read(&answer, 1);
    out.reached = true;
    out.offersTls = answer == 'S';
    if (!out.offersTls)
        return out;
    socket.setPeerVerifyName(params.host);
    socket.startClientEncryption();
    socket.waitForEncrypted(timeoutMs);
    for (const QSslError &e : socket.sslHandshakeErrors()) {
        if (e.error() == QSslError::HostNameMismatch && params.sslmode != u"verify-full")
            continue;
        out.errors << e;
    }
    if (out.errors.isEmpty())
        out.failure = socket.errorString();
    socket.abort();
    return out;
}

} // namespace qm::db
