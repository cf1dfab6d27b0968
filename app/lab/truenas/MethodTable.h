#pragma once

#include "app/lab/truenas/RpcError.h"
#include "app/lab/truenas/RpcSession.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <functional>
#include <optional>

namespace mpio::lab {

class TrueNasBackend;
struct TrueNasConfig;
struct TrueNasState;

// A method's outcome: a result or an error, possibly sent after a delay (rate limit, failed login) or later
// (a new-style job replies when it ends).
struct RpcReply
{
    QJsonValue result;
    std::optional<RpcError> error;
    int delayMs = 0;
    bool deferred = false;
    bool drop = false; // an injected `drop` fault: the server aborts the WebSocket instead of answering

    static RpcReply ok(const QJsonValue& v)
    {
        RpcReply r;
        r.result = v;
        return r;
    }
    static RpcReply fail(const RpcError& e)
    {
        RpcReply r;
        r.error = e;
        return r;
    }
};

struct CallContext
{
    TrueNasBackend& backend;
    TrueNasState& state;
    const TrueNasConfig& config;
    RpcSession& session;
    QString method;
    QJsonValue requestId;
};

using MethodHandler = std::function<RpcReply(CallContext& ctx, const QJsonArray& params)>;

struct MethodSpec
{
    MethodHandler handler;
    bool noAuth = false;          // callable before login
    bool rateLimitExempt = false; // core.set_options (§1.7)
};

class MethodTable
{
public:
    void add(const QString& name, MethodHandler handler)
    {
        m_methods.insert(name, MethodSpec{std::move(handler)});
    }
    void addNoAuth(const QString& name, MethodHandler handler, bool rateLimitExempt = false)
    {
        m_methods.insert(name, MethodSpec{std::move(handler), true, rateLimitExempt});
    }
    const MethodSpec* find(const QString& name) const
    {
        auto it = m_methods.constFind(name);
        return it == m_methods.constEnd() ? nullptr : &it.value();
    }
    QStringList names() const { return m_methods.keys(); }

private:
    QHash<QString, MethodSpec> m_methods;
};

} // namespace mpio::lab
