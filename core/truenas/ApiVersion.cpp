#include "core/truenas/ApiVersion.h"

#include <QRegularExpression>

namespace mpio {

ApiVersion ApiVersion::parse(const QString& versionShort)
{
    ApiVersion v;
    QString text = versionShort.trimmed();
    // system.version (not _short) says "TrueNAS-25.04.2.6" / "TrueNAS-SCALE-24.10.2.4": accept it too.
    static const QRegularExpression re(
        QStringLiteral("(?:^|-)(\\d{2})\\.(\\d{1,2})(?:[.\\-][0-9A-Za-z.\\-]*)?$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return v;
    v.m_major = m.captured(1).toInt();
    v.m_minor = m.captured(2).toInt();
    v.m_text = text.mid(m.capturedStart(1));
    return v;
}

bool ApiVersion::atLeast(int majorVersion, int minorVersion) const
{
    return m_major > majorVersion || (m_major == majorVersion && m_minor >= minorVersion);
}

ApiVersion::Line ApiVersion::line() const
{
    if (!isValid() || !atLeast(25, 4))
        return Line::Unsupported;
    if (m_major >= 26)
        return Line::V26;
    if (atLeast(25, 10))
        return Line::V25_10;
    return Line::V25_04;
}

QString ApiVersion::lineName() const
{
    switch (line()) {
    case Line::V25_04:
        return QStringLiteral("25.04");
    case Line::V25_10:
        return QStringLiteral("25.10");
    case Line::V26:
        return QStringLiteral("26");
    case Line::Unsupported:
        break;
    }
    return QStringLiteral("unsupported");
}

} // namespace mpio
