#pragma once

#include <QHash>
#include <QString>

namespace mpio::lab {

// One WebSocket connection's middleware-side state.
struct RpcSession
{
    quint64 id = 0;
    // TLS (wss) is secure transport; the plain ws:// port plays "port 80 from the network" even though the
    // lab listens on loopback (the real middleware would treat loopback as secure, §2.2).
    bool secureTransport = true;
    QString peerIp = QStringLiteral("127.0.0.1");
    bool authenticated = false;
    QString username;
    int apiKeyId = 0;
    QHash<QString, QString> subscriptions; // subscription uuid → event name
    bool legacyJobs = true;                // core.set_options {"legacy_jobs": false} (25.10+)
};

} // namespace mpio::lab
