#include "core/checks/JumboCellJson.h"

#include "core/checks/JumboDiagnosis.h"

namespace mpio {

namespace {
QJsonObject ping(const PingOutcome& p)
{
    return {{QStringLiteral("ran"), p.ran},
            {QStringLiteral("sent"), p.sent},
            {QStringLiteral("received"), p.received},
            {QStringLiteral("avgRttMs"), p.avgRttMs},
            {QStringLiteral("error"), p.errorText}};
}
} // namespace

QJsonObject toJson(const JumboCell& c)
{
    return {{QStringLiteral("host"), c.host},
            {QStringLiteral("vmk"), c.vmk},
            {QStringLiteral("vmkPath"), c.vmkPath},
            {QStringLiteral("portal"), c.portalIp},
            {QStringLiteral("portalPath"), c.portalPath},
            {QStringLiteral("jumbo"), ping(c.jumbo)},
            {QStringLiteral("small"), ping(c.small)},
            {QStringLiteral("verdict"), JumboDiagnosis::toString(c.verdict)},
            {QStringLiteral("rule"), c.ruleId},
            {QStringLiteral("diagnosis"), c.diagnosis}};
}

} // namespace mpio
