#pragma once

#include <QJsonObject>
#include <QTcpServer>
#include <functional>

namespace mpio::lab {

// The lab's control endpoint (ENDPOINTS.md): TCP on 127.0.0.1, one JSON object per line each way.
// Request {"action": "...", "args": {...}} → reply {"ok": true, "result": ...} | {"ok": false, "error":
// "..."}. The handler builds the reply; this class only frames lines and rejects malformed requests.
class ControlServer : public QTcpServer
{
    Q_OBJECT
public:
    using Handler = std::function<QJsonObject(const QString& action, const QJsonObject& args)>;
    static constexpr qsizetype kMaxLineBytes = 1 << 20;

    explicit ControlServer(Handler handler, QObject* parent = nullptr);
    bool start(quint16 port, QString* error);

    static QJsonObject ok(const QJsonValue& result = QJsonObject());
    static QJsonObject fail(const QString& error);

private:
    void onNewConnection();

    Handler m_handler;
};

} // namespace mpio::lab
