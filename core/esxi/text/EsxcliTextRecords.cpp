#include "core/esxi/text/EsxcliTextRecords.h"

#include <QRegularExpression>

namespace mpio::esxi {

QString TextRecord::value(QStringView key) const
{
    for (const auto& [k, v] : fields)
        if (k == key)
            return v;
    return {};
}

bool TextRecord::has(QStringView key) const
{
    for (const auto& f : fields)
        if (f.first == key)
            return true;
    return false;
}

QList<TextRecord> splitTextRecords(const QString& text)
{
    static const QRegularExpression field(QStringLiteral("^\\s*([A-Za-z][A-Za-z0-9 /()_-]*):(?:\\s(.*))?$"));
    QList<TextRecord> records;
    const QStringList lines = text.split(u'\n');
    for (QString line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const auto m = field.match(line);
        if (m.hasMatch() && !records.isEmpty()) {
            records.last().fields.append({m.captured(1).trimmed(), m.captured(2).trimmed()});
            continue;
        }
        if (m.hasMatch())
            continue; // a field before any header: not part of a record (a prompt echo, a banner)
        TextRecord r;
        r.header = line.trimmed();
        if (r.header.endsWith(u':'))
            r.header.chop(1);
        records.append(r);
    }
    return records;
}

} // namespace mpio::esxi
