#include "BenchLab.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTcpSocket>

namespace mpio::bench {

namespace {

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject{};
}

} // namespace

BenchLab::BenchLab(const BenchContext& ctx)
    : m_ctx(ctx)
{}

BenchLab::~BenchLab()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

bool BenchLab::start(const QString& scenarioFile, const QString& profileFile, const QString& stateDir,
                     QString* error)
{
    m_dir = stateDir;
    m_profile = profileFile;
    m_model = readJson(scenarioFile).value(QStringLiteral("model")).toObject();
    QDir(m_dir).removeRecursively();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(m_ctx.lab(),
                    {QStringLiteral("--scenario"), scenarioFile, QStringLiteral("--state-dir"), m_dir});
    const QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning) {
            *error =
                QStringLiteral("mpio-lab exited: %1").arg(QString::fromUtf8(m_process.readAll()).left(300));
            return false;
        }
        const QJsonObject endpoints = readJson(m_dir + QStringLiteral("/endpoints.json"));
        if (!endpoints.isEmpty()) {
            m_controlPort = quint16(endpoints.value(QStringLiteral("lab"))
                                        .toObject()
                                        .value(QStringLiteral("control"))
                                        .toObject()
                                        .value(QStringLiteral("port"))
                                        .toInt());
            return true;
        }
        m_process.waitForReadyRead(100);
    }
    *error = QStringLiteral("mpio-lab wrote no endpoints.json within 60 s");
    return false;
}

std::optional<QJsonValue> BenchLab::control(const QString& action, const QJsonObject& args, QString* error)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_controlPort);
    if (!socket.waitForConnected(5000)) {
        *error = socket.errorString();
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
        *error =
            reply.value(QStringLiteral("error")).toString(QStringLiteral("no reply from the lab control"));
        return std::nullopt;
    }
    return reply.value(QStringLiteral("result"));
}

QStringList BenchLab::mpioctlArgs(const QStringList& args) const
{
    return args + QStringList{QStringLiteral("--profile"),
                              m_profile,
                              QStringLiteral("--lab"),
                              m_dir,
                              QStringLiteral("--json"),
                              QStringLiteral("--state-dir"),
                              m_dir + QStringLiteral("/mpioctl"),
                              QStringLiteral("--log-level"),
                              QStringLiteral("warn")};
}

BenchLab::Run BenchLab::mpioctl(const QStringList& args, int timeoutMs)
{
    QProcess p;
    p.start(m_ctx.mpioctl(), mpioctlArgs(args));
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QJsonDocument::fromJson(p.readAllStandardOutput()).object(), p.readAllStandardError()};
}

bool BenchLab::configure(QString* error)
{
    if (!control(QStringLiteral("latency"), {{QStringLiteral("esxcliMs"), 50}}, error))
        return false;
    const Run apply = mpioctl({QStringLiteral("apply"), QStringLiteral("--yes")}, 600000);
    if (apply.exitCode != 0) {
        *error = QStringLiteral("set-up apply failed (exit %1): %2")
                     .arg(apply.exitCode)
                     .arg(QString::fromUtf8(apply.err.right(300)));
        return false;
    }
    return control(QStringLiteral("latency"),
                   {{QStringLiteral("esxcliMs"), m_model.value(QStringLiteral("esxcliMs")).toInt(400)},
                    {QStringLiteral("rttMs"), m_model.value(QStringLiteral("sshRttMs")).toInt(3)}},
                   error)
        .has_value();
}

} // namespace mpio::bench
