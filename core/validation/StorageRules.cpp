// guidance.md §4 and §5 as far as the profile decides them: zvol properties, CHAP, TLS, PSP.
#include "core/model/ByteSize.h"
#include "core/validation/RuleCatalog.h"
#include "core/validation/SiteRules.h"

namespace mpio::SiteRules {

void checkStorage(const Context& ctx, Findings& out)
{
    const StorageSpec& st = ctx.site.storage;
    const int vbs = st.volblocksize;
    const bool vbsValid = vbs >= 4096 && vbs <= 131072 && (vbs & (vbs - 1)) == 0;
    if (!vbsValid)
        out.append(RuleCatalog::make(
            "TN-ZVOL", QStringLiteral("/storage/volblocksize"),
            Tr::tr("A volblocksize of %1 is not possible.").arg(ByteSize::format(quint64(vbs))),
            Tr::tr("Use a power of two from 4K to 128K; 16K suits mixed VM workloads.")));
    else if (vbs != 16384)
        out.append(
            RuleCatalog::make("TN-ZVOL", Severity::Warning, QStringLiteral("/storage/volblocksize"),
                              Tr::tr("volblocksize %1 differs from the recommended 16K for VM datastores.")
                                  .arg(ByteSize::format(quint64(vbs))),
                              Tr::tr("Use 16K unless you have measured a better size for your workload.")));
    if (st.sizeBytes == 0)
        out.append(RuleCatalog::make("TN-ZVOL", QStringLiteral("/storage/size"),
                                     Tr::tr("The zvol has no size."),
                                     Tr::tr("Enter a size such as 4T or 500G.")));
    else if (vbsValid && st.sizeBytes % quint64(vbs) != 0)
        out.append(
            RuleCatalog::make("TN-ZVOL", QStringLiteral("/storage/size"),
                              Tr::tr("The zvol size %1 is not a multiple of the volblocksize %2.")
                                  .arg(ByteSize::format(st.sizeBytes), ByteSize::format(quint64(vbs))),
                              Tr::tr("Round the size to a multiple of %1, for example %2.")
                                  .arg(ByteSize::format(quint64(vbs)),
                                       ByteSize::format((st.sizeBytes / quint64(vbs) + 1) * quint64(vbs)))));
    if (st.sync.toUpper() != QLatin1String("ALWAYS"))
        out.append(
            RuleCatalog::make("TN-ZVOL", QStringLiteral("/storage/sync"),
                              Tr::tr("sync=%1: TrueNAS would acknowledge writes before they are on stable "
                                     "storage, and VMDKs can be corrupted by a power loss.")
                                  .arg(st.sync.toLower()),
                              Tr::tr("Use sync=always (with a power-loss-protected SLOG for speed).")));
    if (st.compression.toUpper() != QLatin1String("LZ4"))
        out.append(
            RuleCatalog::make("TN-ZVOL", Severity::Warning, QStringLiteral("/storage/compression"),
                              Tr::tr("Compression %1 instead of LZ4.").arg(st.compression),
                              Tr::tr("LZ4 costs almost no CPU and usually saves space; use it unless you "
                                     "know better.")));
    if (st.logicalBlockSize != 512 && st.logicalBlockSize != 4096)
        out.append(RuleCatalog::make(
            "TN-ZVOL", QStringLiteral("/storage/logicalBlockSize"),
            Tr::tr("Logical block size %1 is not offered by TrueNAS.").arg(st.logicalBlockSize),
            Tr::tr("Use 512, which VMFS expects.")));
    else if (st.logicalBlockSize != 512)
        out.append(
            RuleCatalog::make("TN-ZVOL", Severity::Warning, QStringLiteral("/storage/logicalBlockSize"),
                              Tr::tr("Logical block size %1: VMFS datastores expect 512-byte logical blocks.")
                                  .arg(st.logicalBlockSize),
                              Tr::tr("Use 512 (the TrueNAS “VMware” preset).")));
}

void checkIscsiAndPolicy(const Context& ctx, Findings& out)
{
    const Site& s = ctx.site;
    if (!s.truenas.tls)
        out.append(RuleCatalog::make(
            "TN-API-KEY-TLS", QStringLiteral("/truenas/tls"),
            Tr::tr("The TrueNAS connection is set to plain HTTP: TrueNAS 25.04+ revokes an API "
                   "key the first time it is sent without TLS."),
            Tr::tr("Turn TLS on (wss://, port 443).")));
    if (s.iscsi.auth != AuthMode::None && s.iscsi.chapUser.isEmpty())
        out.append(RuleCatalog::make(
            "TN-CHAP-BOTH-SIDES", QStringLiteral("/iscsi/auth/user"),
            Tr::tr("CHAP is on but no CHAP user is set; ESXi and TrueNAS must use the same "
                   "user and secret, or paths go dead sporadically."),
            Tr::tr("Enter a CHAP user (the secret goes to the keychain), or turn CHAP off.")));
    if (s.iscsi.auth == AuthMode::MutualChap && s.iscsi.peerUser.isEmpty())
        out.append(RuleCatalog::make("TN-CHAP-BOTH-SIDES", QStringLiteral("/iscsi/auth/peerUser"),
                                     Tr::tr("Mutual CHAP needs the user TrueNAS presents to ESXi."),
                                     Tr::tr("Enter the mutual CHAP user, or use one-way CHAP.")));
    if (s.iscsi.auth == AuthMode::MutualChap && !s.iscsi.peerUser.isEmpty() &&
        s.iscsi.peerUser == s.iscsi.chapUser)
        out.append(RuleCatalog::make("TN-CHAP-BOTH-SIDES", Severity::Warning,
                                     QStringLiteral("/iscsi/auth/peerUser"),
                                     Tr::tr("The mutual CHAP user equals the CHAP user."),
                                     Tr::tr("Use different users for each direction.")));
    if (s.iscsi.initiatorSource == InitiatorSource::Listed && s.iscsi.initiators.isEmpty())
        out.append(RuleCatalog::make(
            "TN-INITIATORS", QStringLiteral("/iscsi/initiators"),
            Tr::tr("The initiator group is empty: TrueNAS treats an empty group as “allow "
                   "all”, and no host IQN is listed."),
            Tr::tr("List every ESXi host's IQN, or let the wizard read them from the hosts.")));
    if (s.iscsi.portalPort < 1025 || s.iscsi.portalPort > 65535)
        out.append(RuleCatalog::make("NAME-GRAMMAR", QStringLiteral("/iscsi/portalPort"),
                                     Tr::tr("Portal port %1 is outside 1025–65535.").arg(s.iscsi.portalPort),
                                     Tr::tr("Use 3260, the iSCSI default.")));

    if (s.policy.psp != QLatin1String("VMW_PSP_RR"))
        out.append(RuleCatalog::make(
            "PSP-RR-IOPS", QStringLiteral("/policy/psp"),
            Tr::tr("Path policy %1 uses one path at a time; the second path only waits.").arg(s.policy.psp),
            Tr::tr("Use VMW_PSP_RR (Round Robin).")));
    else if (s.policy.iops != 1)
        out.append(
            RuleCatalog::make("PSP-RR-IOPS", QStringLiteral("/policy/iops"),
                              Tr::tr("Round Robin switches paths every %1 I/Os (ESXi's default is 1000); "
                                     "latency-sensitive VMs see one path at a time.")
                                  .arg(s.policy.iops),
                              Tr::tr("Use iops=1 (VMware KB 2069356).")));
    if (s.policy.iops < 1 || s.policy.iops > 1000000)
        out.append(RuleCatalog::make("NAME-GRAMMAR", QStringLiteral("/policy/iops"),
                                     Tr::tr("iops=%1 is not accepted by ESXi.").arg(s.policy.iops),
                                     Tr::tr("Use a number from 1 to 1000000; 1 is recommended.")));
    const QString satp = s.policy.claimRuleSatp;
    if (satp == QLatin1String("VMW_SATP_ALUA"))
        out.append(RuleCatalog::make(
            "PSP-NO-FORCED-ALUA", Severity::Warning, QStringLiteral("/policy/claimRuleSatp"),
            Tr::tr("The claim rule is forced to VMW_SATP_ALUA. TrueNAS SCALE without HA reports no ALUA; "
                   "with such a "
                   "rule real ESXi hosts failed to claim the paths and every TrueNAS device disappeared."),
            Tr::tr("Keep “auto”: the plan reads the SATP that actually claims the TrueNAS device.")));
    else if (satp != QLatin1String("auto") && satp != QLatin1String("VMW_SATP_DEFAULT_AA"))
        out.append(
            RuleCatalog::make("PSP-DETECT-SATP", QStringLiteral("/policy/claimRuleSatp"),
                              Tr::tr("Unknown claim-rule SATP “%1”.").arg(satp),
                              Tr::tr("Use “auto”, VMW_SATP_DEFAULT_AA or VMW_SATP_ALUA (HA systems only).")));
}

} // namespace mpio::SiteRules
