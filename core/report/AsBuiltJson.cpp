#include "core/report/AsBuiltJson.h"

#include "core/checks/JumboCellJson.h"
#include "core/log/Redactor.h"
#include "core/model/SiteJson.h"
#include "core/validation/FindingJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mpio {

QJsonObject AsBuiltJson::toJson(const AsBuiltData& d)
{
    QJsonArray hosts;
    for (const auto& h : d.hosts)
        hosts.append(QJsonObject{{QStringLiteral("name"), h.name},
                                 {QStringLiteral("version"), h.version},
                                 {QStringLiteral("iqn"), h.iqn},
                                 {QStringLiteral("binding"), h.bindingDecision},
                                 {QStringLiteral("claimRule"), h.claimRule},
                                 {QStringLiteral("devicePolicy"), h.devicePolicy}});
    QJsonArray jumbo;
    for (const JumboCell& c : d.jumbo)
        jumbo.append(mpio::toJson(c));
    QJsonArray shares;
    for (const auto& s : d.shares)
        shares.append(QJsonObject{{QStringLiteral("host"), s.host},
                                  {QStringLiteral("device"), s.device},
                                  {QStringLiteral("path"), s.path},
                                  {QStringLiteral("state"), s.state},
                                  {QStringLiteral("iops"), s.iops},
                                  {QStringLiteral("share"), s.share}});
    QJsonArray decisions;
    for (const PlanDecision& dec : d.decisions)
        decisions.append(QJsonObject{{QStringLiteral("id"), dec.id},
                                     {QStringLiteral("rule"), dec.ruleId},
                                     {QStringLiteral("title"), dec.title},
                                     {QStringLiteral("text"), dec.text}});
    QJsonArray changes;
    for (const auto& c : d.changes)
        changes.append(QJsonObject{{QStringLiteral("at"), c.at.toString(Qt::ISODateWithMs)},
                                   {QStringLiteral("side"), c.side},
                                   {QStringLiteral("host"), c.host},
                                   {QStringLiteral("description"), c.description},
                                   {QStringLiteral("command"), c.command},
                                   {QStringLiteral("status"), c.status}});
    QJsonObject o{{QStringLiteral("schema"), QStringLiteral("mpio-report/1")},
                  {QStringLiteral("productVersion"), d.productVersion},
                  {QStringLiteral("generatedAt"), d.generatedAt.toString(Qt::ISODate)},
                  {QStringLiteral("site"), SiteJson::toJson(d.site)},
                  {QStringLiteral("truenas"), QJsonObject{{QStringLiteral("version"), d.truenasVersion},
                                                          {QStringLiteral("pool"), d.poolSummary},
                                                          {QStringLiteral("objects"), d.truenasObjects}}},
                  {QStringLiteral("hosts"), hosts},
                  {QStringLiteral("jumbo"), jumbo},
                  {QStringLiteral("verification"), QJsonArray::fromStringList(d.verification)},
                  {QStringLiteral("shares"), shares},
                  {QStringLiteral("findings"), FindingJson::toJson(d.findings)},
                  {QStringLiteral("decisions"), decisions},
                  {QStringLiteral("journal"), d.journalPath},
                  {QStringLiteral("changes"), changes}};
    if (d.failoverRan)
        o.insert(QStringLiteral("failover"), d.failover.toJson());
    // Same last line of defence as the HTML: anything registered as a secret is masked.
    const QByteArray redacted =
        Redactor::redact(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))).toUtf8();
    return QJsonDocument::fromJson(redacted).object();
}

} // namespace mpio
