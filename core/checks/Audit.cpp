#include "core/checks/Audit.h"

#include "core/checks/SiteInference.h"
#include "core/plan/JumboGateStep.h"
#include "core/validation/FindingJson.h"
#include "core/validation/RuleCatalog.h"
#include "core/validation/SiteValidator.h"

#include <QCoreApplication>

#include <QJsonArray>
#include <algorithm>

namespace mpio {

namespace {

// Which rule a failed verification check breaks.
const char* ruleOf(const QString& what)
{
    if (what == QLatin1String("policy"))
        return "PSP-RR-IOPS";
    if (what == QLatin1String("claim-rule"))
        return "PSP-RULE";
    return "NET-HOST-PATHS"; // paths, sessions: every host reaches the target on every path
}

} // namespace

bool AuditResult::clean() const
{
    // Advisory warnings (TN-SLOG, …) are reported but do not fail the audit: the multipath setup can be
    // exactly right on a pool without a SLOG. Differences from the desired state and errors do.
    if (differences > 0)
        return false;
    return std::none_of(findings.cbegin(), findings.cend(),
                        [](const Finding& f) { return f.severity == Severity::Error; });
}

QJsonObject AuditResult::toJson() const
{
    QJsonArray checks;
    for (const VerificationCheck& c : verification.checks)
        checks.append(QJsonObject{{QStringLiteral("host"), c.host},
                                  {QStringLiteral("device"), c.device},
                                  {QStringLiteral("what"), c.what},
                                  {QStringLiteral("passed"), c.passed},
                                  {QStringLiteral("detail"), c.detail}});
    QJsonArray paths;
    for (const PathSpec& p : site.paths)
        paths.append(QJsonObject{{QStringLiteral("name"), p.name},
                                 {QStringLiteral("subnet"), p.subnet},
                                 {QStringLiteral("mtu"), p.mtu},
                                 {QStringLiteral("truenasNic"), p.truenasNic},
                                 {QStringLiteral("truenasIp"), p.truenasIp}});
    return QJsonObject{{QStringLiteral("clean"), clean()},
                       {QStringLiteral("inferred"), inferred},
                       {QStringLiteral("differences"), differences},
                       {QStringLiteral("paths"), paths},
                       {QStringLiteral("findings"), FindingJson::toJson(findings)},
                       {QStringLiteral("verification"), checks}};
}

QString AuditResult::toText() const
{
    QString out = inferred ? tr("Audit of the discovered site (no profile: %1 path(s) inferred from the "
                                "portals and vmks)\n")
                                 .arg(site.paths.size())
                           : tr("Audit of the site against profile %1\n").arg(site.name);
    for (const PathSpec& p : site.paths)
        out += tr("  path %1: %2, TrueNAS %3 %4, MTU %5\n")
                   .arg(p.name, p.subnet, p.truenasNic, p.truenasIp)
                   .arg(p.mtu);
    out += findings.isEmpty() ? tr("\nNo findings: the site follows every rule checked.\n")
                              : QStringLiteral("\n") + FindingJson::toText(findings);
    return out;
}

AuditResult Audit::run(const Planner::Input& input, bool withProfile)
{
    AuditResult r;
    r.inferred = !withProfile;
    r.site = withProfile ? input.site : SiteInference::infer(input);
    Planner::Input in = input;
    in.site = r.site;

    if (r.inferred && r.site.paths.isEmpty())
        r.findings.append(RuleCatalog::make(
            "NET-PATH-COUNT", QStringLiteral("truenas"),
            tr("No iSCSI path found: TrueNAS has no portal and no storage interface with a static address."),
            tr("Set up the paths with the wizard, or audit with a profile.")));
    r.findings += SiteValidator::validate(r.site);

    const Plan plan = Planner::make(in);
    r.findings += plan.findings;
    for (const Operation& op : plan.operations) {
        if (op.id == QLatin1String(JumboGateStep::kId))
            continue;
        ++r.differences;
        // A planned change is a difference from the desired state; the fix is the exact command.
        r.findings.append(Finding{op.ruleId.isEmpty() ? QStringLiteral("PLAN-DIFF") : op.ruleId,
                                  Severity::Warning,
                                  tr("Not as it should be: %1 is still to do.").arg(op.description),
                                  tr("Run: %1").arg(op.action.text()), op.id, QString()});
    }

    // TN-SLOG: sync=always on a pool without a log device makes every write wait for the data disks.
    for (const auto& z : in.truenas.zvols)
        if (z.name == r.site.storage.zvol &&
            z.sync.compare(QLatin1String("ALWAYS"), Qt::CaseInsensitive) == 0)
            for (const auto& pool : in.truenas.pools)
                if (pool.name == z.pool && !pool.hasSlog)
                    r.findings.append(RuleCatalog::make(
                        "TN-SLOG", QStringLiteral("truenas/pool/%1").arg(pool.name),
                        tr("Zvol %1 has sync=always and pool %2 has no SLOG device.").arg(z.name, pool.name),
                        tr("Add a power-loss-protected log vdev, or accept slower writes.")));

    r.verification = Verification::run(in);
    for (const VerificationCheck& c : r.verification.checks)
        if (!c.passed)
            r.findings.append(RuleCatalog::make(
                ruleOf(c.what), Severity::Error,
                c.device.isEmpty() ? c.host : c.host + QLatin1Char('/') + c.device, c.detail,
                tr("Apply the profile with mpioctl apply (or the wizard), then verify again.")));
    return r;
}

} // namespace mpio
