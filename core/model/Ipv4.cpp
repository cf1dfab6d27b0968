#include "core/model/Ipv4.h"

#include <QCoreApplication>
#include <QStringList>

namespace mpio {

std::optional<Ipv4Address> Ipv4Address::parse(QStringView text)
{
    quint32 value = 0;
    int octets = 0;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (octets < 4) {
        if (i >= n || !text[i].isDigit() || text[i].unicode() > '9')
            return std::nullopt;
        const qsizetype start = i;
        quint32 octet = 0;
        while (i < n && text[i].unicode() >= '0' && text[i].unicode() <= '9') {
            octet = octet * 10 + (text[i].unicode() - '0');
            if (i - start >= 3 || octet > 255)
                return std::nullopt;
            ++i;
        }
        if (i - start > 1 && text[start] == QLatin1Char('0'))
            return std::nullopt; // leading zero: ambiguous (octal in some tools)
        value = (value << 8) | octet;
        ++octets;
        if (octets < 4) {
            if (i >= n || text[i] != QLatin1Char('.'))
                return std::nullopt;
            ++i;
        }
    }
    if (i != n)
        return std::nullopt;
    return Ipv4Address(value);
}

QString Ipv4Address::toString() const
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg(m_value >> 24)
        .arg((m_value >> 16) & 0xff)
        .arg((m_value >> 8) & 0xff)
        .arg(m_value & 0xff);
}

static quint32 maskFor(int prefix)
{
    return prefix == 0 ? 0u : (0xffffffffu << (32 - prefix));
}

Ipv4Subnet::Ipv4Subnet(Ipv4Address network, int prefix)
    : m_network(Ipv4Address(network.value() & maskFor(prefix)))
    , m_prefix(prefix)
{
}

Result<Ipv4Subnet> Ipv4Subnet::parse(QStringView text)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return Error::make(QStringLiteral("cidr.syntax"),
                           QCoreApplication::translate("mpio::Ipv4",
                                                       "“%1” is not a subnet: write it as address/prefix, "
                                                       "for example 10.20.10.8/29.")
                               .arg(text));
    const auto address = Ipv4Address::parse(text.left(slash));
    if (!address)
        return Error::make(QStringLiteral("cidr.syntax"),
                           QCoreApplication::translate("mpio::Ipv4",
                                                       "“%1” is not a valid IPv4 address: use four numbers "
                                                       "0–255 separated by dots, without leading zeros.")
                               .arg(text.left(slash)));
    const QStringView prefixText = text.mid(slash + 1);
    bool ok = false;
    const int prefix = prefixText.toInt(&ok);
    if (!ok || prefixText.isEmpty() || prefixText.size() > 2 || prefix < 8 || prefix > 30
        || !prefixText[0].isDigit())
        return Error::make(QStringLiteral("cidr.prefix"),
                           QCoreApplication::translate("mpio::Ipv4",
                                                       "The prefix “/%1” is not usable for a storage path: "
                                                       "use a prefix between /8 and /30 (the article uses /29).")
                               .arg(prefixText));
    const Ipv4Subnet subnet(*address, prefix);
    if (subnet.network() != *address)
        return Error::make(QStringLiteral("cidr.host-bits"),
                           QCoreApplication::translate("mpio::Ipv4",
                                                       "%1 is an address inside a subnet, not the subnet itself: "
                                                       "did you mean %2?")
                               .arg(text, subnet.toString()));
    return subnet;
}

Ipv4Subnet Ipv4Subnet::containing(Ipv4Address address, int prefix)
{
    return Ipv4Subnet(address, prefix);
}

QString Ipv4Subnet::toString() const
{
    return m_network.toString() + QLatin1Char('/') + QString::number(m_prefix);
}

Ipv4Address Ipv4Subnet::broadcast() const
{
    return Ipv4Address(m_network.value() | ~maskFor(m_prefix));
}

quint32 Ipv4Subnet::netmask() const
{
    return maskFor(m_prefix);
}

QString Ipv4Subnet::netmaskString() const
{
    return Ipv4Address(netmask()).toString();
}

bool Ipv4Subnet::contains(Ipv4Address a) const
{
    return (a.value() & maskFor(m_prefix)) == m_network.value();
}

bool Ipv4Subnet::overlaps(const Ipv4Subnet& other) const
{
    const int shorter = std::min(m_prefix, other.m_prefix);
    return (m_network.value() & maskFor(shorter)) == (other.m_network.value() & maskFor(shorter));
}

quint64 Ipv4Subnet::usableHostCount() const
{
    if (m_prefix >= 31)
        return m_prefix == 31 ? 2 : 1;
    return (quint64(1) << (32 - m_prefix)) - 2;
}

Ipv4Address Ipv4Subnet::firstUsable() const
{
    return m_prefix >= 31 ? m_network : Ipv4Address(m_network.value() + 1);
}

Ipv4Address Ipv4Subnet::lastUsable() const
{
    return m_prefix >= 31 ? broadcast() : Ipv4Address(broadcast().value() - 1);
}

bool Ipv4Subnet::isNetworkOrBroadcast(Ipv4Address a) const
{
    return m_prefix < 31 && (a == m_network || a == broadcast());
}

} // namespace mpio
