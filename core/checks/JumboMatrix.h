#pragma once

#include "core/checks/JumboCell.h"
#include "core/model/Site.h"

#include <QList>
#include <QObject>
#include <functional>
#include <memory>

namespace mpio {

// The jumbo-frame matrix (issue 5, MTU-JUMBO-CHECK): for every host, every iSCSI vmk × every portal IP,
// `vmkping -I vmk -d -s 8972 -c 3 -W 1 IP`, and `-s 1472` where 8972 fails (a same-path cell) or is expected
// to (a cross-path cell: both sizes at once); every host and cell at once (each host's client queues its own
// calls). Same-path cells should pass, cross-path cells fail (MTU-CROSS-PATH);
// each cell gets its verdict and diagnosis from JumboDiagnosis. The ping itself is injected (`Ping`), so the
// matrix runs against the ESXi client, the lab or a test double alike.
class JumboMatrix : public QObject
{
    Q_OBJECT

public:
    using Ping = std::function<void(const QString& host, const QString& vmk, const QString& ip, int size,
                                    std::function<void(PingOutcome)> done)>;

    // The cells a site defines, in a stable order (host, then vmk, then portal).
    static QList<JumboCell> cellsFor(const Site& site);

    JumboMatrix(const Site& site, Ping ping, QObject* parent = nullptr);
    void start();
    const QList<JumboCell>& cells() const { return m_cells; }

signals:
    void cellChanged(int index);
    void finished();

private:
    void run(int index, int size);

    Site m_site;
    Ping m_ping;
    QList<JumboCell> m_cells;
    int m_pending = 0;        // cells not yet diagnosed
    QList<int> m_outstanding; // pings on their way, per cell
};

} // namespace mpio
