#include "core/checks/JumboGateExecutor.h"

#include "core/checks/JumboCellJson.h"
#include "core/checks/JumboDiagnosis.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <memory>

namespace mpio {

JumboGateExecutor::JumboGateExecutor(const Site& site, JumboMatrix::Ping ping, QObject* parent)
    : QObject(parent)
    , m_site(site)
    , m_ping(std::move(ping))
{}

void JumboGateExecutor::execute(const Operation&, const Action&,
                                std::function<void(Result<QJsonObject> facts)> done)
{
    auto* matrix = new JumboMatrix(m_site, m_ping, this);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    connect(matrix, &JumboMatrix::cellChanged, this,
            [this, matrix](int index) { emit cellChanged(matrix->cells().at(index)); });
    connect(matrix, &JumboMatrix::finished, this, [this, matrix, timer, done = std::move(done)] {
        matrix->deleteLater();
        Findings findings;
        const bool passed = JumboDiagnosis::gate(matrix->cells(), &findings);
        QJsonArray cells;
        for (const JumboCell& c : matrix->cells())
            cells.append(toJson(c));
        const QJsonObject facts{{QStringLiteral("passed"), passed},
                                {QStringLiteral("overridden"), !passed && m_override},
                                {QStringLiteral("seconds"), double(timer->elapsed()) / 1000.0},
                                {QStringLiteral("cells"), cells}};
        if (passed || m_override)
            return done(facts);
        QStringList why;
        for (const Finding& f : findings)
            if (f.severity == Severity::Error)
                why << QStringLiteral("%1: %2").arg(f.field, f.message);
        Error e =
            Error::make(QStringLiteral("MTU-JUMBO-CHECK"),
                        tr("Jumbo gate failed, nothing of the iSCSI part was applied (MTU-JUMBO-CHECK): "
                           "%1. Fix the hop named, then resume; or apply with the override.")
                            .arg(why.join(QStringLiteral("; "))));
        done(e);
    });
    matrix->start();
}

} // namespace mpio
