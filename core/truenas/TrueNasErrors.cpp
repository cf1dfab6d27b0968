#include "core/truenas/TrueNasErrors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace mpio {

const QString TrueNasErrors::Validation = QStringLiteral("truenas.validation");
const QString TrueNasErrors::Call = QStringLiteral("truenas.call");
const QString TrueNasErrors::Auth = QStringLiteral("truenas.auth");
const QString TrueNasErrors::RateLimit = QStringLiteral("truenas.auth.rate-limit");
const QString TrueNasErrors::Tls = QStringLiteral("truenas.tls");
const QString TrueNasErrors::TlsUntrusted = QStringLiteral("truenas.tls.untrusted");
const QString TrueNasErrors::TlsChanged = QStringLiteral("truenas.tls.changed");
const QString TrueNasErrors::InsecureTransport = QStringLiteral("truenas.tls.insecure-transport");
const QString TrueNasErrors::Connection = QStringLiteral("truenas.connection");
const QString TrueNasErrors::Timeout = QStringLiteral("truenas.timeout");
const QString TrueNasErrors::Version = QStringLiteral("truenas.version");
const QString TrueNasErrors::Job = QStringLiteral("truenas.job");

namespace {

// Free functions in this file: lupdate files their tr() under the namespace (mpio); members use their
// class's Q_DECLARE_TR_FUNCTIONS context.
QString tr(const char* text)
{
    return QCoreApplication::translate("mpio", text);
}

Error validationError(const QString& method, const QList<FieldError>& fields, const QString& reason)
{
    Error e;
    e.code = TrueNasErrors::Validation;
    e.fields = fields;
    QString first = fields.isEmpty()
                        ? TrueNasErrors::cleanReason(reason)
                        : fields.constFirst().field + QStringLiteral(": ") + fields.constFirst().message;
    if (fields.size() > 1)
        first += tr(" (and %1 more)").arg(fields.size() - 1);
    e.message = tr("TrueNAS rejected the values for %1: %2").arg(method, first);
    QStringList lines;
    for (const auto& f : fields)
        lines.append(f.field + QStringLiteral(": ") + f.message);
    e.detail = lines.isEmpty() ? TrueNasErrors::cleanReason(reason) : lines.join(QStringLiteral("; "));
    return e;
}

} // namespace

QString TrueNasErrors::cleanReason(const QString& reason)
{
    static const QRegularExpression prefix(QStringLiteral("^\\[[A-Z0-9_]+\\]\\s*"));
    QString text = reason.trimmed();
    text.remove(prefix);
    return text;
}

QList<FieldError> TrueNasErrors::fieldsFromExtra(const QJsonValue& extra)
{
    QList<FieldError> fields;
    if (!extra.isArray())
        return fields;
    for (const QJsonValue& item : extra.toArray()) {
        const QJsonArray triple = item.toArray();
        if (triple.size() < 2)
            continue;
        fields.append(FieldError{triple.at(0).toString(), triple.at(1).toString().trimmed()});
    }
    return fields;
}

Error TrueNasErrors::fromRpcError(const QJsonValue& errorValue, const QString& method)
{
    const QJsonObject error = errorValue.toObject();
    const int code = error.value(QStringLiteral("code")).toInt();
    const QString serverMessage = error.value(QStringLiteral("message")).toString();
    const QJsonObject data = error.value(QStringLiteral("data")).toObject();
    const QString errname = data.value(QStringLiteral("errname")).toString();
    const int errnum = data.value(QStringLiteral("error")).toInt();
    const QString reason = data.value(QStringLiteral("reason")).toString();
    const QString cleaned = cleanReason(reason);
    const QString detail =
        errname.isEmpty()
            ? QStringLiteral("JSON-RPC %1 %2").arg(code).arg(serverMessage)
            : QStringLiteral("JSON-RPC %1, %2 (%3): %4").arg(code).arg(errname).arg(errnum).arg(cleaned);

    if (code == -32602)
        return validationError(method, fieldsFromExtra(data.value(QStringLiteral("extra"))), reason);

    if (code == -32001) {
        // Validation raised inside a job or a legacy path can still carry per-field data.
        if (data.value(QStringLiteral("extra")).isArray() &&
            !data.value(QStringLiteral("extra")).toArray().isEmpty() && errname == QLatin1String("EINVAL"))
            return validationError(method, fieldsFromExtra(data.value(QStringLiteral("extra"))), reason);
        if (errname == QLatin1String("EBUSY") &&
            cleaned.contains(QLatin1String("Rate Limit"), Qt::CaseInsensitive))
            return Error::make(
                RateLimit,
                tr("TrueNAS refused %1: too many unauthenticated requests from this computer (rate "
                   "limit). Wait a few minutes before connecting again; mpio-wizard does not retry "
                   "logins on its own.")
                    .arg(method),
                detail);
        if (errname == QLatin1String("ENOTAUTHENTICATED"))
            return Error::make(Auth, tr("TrueNAS refused %1: the session is not logged in.").arg(method),
                               detail);
        if (errname == QLatin1String("EACCES"))
            return Error::make(Auth,
                               tr("TrueNAS refused %1: %2. The API key's user needs the roles listed in the "
                                  "documentation (READONLY_ADMIN, DATASET_WRITE, SHARING_ISCSI_WRITE, "
                                  "NETWORK_INTERFACE_WRITE) or full admin.")
                                   .arg(method, cleaned),
                               detail);
        return Error::make(
            Call, tr("TrueNAS could not run %1: %2").arg(method, cleaned.isEmpty() ? serverMessage : cleaned),
            detail);
    }
    if (code == -32601)
        return Error::make(
            Call, tr("TrueNAS does not know the method %1 (this release may not have it).").arg(method),
            detail);
    if (code == -32000)
        return Error::make(Call, tr("TrueNAS refused %1: too many calls at once.").arg(method), detail);
    return Error::make(Call, tr("TrueNAS could not run %1: %2").arg(method, serverMessage), detail);
}

