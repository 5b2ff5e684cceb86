#pragma once

#include <QString>

// The profile's check of its client certificate pair (tls/clientcert.h has the rest): QtCore only,
// so that the profile parser (and its fuzz target) needs no QtNetwork.
namespace qm::tls {

// Both or neither named; a lone one is a profile problem. Empty when fine. No disk access.
QString clientPairProblem(const QString &certFile, const QString &keyFile);

} // namespace qm::tls
