#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QtGlobal>
#include <optional>

namespace mpio {

// An IPv4 address as a host-order integer. Parsing is strict: four decimal octets, no leading zeros
// (which some tools read as octal), no spaces, nothing after the last octet.
class Ipv4Address
{
public:
    constexpr Ipv4Address() = default;
    constexpr explicit Ipv4Address(quint32 value) : m_value(value) {}

    static std::optional<Ipv4Address> parse(QStringView text);
    QString toString() const;
    constexpr quint32 value() const { return m_value; }
    constexpr bool isUnspecified() const { return m_value == 0; }
    bool isLoopback() const { return (m_value >> 24) == 127; }
    bool isMulticastOrReserved() const { return (m_value >> 28) >= 14; }
    auto operator<=>(const Ipv4Address&) const = default;

private:
    quint32 m_value = 0;
};

// A subnet in CIDR notation. The address must be the network address ("10.20.10.8/29", not "10.20.10.10/29"):
// a host address with a prefix is a common typo and is reported with the network it probably meant.
class Ipv4Subnet
{
public:
    Ipv4Subnet() = default;
    Ipv4Subnet(Ipv4Address network, int prefix);

    // Error codes: "cidr.syntax", "cidr.prefix", "cidr.host-bits" (message names the intended network).
    static Result<Ipv4Subnet> parse(QStringView text);
    // The subnet an interface address with a prefix lies in ("10.20.10.10", 29 → 10.20.10.8/29).
    static Ipv4Subnet containing(Ipv4Address address, int prefix);

    QString toString() const;
    Ipv4Address network() const { return m_network; }
    Ipv4Address broadcast() const;
    int prefix() const { return m_prefix; }
    quint32 netmask() const;
    QString netmaskString() const;
    bool contains(Ipv4Address a) const;
    bool overlaps(const Ipv4Subnet& other) const;
    // Addresses usable by hosts: excludes network and broadcast (/31 and /32 follow RFC 3021 semantics).
    quint64 usableHostCount() const;
    Ipv4Address firstUsable() const;
    Ipv4Address lastUsable() const;
    bool isNetworkOrBroadcast(Ipv4Address a) const;
    bool operator==(const Ipv4Subnet&) const = default;

private:
    Ipv4Address m_network;
    int m_prefix = 32;
};

} // namespace mpio
