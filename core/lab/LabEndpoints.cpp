#include "core/lab/LabEndpoints.h"

#include "core/log/Redactor.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mpio {

Result<LabEndpoints> LabEndpoints::load(const QString& stateDir)
{
    const QString path = stateDir + QStringLiteral("/endpoints.json");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(QStringLiteral("lab.endpoints"),
                           QCoreApplication::translate("mpio::LabEndpoints",
                                                       "No running lab found in %1 (%2). Start it with "
                                                       "mpio-lab --scenario FILE --state-dir %1.")
                               .arg(stateDir, file.errorString()));
    QJsonParseError err;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &err).object();
    if (err.error != QJsonParseError::NoError || root.isEmpty())
        return Error::make(QStringLiteral("lab.endpoints"),
                           QCoreApplication::translate("mpio::LabEndpoints", "%1 is not a valid lab endpoints file.")
                               .arg(path));
    LabEndpoints e;
    const QJsonObject lab = root.value(QStringLiteral("lab")).toObject();
    e.scenario = lab.value(QStringLiteral("scenario")).toString();
    e.pid = qint64(lab.value(QStringLiteral("pid")).toDouble());
    const QJsonObject control = lab.value(QStringLiteral("control")).toObject();
    e.control.host = control.value(QStringLiteral("host")).toString();
    e.control.port = control.value(QStringLiteral("port")).toInt();
    if (root.contains(QStringLiteral("truenas"))) {
        const QJsonObject t = root.value(QStringLiteral("truenas")).toObject();
        e.hasTrueNas = true;
        e.truenas.name = t.value(QStringLiteral("name")).toString();
        e.truenas.host = t.value(QStringLiteral("host")).toString();
        e.truenas.port = t.value(QStringLiteral("port")).toInt();
        e.truenas.wsPort = t.value(QStringLiteral("wsPort")).toInt();
        e.truenas.apiUser = t.value(QStringLiteral("apiUser")).toString();
        e.truenas.apiKey = t.value(QStringLiteral("apiKey")).toString();
        e.truenas.certSha256 = t.value(QStringLiteral("certSha256")).toString();
        e.truenas.version = t.value(QStringLiteral("version")).toString();
        Redactor::add(e.truenas.apiKey);
    }
    for (const auto& v : root.value(QStringLiteral("hosts")).toArray()) {
        const QJsonObject h = v.toObject();
        Host host;
        host.name = h.value(QStringLiteral("name")).toString();
        host.host = h.value(QStringLiteral("host")).toString();
        host.port = h.value(QStringLiteral("port")).toInt();
        host.user = h.value(QStringLiteral("user")).toString();
        host.password = h.value(QStringLiteral("password")).toString();
        host.hostKeySha256 = h.value(QStringLiteral("hostKeySha256")).toString();
        host.version = h.value(QStringLiteral("version")).toString();
        Redactor::add(host.password);
        e.hosts.append(host);
    }
    return e;
}

} // namespace mpio
