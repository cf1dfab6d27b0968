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
    m_outstanding = QList<int>(m_cells.size(), 0);
    if (m_pending == 0)
        return emit finished();
    for (int i = 0; i < m_cells.size(); ++i) {
        run(i, 8972);
        // A cross-path cell is expected to fail both sizes (MTU-CROSS-PATH), and its 1472 ping says whether
        // the paths are isolated at all: sent at once rather than after the 8972 ping has timed out, so the
        // matrix costs one vmkping, not two in a row (issue 9; 16 hosts: 6225 → 3608 ms). A same-path
        // cell is expected to pass: its 1472 ping is only sent when 8972 fails (MTU-DIAGNOSIS).
        if (!m_cells[i].samePath())
            run(i, 1472);
    }
}

void JumboMatrix::run(int index, int size)
{
    ++m_outstanding[index];
    const JumboCell cell = m_cells[index];
    m_ping(cell.host, cell.vmk, cell.portalIp, size, [this, index, size](PingOutcome outcome) {
        JumboCell& c = m_cells[index];
        --m_outstanding[index];
        if (size == 8972) {
            c.jumbo = outcome;
            if (c.samePath() && !outcome.anyReply()) {
                // Where jumbo frames fail, 1472 (a 1500-byte frame) tells a hop's MTU from a dead path.
                emit cellChanged(index);
                return run(index, 1472);
            }
        } else {
            c.small = outcome;
        }
        if (m_outstanding[index] > 0) { // the other size is still on its way
            emit cellChanged(index);
            return;
        }
        const PathSpec* path = m_site.path(c.vmkPath);
        JumboDiagnosis::diagnose(c, path ? path->mtu : 9000);
        emit cellChanged(index);
        if (--m_pending == 0)
            emit finished();
    });
}

} // namespace mpio
