#pragma once

#include "core/common/Result.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <functional>

namespace mpio {

// Client of mpio-lab's control protocol (app/lab/ENDPOINTS.md): one JSON request line, one JSON reply line,
// one short TCP connection per request on 127.0.0.1. Used by the failover test to inject faults in the lab
// and by integration tests to compare world states.
class LabControlClient : public QObject
{
    Q_OBJECT
public:
    LabControlClient(QString host, int port, QObject* parent = nullptr);

    // Answers exactly once, on this object's thread, with the reply's "result" or an Error
    // ("lab.control" with the lab's own error text, or "lab.connection").
    void send(const QString& action, const QJsonObject& args, std::function<void(Result<QJsonObject>)> done,
              int timeoutMs = 10000);

private:
    QString m_host;
    int m_port;
};

} // namespace mpio
