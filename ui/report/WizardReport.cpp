#include "ui/report/WizardReport.h"

#include "core/checks/JumboDiagnosis.h"
#include "core/checks/Verification.h"
#include "core/monitor/IopsMonitor.h"
#include "core/plan/JournalReader.h"
#include "core/report/AsBuiltJournal.h"
#include "core/report/HtmlReport.h"
#include "core/site/SiteConnection.h"
#include "core/validation/RuleCatalog.h"
#include "ui/report/PdfExport.h"
#include "ui/wizard/WizardDraft.h"

#include <QSaveFile>

namespace mpio::ui {

AsBuiltData WizardReport::gather(const WizardDraft& draft, const IopsMonitor* monitor)
{
    AsBuiltData data;
    data.productVersion = QStringLiteral(MPIO_VERSION);
    data.generatedAt = QDateTime::currentDateTimeUtc();
    data.site = draft.site;
    if (const SiteConnection* site = draft.connection()) {
        const Planner::Input in = site->input();
        data.truenasVersion = in.truenas.version;
        QStringList pools;
        for (const auto& p : in.truenas.pools)
            pools << QStringLiteral("%1 (%2)").arg(p.name, p.status);
        data.poolSummary = pools.join(QStringLiteral(", "));
        for (const HostSpec& h : draft.site.hosts) {
            const EsxiSnapshot snap = in.hosts.value(h.name);
            AsBuiltData::HostFacts facts;
            facts.name = h.name;
            facts.version = snap.product.isEmpty() ? snap.version : snap.product;
            facts.iqn = snap.iscsi.iqn;
            for (const auto& rule : snap.satpRules)
                if (rule.vendor == QLatin1String("TrueNAS"))
                    facts.claimRule = QStringLiteral("%1 %2 “%3” → %4 %5")
                                          .arg(rule.satp, rule.vendor, rule.model, rule.psp, rule.pspOptions);
            QStringList policies;
            for (const auto& d : snap.devices)
                if (d.vendor == QLatin1String("TrueNAS"))
                    policies << (d.psp == QLatin1String("VMW_PSP_RR")
                                     ? QStringLiteral("%1, iops=%2").arg(d.psp).arg(d.rrIops)
                                     : d.psp);
            policies.removeDuplicates();
            facts.devicePolicy = policies.join(QStringLiteral("; "));
            data.hosts << facts;
        }
        // The connection was read afresh by the Verify page (after the apply): the same checks as there.
        if (!draft.journalPath.isEmpty())
            for (const VerificationCheck& c : Verification::run(in).checks)
                data.verification << QStringLiteral("[%1] %2 %3 %4: %5")
                                         .arg(c.passed ? QStringLiteral("pass") : QStringLiteral("FAIL"),
                                              c.host, c.device, c.what, c.detail);
    }
    data.failoverRan = draft.failoverRan;
    data.failover = draft.failover;
    if (monitor)
        for (const DeviceShareResult& d : monitor->latestShares())
            for (const PathShare& p : d.paths)
                data.shares << AsBuiltData::PathShareFigure{d.host,  d.device, p.path,
                                                            p.state, p.iops,   p.share};
    if (!draft.journalPath.isEmpty())
        if (const auto journal = JournalReader::load(draft.journalPath))
            AsBuiltJournal::addTo(data, *journal);
    data.jumbo = draft.jumboCells;
    if (!data.jumbo.isEmpty() && !JumboDiagnosis::gate(data.jumbo, &data.findings) && draft.jumboOverridden)
        data.findings.append(RuleCatalog::make(
            "MTU-JUMBO-CHECK", Severity::Warning, QStringLiteral("jumbo"),
            tr("The jumbo check did not pass and the setup continued with the explicit override."),
            tr("Fix the hops named in the jumbo matrix and run `mpioctl check-jumbo` again.")));
    return data;
}

Status WizardReport::exportTo(const AsBuiltData& data, const QString& path)
{
    const QString html = HtmlReport::render(data);
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return PdfExport::write(html, path, tr("As-built report: %1").arg(data.site.name));
    const QByteArray bytes = html.toUtf8();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return Error::make(QStringLiteral("report.io"), tr("Cannot write %1.").arg(path), out.errorString());
    return Status();
}

} // namespace mpio::ui
