#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace mpio::lab {

// One per-field validation problem: data.extra entry [attribute, message, errno] (truenas-api.md §1.2).
struct ValidationError
{
    QString attribute; // "iscsiportal_create.listen"
    QString message;   // "IP 10.9.9.9 not configured on this system."
    int errnum = 22;   // EINVAL
};
using ValidationErrors = QList<ValidationError>;

// A JSON-RPC error as the TrueNAS middleware sends it (rpc.py send_error / format_truenas_error, §1.2):
// {"code":…, "message":…, "data":{"error", "errname", "reason", "trace", "extra"}}.
struct RpcError
{
    int code = -32001;
    QString message = QStringLiteral("Method call error");
    QJsonValue errnum = QJsonValue::Null; // data.error
    QJsonValue errname = QJsonValue::Null;
    QString reason;
    QString traceClass;
    QJsonValue extra = QJsonValue::Null;
    bool hasData = true; // -32601/-32600/-32700 carry no TrueNAS data object

    QJsonObject toJson() const;

    // -32602 "Invalid params" for schema and plugin validation (data.error 22, data.extra per field).
    static RpcError validation(const ValidationErrors& errors);
    static RpcError validation(const QString& attribute, const QString& message);
    // -32001 "Method call error" for a CallError: reason "[ERRNAME] message".
    static RpcError call(int errnum, const QString& errname, const QString& message);
    static RpcError methodNotFound();
    static RpcError invalidRequest(const QString& text);
    static RpcError parseError(const QString& text);
    // Errno names used by the middleware (api_client exc.py ErrnoMixin; Linux errno values).
    static int errnoOf(const QString& errname);
};

} // namespace mpio::lab
