#include "app/lab/world/LabIpv4.h"

#include <QStringList>

namespace mpio::lab {

std::optional<quint32> LabIpv4::parse(const QString& dotted)
{
    const QStringList parts = dotted.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return std::nullopt;
    quint32 v = 0;
    for (const QString& p : parts) {
        bool ok = false;
        const uint octet = p.toUInt(&ok);
        if (!ok || octet > 255 || p.isEmpty() || p.size() > 3)
            return std::nullopt;
        v = (v << 8) | octet;
    }
    return v;
}

std::optional<int> LabIpv4::prefixFromNetmask(const QString& netmask)
{
    const auto m = parse(netmask);
    if (!m)
        return std::nullopt;
    int prefix = 0;
    quint32 bits = *m;
    while (bits & 0x80000000u) {
        ++prefix;
        bits <<= 1;
    }
    if (bits != 0)
        return std::nullopt; // not contiguous
    return prefix;
}

QString LabIpv4::netmaskFromPrefix(int prefix)
{
    const quint32 m = prefix <= 0 ? 0 : (prefix >= 32 ? 0xffffffffu : ~((1u << (32 - prefix)) - 1));
    return QStringLiteral("%1.%2.%3.%4")
        .arg(m >> 24)
        .arg((m >> 16) & 0xff)
        .arg((m >> 8) & 0xff)
        .arg(m & 0xff);
}

bool LabIpv4::sameSubnet(quint32 a, quint32 b, int prefix)
{
    if (prefix <= 0)
        return true;
    const quint32 m = prefix >= 32 ? 0xffffffffu : ~((1u << (32 - prefix)) - 1);
    return (a & m) == (b & m);
}

} // namespace mpio::lab
