#include "app/lab/truenas/RpcError.h"

#include <QHash>

namespace mpio::lab {

QJsonObject RpcError::toJson() const
{
    QJsonObject o{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!hasData)
        return o;
    QJsonValue trace = QJsonValue::Null;
    if (!traceClass.isEmpty())
        trace = QJsonObject{
            {QStringLiteral("class"), traceClass},
            {QStringLiteral("frames"), QJsonArray()},
            {QStringLiteral("formatted"),
             QString(QStringLiteral("Traceback (most recent call last):\n  (mpio-lab: no frames)\n") +
                     traceClass + QStringLiteral(": ") + reason)},
            {QStringLiteral("repr"), QString(traceClass + QStringLiteral("()"))}};
    o.insert(QStringLiteral("data"), QJsonObject{{QStringLiteral("error"), errnum},
                                                 {QStringLiteral("errname"), errname},
                                                 {QStringLiteral("reason"), reason},
                                                 {QStringLiteral("trace"), trace},
                                                 {QStringLiteral("extra"), extra}});
    return o;
}

RpcError RpcError::validation(const ValidationErrors& errors)
{
    RpcError e;
    e.code = -32602;
    e.message = QStringLiteral("Invalid params");
    e.errnum = 22;
    e.errname = QStringLiteral("EINVAL");
    e.traceClass = QStringLiteral("ValidationErrors");
    QJsonArray extra;
    for (const ValidationError& v : errors) {
        extra.append(QJsonArray{v.attribute, v.message, v.errnum});
        e.reason +=
            QStringLiteral("[EINVAL] ") + v.attribute + QStringLiteral(": ") + v.message + QLatin1Char('\n');
    }
    e.extra = extra;
    return e;
}

RpcError RpcError::validation(const QString& attribute, const QString& message)
{
    return validation(ValidationErrors{ValidationError{attribute, message, 22}});
}

RpcError RpcError::call(int errnum, const QString& errname, const QString& message)
{
    RpcError e;
    e.errnum = errnum;
    e.errname = errname;
    e.reason = QStringLiteral("[") + errname + QStringLiteral("] ") + message;
    e.traceClass = QStringLiteral("CallError");
    return e;
}

RpcError RpcError::methodNotFound()
{
    RpcError e;
    e.code = -32601;
    e.message = QStringLiteral("Method does not exist");
    e.hasData = false;
    return e;
}

RpcError RpcError::invalidRequest(const QString& text)
{
    RpcError e;
    e.code = -32600;
    e.message = text;
    e.hasData = false;
    return e;
}

RpcError RpcError::parseError(const QString& text)
{
    RpcError e;
    e.code = -32700;
    e.message = text;
    e.hasData = false;
    return e;
}

int RpcError::errnoOf(const QString& errname)
{
    static const QHash<QString, int> map{{QStringLiteral("EPERM"), 1},
                                         {QStringLiteral("ENOENT"), 2},
                                         {QStringLiteral("EIO"), 5},
                                         {QStringLiteral("EAGAIN"), 11},
                                         {QStringLiteral("EACCES"), 13},
                                         {QStringLiteral("EFAULT"), 14},
                                         {QStringLiteral("EBUSY"), 16},
                                         {QStringLiteral("EEXIST"), 17},
                                         {QStringLiteral("EINVAL"), 22},
                                         {QStringLiteral("ENOSPC"), 28},
                                         {QStringLiteral("EOPNOTSUPP"), 95},
                                         {QStringLiteral("ETIMEDOUT"), 110},
                                         {QStringLiteral("ENOMETHOD"), 201},
                                         {QStringLiteral("ESERVICESTARTFAILURE"), 202},
                                         {QStringLiteral("ENOTAUTHENTICATED"), 207},
                                         {QStringLiteral("EREBOOTREQUIRED"), 209},
                                         {QStringLiteral("EHAUNAVAILABLE"), 210}};
    return map.value(errname, 14);
}

} // namespace mpio::lab