Error TrueNasErrors::fromFailedJob(const QJsonObject& job, const QString& method)
{
    const QString state = job.value(QStringLiteral("state")).toString();
    const QJsonObject excInfo = job.value(QStringLiteral("exc_info")).toObject();
    const QString errorText = job.value(QStringLiteral("error")).toString().trimmed();
    if (excInfo.value(QStringLiteral("type")).toString() == QLatin1String("VALIDATION"))
        return validationError(method, fieldsFromExtra(excInfo.value(QStringLiteral("extra"))), errorText);
    const QString detail =
        QStringLiteral("job %1 %2: %3")
            .arg(job.value(QStringLiteral("id")).toInteger())
            .arg(state, errorText.isEmpty() ? excInfo.value(QStringLiteral("repr")).toString() : errorText);
    if (state == QLatin1String("ABORTED"))
        return Error::make(Job, tr("The TrueNAS job %1 was aborted.").arg(method), detail);
    return Error::make(Job, tr("The TrueNAS job %1 failed: %2").arg(method, cleanReason(errorText)), detail);
}

Error TrueNasErrors::fromLoginResponse(const QJsonObject& response, const QString& user)
{
    const QString type = response.value(QStringLiteral("response_type")).toString();
    const QString detail = QStringLiteral("auth.login_ex response_type=%1").arg(type);
    if (type == QLatin1String("AUTH_ERR"))
        return Error::make(
            Auth,
            tr("TrueNAS refused the API key for user “%1”. Check that the user is the key's owner "
               "and that the key is complete (“<id>-<secret>”). Not retried: repeated failed logins "
               "lock this computer out for minutes (TN-RATE-LIMIT).")
                .arg(user),
            detail);
    if (type == QLatin1String("EXPIRED"))
        return Error::make(
            Auth,
            tr("TrueNAS says the API key of “%1” is expired or revoked. A key that was ever sent "
               "over plain HTTP/ws:// is revoked for good (TN-API-KEY-TLS): reset it in TrueNAS "
               "(My API Keys → Reset) and use the new key.")
                .arg(user),
            detail);
    if (type == QLatin1String("OTP_REQUIRED"))
        return Error::make(
            Auth,
            tr("TrueNAS asks for a one-time password for “%1”; API keys for mpio-wizard must not "
               "need two-factor authentication.")
                .arg(user),
            detail);
    if (type == QLatin1String("REDIRECT")) {
        QStringList urls;
        for (const auto& u : response.value(QStringLiteral("urls")).toArray())
            urls.append(u.toString());
        return Error::make(Auth,
                           tr("This TrueNAS controller is the HA standby; connect to the active one: %1")
                               .arg(urls.join(QStringLiteral(", "))),
                           detail);
    }
    return Error::make(Auth, tr("TrueNAS did not accept the login (%1).").arg(type), detail);
}

Error TrueNasErrors::insecureTransport(const QString& url)
{
    return Error::make(
        InsecureTransport,
        tr("Refusing to send the TrueNAS API key over an unencrypted connection (%1). TrueNAS 25.04 "
           "and newer revoke an API key permanently the first time it arrives over plain HTTP or "
           "ws:// (TN-API-KEY-TLS). Use wss:// / https:// (port 443).")
            .arg(url),
        QStringLiteral("TN-API-KEY-TLS"));
}

Error TrueNasErrors::cancelled(const QString& method)
{
    return Error::make(
        QStringLiteral("cancelled"),
        tr("%1 was cancelled. If it had already reached TrueNAS, the server may still complete it: "
           "query before trying again.")
            .arg(method));
}

} // namespace mpio
