#include "core/checks/JumboDiagnosis.h"

#include "core/validation/RuleCatalog.h"

#include <QCoreApplication>

namespace mpio {

QString JumboDiagnosis::toString(JumboCell::Verdict v)
{
    switch (v) {
    case JumboCell::Verdict::Pending:
        return QStringLiteral("pending");
    case JumboCell::Verdict::Pass:
        return QStringLiteral("pass");
    case JumboCell::Verdict::Warn:
        return QStringLiteral("warn");
    case JumboCell::Verdict::Fail:
        return QStringLiteral("fail");
    }
    return {};
}

void JumboDiagnosis::diagnose(JumboCell& c, int mtu)
{
    const int payload = mtu - 28;
    const PingOutcome& j = c.jumbo;
    if (!j.ran) {
        c.verdict = JumboCell::Verdict::Pending;
        return;
    }
    if (!c.samePath()) {
        // MTU-CROSS-PATH: non-routed storage paths must not reach each other.
        c.ruleId = QStringLiteral("MTU-CROSS-PATH");
        if (j.anyReply() || c.small.anyReply()) { // small frames answering is enough to share a failure
            c.verdict = JumboCell::Verdict::Warn;
            c.diagnosis = tr("%1 (path %2) reaches %3 of path %4: the paths are not isolated, so one failure "
                             "can affect both. Check VLANs and routing between the storage networks.")
                              .arg(c.vmk, c.vmkPath, c.portalIp, c.portalPath);
        } else {
            c.verdict = JumboCell::Verdict::Pass;
            c.diagnosis = tr("No answer across paths, as expected on isolated storage networks.");
        }
        return;
    }
    c.ruleId = QStringLiteral("MTU-JUMBO-CHECK");
    if (j.anyReply()) {
        if (j.received < j.sent) {
            c.verdict = JumboCell::Verdict::Warn;
            c.diagnosis =
                tr("%1 of %2 jumbo frames from %3 to %4 came back: a flapping link or an overloaded "
                   "port. Check the cabling and the switch port counters.")
                    .arg(j.received)
                    .arg(j.sent)
                    .arg(c.vmk, c.portalIp);
        } else {
            c.verdict = JumboCell::Verdict::Pass;
            c.diagnosis =
                tr("%1-byte frames pass from %2 to %3 (%4 ms).")
                    .arg(payload + 28)
                    .arg(c.vmk, c.portalIp)
                    .arg(j.avgRttMs >= 0 ? QString::number(j.avgRttMs, 'f', 3) : QStringLiteral("?"));
        }
        return;
    }
    c.verdict = JumboCell::Verdict::Fail;
    c.ruleId = QStringLiteral("MTU-DIAGNOSIS");
    switch (j.error) {
    case PingOutcome::Error::MessageTooLong:
        c.diagnosis =
            tr("“Message too long”: %1 itself (or its vSwitch) has an MTU below %2. Set the vmk and its "
               "vSwitch to MTU %2 on %3.")
                .arg(c.vmk)
                .arg(mtu)
                .arg(c.host);
        return;
    case PingOutcome::Error::HostDown:
        c.diagnosis =
            tr("“Host is down”: no ARP answer from %1. Check the cable of %2's uplink, the switch port "
               "and VLAN, that %1 is configured on the TrueNAS NIC of path %3, and the subnet.")
                .arg(c.portalIp, c.vmk, c.portalPath);
        return;
    case PingOutcome::Error::NetworkUnreachable:
        c.diagnosis =
            tr("“Network is unreachable”: %1 has no route to %2. Check %1's IP address and netmask: "
               "it must be in path %3's subnet.")
                .arg(c.vmk, c.portalIp, c.vmkPath);
        return;
    case PingOutcome::Error::Other:
    case PingOutcome::Error::None:
        break;
    }
    if (c.small.anyReply())
        c.diagnosis =
            tr("Small frames (1500) pass but jumbo frames are lost silently: a switch port on path %1 "
               "or the TrueNAS NIC drops frames above 1500. Set the switch ports to 9216 (or at "
               "least 9000 + headers) and the TrueNAS NIC to %2.")
                .arg(c.vmkPath)
                .arg(mtu);
    else if (c.small.ran)
        c.diagnosis = tr("Neither jumbo nor normal frames reach %1 from %2: the path is down (cable, switch, "
                         "VLAN, or TrueNAS interface).")
                          .arg(c.portalIp, c.vmk);
    else
        c.diagnosis = tr("Jumbo frames from %1 to %2 are lost%3.")
                          .arg(c.vmk, c.portalIp,
                               j.errorText.isEmpty() ? QString()
                                                     : QStringLiteral(" (") + j.errorText + QLatin1Char(')'));
}

bool JumboDiagnosis::gate(const QList<JumboCell>& cells, Findings* findings)
{
    bool passed = !cells.isEmpty();
    for (const JumboCell& c : cells) {
        const QString field = c.host + QLatin1Char('/') + c.vmk + QStringLiteral("→") + c.portalIp;
        if (c.samePath() && c.verdict != JumboCell::Verdict::Pass && c.verdict != JumboCell::Verdict::Warn)
            passed = false;
        if (!findings)
            continue;
        if (c.verdict == JumboCell::Verdict::Fail)
            findings->append(
                RuleCatalog::make("MTU-JUMBO-CHECK", field, c.diagnosis,
                                  tr("Fix the hop named above, then run the jumbo check again.")));
        else if (c.verdict == JumboCell::Verdict::Warn)
            findings->append(RuleCatalog::make(c.samePath() ? "MTU-JUMBO-CHECK" : "MTU-CROSS-PATH",
                                               Severity::Warning, field, c.diagnosis,
                                               tr("Review the network between the paths.")));
        else if (c.verdict == JumboCell::Verdict::Pending && c.samePath())
            findings->append(RuleCatalog::make("MTU-JUMBO-CHECK", field, tr("This path was not checked."),
                                               tr("Run the jumbo check.")));
    }
    return passed;
}

} // namespace mpio
