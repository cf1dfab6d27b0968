#pragma once

// A minimal JSON-RPC 2.0 client over QWebSocket for the lab's TrueNAS tests: pins the server's self-signed
// certificate (every TLS error must be about exactly that certificate), bounded waits with QSignalSpy.
#include <QDeadlineTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslError>
#include <QWebSocket>

namespace mpio::test {

class TrueNasTestClient
{
public:
    explicit TrueNasTestClient(const QSslCertificate& pinned = QSslCertificate())
        : m_pinned(pinned)
    {
        QObject::connect(&m_ws, &QWebSocket::sslErrors, &m_ws, [this](const QList<QSslError>& errors) {
            bool allPinned = !m_pinned.isNull();
            for (const QSslError& e : errors)
                allPinned = allPinned && e.certificate() == m_pinned;
            m_sslErrors = errors;
            if (allPinned)
                m_ws.ignoreSslErrors();
        });
        QObject::connect(&m_ws, &QWebSocket::textMessageReceived, &m_ws, [this](const QString& text) {
            const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
            if (o.contains(QStringLiteral("id")))
                m_replies.insert(o.value(QStringLiteral("id")).toInt(), o);
            else
                notifications.append(o);
            ++m_messages;
        });
    }

    bool open(const QString& url, int timeoutMs = 5000)
    {
        QSignalSpy connected(&m_ws, &QWebSocket::connected);
        QSignalSpy closed(&m_ws, &QWebSocket::disconnected);
        QSignalSpy failed(&m_ws, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
        m_ws.open(QUrl(url));
        QDeadlineTimer dl(timeoutMs);
        // Short slices so a refused handshake (closed/failed) ends the wait at once.
        for (int i = 0;
             i < 1000 && connected.isEmpty() && closed.isEmpty() && failed.isEmpty() && !dl.hasExpired(); ++i)
            connected.wait(20);
        return !connected.isEmpty() && m_ws.state() == QAbstractSocket::ConnectedState;
    }

    int send(const QString& method, const QJsonArray& params = {}, bool withId = true)
    {
        QJsonObject req{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                        {QStringLiteral("method"), method},
                        {QStringLiteral("params"), params}};
        const int id = ++m_lastId;
        if (withId)
            req.insert(QStringLiteral("id"), id);
        m_ws.sendTextMessage(QString::fromUtf8(QJsonDocument(req).toJson(QJsonDocument::Compact)));
        return id;
    }

    void sendRaw(const QString& text) { m_ws.sendTextMessage(text); }

    // Waits for the reply with `id` (bounded); an empty object on timeout.
    QJsonObject wait(int id, int timeoutMs = 5000)
    {
        QDeadlineTimer dl(timeoutMs);
        for (int i = 0; i < 1000 && !m_replies.contains(id) && !dl.hasExpired(); ++i) {
            QSignalSpy spy(&m_ws, &QWebSocket::textMessageReceived);
            spy.wait(int(std::max<qint64>(1, dl.remainingTime())));
            if (m_ws.state() != QAbstractSocket::ConnectedState && !m_replies.contains(id))
                break;
        }
        return m_replies.take(id);
    }

    QJsonObject call(const QString& method, const QJsonArray& params = {}, int timeoutMs = 5000)
    {
        return wait(send(method, params), timeoutMs);
    }
    QJsonValue result(const QString& method, const QJsonArray& params = {})
    {
        return call(method, params).value(QStringLiteral("result"));
    }
    // Waits until any message arrives (bounded).
    bool waitMessage(int timeoutMs)
    {
        const int before = m_messages;
        QSignalSpy spy(&m_ws, &QWebSocket::textMessageReceived);
        if (m_messages == before)
            spy.wait(timeoutMs);
        return m_messages > before;
    }
    bool waitDisconnected(int timeoutMs)
    {
        if (m_ws.state() == QAbstractSocket::UnconnectedState)
            return true;
        QSignalSpy spy(&m_ws, &QWebSocket::disconnected);
        return spy.wait(timeoutMs) || m_ws.state() == QAbstractSocket::UnconnectedState;
    }

    QWebSocket& socket() { return m_ws; }
    const QList<QSslError>& sslErrors() const { return m_sslErrors; }
    int messageCount() const { return m_messages; }
    QList<QJsonObject> notifications;

private:
    QSslCertificate m_pinned;
    QWebSocket m_ws;
    QHash<int, QJsonObject> m_replies;
    QList<QSslError> m_sslErrors;
    int m_lastId = 0;
    int m_messages = 0;
};

inline QJsonObject errorData(const QJsonObject& reply)
{
    return reply.value(QStringLiteral("error")).toObject().value(QStringLiteral("data")).toObject();
}

inline int errorCode(const QJsonObject& reply)
{
    return reply.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt();
}

// True when data.extra holds [attribute, message, errno].
inline bool hasExtra(const QJsonObject& reply, const QString& attribute, const QString& message)
{
    for (const QJsonValue& v : errorData(reply).value(QStringLiteral("extra")).toArray()) {
        const QJsonArray e = v.toArray();
        if (e.at(0).toString() == attribute && e.at(1).toString() == message && e.at(2).toInt() > 0)
            return true;
    }
    return false;
}

} // namespace mpio::test
