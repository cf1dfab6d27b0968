#include "LabProcess.h"

#include "TestEnv.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
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

QString LabProcess::output() const
{
    return QString::fromUtf8(const_cast<QProcess&>(m_process).readAll());
}

} // namespace mpio::test
