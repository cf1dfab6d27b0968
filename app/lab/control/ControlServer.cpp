#include "app/lab/control/ControlServer.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QTcpSocket>

namespace mpio::lab {

ControlServer::ControlServer(Handler handler, QObject* parent)
    : QTcpServer(parent)
    , m_handler(std::move(handler))
{
    connect(this, &QTcpServer::newConnection, this, &ControlServer::onNewConnection);
}

bool ControlServer::start(quint16 port, QString* error)
{
    if (!listen(QHostAddress::LocalHost, port)) {
        *error = QStringLiteral("control: cannot listen on 127.0.0.1:%1: %2").arg(port).arg(errorString());
        return false;
    }
    return true;
}

QJsonObject ControlServer::ok(const QJsonValue& result)
{
    return QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("result"), result}};
}

QJsonObject ControlServer::fail(const QString& error)
{
    return QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), error}};
}

void ControlServer::onNewConnection()
{
    while (QTcpSocket* socket = nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            while (socket->canReadLine()) {
                const QByteArray line = socket->readLine().trimmed();
                if (line.isEmpty())
                    continue;
                QJsonParseError pe;
                const QJsonDocument doc = QJsonDocument::fromJson(line, &pe);
                QJsonObject reply;
                if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
                    reply = fail(QStringLiteral("request is not a JSON object: %1").arg(pe.errorString()));
                } else {
                    const QJsonObject req = doc.object();
                    const QJsonValue args = req.value(QStringLiteral("args"));
                    if (!req.value(QStringLiteral("action")).isString())
                        reply = fail(QStringLiteral("request has no \"action\" string"));
                    else if (!args.isUndefined() && !args.isObject())
                        reply = fail(QStringLiteral("\"args\" must be an object"));
                    else
                        reply = m_handler(req.value(QStringLiteral("action")).toString(), args.toObject());
                }
                socket->write(QJsonDocument(reply).toJson(QJsonDocument::Compact) + '\n');
            }
            if (socket->bytesAvailable() > kMaxLineBytes) {
                socket->write(QJsonDocument(fail(QStringLiteral("request line too long")))
                                  .toJson(QJsonDocument::Compact) +
                              '\n');
                socket->disconnectFromHost();
            }
        });
    }
}

} // namespace mpio::lab
