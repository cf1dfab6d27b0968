#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace mpio {

// Maps what the TrueNAS middleware says into typed Errors (truenas-api.md §1.2 "Error code mapping").
//
// Error codes (stable; dotted so `code.startsWith("truenas.auth")` catches the family):
//   truenas.validation              -32602: Error::fields = data.extra [[attribute, message, errno], …]
//   truenas.call                    -32001 and the other JSON-RPC codes: detail "errname (errno): reason"
//   truenas.auth                    login refused, not authenticated, not authorized
//   truenas.auth.rate-limit         [EBUSY] Rate Limit Exceeded (TN-RATE-LIMIT: never retried by us)
//   truenas.tls                     TLS handshake / certificate problem
//   truenas.tls.untrusted           unknown certificate, a TrustRequest is pending for ui/cli
//   truenas.tls.changed             the pinned certificate changed: refused
//   truenas.tls.insecure-transport  ws:// or http:// refused before any byte (TN-API-KEY-TLS)
//   truenas.connection              connect failed, socket dropped (every pending call fails with it)
//   truenas.timeout                 no answer within the call's timeout
//   truenas.version                 server older than 25.04 or not a TrueNAS JSON-RPC endpoint
//   truenas.job                     a job ended FAILED/ABORTED without a validation error
//   cancelled                       the caller cancelled (Error::isCancelled)
class TrueNasErrors
{
    Q_DECLARE_TR_FUNCTIONS(mpio::TrueNasErrors) // the context lupdate gives tr() in its members
public:
    static const QString Validation;
    static const QString Call;
    static const QString Auth;
    static const QString RateLimit;
    static const QString Tls;
    static const QString TlsUntrusted;
    static const QString TlsChanged;
    static const QString InsecureTransport;
    static const QString Connection;
    static const QString Timeout;
    static const QString Version;
    static const QString Job;

    // `error` is the JSON-RPC "error" member; `method` names the call in the message.
    static Error fromRpcError(const QJsonValue& error, const QString& method);
    // data.extra / exc_info.extra: [[attribute, message, errno], …] → fields (attribute kept as the server
    // spells it, e.g. "iscsiportal_create.listen", so a form can map it to its widget).
    static QList<FieldError> fieldsFromExtra(const QJsonValue& extra);
    // A core.get_jobs job object in state FAILED or ABORTED.
    static Error fromFailedJob(const QJsonObject& job, const QString& method);
    // auth.login_ex answered something other than SUCCESS.
    static Error fromLoginResponse(const QJsonObject& response, const QString& user);
    // Why the API key is not sent over ws:// or http:// (TN-API-KEY-TLS).
    static Error insecureTransport(const QString& url);
    static Error cancelled(const QString& method);
    // "[EINVAL] iscsiportal_create.listen: IP … not configured on this system.\n" → without "[EINVAL] " and
    // trailing whitespace.
    static QString cleanReason(const QString& reason);
};

} // namespace mpio
