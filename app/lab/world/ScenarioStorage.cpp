#include "app/lab/world/ScenarioStorage.h"

#include <QJsonArray>
#include <algorithm>

namespace mpio::lab {

ScenarioStorage::ScenarioStorage(const StorageSpec& spec)
    : m_spec(spec)
{}

QList<StorageNic> ScenarioStorage::nics() const
{
    return m_spec.nics;
}

bool ScenarioStorage::iscsiServiceRunning() const
{
    return m_spec.serviceRunning;
}

int ScenarioStorage::iscsiPort() const
{
    return m_spec.port;
}

bool ScenarioStorage::initiatorAllowed(const QString& iqn) const
{
    return m_spec.allowedInitiators.isEmpty() || m_spec.allowedInitiators.contains(iqn);
}

bool ScenarioStorage::isPortal(const QString& ip) const
{
    if (!m_spec.portalIps.isEmpty())
        return m_spec.portalIps.contains(ip);
    for (const StorageNic& n : m_spec.nics)
        if (n.ipv4 == ip)
            return true;
    return false;
}

QList<QPair<QString, QStringList>> ScenarioStorage::sendTargets(const QString& initiatorIqn,
                                                                const QString& portalIp) const
{
    if (!m_spec.serviceRunning || !isPortal(portalIp) || !initiatorAllowed(initiatorIqn))
        return {};
    QStringList addrs;
    for (const StorageNic& n : m_spec.nics)
        if (!n.ipv4.isEmpty() && isPortal(n.ipv4))
            addrs.append(n.ipv4 + QLatin1Char(':') + QString::number(m_spec.port));
    return {qMakePair(m_spec.targetIqn, addrs)};
}

LoginResult ScenarioStorage::login(const LoginRequest& r)
{
    LoginResult res;
    if (!m_spec.serviceRunning || !isPortal(r.portalIp) || r.portalPort != m_spec.port) {
        res.reason = QStringLiteral("no portal");
        return res;
    }
    if (r.targetIqn != m_spec.targetIqn) {
        res.reason = QStringLiteral("target not found");
        return res;
    }
    if (!initiatorAllowed(r.initiatorIqn)) {
        res.reason = QStringLiteral("authorization failure");
        return res;
    }
    res.ok = true;
    res.luns = m_spec.luns;
    m_sessions.insert(r.initiatorIqn + QLatin1Char('|') + r.portalIp + QLatin1Char('|') + r.targetIqn);
    return res;
}

void ScenarioStorage::logout(const QString& initiatorIqn, const QString& portalIp, const QString& targetIqn)
{
    m_sessions.remove(initiatorIqn + QLatin1Char('|') + portalIp + QLatin1Char('|') + targetIqn);
}

QJsonObject ScenarioStorage::dumpState() const
{
    QJsonArray nics;
    for (const StorageNic& n : m_spec.nics)
        nics.append(QJsonObject{{QStringLiteral("name"), n.name},
                                {QStringLiteral("ipv4"), n.ipv4},
                                {QStringLiteral("prefix"), n.prefix},
                                {QStringLiteral("mtu"), n.mtu},
                                {QStringLiteral("linkUp"), n.linkUp}});
    QJsonArray luns;
    for (const StorageLun& l : m_spec.luns)
        luns.append(QJsonObject{{QStringLiteral("lunId"), l.lunId},
                                {QStringLiteral("naa"), l.naa},
                                {QStringLiteral("sizeBytes"), double(l.sizeBytes)}});
    QStringList sessions(m_sessions.cbegin(), m_sessions.cend());
    std::sort(sessions.begin(), sessions.end());
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("scenario")},
                       {QStringLiteral("name"), m_spec.name},
                       {QStringLiteral("targetIqn"), m_spec.targetIqn},
                       {QStringLiteral("serviceRunning"), m_spec.serviceRunning},
                       {QStringLiteral("nics"), nics},
                       {QStringLiteral("luns"), luns},
                       {QStringLiteral("sessions"), QJsonArray::fromStringList(sessions)}};
}

} // namespace mpio::lab
