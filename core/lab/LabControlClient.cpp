#include "core/lab/LabControlClient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

namespace mpio {

LabControlClient::LabControlClient(QString host, int port, QObject* parent)
    : QObject(parent)
    , m_host(std::move(host))
    , m_port(port)
{}

void LabControlClient::send(const QString& action, const QJsonObject& args,
                            std::function<void(Result<QJsonObject>)> done, int timeoutMs)
{
    auto* socket = new QTcpSocket(this);
    auto* timer = new QTimer(socket);
    auto answered = std::make_shared<bool>(false);
    auto finish = [socket, answered, done](Result<QJsonObject> r) {
        if (*answered)
            return;
        *answered = true;
        socket->abort();
        socket->deleteLater();
        done(std::move(r));
    };
    auto buffer = std::make_shared<QByteArray>();
    const QByteArray request =
        QJsonDocument(QJsonObject{{QStringLiteral("action"), action}, {QStringLiteral("args"), args}})
            .toJson(QJsonDocument::Compact) +
        '\n';
    connect(socket, &QTcpSocket::connected, socket, [socket, request] { socket->write(request); });
    connect(socket, &QTcpSocket::readyRead, socket, [socket, buffer, finish] {
        buffer->append(socket->readAll());
        const qsizetype nl = buffer->indexOf('\n');
        if (nl < 0)
            return;
        const QJsonObject reply = QJsonDocument::fromJson(buffer->left(nl)).object();
        if (reply.value(QStringLiteral("ok")).toBool())
            finish(reply.value(QStringLiteral("result")).toObject());
        else
            finish(Error::make(QStringLiteral("lab.control"),
                               QCoreApplication::translate("mpio::LabControlClient", "The lab refused: %1")
                                   .arg(reply.value(QStringLiteral("error")).toString())));
    });
    connect(socket, &QTcpSocket::errorOccurred, socket, [socket, finish] {
        finish(Error::make(
            QStringLiteral("lab.connection"),
            QCoreApplication::translate("mpio::LabControlClient", "Cannot talk to the lab's control port: %1")
                .arg(socket->errorString())));
    });
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, socket, [finish, timeoutMs] {
        finish(Error::make(
            QStringLiteral("lab.connection"),
            QCoreApplication::translate("mpio::LabControlClient", "The lab did not answer within %1 ms.")
                .arg(timeoutMs)));
    });
    timer->start(timeoutMs);
    socket->connectToHost(m_host, quint16(m_port));
}

} // namespace mpio
