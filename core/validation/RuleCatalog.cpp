#include "core/validation/RuleCatalog.h"

#include <QCoreApplication>

namespace mpio {

QString toString(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

bool hasErrors(const Findings& findings)
{
    return countOf(findings, Severity::Error) > 0;
}

int countOf(const Findings& findings, Severity severity)
{
    int n = 0;
    for (const auto& f : findings)
        n += f.severity == severity ? 1 : 0;
    return n;
}

const QList<Rule>& RuleCatalog::all()
{
    using S = Severity;
    static const QList<Rule> rules = {
        // §1 Topology
        {"NET-PATH-COUNT", S::Error, QT_TRANSLATE_NOOP("mpio::Rules", "Two to four storage paths"),
         "seed article; product scope"},
        {"NET-TWO-SUBNETS", S::Error, QT_TRANSLATE_NOOP("mpio::Rules", "One subnet per path"),
         "TrueNAS networking docs; truenas-api.md §5"},
        {"NET-SUBNET-OVERLAP", S::Error, QT_TRANSLATE_NOOP("mpio::Rules", "Subnets must not overlap"),
         "IPv4 addressing"},
        {"NET-IP-IN-SUBNET", S::Error,
         QT_TRANSLATE_NOOP("mpio::Rules", "Addresses inside their path's subnet, unique"), "IPv4 addressing"},
        {"NET-SUBNET-CAPACITY", S::Error,
         QT_TRANSLATE_NOOP("mpio::Rules", "Subnet large enough for TrueNAS and all hosts"), "arithmetic"},
        {"NET-SWITCH-PER-PATH", S::Warning, QT_TRANSLATE_NOOP("mpio::Rules", "One physical switch per path"),
         "seed article (Core-A / Core-B)"},
        {"NET-UPLINK-PER-PATH", S::Error,
         QT_TRANSLATE_NOOP("mpio::Rules", "No shared uplink or NIC between paths"), "seed article"},
        {"NET-NO-LACP", S::Error, QT_TRANSLATE_NOOP("mpio::Rules", "No link aggregation on storage uplinks"),
         "seed article; VMware KB 2038869"},
        {"NET-STATIC-PORTAL-IP", S::Error, QT_TRANSLATE_NOOP("mpio::Rules", "Portal IPs are static aliases"),
         "truenas-api.md §3.2"},
        {"NET-NO-WILDCARD-PORTAL", S::Error, QT_TRANSLATE_NOOP("mpio::Rules", "No 0.0.0.0 portal"),
         "truenas-api.md §3.5 (SCST SendTargets)"},
        {"NET-HOST-PATHS", S::Error, QT_TRANSLATE_NOOP("mpio::Rules", "Every host has one vmk per path"),
         "product design"},
        {"NET-UNIQUE", S::Error, QT_TRANSLATE_NOOP("mpio::Rules", "Names and addresses are unique"),
         "product design"},
        // §2 MTU
        {"MTU-RANGE", S::Error, QT_TRANSLATE_NOOP("mpio::Rules", "MTU between 1280 and 9000"),
         "ESXi vmk/vSwitch limits; esxi-esxcli.md §2"},
        {"MTU-END-TO-END", S::Error, QT_TRANSLATE_NOOP("mpio::Rules", "The same MTU on every hop of a path"),
         "seed article; esxi-esxcli.md §2, §3"},
        {"MTU-VSWITCH-GE-VMK", S::Error, QT_TRANSLATE_NOOP("mpio::Rules", "vSwitch MTU at least the vmk MTU"),
         "VMware vSphere Networking docs"},
        {"MTU-JUMBO-CHECK", S::Error, QT_TRANSLATE_NOOP("mpio::Rules", "Jumbo frames pass on every path"),
         "seed article; esxi-esxcli.md §3"},
        {"MTU-DIAGNOSIS", S::Info, QT_TRANSLATE_NOOP("mpio::Rules", "What a failed vmkping means"),
         "esxi-esxcli.md §3.3"},
        {"MTU-CROSS-PATH", S::Warning, QT_TRANSLATE_NOOP("mpio::Rules", "Paths are isolated from each other"),
         "non-routed storage networks"},
        // §3 ESXi networking
        {"ESX-ONE-ACTIVE-UPLINK", S::Error,
         QT_TRANSLATE_NOOP("mpio::Rules", "One active uplink per iSCSI vmk"),
         "esxi-esxcli.md §2.2; VMware KB 2045040"},
        {"ESX-BINDING-SAME-SUBNET", S::Error,
         QT_TRANSLATE_NOOP("mpio::Rules", "Port binding only within one subnet"),
         "VMware KB 2038869; vSphere Storage guide"},
        {"ESX-STATIC-DISCOVERY", S::Info, QT_TRANSLATE_NOOP("mpio::Rules", "Static targets per portal IP"),
         "seed article"},
        {"ESX-SAME-SUBNET-NO-BIND", S::Error,
         QT_TRANSLATE_NOOP("mpio::Rules", "Same-subnet vmks need binding"), "Broadcom KB 323116"},
        {"ESX-VMK0-MANAGEMENT", S::Error,
         QT_TRANSLATE_NOOP("mpio::Rules", "vmk0 is the management interface"), "ESXi default"},
        {"ESX-LOGIN-TIMEOUT", S::Info, QT_TRANSLATE_NOOP("mpio::Rules", "iSCSI login timeout"),
         "storage vendor guides"},
        {"ESX-DELAYED-ACK", S::Info, QT_TRANSLATE_NOOP("mpio::Rules", "Delayed ACK"), "VMware KB 1002598"},
        {"ESX-SSH-LOCKOUT", S::Error, QT_TRANSLATE_NOOP("mpio::Rules", "No automatic password retries"),
         "esxi-esxcli.md §8.4"},
        {"ESX-FREE-LICENSE", S::Info, QT_TRANSLATE_NOOP("mpio::Rules", "SSH and esxcli work on free ESXi"),
         "VMware licensing"},
        // §4 Multipathing policy
        {"PSP-DETECT-SATP", S::Error, QT_TRANSLATE_NOOP("mpio::Rules", "Claim rule for the SATP that claims"),
         "truenas-api.md §8; esxi-esxcli.md §5.4"},
        {"PSP-NO-FORCED-ALUA", S::Error, QT_TRANSLATE_NOOP("mpio::Rules", "No forced ALUA for non-ALUA LUNs"),
         "esxi-esxcli.md §5.4"},
        {"PSP-RULE", S::Info, QT_TRANSLATE_NOOP("mpio::Rules", "Round Robin claim rule"),
         "esxi-esxcli.md §5.4"},
        {"PSP-RULE-NEW-DEVICES-ONLY", S::Warning,
         QT_TRANSLATE_NOOP("mpio::Rules", "Claim rules affect new devices only"), "esxi-esxcli.md §5.4"},
        {"PSP-RR-IOPS", S::Warning, QT_TRANSLATE_NOOP("mpio::Rules", "Round Robin with iops=1"),
         "seed article; VMware KB 2069356"},
        {"PSP-MODEL-CUSTOM", S::Warning, QT_TRANSLATE_NOOP("mpio::Rules", "Custom extent product id"),
         "truenas-api.md §3.6"},
        // §5 TrueNAS
        {"TN-ONE-PORTAL", S::Info, QT_TRANSLATE_NOOP("mpio::Rules", "One portal with all path IPs"),
         "seed article"},
        {"TN-INITIATORS", S::Error,
         QT_TRANSLATE_NOOP("mpio::Rules", "Every host's IQN in the initiator group"), "truenas-api.md §3.5"},
        {"TN-ZVOL", S::Error, QT_TRANSLATE_NOOP("mpio::Rules", "zvol properties for VMware"),
         "seed article; truenas-api.md §4.1, §8"},
        {"TN-SLOG", S::Warning, QT_TRANSLATE_NOOP("mpio::Rules", "sync=always wants a SLOG"),
         "seed article; truenas-api.md §4.3"},
        {"TN-CHAP-BOTH-SIDES", S::Error, QT_TRANSLATE_NOOP("mpio::Rules", "CHAP on both sides or none"),
         "seed article; truenas-api.md §3.4"},
        {"TN-API-KEY-TLS", S::Error, QT_TRANSLATE_NOOP("mpio::Rules", "API keys only over TLS"),
         "truenas-api.md §2.2"},
        {"TN-RATE-LIMIT", S::Error, QT_TRANSLATE_NOOP("mpio::Rules", "No login loops"),
         "truenas-api.md §1, §9"},
        {"TN-NET-CHECKIN", S::Warning, QT_TRANSLATE_NOOP("mpio::Rules", "Network changes need a check-in"),
         "truenas-api.md §5"},
        {"TN-SERVICE", S::Info, QT_TRANSLATE_NOOP("mpio::Rules", "iSCSI service enabled and started"),
         "truenas-api.md §3.8"},
        {"TN-BACKUP-PATH", S::Info, QT_TRANSLATE_NOOP("mpio::Rules", "MPIO does not cover backup traffic"),
         "seed article"},
        // Names typed by the user
        {"NAME-GRAMMAR", S::Error, QT_TRANSLATE_NOOP("mpio::Rules", "Names follow the system's grammar"),
         "ESXi and TrueNAS naming rules"},
    };
    return rules;
}

const Rule* RuleCatalog::find(const QString& id)
{
    for (const auto& r : all())
        if (QLatin1String(r.id) == id)
            return &r;
    return nullptr;
}

Finding RuleCatalog::make(const char* id, QString field, QString message, QString fix)
{
    const Rule* rule = find(QString::fromLatin1(id));
    Q_ASSERT_X(rule, "RuleCatalog::make", id);
    return make(id, rule ? rule->severity : Severity::Error, std::move(field), std::move(message),
                std::move(fix));
}

Finding RuleCatalog::make(const char* id, Severity severity, QString field, QString message, QString fix)
{
    const Rule* rule = find(QString::fromLatin1(id));
    return Finding{QLatin1String(id), severity,         std::move(message),
                   std::move(fix),    std::move(field), rule ? QLatin1String(rule->source) : QString()};
}

} // namespace mpio
