#include "core/model/ByteSize.h"

namespace mpio {

std::optional<quint64> ByteSize::parse(QStringView text)
{
    if (text.isEmpty() || text.size() > 24)
        return std::nullopt;
    int shift = 0;
    QStringView digits = text;
    const QChar last = text.back().toUpper();
    const QString units = QStringLiteral("KMGTP");
    if (const qsizetype idx = units.indexOf(last); idx >= 0) {
        shift = int(idx + 1) * 10;
        digits = text.chopped(1);
    }
    if (digits.isEmpty())
        return std::nullopt;
    quint64 value = 0;
    for (QChar c : digits) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return std::nullopt;
        if (value > (~quint64(0) - 9) / 10)
            return std::nullopt;
        value = value * 10 + (c.unicode() - '0');
    }
    if (shift && value > (~quint64(0) >> shift))
        return std::nullopt;
    return value << shift;
}

QString ByteSize::format(quint64 bytes)
{
    static const char units[] = "KMGTP";
    int unit = -1;
    while (bytes != 0 && unit < 4 && (bytes & 1023) == 0) {
        bytes >>= 10;
        ++unit;
    }
    QString s = QString::number(bytes);
    if (unit >= 0)
        s += QLatin1Char(units[unit]);
    return s;
}

} // namespace mpio
