#pragma once

#include <QString>

namespace mpio {

// The TrueNAS release a client talks to, from `system.version_short` ("25.04.2.6", "25.10.6",
// "26.0.0-BETA.3"). Callers branch on the release line where the API differs (truenas-api.md §3.8, §3.9, §6):
// - service start: `service.start` (25.04) vs `service.control` job (25.10+, the only way on 26);
// - `iscsi.extent` has `product_id` from 25.10 on (sending it to 25.04 fails: "Extra inputs are not
// permitted").
class ApiVersion
{
public:
    enum class Line
    {
        Unsupported, // 24.10 and older (no JSON-RPC API at /api/current), or unparsable
        V25_04,
        V25_10,
        V26 // 26.x and anything newer: treated like 26 (service.control only)
    };

    ApiVersion() = default;
    static ApiVersion parse(const QString& versionShort);

    bool isValid() const { return m_major > 0; }
    int majorVersion() const { return m_major; } // not major(): glibc defines a macro of that name
    int minorVersion() const { return m_minor; }
    QString text() const { return m_text; }
    Line line() const;
    QString lineName() const; // "25.04", "25.10", "26", "unsupported"
    bool atLeast(int majorVersion, int minorVersion) const;

    bool isSupported() const { return line() != Line::Unsupported; }
    bool hasServiceControl() const { return atLeast(25, 10); }
    bool requiresServiceControl() const { return m_major >= 26; }
    bool hasExtentProductId() const { return atLeast(25, 10); }

    bool operator==(const ApiVersion&) const = default;

private:
    int m_major = 0;
    int m_minor = 0;
    QString m_text;
};

} // namespace mpio
