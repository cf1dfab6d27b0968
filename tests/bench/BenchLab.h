#pragma once

#include "BenchContext.h"

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <optional>

namespace mpio::bench {

// One mpio-lab process for a benchmark: started on a scenario file in its own state dir (bounded wait for
// endpoints.json), driven through the control port (app/lab/ENDPOINTS.md), stopped with SIGTERM then SIGKILL
// when the object dies. Only 127.0.0.1 is ever talked to.
class BenchLab
{
public:
    explicit BenchLab(const BenchContext& ctx);
    ~BenchLab();
    BenchLab(const BenchLab&) = delete;
    BenchLab& operator=(const BenchLab&) = delete;

    // The profile goes with every mpioctl run (the scenario's matching one, tests/data/profiles).
    bool start(const QString& scenarioFile, const QString& profileFile, const QString& stateDir,
               QString* error);
    QString stateDir() const { return m_dir; }
    // The scenario's "model" object (esxcliMs, sshRttMs, linkDownDetectMs, …): figures are set against it.
    QJsonObject model() const { return m_model; }

    // One control request, bounded to 10 s: the reply's "result", or nothing with `error` set.
    std::optional<QJsonValue> control(const QString& action, const QJsonObject& args, QString* error);

    struct Run
    {
        int exitCode = -1;
        QJsonObject json;
        QByteArray err;
    };
    // mpioctl <args> --profile FILE --lab DIR --json --state-dir DIR/mpioctl --log-level warn, bounded by
    // timeoutMs.
    Run mpioctl(const QStringList& args, int timeoutMs);
    QStringList mpioctlArgs(const QStringList& args) const;
    QString mpioctlPath() const { return m_ctx.mpioctl(); }

    // Applies the scenario's own profile at 50 ms per esxcli call (set-up, not the measured part), then
    // puts the scenario's latency model back, so the benchmark measures a configured site at real speed.
    bool configure(QString* error);

private:
    const BenchContext& m_ctx;
    QProcess m_process;
    QString m_dir;
    QString m_profile;
    QJsonObject m_model;
    quint16 m_controlPort = 0;
};

} // namespace mpio::bench
