#pragma once

#include <QString>
#include <optional>

namespace mpio::lab {

// Minimal IPv4 arithmetic for the lab's network model. The lab deliberately does not use core/model's
// Ipv4Address (DESIGN.md: no shared code between the product and the systems it is tested against).
class LabIpv4
{
public:
    static std::optional<quint32> parse(const QString& dotted);
    static std::optional<int> prefixFromNetmask(const QString& netmask);
    static QString netmaskFromPrefix(int prefix);
    static bool sameSubnet(quint32 a, quint32 b, int prefix);
};

} // namespace mpio::lab
