#include "core/checks/JumboMatrix.h"

#include "core/checks/JumboDiagnosis.h"

namespace mpio {

QList<JumboCell> JumboMatrix::cellsFor(const Site& site)
{
    QList<JumboCell> cells;
    for (const HostSpec& h : site.hosts)
        for (const HostPathSpec& hp : h.paths)
            for (const PathSpec& p : site.paths) {
                JumboCell c;
                c.host = h.name;
                c.vmk = hp.vmk;
                c.vmkPath = hp.path;
                c.portalIp = p.truenasIp;
                c.portalPath = p.name;
                cells << c;
            }
    return cells;
}

JumboMatrix::JumboMatrix(const Site& site, Ping ping, QObject* parent)
    : QObject(parent)
    , m_site(site)
    , m_ping(std::move(ping))
    , m_cells(cellsFor(site))
{}

void JumboMatrix::start()
{
    m_pending = int(m_cells.size());
    if (m_pending == 0)
        return emit finished();
    for (int i = 0; i < m_cells.size(); ++i)
        run(i, 8972);
}

void JumboMatrix::run(int index, int size)
{
    const JumboCell cell = m_cells[index];
    m_ping(cell.host, cell.vmk, cell.portalIp, size, [this, index, size](PingOutcome outcome) {
        JumboCell& c = m_cells[index];
        if (size == 8972) {
            c.jumbo = outcome;
            if (!outcome.anyReply()) {
                // Where jumbo frames fail, 1472 (a 1500-byte frame) tells a hop's MTU from a dead path.
                emit cellChanged(index);
                return run(index, 1472);
            }
        } else {
            c.small = outcome;
        }
        const PathSpec* path = m_site.path(c.vmkPath);
        JumboDiagnosis::diagnose(c, path ? path->mtu : 9000);
        emit cellChanged(index);
        if (--m_pending == 0)
            emit finished();
    });
}

} // namespace mpio
