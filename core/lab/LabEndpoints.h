#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>

namespace mpio {

// What a running mpio-lab says about itself (app/lab/ENDPOINTS.md): read by `--lab STATE_DIR` in mpioctl,
// by the wizard's "try the virtual lab", and by integration tests. Core reads the file as a client would;
// it shares no code with the lab.
struct LabEndpoints
{
    struct Control
    {
        QString host;
        int port = 0;
    };
    struct TrueNas
    {
        QString name;
        QString host;
        int port = 0;
        int wsPort = 0;
        QString apiUser;
        QString apiKey; // lab credential: register with the Redactor before logging anything
        QString certSha256;
        QString version;
    };
    struct Host
    {
        QString name;
        QString host;
        int port = 0;
        QString user;
        QString password; // lab credential
        QString hostKeySha256;
        QString version;
    };

    QString scenario;
    qint64 pid = 0;
    Control control;
    bool hasTrueNas = false;
    TrueNas truenas;
    QList<Host> hosts;

    const Host* host(const QString& name) const
    {
        for (const auto& h : hosts)
            if (h.name == name)
                return &h;
        return nullptr;
    }

    static Result<LabEndpoints> load(const QString& stateDir);
};

} // namespace mpio
