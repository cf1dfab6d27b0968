#include "core/esxi/text/NmpDeviceListText.h"

#include "core/esxi/text/EsxcliTextRecords.h"

#include <QRegularExpression>

namespace mpio::esxi {

QList<EsxiSnapshot::Device> parseNmpDeviceList(const QString& text)
{
    static const QRegularExpression policy(QStringLiteral("\\bpolicy=(\\w+)"));
    static const QRegularExpression iops(QStringLiteral("\\biops=(\\d+)"));
    QList<EsxiSnapshot::Device> devices;
    for (const TextRecord& r : splitTextRecords(text)) {
        if (!r.has(u"Storage Array Type") && !r.has(u"Path Selection Policy"))
            continue; // not a device record
        EsxiSnapshot::Device d;
        d.id = r.header;
        d.displayName = r.value(u"Device Display Name");
        d.satp = r.value(u"Storage Array Type");
        d.psp = r.value(u"Path Selection Policy");
        d.pspConfig = r.value(u"Path Selection Policy Device Config");
        const QString satpConfig = r.value(u"Storage Array Type Device Config");
        // ALUA-capable devices report target port groups (TPG_id/TPG_state) in the SATP config.
        d.alua = d.satp == QLatin1String("VMW_SATP_ALUA") || satpConfig.contains(QLatin1String("TPG_id"));
        if (d.psp == QLatin1String("VMW_PSP_RR")) {
            const auto p = policy.match(d.pspConfig);
            d.rrType = p.hasMatch() ? p.captured(1) : QString();
            if (const auto n = iops.match(d.pspConfig); n.hasMatch())
                d.rrIops = n.captured(1).toInt();
        }
        const QString working = r.value(u"Working Paths");
        for (const QString& p : working.split(u',', Qt::SkipEmptyParts))
            if (!p.trimmed().isEmpty())
                d.workingPaths.append(p.trimmed());
        devices.append(d);
    }
    return devices;
}

} // namespace mpio::esxi
