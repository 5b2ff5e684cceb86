#include "result.h"

namespace qm {

QString Error::codeName(Code c)
{
    switch (c) {
    case Code::Unknown:
        return QStringLiteral("unknown");
    case Code::ConnectionFailed:
        return QStringLiteral("connection-failed");
    case Code::ConnectionLost:
        return QStringLiteral("connection-lost");
    case Code::AuthFailed:
        return QStringLiteral("auth-failed");
    case Code::PermissionDenied:
        return QStringLiteral("permission-denied");
    case Code::SchemaMissing:
        return QStringLiteral("schema-missing");
    case Code::Conflict:
        return QStringLiteral("conflict");
    case Code::InvalidInput:
        return QStringLiteral("invalid-input");
    case Code::Constraint:
        return QStringLiteral("constraint");
    case Code::Cancelled:
        return QStringLiteral("cancelled");
    case Code::Timeout:
        return QStringLiteral("timeout");
    case Code::NotFound:
        return QStringLiteral("not-found");
    case Code::Protocol:
        return QStringLiteral("protocol");
    case Code::Io:
        return QStringLiteral("io");
    }
    return QStringLiteral("unknown");
}

} // namespace qm
