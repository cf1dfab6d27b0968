#include "LabProcess.h"

#include "TestEnv.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QThread>

namespace mpio::test {

LabProcess::~LabProcess()
{
    stop();
}

bool LabProcess::start(const QString& scenario, QString* error, int timeoutMs)
{
    const QString file =
        scenario.endsWith(QLatin1String(".json"))
            ? scenario
            : QStringLiteral(MPIO_SOURCE_DIR "/app/lab/scenarios/") + scenario + QStringLiteral(".json");
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QStringLiteral(MPIO_LAB_BIN),
                    {QStringLiteral("--scenario"), file, QStringLiteral("--state-dir"), stateDir()});
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("mpio-lab did not start: %1").arg(m_process.errorString());
        return false;
    }
    const QString endpointsFile = stateDir() + QStringLiteral("/endpoints.json");
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running) {
            *error = QStringLiteral("mpio-lab exited: %1").arg(output());
            return false;
        }
        if (QFileInfo::exists(endpointsFile)) {
            m_endpoints = QJsonDocument::fromJson(readFile(endpointsFile)).object();
            if (!m_endpoints.isEmpty())
                return true;
        }
        m_process.waitForReadyRead(50);
    }
    *error = QStringLiteral("mpio-lab wrote no endpoints.json within %1 ms: %2").arg(timeoutMs).arg(output());
    return false;
}

void LabProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

QStringList LabProcess::secrets() const
{
    QStringList list;
    const QString key =
        m_endpoints.value(QStringLiteral("truenas")).toObject().value(QStringLiteral("apiKey")).toString();
    if (!key.isEmpty()) {
        list.append(key);
        list.append(key.section(u'-', 1)); // the secret part alone, without the key id
    }
    for (const QJsonValue& h : m_endpoints.value(QStringLiteral("hosts")).toArray()) {
        const QString pw = h.toObject().value(QStringLiteral("password")).toString();
        if (!pw.isEmpty())
            list.append(pw);
    }
    list.removeDuplicates();
    return list;
}

std::optional<QJsonObject> LabProcess::control(const QString& action, const QJsonObject& args, QString* error)
{
    QString ignored;
    QString& why = error ? *error : ignored;
    const QJsonObject c =
        m_endpoints.value(QStringLiteral("lab")).toObject().value(QStringLiteral("control")).toObject();
    QTcpSocket socket;
    socket.connectToHost(c.value(QStringLiteral("host")).toString(),
                         quint16(c.value(QStringLiteral("port")).toInt()));
    if (!socket.waitForConnected(5000)) {
        why = socket.errorString();
        return std::nullopt;
    }
    socket.write(
        QJsonDocument(QJsonObject{{QStringLiteral("action"), action}, {QStringLiteral("args"), args}})
            .toJson(QJsonDocument::Compact) +
        '\n');
    const QDeadlineTimer deadline(10000);
    while (!socket.canReadLine() && !deadline.hasExpired())
        socket.waitForReadyRead(100);
    const QJsonObject reply = QJsonDocument::fromJson(socket.readLine()).object();
    if (!reply.value(QStringLiteral("ok")).toBool()) {
        why = reply.value(QStringLiteral("error")).toString(QStringLiteral("no reply from the lab control"));
        return std::nullopt;
    }
    return reply.value(QStringLiteral("result")).toObject();
}

QString LabProcess::output() const
{
    return QString::fromUtf8(const_cast<QProcess&>(m_process).readAll());
}

} // namespace mpio::test
