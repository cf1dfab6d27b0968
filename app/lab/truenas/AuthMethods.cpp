#include "app/lab/truenas/AuthMethods.h"

#include "app/lab/truenas/MethodHelpers.h"
#include "app/lab/truenas/TrueNasBackend.h"

#include <QRandomGenerator>

namespace mpio::lab {

namespace {

enum class KeyCheck
{
    Ok,
    Bad,
    Expired,
    Revoked
};

// Failed logins cost the client 1–2 s (AAL1 min_fail_delay, §2.1), scaled by the lab's timeScale.
int failDelay(const TrueNasBackend& b)
{
    return b.scaled(1000 + QRandomGenerator::global()->bounded(1000));
}

// API_KEY_PLAIN: the key must exist, match, belong to `username`, not be revoked; a valid key sent over an
// insecure transport is revoked on the spot and the login answers EXPIRED (§2.2, PR #15457).
KeyCheck checkKey(CallContext& ctx, const QString& username, const QString& key)
{
    const int id = key.section(QLatin1Char('-'), 0, 0).toInt();
    const QString secret = key.section(QLatin1Char('-'), 1);
    for (TrueNasApiKey& k : ctx.state.apiKeys) {
        if (k.id != id || k.secret != secret || k.username != username)
            continue;
        if (k.revoked)
            return KeyCheck::Expired;
        if (!ctx.session.secureTransport) {
            k.revoked = true;
            k.revokedReason = QStringLiteral("API key revoked due to insecure transport.");
            return KeyCheck::Revoked;
        }
        ctx.session.authenticated = true;
        ctx.session.username = username;
        ctx.session.apiKeyId = id;
        return KeyCheck::Ok;
    }
    return KeyCheck::Bad;
}

QString keyOwner(const TrueNasState& s, const QString& key)
{
    const int id = key.section(QLatin1Char('-'), 0, 0).toInt();
    for (const TrueNasApiKey& k : s.apiKeys)
        if (k.id == id)
            return k.username;
    return {};
}

RpcReply loginEx(CallContext& ctx, const QJsonArray& params)
{
    RpcReply r;
    if (!rpc::argCount(params, 1, QStringLiteral("login_data"), &r))
        return r;
    const QJsonValue data = params.isEmpty() ? QJsonValue() : params.at(0);
    if (!data.isObject())
        return RpcReply::fail(RpcError::validation(QStringLiteral("login_data"),
                                                   QStringLiteral("Input should be a valid dictionary")));
    const QJsonObject d = data.toObject();
    const Field options = Field::object(QStringLiteral("login_options"),
                                        {Field::boolean(QStringLiteral("user_info")).def(true)})
                              .def(QJsonObject{{QStringLiteral("user_info"), true}});
    const Field mechanism = Field::string(QStringLiteral("mechanism")).req();
    const QString mech = d.value(QStringLiteral("mechanism")).toString();
    Fields fields;
    if (mech == QLatin1String("API_KEY_PLAIN"))
        fields = {mechanism, Field::string(QStringLiteral("username")).req(),
                  Field::string(QStringLiteral("api_key")).req(), options};
    else if (mech == QLatin1String("PASSWORD_PLAIN"))
        fields = {mechanism, Field::string(QStringLiteral("username")).req(),
                  Field::string(QStringLiteral("password")).req(), options};
    else if (mech == QLatin1String("TOKEN_PLAIN"))
        fields = {mechanism, Field::string(QStringLiteral("token")).req(), options};
    else if (mech == QLatin1String("OTP_TOKEN"))
        fields = {mechanism, Field::string(QStringLiteral("otp_token")).req(), options};
    else if (!d.contains(QStringLiteral("mechanism")))
        return RpcReply::fail(
            RpcError::validation(QStringLiteral("login_data"),
                                 QStringLiteral("Unable to extract tag using discriminator 'mechanism'")));
    else
        return RpcReply::fail(RpcError::validation(
            QStringLiteral("login_data"),
            QStringLiteral("Input tag '%1' found using 'mechanism' does not match any of the expected tags: "
                           "'API_KEY_PLAIN', 'PASSWORD_PLAIN', 'TOKEN_PLAIN', 'OTP_TOKEN'")
                .arg(d.value(QStringLiteral("mechanism")).toVariant().toString())));
    QJsonObject in;
    if (!rpc::objectArg(params, 0, fields, QStringLiteral("login_data"), true, true, &in, &r))
        return r;
    if (mech == QLatin1String("OTP_TOKEN"))
        return RpcReply::fail(RpcError::call(22, QStringLiteral("EINVAL"),
                                             QStringLiteral("Unexpected OTP token: no login awaits one")));
    const QJsonObject authErr{{QStringLiteral("response_type"), QStringLiteral("AUTH_ERR")}};
    if (mech != QLatin1String("API_KEY_PLAIN")) {
        // The lab has no passwords or tokens: every such attempt fails like a wrong password.
        RpcReply f = RpcReply::ok(authErr);
        f.delayMs = failDelay(ctx.backend);
        return f;
    }
    switch (checkKey(ctx, in.value(QStringLiteral("username")).toString(),
                     in.value(QStringLiteral("api_key")).toString())) {
    case KeyCheck::Ok: {
        const bool userInfo = in.value(QStringLiteral("login_options"))
                                  .toObject()
                                  .value(QStringLiteral("user_info"))
                                  .toBool(true);
        return RpcReply::ok(QJsonObject{
            {QStringLiteral("response_type"), QStringLiteral("SUCCESS")},
            {QStringLiteral("user_info"), userInfo ? QJsonValue(AuthMethods::userInfo(ctx.session.username))
                                                   : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("authenticator"), QStringLiteral("LEVEL_1")}});
    }
    case KeyCheck::Expired:
    case KeyCheck::Revoked:
        return RpcReply::ok(QJsonObject{{QStringLiteral("response_type"), QStringLiteral("EXPIRED")}});
    case KeyCheck::Bad:
        break;
    }
    RpcReply f = RpcReply::ok(authErr);
    f.delayMs = failDelay(ctx.backend);
    return f;
}

RpcReply loginWithApiKey(CallContext& ctx, const QJsonArray& params)
{
    RpcReply r;
    if (!rpc::argCount(params, 1, QStringLiteral("api_key"), &r))
        return r;
    if (params.isEmpty() || !params.at(0).isString())
        return RpcReply::fail(RpcError::validation(
            QStringLiteral("api_key"), params.isEmpty() ? QStringLiteral("Field required")
                                                        : QStringLiteral("Input should be a valid string")));
    // 25.04+: looks up the owner by the id prefix, then logs in as API_KEY_PLAIN; only true/false (§2.1).
    const QString key = params.at(0).toString();
    const KeyCheck c = checkKey(ctx, keyOwner(ctx.state, key), key);
    RpcReply out = RpcReply::ok(c == KeyCheck::Ok);
    if (c == KeyCheck::Bad)
        out.delayMs = failDelay(ctx.backend);
    return out;
}

} // namespace

QJsonObject AuthMethods::userInfo(const QString& username)
{
    const bool root = username == QLatin1String("root");
    return QJsonObject{
        {QStringLiteral("pw_name"), username},
        {QStringLiteral("pw_gecos"), root ? QStringLiteral("root") : username},
        {QStringLiteral("pw_dir"), root ? QStringLiteral("/root") : QStringLiteral("/home/") + username},
        {QStringLiteral("pw_shell"), QStringLiteral("/usr/bin/zsh")},
        {QStringLiteral("pw_uid"), root ? 0 : 3000},
        {QStringLiteral("pw_gid"), root ? 0 : 3000},
        {QStringLiteral("grouplist"), root ? QJsonArray{0, 544} : QJsonArray{3000, 544}},
        {QStringLiteral("sid"), QJsonValue::Null},
        {QStringLiteral("source"), QStringLiteral("LOCAL")},
        {QStringLiteral("local"), true},
        {QStringLiteral("attributes"), QJsonObject()},
        {QStringLiteral("two_factor_config"), QJsonObject{{QStringLiteral("secret_configured"), false},
                                                          {QStringLiteral("interval"), 30},
                                                          {QStringLiteral("otp_digits"), 6}}},
        {QStringLiteral("privilege"),
         QJsonObject{{QStringLiteral("roles"),
                      QJsonObject{{QStringLiteral("$set"), QJsonArray{QStringLiteral("FULL_ADMIN")}}}},
                     {QStringLiteral("web_shell"), true}}},
        {QStringLiteral("account_attributes"),
         QJsonArray{QStringLiteral("LOCAL"), QStringLiteral("SYS_ADMIN"), QStringLiteral("API_KEY")}}};
}

void AuthMethods::registerAll(MethodTable& t, const TrueNasConfig&)
{
    t.addNoAuth(QStringLiteral("auth.login_ex"), loginEx);
    t.addNoAuth(QStringLiteral("auth.login_with_api_key"), loginWithApiKey);
    t.addNoAuth(QStringLiteral("auth.login"), [](CallContext& ctx, const QJsonArray&) {
        RpcReply r = RpcReply::ok(false);
        r.delayMs = failDelay(ctx.backend);
        return r;
    });
    t.addNoAuth(QStringLiteral("auth.mechanism_choices"), [](CallContext&, const QJsonArray&) {
        return RpcReply::ok(QJsonArray{QStringLiteral("API_KEY_PLAIN"), QStringLiteral("PASSWORD_PLAIN"),
                                       QStringLiteral("TOKEN_PLAIN"), QStringLiteral("OTP_TOKEN")});
    });
    t.add(QStringLiteral("auth.me"), [](CallContext& ctx, const QJsonArray& params) {
        RpcReply r;
        if (!rpc::argCount(params, 0, QStringLiteral("auth.me"), &r))
            return r;
        return RpcReply::ok(userInfo(ctx.session.username));
    });
    t.add(QStringLiteral("auth.logout"), [](CallContext& ctx, const QJsonArray&) {
        ctx.session.authenticated = false;
        ctx.session.username.clear();
        return RpcReply::ok(QJsonValue::Null);
    });
}

} // namespace mpio::lab
