#include "core/model/Names.h"

#include "core/model/Ipv4.h"

#include <QRegularExpression>

namespace mpio::Names {

namespace {
bool matches(QStringView s, const QRegularExpression& re)
{
    return re.match(s).hasMatch();
}
} // namespace

bool isVmk(QStringView s)
{
    static const QRegularExpression re(QStringLiteral("^vmk(0|[1-9][0-9]{0,2})$"));
    return matches(s, re);
}

bool isVmnic(QStringView s)
{
    static const QRegularExpression re(QStringLiteral("^vmnic(0|[1-9][0-9]{0,2})$"));
    return matches(s, re);
}

bool isVswitch(QStringView s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.](?:[A-Za-z0-9 _.-]{0,29}[A-Za-z0-9_.-])?$"));
    return matches(s, re);
}

bool isPortGroup(QStringView s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.](?:[A-Za-z0-9 _.-]{0,61}[A-Za-z0-9_.-])?$"));
    return matches(s, re);
}

bool isIqn(QStringView s)
{
    // RFC 3720 §3.2.6.3: iqn.<yyyy-mm>.<reversed domain>[:<unique>], lowercase; eui.<16 hex>.
    static const QRegularExpression iqn(QStringLiteral(
        "^iqn\\.[0-9]{4}-(0[1-9]|1[0-2])\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*"
        "(?::[a-z0-9.:_-]+)?$"));
    static const QRegularExpression eui(QStringLiteral("^eui\\.[0-9A-Fa-f]{16}$"));
    return s.size() <= 223 && (matches(s, iqn) || matches(s, eui));
}

bool isTargetName(QStringView s)
{
    static const QRegularExpression re(QStringLiteral("^[-a-z0-9.:]{1,120}$"));
    return matches(s, re);
}

bool isPoolName(QStringView s)
{
    // zpool(8): starts with a letter; letters, digits, _ - . ; reserved names refused.
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9_.-]{0,63}$"));
    if (!matches(s, re))
        return false;
    for (const char* reserved : {"mirror", "raidz", "draid", "spare", "log", "boot-pool"})
        if (s.startsWith(QLatin1String(reserved)))
            return false;
    return true;
}

bool isZvolPath(QStringView s)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z][A-Za-z0-9_.-]*(?:/[A-Za-z0-9_.:-]+)+$"));
    return s.size() <= 255 && matches(s, re) && !s.contains(QLatin1String("/..")) && !s.contains(QLatin1String("/./"))
        && isPoolName(s.left(s.indexOf(QLatin1Char('/'))));
}

bool isHostAddress(QStringView s)
{
    if (Ipv4Address::parse(s))
        return true;
    static const QRegularExpression re(QStringLiteral(
        "^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
    // All-numeric dotted names that are not valid IPv4 addresses (999.1.1.1) are typos, not DNS names.
    static const QRegularExpression numeric(QStringLiteral("^[0-9.]+$"));
    return matches(s, re) && !matches(s, numeric);
}

bool isTrueNasNic(QStringView s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,14}$"));
    return matches(s, re);
}

bool isNaa(QStringView s)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:naa\\.[0-9a-f]{16,32}|eui\\.[0-9a-f]{16,32}|t10\\.[A-Za-z0-9_.-]{1,80})$"));
    return matches(s, re);
}

bool isChapUser(QStringView s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.:@][A-Za-z0-9_.:@-]{0,222}$"));
    return matches(s, re);
}

bool isExtentName(QStringView s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.:-]{1,64}$"));
    return matches(s, re);
}

bool isPathName(QStringView s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_-]{0,15}$"));
    return matches(s, re);
}

} // namespace mpio::Names
