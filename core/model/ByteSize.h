#pragma once

#include <QString>
#include <optional>

namespace mpio {

// Sizes as ZFS writes them: "4T", "500G", "16K" (binary units, as `zfs create -V 4T -b 16K`), or plain bytes.
class ByteSize
{
public:
    static std::optional<quint64> parse(QStringView text);
    // The shortest exact form: 4398046511104 → "4T", 16384 → "16K", 1000 → "1000".
    static QString format(quint64 bytes);
};

} // namespace mpio
