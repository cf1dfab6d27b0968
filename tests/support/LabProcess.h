#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <optional>

namespace mpio::test {

// A real mpio-lab process for integration tests: started on a scenario in a throwaway state dir, ready
// once endpoints.json exists (bounded wait), stopped with SIGTERM (then SIGKILL) when the object dies.
// Talks only to 127.0.0.1, like the lab itself.
class LabProcess
{
public:
    LabProcess() = default;
    ~LabProcess();
    LabProcess(const LabProcess&) = delete;
    LabProcess& operator=(const LabProcess&) = delete;

    // scenario: a name from app/lab/scenarios ("seed-two-paths") or a path. False with `error` set on
    // failure.
    bool start(const QString& scenario, QString* error, int timeoutMs = 20000);
    void stop();

    QString stateDir() const { return m_dir.path() + QStringLiteral("/lab"); }
    QJsonObject endpoints() const { return m_endpoints; }
    // Lab credentials from endpoints.json: the TrueNAS API key and every host's password.
    QStringList secrets() const;
    QString output() const; // what the lab printed so far (for failure messages)
    // One control request (app/lab/ENDPOINTS.md), bounded to 10 s: the reply's "result", or nothing with
    // `error` set. Tests use it for faults, latency, workloads and state dumps.
    std::optional<QJsonObject> control(const QString& action, const QJsonObject& args = {},
                                       QString* error = nullptr);

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QJsonObject m_endpoints;
};

} // namespace mpio::test
