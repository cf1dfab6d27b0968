#include "core/esxi/text/CorePathListText.h"

#include "core/esxi/text/EsxcliTextRecords.h"

#include <QRegularExpression>

namespace mpio::esxi {

QList<EsxiSnapshot::Path> parseCorePathList(const QString& text)
{
    static const QRegularExpression iqn(QStringLiteral("\\bIQN=(\\S+)"));
    QList<EsxiSnapshot::Path> paths;
    for (const TextRecord& r : splitTextRecords(text)) {
        if (!r.has(u"Runtime Name"))
            continue;
        EsxiSnapshot::Path p;
        p.name = r.has(u"UID") ? r.value(u"UID") : r.header;
        p.runtimeName = r.value(u"Runtime Name");
        p.device = r.value(u"Device");
        p.adapter = r.value(u"Adapter");
        p.state = r.value(u"State");
        if (const auto m = iqn.match(r.value(u"Target Transport Details")); m.hasMatch())
            p.targetIqn = m.captured(1);
        paths.append(p);
    }
    return paths;
}

} // namespace mpio::esxi
